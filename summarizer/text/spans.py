"""Finding a phrase in the source "verbatim, up to typography": runs of whitespace count as one
space and curly quotation marks equal straight ones. Matches are reported as spans into the
original text, so `text[start:end]` shows exactly what the brief claims is there."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: [start, end) character offsets into a text (Python str indices): `text[start:end]` is what it names.
#: The one definition; the schema, the extractors and the renderers all use this one.
Span = tuple[int, int]

_TYPOGRAPHY = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "\u00a0": " ",
    }
)
_WHITESPACE_RE = re.compile(r"\s+")
# Whitespace that folding changes: a run of two or more characters, or one that is not a space.
# Each match is a whole run (a run's first character is a space only if more whitespace follows).
_FOLDED_WHITESPACE_RE = re.compile(r"\s{2,}|[^\S ]")
_TYPOGRAPHY_PAIRS = tuple((chr(code), plain) for code, plain in _TYPOGRAPHY.items())
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
    return _WHITESPACE_RE.sub(" ", _plain_typography(text)).strip()


def _plain_typography(text: str) -> str:
    """`text.translate(_TYPOGRAPHY)`, done as one `str.replace` per mark: `translate` looks every
    character up in the table, ~100 times slower on an article. The same result, because each
    mark becomes one character that is not itself a mark. Every mark is outside ASCII, so an
    ASCII text (most names and phrases) is returned at once."""
    if text.isascii():
        return text
    for mark, plain in _TYPOGRAPHY_PAIRS:
        text = text.replace(mark, plain)
    return text


@lru_cache(maxsize=64)
def normalize(text: str) -> NormalizedText:
    """Fold typography and whitespace, remembering where each kept character came from.

    Each run of whitespace becomes one space, which comes from the run's first character; every
    other character is kept, translated one for one. Done a stretch at a time, not character by
    character: an article is thousands of characters and this runs for every article. Only
    the runs folding changes are visited; a lone plain space stays as it is."""
    translated = _plain_typography(text)  # one character for one: offsets do not move
    pieces: list[str] = []
    origin: list[int] = []
    kept_from = 0
    for run in _FOLDED_WHITESPACE_RE.finditer(text):
        start, end = run.span()
        pieces += (translated[kept_from:start], " ")
        origin += range(kept_from, start + 1)
        kept_from = end
    pieces.append(translated[kept_from:])
    origin += range(kept_from, len(text))
    return NormalizedText("".join(pieces), tuple(origin))


def find_all(source: str, phrase: str, *, ignore_case: bool = False, whole_words: bool = True) -> list[Span]:
    """Every span of `source` where `phrase` occurs up to typography (and case, if asked).

    `whole_words` refuses matches inside a longer word ("Austin" in "Austinville")."""
    needle = fold(phrase)
    if not needle:
        return []
    folded = normalize(source)
    haystack = folded.text
    if ignore_case:
        haystack, needle = _lower(haystack), _lower(needle)
    spans: list[Span] = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if not whole_words or _at_word_edges(haystack, start, end):
            spans.append(folded.to_source(start, end))
        start = haystack.find(needle, start + 1)
    return spans


def _lower(text: str) -> str:
    """`text` in lower case, one character for one, so offsets still hold: a character whose
    lower case is longer ("İ" is "i" and a combining dot) stays as it is, and each character is
    lowered alone (a final "Σ" is "σ", as anywhere else)."""
    if text.isascii():
        return text.lower()
    return "".join([lower if len(lower := char.lower()) == 1 else char for char in text])


def strip_quote_marks(phrase: str) -> str:
    """A quote as models tend to return it ("\u201cWe will,\u201d") minus its outer marks and spaces."""
    return phrase.strip().strip(_QUOTE_MARKS).strip()


def _at_word_edges(haystack: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not (haystack[start - 1].isalnum() and haystack[start].isalnum())
    after_ok = end == len(haystack) or not (haystack[end - 1].isalnum() and haystack[end].isalnum())
    return before_ok and after_ok
