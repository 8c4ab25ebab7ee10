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
from summarizer.text.lexicon import COMPANY_WORDS
from summarizer.text.names import (
    FULL_FIT,
    GENERIC_ORGANIZATION_WORDS,
    LEGAL_FORMS,
    fit_strength,
    name_key,
    without_title,
)
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
        """The one entry `plain` names, or None (new, or ambiguous between several). Every form
        an entry has been written in counts ("Crooked Hillary" is a form of the entry that holds
        "Crooked Hillary Clinton"), and a full fit (surname, initials) wins over a given name's."""
        key = name_key(plain)
        # A form written the same way is the same entity whatever kind it was taken for: "Clinton"
        # taken for an organisation where "Hillary Clinton" is also written "Clinton".
        exact = [entry for entry in self.entries if key in map(name_key, entry.names + [entry.name])]
        if exact:
            return exact[0]
        fitting = [entry for entry in self.entries if _kinds_fit(entry.kind, kind)]
        strengths = [_strength(plain, entry) for entry in fitting]
        best = max(strengths, default=0)
        matches = [entry for entry, strength in zip(fitting, strengths, strict=True) if best and strength == best]
        return matches[0] if len(matches) == 1 else None

    def add(
        self,
        surface: str,
        kind: str,
        source: str,
        spans: Sequence[Span],
        role: str | None = None,
        plain: str | None = None,
    ) -> Entry:
        """Add one mention; `plain` is the name it stands for when the caller knows better than
        the title rules (see `one_entry_each`)."""
        title: str | None = None
        if plain is None:
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


def _strength(plain: str, entry: Entry) -> int:
    """How well `plain` fits the best of the forms `entry` has been written in."""
    organization = entry.kind == "organization"
    forms = [name if organization else without_title(name)[0] for name in entry.names]
    # Only forms as full as `plain`: "Massimo Cuttitta" fits the surname "Cuttitta" that the
    # entry of Marcello Cuttitta holds, and is still another man.
    fuller = [form for form in forms if len(name_key(form).split()) >= len(name_key(plain).split())]
    return max(fit_strength(plain, form, organization=organization) for form in [entry.name, *fuller])


def _kinds_fit(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def one_entry_each(items: Sequence[WhoItem]) -> list[WhoItem]:
    """A brief's `who` with each entity once, in reading order: "McCallum" joins "Doug
    McCallum", "EU" joins "European Union", "TransCanada" joins "TransCanada Corp.", and a title
    in a name becomes its role ("Winger Jamal Reid" is Jamal Reid, winger). A name that is
    another person's full name with words around it ("Democrat Hillary Clinton", a headline's
    "Lindsey Graham Says") is that person; two names joined by "and" of which one is listed on
    its own ("FBI and Justice Department") are two entries. Every form is kept as an alias and
    every mention's span is kept; the first stated role wins."""
    items = [part for item in items for part in _split_pair(item, items)]
    cores = _person_cores(items)
    index = NameIndex()
    for _, item in fullest_first([("brief", items)], lambda item: item.name):
        core = cores.get(id(item))
        kind = "person" if core is not None else item.kind
        entry = index.add(item.name, kind, "brief", item.spans, item.role, plain=core)
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


def _person_cores(items: Sequence[WhoItem]) -> dict[int, str]:
    """For each item (by `id`) that is another listed person's full name with more words around
    it, that person's name: "Crooked Hillary Clinton" and "Democrat Hillary Clinton" are Hillary
    Clinton, a headline's "Donald Trump Is Right" is Donald Trump; and "Loretta E. Lynch", taken
    for an organisation but with no word of one, is the person Loretta Lynch. A name that holds
    two people ("Chris Christie Calls Hillary Clinton") is left as it is."""
    people = [
        plain
        for item in items
        if item.kind == "person" and len(name_key(plain := without_title(item.name)[0]).split()) >= 2
    ]
    cores: dict[int, str] = {}
    for item in items:
        organization = item.kind == "organization"
        plain = item.name if organization else without_title(item.name)[0]
        words = name_key(plain).split()
        if organization and (len(words) < 2 or any(word in GENERIC_ORGANIZATION_WORDS for word in words)):
            continue
        found = [
            person
            for person in people
            if (fit_strength(plain, person) == FULL_FIT if organization else _around(name_key(person).split(), words))
        ]
        if len({name_key(person) for person in found}) == 1:
            cores[id(item)] = max(found, key=len)
    return cores


def _around(core: list[str], words: list[str]) -> bool:
    """Whether the longer `words` open or end with all of `core`."""
    n = len(core)
    return n < len(words) and (words[:n] == core or words[-n:] == core)


def _split_pair(item: WhoItem, items: Sequence[WhoItem]) -> list[WhoItem]:
    """Two names glued into one, as two: "FBI and Justice Department" when one of the two is
    listed on its own ("Procter and Gamble" stays whole) or each side is a full name of three words
    or more ("U.S. PIRG Education Fund and Citizens for Tax Justice"; one body's name that holds an
    "and" has a short side: "Centers for Disease Control and Prevention"), and a headline's "Paul
    Oduya Thanks Mary Vane" when it opens with one listed name and ends with another."""
    # A name listed on its own, or written alone elsewhere (one of the item's own forms).
    listed = {name_key(form) for other in items if other is not item for form in [other.name, *other.aliases]}
    listed |= {name_key(alias) for alias in item.aliases}
    left, sep, right = item.name.partition(" and ")
    left, right = left.strip(), right.strip()
    if sep and _distinctive(left) and _distinctive(right):
        if name_key(left) in listed or name_key(right) in listed or min(len(left.split()), len(right.split())) >= 3:
            return _parts(item, left, right)
        return [item]
    words = item.name.split()
    for cut in range(2, len(words) - 1):
        opening = " ".join(words[:cut])
        if name_key(opening) in listed and len(opening.split()) >= 2:
            closing = next(
                (
                    " ".join(words[end:])
                    for end in range(cut + 1, len(words) - 1)
                    if name_key(" ".join(words[end:])) in listed
                ),
                None,
            )
            if closing is not None and len(closing.split()) >= 2:
                return _parts(item, opening, closing)
    return [item]


def _distinctive(name: str) -> bool:
    """A capitalised name with a word of its own: not "Co Inc" of "Russ Berrie and Co Inc"."""
    words = name_key(name).split()
    return name[:1].isupper() and any(word not in LEGAL_FORMS and word not in COMPANY_WORDS for word in words)


def _parts(item: WhoItem, opening: str, closing: str) -> list[WhoItem]:
    """`item` as the two names it opens and ends with, each with its share of the spans."""
    whole = all(end - start == len(item.name) for start, end in item.spans)
    parts = []
    for part, first in ((opening, True), (closing, False)):
        spans = [(start, start + len(part)) if first else (end - len(part), end) for start, end in item.spans]
        aliases = [alias for alias in item.aliases if set(name_key(alias).split()) <= set(name_key(part).split())]
        parts.append(item.model_copy(update={"name": part, "spans": spans if whole else [], "aliases": aliases}))
    return parts
