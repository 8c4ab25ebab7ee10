"""Who and where across several reports: one entry per person, organization or place.

Reports name the same person differently ("Lloyd Austin", "Austin", "Defense Secretary Lloyd
Austin") and the same place or body by its initials ("US", "United States"). Names are matched,
not guessed: a title before a name is split off as a role, initials must spell the long name's
capitalised words, and a lone surname joins a full name only when exactly one full name ends
(or, as in Korean names, starts) with it; "Kim" beside "Kim Yonghyun" and "Kim Jong-un" stays
apart. Every entry keeps each source's spans and each source's role. The rules for when two
names fit are `summarizer.text.names`, shared with every other stage that joins names."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.grounding.entity_index import NameIndex, fullest_first
from summarizer.schemas import MergedPerson, MergedPlace, Place, WhoItem

__all__ = ["merge_people", "merge_places", "NameIndex"]


def merge_people(per_source: Sequence[tuple[str, Sequence[WhoItem]]]) -> tuple[list[MergedPerson], NameIndex]:
    """Who, across the sources (`(source id, brief.who)` in source order); also the index,
    which names each quote's speaker the same way."""
    index = NameIndex()
    for source, item in fullest_first(per_source, lambda item: item.name):
        entry = index.add(item.name, item.kind, source, item.spans, item.role)
        entry.names.extend(alias for alias in item.aliases if alias not in entry.names)  # its spans show them
    order = [source for source, _ in per_source]
    people = [
        MergedPerson(
            name=entry.name,
            kind=entry.kind,
            aliases=entry.aliases(),
            citations=entry.citations(order),
            roles=[{"text": role, "source": source} for role, source in _in_source_order(entry.roles, order)],
        )
        for entry in index.entries
    ]
    return _by_first_mention(people, order), index


def merge_places(per_source: Sequence[tuple[str, Sequence[Place]]]) -> list[MergedPlace]:
    """Where, across the sources, each place once."""
    index = NameIndex()
    for source, place in fullest_first(per_source, lambda place: place.name):
        index.add(place.name, "organization", source, place.spans)  # places carry no titles to split
    order = [source for source, _ in per_source]
    places = [
        MergedPlace(name=entry.name, aliases=entry.aliases(), citations=entry.citations(order))
        for entry in index.entries
    ]
    return _by_first_mention(places, order)


def _by_first_mention(items, order):
    """Back in reading order: first source first, then where in it the name first occurs."""

    def position(item):
        first = item.citations[0] if item.citations else None
        return (order.index(first.source), first.spans[0][0] if first.spans else 0) if first else (len(order), 0)

    return sorted(items, key=position)


def _in_source_order(pairs, order):
    return sorted(pairs, key=lambda pair: order.index(pair[1]))
