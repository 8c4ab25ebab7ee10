"""Briefs through an OpenAI-compatible server over HTTP, replayed from cassettes recorded
against a real `python -m llama_cpp.server` with the bundled model on 127.0.0.1
(tests/record_cassettes.sh). The key is a known fake that the cassettes must never contain."""

from __future__ import annotations

import asyncio
import json

import pytest

from summarizer import asummarize, summarize
from summarizer.cli.main import main
from summarizer.errors import ExitCode
from summarizer.render.dispatch import render
from tests.backends.test_embedded import BOILERPLATE_WORDS
from tests.conftest import CASSETTE_ROOT, FAKE_KEY, RECORDING_SERVER, SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE, read_seed
from tests.grounding_checks import assert_grounded

CASSETTES = CASSETTE_ROOT / "test_server_replay"
# llama-cpp-python's server takes a schema inside `json_object`, not OpenAI's `json_schema`.
SERVER_OPTIONS = {"base_url": RECORDING_SERVER, "api_key": FAKE_KEY, "output_mode": "json_object", "max_retries": 1}


@pytest.mark.vcr
@pytest.mark.parametrize("seed", [SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE], ids=["north_korea", "boilerplate"])
def test_server_brief_is_grounded(seed):
    text = read_seed(seed)
    brief = summarize(text, name=seed.name, **SERVER_OPTIONS)
    assert_grounded(brief, text)
    assert brief.usage.backend == "server" and brief.usage.model_calls >= 1
    shown = render(brief.model_copy(update={"dropped": []}), "markdown")
    for word in BOILERPLATE_WORDS:
        assert word not in shown
    # a model this small invents: whatever it claimed that the article lacks was dropped (a name or
    # a comma in the figure slot is dropped as "not a figure", and may rightly be shown as what it is;
    # a sentence it gave both as a quote and as prose is no quote, yet may be supported prose)
    prose = {item.text for item in brief.prose}
    for dropped in brief.dropped:
        assert (
            dropped.content not in shown
            or dropped.section in {"who", "what"}
            or "not a figure" in dropped.reason
            or (dropped.section == "quotes" and dropped.content in prose)
            # a headline refused for its form ("10,000": too short) may be a true figure or name
            or (dropped.section == "headline" and "too short" in dropped.reason)
        )


@pytest.mark.vcr
def test_async_server_brief_is_grounded():
    text = read_seed(SEED_NORTH_KOREA)
    brief = asyncio.run(asummarize(text, name=SEED_NORTH_KOREA.name, **SERVER_OPTIONS))
    assert_grounded(brief, text)
    assert any(q.speaker == "Kim Yonghyun" for q in brief.quotes)


@pytest.mark.vcr
def test_eval_through_the_server(annotated_seed, tmp_path, capsys):
    argv = [
        "eval",
        str(annotated_seed),
        "--base-url",
        RECORDING_SERVER,
        "--api-key",
        FAKE_KEY,
        "--output-mode",
        "json_object",
        "--max-retries",
        "1",
        "--no-cache",
        "--json",
        str(tmp_path / "run.json"),
    ]
    assert main(argv) == ExitCode.OK
    out = capsys.readouterr().out
    assert "server default" in out and FAKE_KEY not in out
    metrics = json.loads((tmp_path / "run.json").read_text())["metrics"]
    assert metrics["quotes.verbatim"]["value"] == 1.0 and metrics["figures.grounded"]["value"] == 1.0
    assert metrics["quotes.speaker_accuracy"]["value"] == 1.0
    assert metrics["cost.model_calls"]["value"] >= 1


def test_cassettes_exist_and_hold_no_secret():
    files = sorted(CASSETTES.glob("*.yaml"))
    assert len(files) == 4, "re-record with tests/record_cassettes.sh"
    for file in files:
        content = file.read_text()
        assert FAKE_KEY not in content
        assert "authorization" not in content.lower()
        assert "127.0.0.1:8765" in content
