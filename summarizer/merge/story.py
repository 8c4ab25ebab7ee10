"""One briefing note from the briefs of several reports of the same story.

The reports are briefed one by one, each grounded in its own text, and then merged here without
a model: people and places by name (`merge_names`), figures by what they count
(`merge_figures`), summary and events by sentence (`merge_prose`), quotes by their words. So
everything the merged note shows still points at spans of the reports it came from, and where
reports disagree the note shows each one's version."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.merge.dates import merge_dates
from summarizer.merge.figures import group_figures
from summarizer.merge.names import NameIndex, merge_people, merge_places
from summarizer.merge.prose import cited_sentences, evidence_key
from summarizer.schemas import (
    Brief,
    Citation,
    MergedBrief,
    MergedQuote,
    MergedSource,
    Quote,
    SourcedDropped,
    Usage,
)
from summarizer.source.metadata import find_source_meta
from summarizer.text.spans import fold, strip_quote_marks

__all__ = ["merge_briefs"]

_SUMMARY_SENTENCES = 4
_EVENTS = 8
_WORDS = re.compile(r"\w+(?:['’]\w+)*")
_MIN_CONTAINED_WORDS = 4  # a quote inside a longer one is the same quote only if it says something


def merge_briefs(briefs: Sequence[Brief], texts: Sequence[str], *, names: Sequence[str] | None = None) -> MergedBrief:
    """The merged note of `briefs`, where `texts[i]` is the text `briefs[i]` was made from (its
    spans index it). Sources are numbered S1, S2, ... in the order given."""
    if len(briefs) != len(texts) or not briefs:
        raise ValueError("merge_briefs needs one text per brief, and at least one brief")
    sources = [
        _source(index, brief, text, names[index] if names else None)
        for index, (brief, text) in enumerate(zip(briefs, texts))
    ]
    ids = [source.id for source in sources]
    by_id = dict(zip(ids, texts))
    people, speakers = merge_people([(source, brief.who) for source, brief in zip(ids, briefs)])
    evidence = {
        source: {evidence_key(item.text): item.spans for item in brief.prose if item.spans}
        for source, brief in zip(ids, briefs)
    }
    summary, unsupported = cited_sentences(
        [(s, [b.summary]) for s, b in zip(ids, briefs)], by_id, limit=_SUMMARY_SENTENCES, evidence=evidence
    )
    what, unsupported_events = cited_sentences(
        [(s, b.what) for s, b in zip(ids, briefs)], by_id, limit=_EVENTS, evidence=evidence
    )
    dropped = [
        SourcedDropped(source=source, **item.model_dump())
        for source, brief in zip(ids, briefs)
        for item in brief.dropped
    ]
    dropped += [
        SourcedDropped(
            source=source, section=section, content=sentence, reason="not supported by the report it came from"
        )
        for section, found in (("summary", unsupported), ("what", unsupported_events))
        for source, sentence in found
    ]
    return MergedBrief(
        headline=next((brief.headline for brief in briefs if brief.headline), sources[0].label),
        summary=summary,
        what=what,
        who=people,
        where=merge_places([(source, brief.where) for source, brief in zip(ids, briefs)]),
        when=merge_dates([(source, brief.when) for source, brief in zip(ids, briefs)]),
        numbers=group_figures([(source, brief.numbers, text) for source, brief, text in zip(sources, briefs, texts)]),
        quotes=_merge_quotes([(source, brief.quotes) for source, brief in zip(ids, briefs)], speakers),
        sources=sources,
        dropped=dropped,
        notes=[f"{source}: {note}" for source, brief in zip(ids, briefs) for note in brief.notes],
        usage=_total_usage([brief.usage for brief in briefs]),
    )


def _source(index: int, brief: Brief, text: str, name: str | None) -> MergedSource:
    stated = find_source_meta(text) if not (brief.source.publisher and brief.source.date) else None
    return MergedSource(
        id=f"S{index + 1}",
        name=name or brief.source.name,
        title=brief.source.title,
        publisher=brief.source.publisher or (stated and stated.publisher),
        date=brief.source.date or (stated and stated.date),
        word_count=brief.source.word_count,
        characters=brief.source.characters,
    )


def _merge_quotes(per_source: Sequence[tuple[str, Sequence[Quote]]], speakers: NameIndex) -> list[MergedQuote]:
    """Each quote once, with every source that has it; a speaker named as the people are."""
    merged: list[tuple[str, MergedQuote]] = []  # (folded words, quote)
    for source, quotes in per_source:
        for quote in quotes:
            key = _quote_key(quote.text)
            known = next((entry for words, entry in merged if _same_quote(key, words)), None)
            if known is None:
                known = MergedQuote(
                    text=quote.text, speaker=speakers.canonical(quote.speaker), speaker_role=quote.speaker_role
                )
                merged.append((key, known))
            elif known.speaker is None and quote.speaker:
                known.speaker, known.speaker_role = speakers.canonical(quote.speaker), quote.speaker_role
            _cite(known.citations, source, quote.spans)
    return [quote for _, quote in merged]


def _quote_key(text: str) -> str:
    """The quote's words alone: quotation marks, punctuation and case aside."""
    return " ".join(_WORDS.findall(fold(strip_quote_marks(text)).lower()))


def _same_quote(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter.split()) >= _MIN_CONTAINED_WORDS and f" {shorter} " in f" {longer} "


def _cite(citations: list[Citation], source: str, spans) -> None:
    existing = next((citation for citation in citations if citation.source == source), None)
    if existing is None:
        citations.append(Citation(source=source, spans=list(spans)))
    else:
        existing.spans = sorted(set(existing.spans) | set(map(tuple, spans)))


def _total_usage(usages: Sequence[Usage]) -> Usage:
    first = usages[0]
    return Usage(
        backend=first.backend if all(u.backend == first.backend for u in usages) else "mixed",
        model=first.model if all(u.model == first.model for u in usages) else "mixed",
        model_calls=sum(u.model_calls for u in usages),
        prompt_tokens=sum(u.prompt_tokens for u in usages),
        completion_tokens=sum(u.completion_tokens for u in usages),
        retries=sum(u.retries for u in usages),
        seconds=round(sum(u.seconds for u in usages), 3),
        cost_usd=None if any(u.cost_usd is None for u in usages) else sum(u.cost_usd or 0.0 for u in usages),
    )
