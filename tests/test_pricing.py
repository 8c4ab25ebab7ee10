"""The price table: dated snapshots find their family, the Batch API halves the bill, local
models cost nothing, and an unknown model has no price rather than a guessed one."""

from __future__ import annotations

import json

import pytest

from summarizer.config import resolve_settings
from summarizer.errors import ConfigError
from summarizer.pricing import OPENAI_PRICES, cost_usd, load_prices, price_of
from summarizer.schemas import Usage


def test_a_dated_snapshot_has_its_familys_price_and_other_variants_none():
    assert price_of("gpt-4o-mini-2024-07-18") == price_of("gpt-4o-mini") != price_of("gpt-4o")
    assert price_of("gpt-4o-2024-08-06") == price_of("gpt-4o")
    assert price_of("gpt-4.1-nano-2025-04-14") == price_of("gpt-4.1-nano")
    assert price_of("gpt-4o-audio-preview") is None  # a variant priced differently, not a snapshot
    assert price_of("llama3") is None


def test_cost_is_tokens_times_price_and_the_batch_api_halves_it():
    live = cost_usd("gpt-4o-mini", 1_000_000, 1_000_000)
    assert live == pytest.approx(0.15 + 0.60)
    assert cost_usd("gpt-4o-mini", 1_000_000, 1_000_000, batch=True) == pytest.approx(live / 2)
    assert cost_usd("anything", 5000, 500, backend="embedded") == 0.0
    assert cost_usd("llama3", 5000, 500, backend="server") is None


def test_a_price_file_adds_and_replaces_models(tmp_path, monkeypatch):
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"gpt-4o-mini": {"input": 1, "output": 2}, "house": {"input": 3, "output": 4}}))
    monkeypatch.setenv("SUMMARIZER_PRICES", str(path))
    table = resolve_settings({}).price_table()
    assert price_of("gpt-4o-mini", table) == (1.0, 2.0) and price_of("house", table) == (3.0, 4.0)
    assert price_of("gpt-4o", table) == (2.50, 10.00)  # the rest of the table stays
    assert resolve_settings({"prices": None}, environ={}).price_table() == OPENAI_PRICES


def test_a_brief_costs_what_its_own_prices_say_whatever_the_process_loaded_before(tmp_path):
    """Prices are passed, not global: loading a price file for one run does not change what a
    brief made by another run serialises."""
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"gpt-4o-mini": {"input": 100, "output": 100}}))
    usage = Usage(backend="openai", model="gpt-4o-mini", prompt_tokens=1_000_000, completion_tokens=0)
    listed = usage.priced(resolve_settings({"api_key": "k"}, environ={}).price_table())
    overridden = usage.priced(resolve_settings({"api_key": "k", "prices": str(path)}, environ={}).price_table())
    assert overridden.cost_usd == pytest.approx(100.0)
    assert listed.cost_usd == pytest.approx(0.15)
    again = Usage.model_validate_json(listed.model_dump_json())
    assert again.cost_usd == pytest.approx(0.15)  # stored, not recomputed from whatever was loaded last


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "expected an object"),
        ('{"m": {"input": 1}}', "needs numeric"),
        ('{"m": {"input": -1, "output": 1}}', "negative"),
    ],
)
def test_a_bad_price_file_is_one_config_error_naming_it(tmp_path, content, fragment):
    path = tmp_path / "prices.json"
    path.write_text(content)
    with pytest.raises(ConfigError) as caught:
        load_prices(path)
    assert fragment in str(caught.value) and str(path) in str(caught.value)
    with pytest.raises(ConfigError, match="cannot read"):
        load_prices(tmp_path / "missing.json")
