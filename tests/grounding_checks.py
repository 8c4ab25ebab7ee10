"""The invariants every brief must keep, checked against its source text."""

from __future__ import annotations

from summarizer import Brief
from summarizer.grounding.prose import check_claim
from summarizer.source.boilerplate import find_boilerplate
from summarizer.text.spans import fold


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
    for dated in brief.when:
        assert dated.spans
        for start, end in dated.spans:
            assert fold(text[start:end]).lower() == fold(dated.text).lower()
            assert outside_boilerplate(start, end)
    for item in [*brief.who, *brief.where]:
        assert item.spans, f"name without spans: {item.name!r}"
        forms = [item.name, *getattr(item, "aliases", [])]  # a who entry shows every form its spans mark
        for start, end in item.spans:
            mention = text[start:end]
            assert mention and any(
                mention in form or form in mention or mention.split()[-1] == form.split()[-1] for form in forms
            ), (item.name, mention)
            assert outside_boilerplate(start, end)


def assert_merged_grounded(note, texts: dict[str, str]) -> None:
    """The same invariants for a merged note, source by source: every quote verbatim and every
    figure present at each span of each source that cites it, every name there, every summary
    sentence and event cited by a passage inside its source."""
    for quote in note.quotes:
        assert quote.citations, f"quote without sources: {quote.text!r}"
        for citation in quote.citations:
            assert citation.spans
            for start, end in citation.spans:
                assert fold(texts[citation.source][start:end]) == fold(quote.text)
    for group in note.numbers:
        for figure in group.values:
            assert len(figure.citations) == 1
            for start, end in figure.citations[0].spans:
                assert fold(texts[figure.citations[0].source][start:end]) == fold(figure.value)
    for dated in note.when:
        forms = {fold(form).lower() for form in (dated.text, *dated.aliases)}
        for citation in dated.citations:
            assert citation.spans
            for start, end in citation.spans:
                assert fold(texts[citation.source][start:end]).lower() in forms
    for item in [*note.who, *note.where]:
        assert item.citations, f"name without sources: {item.name!r}"
        forms = {item.name, *item.aliases}
        for citation in item.citations:
            for start, end in citation.spans:
                mention = texts[citation.source][start:end]
                assert any(
                    mention in form or form in mention or mention.split()[-1] == form.split()[-1] for form in forms
                ), (item.name, mention)
    for sentence in [*note.summary, *note.what]:
        assert sentence.citations, f"prose without sources: {sentence.text!r}"
        for citation in sentence.citations:
            assert citation.spans  # the sentences that back it: one, or a few neighbours
            for start, end in citation.spans:
                assert 0 <= start < end <= len(texts[citation.source])


def kept(claim: str, source: str) -> bool:
    """Whether the claim check keeps `claim` against `source`."""
    return check_claim(claim, source).supported


def reason(claim: str, source: str) -> str:
    """Why the claim check refuses `claim` against `source` (it must refuse it)."""
    verdict = check_claim(claim, source)
    assert not verdict.supported, claim
    return verdict.reason
