"""Pairing the quotation marks of an article, the first step of finding its quotations (moved
from `quotes`, whose attribution rules read the passages found here).

Curly marks say which way they face; a straight mark opens when it follows a space, line start
or bracket/dash and closes otherwise. A quote may run over line breaks. A paragraph that opens a
quote and reaches the next paragraph's opening mark without closing is the multi-paragraph
convention: it is cut at its paragraph end and shares the speaker of the quote that continues
it (`MarkedPassage.continued`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "MarkedPassage",
    "after_close",
    "pair_marks",
    "trimmed",
]


_MAX_PARAGRAPHS_SPANNED = 2
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Double quotation marks of English and of the languages news also comes in: « » (French,
# Spanish, Italian), „ “ (German and central Europe: „ opens, the “ after it closes).
_MARK = re.compile(r"[\"“”«»„]|’’(?!\w)")


@dataclass
class MarkedPassage:
    """The text between one pair of quotation marks (not a `Span`: it knows how it ended)."""

    start: int  # first character inside the marks
    end: int  # the closing mark (or paragraph end for a continued quote)
    continued: bool = False  # cut at a paragraph end; the next quote continues it


# ---------------------------------------------------------------------------
# Pairing quotation marks


def _marks(text: str) -> list[tuple[int, str]]:
    marks = []
    low_opened = False  # after „ the next “ closes
    for match in _MARK.finditer(text):
        pos, char = match.start(), match.group()
        if char in ("„", "«"):
            marks.append((pos, "open"))
            low_opened = char == "„"
        elif char == "“":
            marks.append((pos, "close" if low_opened else "open"))
            low_opened = False
        elif char in ("”", "’’", "»"):  # two right single marks stand in for a closing double mark
            marks.append((pos, "close"))
        else:
            before = text[pos - 1] if pos else "\n"
            if before.isspace() and text[pos + 1 : pos + 2].isspace():
                marks.append((pos, "either"))  # space on both sides: see `pair_marks`
                continue
            opens = before.isspace() or before in "([{—–-/:"
            marks.append((pos, "open" if opens else "close"))
    return marks


def _paragraph_breaks(text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text, start, end)]


def pair_marks(text: str) -> list[MarkedPassage]:
    """Every passage of `text` between an opening and a closing mark, in order; a quote left
    open is cut at its paragraph's end (`_cut_unclosed`)."""
    spans = []
    open_at: int | None = None
    for pos, kind in _marks(text):
        if kind == "either":
            # `the 'two-step' " - and` closes the quote open in its paragraph; tokenised text
            # (`said " we won " .`) writes every mark so, and the first of a pair opens
            kind = "close" if open_at is not None and not _paragraph_breaks(text, open_at, pos) else "open"
        if kind == "open":
            if open_at is not None:
                spans.extend(_cut_unclosed(text, open_at, pos))
            open_at = pos
        elif open_at is not None:
            breaks = _paragraph_breaks(text, open_at, pos)
            if len(breaks) <= _MAX_PARAGRAPHS_SPANNED:
                spans.append(MarkedPassage(open_at + 1, pos))
            open_at = None
    if open_at is not None:
        spans.extend(_cut_unclosed(text, open_at, len(text)))
    return spans


def _cut_unclosed(text: str, open_at: int, limit: int) -> list[MarkedPassage]:
    """An opening mark never closed before `limit` (the next opening mark, or the end).

    Re-opened in a later paragraph: the news convention for a quote running over
    paragraphs, so its first paragraph is kept and marked as continued.  Re-opened
    in the same paragraph: a stray mark, dropped.  Unclosed at the end of the text:
    kept to the end of its paragraph.
    """
    breaks = _paragraph_breaks(text, open_at, limit)
    if limit == len(text):
        return [MarkedPassage(open_at + 1, breaks[0] if breaks else limit)]
    return [MarkedPassage(open_at + 1, breaks[0], continued=True)] if breaks else []


def after_close(text: str, close: int) -> int:
    """First position after the closing mark at `close` (one character, or ’’)."""
    return close + (2 if text.startswith("’’", close) else 1)


def trimmed(text: str, span: MarkedPassage) -> tuple[int, int]:
    """The passage's (start, end) without the spaces at its ends or the comma before its closing mark."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end
