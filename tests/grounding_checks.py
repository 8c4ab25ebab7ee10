"""The invariants every brief must keep, checked against its source text."""

from __future__ import annotations

from summarizer import Brief
from summarizer.boilerplate import find_boilerplate
from summarizer.textmatch import fold


def assert_grounded(brief: Brief, text: str) -> None:
    """Every quote verbatim at each of its spans, every figure present, every name present,
    and nothing taken from boilerplate."""
    boilerplate = find_boilerplate(text)

    def outside_boilerplate(start: int, end: int) -> bool:
        return not any(start < b_end and end > b_start for b_start, b_end in boilerplate)

    for quote in brief.quotes:
        assert quote.spans, f"quote without spans: {quote.text!r}"
        for start, end in quote.spans:
            assert 0 <= start < end <= len(text)
            assert fold(text[start:end]) == fold(quote.text), (quote.text, text[start:end])
            assert outside_boilerplate(start, end)
    for number in brief.numbers:
        assert number.spans
        for start, end in number.spans:
            assert fold(text[start:end]) == fold(number.value)
            assert outside_boilerplate(start, end)
    for item in [*brief.who, *brief.where]:
        assert item.spans, f"name without spans: {item.name!r}"
        for start, end in item.spans:
            mention = text[start:end]
            assert mention and (mention in item.name or item.name in mention or
                                mention.split()[-1] == item.name.split()[-1]), (item.name, mention)
            assert outside_boilerplate(start, end)
