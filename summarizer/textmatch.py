"""Finding a phrase in the source "verbatim, up to typography": runs of whitespace count as one
space and curly quotation marks equal straight ones. Matches are reported as spans into the
original text, so `text[start:end]` shows exactly what the brief claims is there."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

Span = tuple[int, int]

_TYPOGRAPHY = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "\u00a0": " ",
})
_QUOTE_MARKS = "\"'“”„‟″«»‘’‚‛′"


@dataclass(frozen=True)
class NormalizedText:
    """`text` folded for matching, with `origin[i]` = index in the source of folded char i."""

    text: str
    origin: tuple[int, ...]

    def to_source(self, start: int, end: int) -> Span:
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> str:
    """The folded form of a phrase (what `normalize` does, without the offset map)."""
    return re.sub(r"\s+", " ", text.translate(_TYPOGRAPHY)).strip()


@lru_cache(maxsize=64)
def normalize(text: str) -> NormalizedText:
    """Fold typography and whitespace, remembering where each kept character came from."""
    chars: list[str] = []
    origin: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            chars.append(" ")
            previous_space = True
        else:
            chars.append(char.translate(_TYPOGRAPHY))
            previous_space = False
        origin.append(index)
    return NormalizedText("".join(chars), tuple(origin))


def find_all(source: str, phrase: str, *, ignore_case: bool = False, whole_words: bool = True) -> list[Span]:
    """Every span of `source` where `phrase` occurs up to typography (and case, if asked).

    `whole_words` refuses matches inside a longer word ("Austin" in "Austinville")."""
    needle = fold(phrase)
    if not needle:
        return []
    folded = normalize(source)
    haystack = folded.text
    if ignore_case:
        haystack, needle = haystack.lower(), needle.lower()
    spans: list[Span] = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if not whole_words or _at_word_edges(haystack, start, end):
            spans.append(folded.to_source(start, end))
        start = haystack.find(needle, start + 1)
    return spans


def strip_quote_marks(phrase: str) -> str:
    """A quote as models tend to return it ("\u201cWe will,\u201d") minus its outer marks and spaces."""
    return phrase.strip().strip(_QUOTE_MARKS).strip()


def _at_word_edges(haystack: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not (haystack[start - 1].isalnum() and haystack[start].isalnum())
    after_ok = end == len(haystack) or not (haystack[end - 1].isalnum() and haystack[end].isalnum())
    return before_ok and after_ok
