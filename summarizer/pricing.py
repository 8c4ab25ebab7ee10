"""What tokens cost, in one place: a table of OpenAI list prices, overridable by a JSON file,
and the one function that turns a call's tokens into US dollars.

Prices change more often than code does, so the table is data with a date on it, and a user's
file (`--prices FILE` or SUMMARIZER_PRICES) replaces or adds models without a new release. A
model the table does not know has no price (None), never a guessed one; a model run on the
user's own machine costs nothing per token.

The table in use is always passed (`Settings.price_table()`), never kept in a global: the same
brief costs the same whatever else the process did before."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from summarizer.errors import ConfigError

PRICES_AS_OF = "2025-08"
PRICES_ENVIRONMENT = "SUMMARIZER_PRICES"
# The Batch API bills half the list price for the same tokens.
BATCH_DISCOUNT = 0.5

# USD per million tokens: (input, output), standard tier, uncached input.
OPENAI_PRICES: dict[str, tuple[float, float]] = {
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "o3": (2.00, 8.00),
    "o4-mini": (1.10, 4.40),
    "o3-mini": (1.10, 4.40),
    "gpt-4-turbo": (10.00, 30.00),
    "gpt-3.5-turbo": (0.50, 1.50),
}
# Backends that run on the user's own hardware: tokens are free, time is not.
LOCAL_BACKENDS = ("embedded",)

_SNAPSHOT = re.compile(r"(.+?)-(?:\d{4}-\d{2}-\d{2}|\d{4})")

PriceTable = Mapping[str, tuple[float, float]]


def load_prices(path: str | Path) -> dict[str, tuple[float, float]]:
    """Read a price file: `{"model": {"input": 0.15, "output": 0.6}, ...}` in USD per million
    tokens. Every way it can be wrong is one ConfigError naming the file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the price file ({error.strerror})") from None
    except ValueError as error:
        raise ConfigError(f"{path}: the price file is not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected an object of model -> {{input, output}} prices")
    prices = {}
    for model, price in data.items():
        try:
            prices[model] = (float(price["input"]), float(price["output"]))
        except (TypeError, KeyError, ValueError):
            raise ConfigError(
                f"{path}: {model!r} needs numeric \"input\" and \"output\" prices (USD per million tokens)"
            ) from None
        if min(prices[model]) < 0:
            raise ConfigError(f"{path}: {model!r} has a negative price")
    return prices


def price_table(path: str | None = None) -> PriceTable:
    """The built-in table with the prices in `path` (a price file) over it; the file is read once
    per version of it (a run reckons many briefs)."""
    if not path:
        return OPENAI_PRICES
    try:
        version = os.stat(path).st_mtime_ns
    except OSError:
        version = None  # load_prices says why in one line
    return _table_with(path, version)


@lru_cache(maxsize=8)
def _table_with(path: str, version: int | None) -> PriceTable:
    return {**OPENAI_PRICES, **load_prices(path)}


def price_of(model: str, table: PriceTable = OPENAI_PRICES) -> tuple[float, float] | None:
    """The (input, output) price of `model`; a dated snapshot (gpt-4o-mini-2024-07-18,
    gpt-4-0613) has its family's price, any other variant (gpt-4o-audio-preview) none."""
    if model in table:
        return table[model]
    snapshot = _SNAPSHOT.fullmatch(model)
    return table.get(snapshot.group(1)) if snapshot else None


def cost_usd(
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    *,
    table: PriceTable = OPENAI_PRICES,
    batch: bool = False,
    backend: str | None = None,
) -> float | None:
    """What the tokens cost in US dollars; None when the model's price is not known."""
    if backend in LOCAL_BACKENDS:
        return 0.0
    price = price_of(model, table)
    if price is None:
        return None
    cost = (prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000
    return round(cost * (BATCH_DISCOUNT if batch else 1.0), 8)
