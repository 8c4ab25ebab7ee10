"""The merged summary and events: sentences the reports' briefs already wrote and grounded,
each said once, each cited by every report whose text supports it.

No model writes the merged prose: a sentence is taken from one report's brief (which checked it
against that report) and then checked against every other report, so "supported by S1 and S2"
is a finding, with the supporting passage's span in each. A sentence no report supports is
dropped and reported, as a single brief does."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from summarizer.grounding.prose import content_words, supporting_passage
from summarizer.schemas import Citation, CitedSentence
from summarizer.text.sentences import split_sentences
from summarizer.text.spans import Span, find_all

__all__ = ["cited_sentences", "evidence_key"]

_PIECE_EDGE = re.compile(r"\s*(?:\n+|[•·▪●]\s*)\s*")
_MIN_WORDS = 5
_SAME_SENTENCE = 0.6  # share of the shorter sentence's content words that makes two say the same


def cited_sentences(
    per_source: Sequence[tuple[str, Sequence[str]]],
    texts: dict[str, str],
    *,
    limit: int,
    evidence: Mapping[str, Mapping[str, list[Span]]] | None = None,
) -> tuple[list[CitedSentence], list[tuple[str, str]]]:
    """Up to `limit` sentences from the sources' prose (`(source id, paragraphs)` in source
    order), taken in turn, first sentences first: the lead of each report before the detail of any.
    `evidence` gives, per source, the spans its brief already found for a sentence (`Brief.prose`,
    keyed by `evidence_key`): they are that source's citation. Returns the sentences and what
    could not be grounded, as (source id, sentence)."""
    kept: list[CitedSentence] = []
    unsupported: list[tuple[str, str]] = []
    seen: list[frozenset[str]] = []
    for source, sentence in _in_turn(per_source):
        words = content_words(sentence)
        # A sentence like one already kept is left out only when that one is this report's too: a
        # report whose version differs ("10,000 troops" where another says 3,000) keeps its own.
        if (
            len(kept) >= limit
            or not words
            or any(
                _says_same(words, other) and source in cited.sources for other, cited in zip(seen, kept, strict=True)
            )
        ):
            continue
        known = (evidence or {}).get(source, {}).get(evidence_key(sentence))
        citations = _citations(sentence, source, texts, known)
        if not citations:
            unsupported.append((source, sentence))
            continue
        seen.append(words)
        kept.append(CitedSentence(text=sentence, citations=citations))
    return kept, unsupported


def _in_turn(per_source: Sequence[tuple[str, Sequence[str]]]) -> Iterable[tuple[str, str]]:
    sentences = [
        (source, [s for paragraph in paragraphs for s in _sentences(paragraph)]) for source, paragraphs in per_source
    ]
    for rank in range(max((len(found) for _, found in sentences), default=0)):
        for source, found in sentences:
            if rank < len(found):
                yield source, found[rank]


def _sentences(paragraph: str) -> list[str]:
    """Whole sentences only: a lead that opens with a list of key points ("Key Points • 3,000
    troops arrive ...") gives its points as sentences and loses its label."""
    pieces = [piece for sentence in split_sentences(paragraph) for piece in _PIECE_EDGE.split(sentence)]
    return [" ".join(piece.split()) for piece in pieces if len(piece.split()) >= _MIN_WORDS]


def _says_same(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a & b) >= _SAME_SENTENCE * min(len(a), len(b))


def _passage(sentence: str, text: str) -> tuple[int, int] | None:
    """The sentence itself where the text has it word for word, else its supporting passage."""
    verbatim = find_all(text, sentence)
    return verbatim[0] if verbatim else supporting_passage(sentence, text)


def evidence_key(sentence: str) -> str:
    """How a sentence is looked up in `cited_sentences`' `evidence`: its words, spaced once."""
    return " ".join(sentence.split())


def _citations(sentence: str, origin: str, texts: dict[str, str], known: list[Span] | None) -> list[Citation]:
    """Every source whose text supports the sentence, in source order; the source it came from
    has to be among them, cited where its brief found the evidence (`known`) when it did."""
    passages = {
        source: [span] if (span := _passage(sentence, text)) is not None else [] for source, text in texts.items()
    }
    if not passages.get(origin):
        return []
    if known:
        passages[origin] = list(known)
    return [Citation(source=source, spans=spans) for source, spans in passages.items() if spans]
