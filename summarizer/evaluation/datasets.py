"""Reading an annotated dataset (the JSONL of ../shared/eval: `id`, `text`, `meta`, `gold`) and
telling which kind it is from the shape of its gold, so one command scores them all."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.source.files import read_input

# The gold keys that identify each dataset kind (see each folder's README).
KINDS: dict[str, frozenset[str]] = {
    "ggt_quotes": frozenset({"quotes", "people"}),
    "polnear": frozenset({"quotes_derived"}),
    "conll2003_ner": frozenset({"entities", "locations"}),
    "giveme5w1h": frozenset({"who", "what", "where"}),
    "capable_ggt": frozenset({"answer", "claims"}),
    "frank_cnndm": frozenset({"summary", "highlights"}),
}
#: The kinds whose gold holds a model's answer: it is replayed as the brief, and no model is called.
REPLAYED_ANSWER = {"capable_ggt": "answer"}


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    gold: Mapping[str, Any]
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Dataset:
    path: Path
    kind: str
    examples: list[Example]


#: The two halves of every dataset: a fixed 40% of its articles (by a hash of their ids) is held
#: out, never read while rules are developed, so that its figures show what unseen news gets.
HALVES = ("tuning", "held-out")


def in_half(example_id: str, half: str) -> bool:
    """Whether the article `example_id` belongs to `half` (one of `HALVES`)."""
    held_out = int(hashlib.sha256(example_id.encode()).hexdigest(), 16) % 10 < 4
    return held_out == (half == "held-out")


def load_dataset(
    path: str | Path,
    *,
    limit: int | None = None,
    filters: Mapping[str, str] | None = None,
    half: str | None = None,
) -> Dataset:
    """The examples of `path` whose `meta` has every `filters` value (and, given a `half`, that
    fall in it), the first `limit` of them."""
    path = Path(path)
    examples = [e for e in _read_examples(path) if _passes(e, filters or {}) and (not half or in_half(e.id, half))]
    if limit is not None:
        examples = examples[:limit]
    if not examples:
        raise InputError(f"{path}: no articles to evaluate" + (" after filtering" if filters or half else ""))
    return Dataset(path, dataset_kind(examples[0].gold, path), examples)


def dataset_kind(gold: Mapping[str, Any], path: Path) -> str:
    for kind, keys in KINDS.items():
        if keys <= gold.keys():
            return kind
    raise InputError(f"{path}: unknown gold layout {sorted(gold)[:6]}; known datasets: {', '.join(KINDS)}")


def _read_examples(path: Path) -> list[Example]:
    try:
        lines = read_input(path).decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    examples = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            examples.append(_example(line, f"{path}:{number}"))
    return examples


def _example(line: str, where: str) -> Example:
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        raise InputError(f"{where}: not valid JSON") from None
    if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not isinstance(row.get("gold"), dict):
        raise InputError(f"{where}: expected an object with a string 'text' and a 'gold' object")
    return Example(str(row.get("id", where)), row["text"], row["gold"], row.get("meta") or {})


def _passes(example: Example, filters: Mapping[str, str]) -> bool:
    return all(str(example.meta.get(key)) == value for key, value in filters.items())
