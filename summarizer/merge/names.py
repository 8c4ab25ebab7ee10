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
from dataclasses import dataclass, field

from summarizer.schemas import Citation, MergedPerson, MergedPlace, Place, WhoItem
from summarizer.text.names import name_key, same_entity, without_title
from summarizer.text.spans import Span, fold

__all__ = ["merge_people", "merge_places", "NameIndex"]

_KIND_RANK = {"other": 0, "organization": 1, "person": 1}


@dataclass
class _Entry:
    """One entity being built from the sources' mentions."""

    name: str  # the fullest plain name so far
    kind: str
    names: list[str] = field(default_factory=list)  # every form seen, first seen first
    roles: list[tuple[str, str]] = field(default_factory=list)  # (role, source id)
    spans: dict[str, set[Span]] = field(default_factory=dict)  # source id -> spans

    @property
    def words(self) -> list[str]:
        return name_key(self.name).split()

    def add(self, surface: str, plain: str, source: str, spans: Sequence[Span], roles: Sequence[str]) -> None:
        if len(name_key(plain).split()) > len(self.words):
            self.name = plain
        if surface not in self.names:
            self.names.append(surface)
        self.spans.setdefault(source, set()).update((span[0], span[1]) for span in spans)
        for role in roles:
            if role and not any(name_key(role) in name_key(known) for known, where in self.roles if where == source):
                self.roles.append((role, source))

    def citations(self, source_order: Sequence[str]) -> list[Citation]:
        return [
            Citation(source=source, spans=sorted(self.spans[source])) for source in source_order if source in self.spans
        ]

    def aliases(self) -> list[str]:
        """Every other way the sources write it, "Indo Pacific" beside "Indo-Pacific" too: each
        is what some span shows."""
        return [name for name in self.names if fold(name) != fold(self.name)]


class NameIndex:
    """The entities found so far, and the rules for when a new name is one of them."""

    def __init__(self) -> None:
        self.entries: list[_Entry] = []

    def find(self, plain: str, kind: str) -> _Entry | None:
        """The one entry `plain` names, or None (new, or ambiguous between several)."""
        key = name_key(plain)
        exact = [
            entry
            for entry in self.entries
            if _kinds_fit(entry.kind, kind) and key in map(name_key, entry.names + [entry.name])
        ]
        if exact:
            return exact[0]
        matches = [
            entry
            for entry in self.entries
            if _kinds_fit(entry.kind, kind)
            and same_entity(plain, entry.name, organization=entry.kind == "organization")
        ]
        return matches[0] if len(matches) == 1 else None

    def add(self, surface: str, kind: str, source: str, spans: Sequence[Span], role: str | None = None) -> _Entry:
        plain, title = without_title(surface) if kind != "organization" else (surface, None)
        entry = self.find(plain, kind)
        if entry is None:
            entry = _Entry(name=plain, kind=kind)
            self.entries.append(entry)
        elif _KIND_RANK[kind] > _KIND_RANK[entry.kind]:
            entry.kind = kind
        entry.add(surface, plain, source, spans, [role or "", title or ""])
        return entry

    def canonical(self, name: str | None) -> str | None:
        """The entry name for a speaker as a quote gives it ("Austin" -> "Lloyd Austin")."""
        if not name:
            return name
        entry = self.find(without_title(name)[0], "person")
        return entry.name if entry else name


def merge_people(per_source: Sequence[tuple[str, Sequence[WhoItem]]]) -> tuple[list[MergedPerson], NameIndex]:
    """Who, across the sources (`(source id, brief.who)` in source order); also the index,
    which names each quote's speaker the same way."""
    index = NameIndex()
    for source, item in _fullest_first(per_source, lambda item: item.name):
        index.add(item.name, item.kind, source, item.spans, item.role)
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
    for source, place in _fullest_first(per_source, lambda place: place.name):
        index.add(place.name, "organization", source, place.spans)  # places carry no titles to split
    order = [source for source, _ in per_source]
    places = [
        MergedPlace(name=entry.name, aliases=entry.aliases(), citations=entry.citations(order))
        for entry in index.entries
    ]
    return _by_first_mention(places, order)


def _fullest_first(per_source, name_of):
    """Longer names first, so that a short form finds the full name it belongs to; within one
    length, source order and then the brief's order."""
    items = [(source, item) for source, items in per_source for item in items]
    return sorted(items, key=lambda pair: -len(name_key(without_title(name_of(pair[1]))[0]).split()))


def _by_first_mention(items, order):
    """Back in reading order: first source first, then where in it the name first occurs."""

    def position(item):
        first = item.citations[0] if item.citations else None
        return (order.index(first.source), first.spans[0][0] if first.spans else 0) if first else (len(order), 0)

    return sorted(items, key=position)


def _in_source_order(pairs, order):
    return sorted(pairs, key=lambda pair: order.index(pair[1]))


def _kinds_fit(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)
