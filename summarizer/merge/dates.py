"""When, across several reports: one entry per date. Two reports date one event differently in
words ("on Tuesday", "Oct. 29") and alike in fact; where both are normalised to the same ISO
date they are one entry, else dates are joined only when written the same."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.extract.dates import same_date_key
from summarizer.schemas import Citation, MergedDate, WhenItem
from summarizer.text.spans import fold

__all__ = ["merge_dates"]


def merge_dates(per_source: Sequence[tuple[str, Sequence[WhenItem]]]) -> list[MergedDate]:
    """When, across the sources (`(source id, brief.when)` in source order), in reading order:
    first source first."""
    merged: dict[str, MergedDate] = {}
    for source, items in per_source:
        for item in items:
            key = item.date or same_date_key(item.text)
            entry = merged.get(key)
            if entry is None:
                merged[key] = MergedDate(
                    text=item.text,
                    date=item.date,
                    context=item.context,
                    citations=[Citation(source=source, spans=list(item.spans))],
                )
                continue
            if fold(item.text).lower() not in {fold(form).lower() for form in (entry.text, *entry.aliases)}:
                entry.aliases.append(item.text)
            cited = next((c for c in entry.citations if c.source == source), None)
            if cited is None:
                entry.citations.append(Citation(source=source, spans=list(item.spans)))
            else:
                cited.spans.extend(span for span in item.spans if span not in cited.spans)
    return list(merged.values())
