"""Splitting a story longer than one model request may carry into consecutive parts.

Cuts fall where a reader would pause, so each part reads as a short article: between
paragraphs when possible, else between lines, then sentences, then words, and mid-word only
for a "sentence" longer than the budget. The parts concatenate back to the story exactly
(separators stay at the end of the part they close), so nothing is lost or read twice."""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.text.sentences import sentence_starts

__all__ = ["split_story"]


def _after(separator: re.Pattern[str]) -> Callable[[str], list[int]]:
    return lambda text: [match.end() for match in separator.finditer(text)]


# Coarsest first; each gives the offsets at which a cut may fall.
_BOUNDARIES: tuple[Callable[[str], list[int]], ...] = (
    _after(re.compile(r"\n[ \t]*\n\s*")),  # paragraphs
    _after(re.compile(r"\n\s*")),  # lines
    lambda text: list(sentence_starts(text)),  # sentences
    _after(re.compile(r"\s+")),  # words
)


def split_story(story: str, budget: int) -> list[str]:
    """Consecutive parts of `story`, each at most `budget` characters, joined back equal to
    `story`. Parts are filled greedily, so there are as few as the boundaries allow."""
    if budget < 1:
        raise ValueError(f"budget must be at least 1 character, not {budget}")
    if len(story) <= budget:
        return [story]
    parts: list[str] = []
    current = ""
    for piece in _pieces(story, budget, 0):
        if current and len(current) + len(piece) > budget:
            parts.append(current)
            current = ""
        current += piece
    parts.append(current)
    return parts


def _pieces(text: str, budget: int, level: int) -> list[str]:
    """`text` cut at the coarsest boundaries that bring every piece within `budget`."""
    if len(text) <= budget:
        return [text]
    if level == len(_BOUNDARIES):
        return [text[i : i + budget] for i in range(0, len(text), budget)]
    return [piece for part in _cut_after(text, _BOUNDARIES[level]) for piece in _pieces(part, budget, level + 1)]


def _cut_after(text: str, boundary: Callable[[str], list[int]]) -> list[str]:
    cuts = [cut for cut in boundary(text) if 0 < cut < len(text)]
    return [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)])]
