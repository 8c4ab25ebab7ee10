"""One entry per entity, however the text writes it: the index that joins "Lloyd Austin",
"Austin" and "Defense Secretary Lloyd Austin" into one person, "UN" and "United Nations" into
one body. A single brief uses it so that its `who` lists each entity once (every form kept as an
alias, every mention's span kept); a note of several reports uses the same index across them,
so the two agree on who is one entity.

Names are matched, not guessed (`summarizer.text.names`): a title before a person's name is
split off as a role, initials must spell the long name's capitalised words, and a lone surname
joins a full name only when exactly one full name ends (or, as in Korean names, starts) with
it; "Kim" beside "Kim Yonghyun" and "Kim Jong-un" stays apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.schemas import Citation, WhoItem
from summarizer.text.names import name_key, same_entity, without_title
from summarizer.text.spans import Span, fold

__all__ = ["Entry", "NameIndex", "fullest_first", "one_entry_each"]

_KIND_RANK = {"other": 0, "organization": 1, "person": 1}


@dataclass
class Entry:
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
        self.entries: list[Entry] = []

    def find(self, plain: str, kind: str) -> Entry | None:
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

    def add(self, surface: str, kind: str, source: str, spans: Sequence[Span], role: str | None = None) -> Entry:
        plain, title = without_title(surface) if kind != "organization" else (surface, None)
        entry = self.find(plain, kind)
        if entry is None:
            entry = Entry(name=plain, kind=kind)
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


def fullest_first(per_source, name_of):
    """Longer names first, so that a short form finds the full name it belongs to; within one
    length, source order and then the brief's order."""
    items = [(source, item) for source, items in per_source for item in items]
    return sorted(items, key=lambda pair: -len(name_key(without_title(name_of(pair[1]))[0]).split()))


def _kinds_fit(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def one_entry_each(items: Sequence[WhoItem]) -> list[WhoItem]:
    """A brief's `who` with each entity once, in reading order: "McCallum" joins "Doug
    McCallum", "EU" joins "European Union", "TransCanada" joins "TransCanada Corp.", and a title
    in a name becomes its role ("Winger Jamal Reid" is Jamal Reid, winger). Every form is kept
    as an alias and every mention's span is kept; the first stated role wins."""
    index = NameIndex()
    for _, item in fullest_first([("brief", items)], lambda item: item.name):
        entry = index.add(item.name, item.kind, "brief", item.spans, item.role)
        entry.names.extend(alias for alias in item.aliases if alias not in entry.names)
    merged = [
        WhoItem(
            name=entry.name,
            kind=entry.kind,
            role=next((role for role, _ in entry.roles if role), None),
            spans=sorted(entry.spans.get("brief", ())),
            aliases=entry.aliases(),
        )
        for entry in index.entries
    ]
    return sorted(merged, key=lambda item: item.spans[0] if item.spans else (1 << 62, 0))
