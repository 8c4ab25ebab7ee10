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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.extract.kinds import acronym_fits
from summarizer.schemas import Citation, WhoItem
from summarizer.text.gazetteer import DEMONYMS, GIVEN_NAMES, PLACES
from summarizer.text.lexicon import (
    ABBREVIATED_TITLES,
    COMMON_WORDS,
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    ORG_CUES,
    PERSON_PARTICLES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
)
from summarizer.text.names import (
    FULL_FIT,
    GENERIC_ORGANIZATION_WORDS,
    LEGAL_FORMS,
    fit_strength,
    has_surname,
    name_key,
    surname,
    without_title,
)
from summarizer.text.spans import Span, fold
from summarizer.text.tokens import appears_lowercase

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
        if len(matches) > 1 and kind != "other":
            # An entry of the same kind is a surer fit than one of kind "other": "Clinton" the
            # person is Hillary Clinton, not the "Bush-Clinton" of "a Bush-Clinton rematch".
            matches = [entry for entry in matches if entry.kind == kind] or matches
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
            if len(name_key(plain).split()) == len(entry.words):
                entry.name = plain  # the form taken for a person or body names it better than an "other"
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


def one_entry_each(items: Sequence[WhoItem], text: str | None = None) -> list[WhoItem]:
    """A brief's `who` with each entity once, in reading order: "McCallum" joins "Doug
    McCallum", "EU" joins "European Union", "TransCanada" joins "TransCanada Corp.", and a title
    in a name becomes its role ("Winger Jamal Reid" is Jamal Reid, winger). A name that is
    another person's full name with words around it ("Democrat Hillary Clinton", a headline's
    "Lindsey Graham Says") is that person; two names joined by "and" of which one is listed on
    its own ("FBI and Justice Department") are two entries. With the article's `text`, a run of
    a title-case headline or of words a name never holds ("Hillary Clinton Just Got Some
    Devastating News") is the listed names it holds. Every form is kept as an alias and every
    mention's span is kept; the first stated role wins."""
    items = [_without_time_modifier(_without_clause_words(item)) for item in items]
    items = [item for item in items if not _ends_on_an_adjective(item)]
    items = [_as_the_body_it_opens(item, items) for item in items]
    items = [part for item in items for part in _split_pair(item, items)]
    if text is not None:
        items = [part for item in items for part in _names_in_phrase(item, items, text)]
    cores = _person_cores(items)
    index = NameIndex()
    # A role an item states beats a title its name carries: "Mitch McConnell", "Senate Majority
    # Leader, Republican of Kentucky" over the "Senate Majority Leader Mitch McConnell" it joins.
    stated: dict[int, str] = {}
    for _, item in fullest_first([("brief", items)], lambda item: item.name):
        core, title = cores.get(id(item), (None, None))
        kind = "person" if core is not None else item.kind
        entry = index.add(item.name, kind, "brief", item.spans, item.role or title, plain=core)
        entry.names.extend(alias for alias in item.aliases if alias not in entry.names)
        if item.role:
            stated.setdefault(id(entry), item.role)
    merged = [
        WhoItem(
            name=entry.name,
            kind=entry.kind,
            role=stated.get(id(entry)) or next((role for role, _ in entry.roles if role), None),
            spans=sorted(entry.spans.get("brief", ())),
            aliases=entry.aliases(),
        )
        for entry in index.entries
    ]
    return sorted(merged, key=lambda item: item.spans[0] if item.spans else (1 << 62, 0))


def _as_the_body_it_opens(item: WhoItem, items: Sequence[WhoItem]) -> WhoItem:
    """A one-word name taken for a person (it "said" something) that opens exactly one listed
    company's name, the rest of which are company words ("Energy", "Corp."), and is no listed
    person's surname: "Suncor said" beside "Suncor Energy" is the company, as a person is named in
    full before a surname stands alone for them."""
    if item.kind != "person" or len(item.name.split()) != 1:
        return item
    key = name_key(item.name)
    if any(
        len(words) >= 2 and words[-1] == key
        for o in items
        if o.kind == "person"
        for words in [name_key(o.name).split()]
    ):
        return item
    opened = {
        name_key(o.name)
        for o in items
        if o.kind == "organization"
        for first, *rest in [name_key(o.name).split()]
        if first == key and rest and all(word in COMPANY_WORDS or word in COMPANY_SUFFIXES for word in rest)
    }
    return item.model_copy(update={"kind": "organization"}) if len(opened) == 1 else item


def _person_cores(items: Sequence[WhoItem]) -> dict[int, tuple[str, str | None]]:
    """For each item (by `id`) that is a listed person with more words around the name, that
    person's name and the title before it, if any: "Crooked Hillary Clinton" and "Democrat
    Hillary Clinton" are Hillary Clinton, a headline's "Donald Trump Is Right" is Donald Trump;
    "Loretta E. Lynch", taken for an organisation but with no word of one, is the person Loretta
    Lynch; and "White House Chief of Staff Denis McDonough" or "Sen. Chuck Schumer of New York",
    beside a listed "McDonough" or "Schumer", are Denis McDonough and Chuck Schumer, the words
    before them their title. A name that holds two people ("Chris Christie Calls Hillary
    Clinton") is left as it is."""
    listed = [without_title(item.name)[0] for item in items if item.kind == "person"]
    people = [plain for plain in listed if len(_name_words_written(plain)) >= 2]
    # Surnames the article writes alone (as a name or a person's form), and full names it
    # writes without words around them.
    forms = listed + [alias for item in items if item.kind == "person" for alias in item.aliases]
    alone = {name_key(form) for form in forms if len(_name_words_written(form)) == 1} | set(map(name_key, people))
    # Words the article writes alone as a body's or a thing's name ("Masters" of the golf event).
    bodies = {name_key(form) for item in items if item.kind != "person" for form in [item.name, *item.aliases]}
    cores: dict[int, tuple[str, str | None]] = {}
    for item in items:
        organization = item.kind == "organization"
        plain = item.name if organization else without_title(item.name)[0]
        words = name_key(plain).split()
        tail = _personal_tail(item.name, alone - {name_key(plain)})
        if tail is not None:
            cores[id(item)] = tail
            continue
        if item.kind != "person" and _is_personal_name(item.name, alone, bodies):
            cores[id(item)] = (item.name, None)
            continue
        if (
            organization
            and len(words) == 1
            and not (item.name.isupper() and len(item.name) < 4)  # "UN", "AP": an acronym; "CLINTON" of a headline
            and _surname_of_one_person(words[0], people, items)
        ):
            cores[id(item)] = (item.name, None)
            continue
        if organization and (len(words) < 2 or any(word in GENERIC_ORGANIZATION_WORDS for word in words)):
            continue
        found = [
            person
            for person in people
            if (fit_strength(plain, person) == FULL_FIT if organization else _around(name_key(person).split(), words))
        ]
        if len({name_key(person) for person in found}) == 1:
            cores[id(item)] = (max(found, key=len), None)
    return cores


def _name_words_written(name: str) -> list[str]:
    """The words of a personal name as written, without particles: "O'Rourke", "el-Sisi" and
    "De Blasio" are one surname, not a given name and a surname ("Beto O'Rourke" is no
    "O'Rourke" with a word before it)."""
    return [word for word in name.split() if word.lower() not in PERSON_PARTICLES]


def _surname_of_one_person(word: str, people: Sequence[str], items: Sequence[WhoItem]) -> bool:
    """Whether a one-word name taken for an organisation is the surname of exactly one listed
    person and opens no listed body's longer name: "Clinton" beside "Hillary Clinton" is she,
    "Ford" beside "Gerald Ford" and "Ford Motor Co." could be either and stays apart."""
    if word in _NOT_GIVEN_NAMES:
        return False
    owners = {name_key(person) for person in people if name_key(surname(person)) == word}
    if len(owners) != 1:
        return False
    bodies = [name_key(item.name).split() for item in items if item.kind != "person"]
    return not any(len(body) > 1 and word in body for body in bodies)


# Words of a title before a name, which make the words before it a role ("White House Chief of
# Staff", "Sen."); a place or a body's word before a name ("Alabama Hannah B", "Trust Donald
# Trump" of a headline) joins it to the person but makes no role.
_TITLE_WORDS = ROLE_NOUNS | ABBREVIATED_TITLES

# Words no given name is: a title, a body's or a place's word, a nationality, a function word.
_NOT_GIVEN_NAMES = (
    ROLE_NOUNS
    | ROLE_MODIFIERS
    | HONORIFICS
    | ABBREVIATED_TITLES
    | ORG_CUES
    | PLACES
    | DEMONYMS
    | COMMON_WORDS
    | FUNCTION_WORDS
)


def _personal_tail(name: str, written: set[str]) -> tuple[str, str | None] | None:
    """The person a longer name closes on, and the words before as a title: a given name, any
    initials, and a surname the article writes alone ("Denis McDonough" of "White House Chief
    of Staff Denis McDonough" beside "McDonough"; `written` holds such surnames and full names),
    with a closing "of" and a place left off ("Richard J. Durbin" of "Senate Minority Whip
    Richard J. Durbin of Illinois"). The given name is a known one, or a capitalised word that is
    no title, body, place or common word after a title; the words before it hold a title, a
    body's or a place's word ("Melba Acosta Febo" beside "Febo" is one name, not Acosta Febo
    titled Melba), and are the role when they hold a title ("Alabama" is none)."""
    words = name.split()
    if "of" in words:
        cut = len(words) - 1 - words[::-1].index("of")
        if cut and name_key(" ".join(words[cut + 1 :])) in PLACES:
            words = words[:cut]
    if len(words) < 3 or not words[-1][:1].isupper():
        return None
    start = len(words) - 1
    while start > 1 and _is_initial(words[start - 1]):
        start -= 1
    given = words[start - 1]
    key = name_key(given)
    if not (given[:1].isupper() and key.isalpha() and (key in GIVEN_NAMES or key not in _NOT_GIVEN_NAMES)):
        return None
    person = " ".join(words[start - 1 :])
    if name_key(words[-1]) not in written and name_key(person) not in written:
        return None
    if name_key(words[-1]) in _NOT_GIVEN_NAMES or name_key(" ".join(words[start - 2 : start])) in PLACES:
        return None  # "New York Republican" is no Mr. York Republican
    before = [name_key(word) for word in words[: start - 1]]
    if not any(word in _NOT_GIVEN_NAMES for word in before) or before[-1] in GIVEN_NAMES:
        return None  # "Jim Yong Kim" is no Yong Kim titled Jim
    if key not in GIVEN_NAMES and not any(word in _TITLE_WORDS | ROLE_MODIFIERS | ORG_CUES for word in before):
        return None  # "Mexico Beautiful Frida": an unknown given name needs a title before it
    # A post in a body ("Senate Majority Whip", "Navy SEAL") is a title too, a body alone is not.
    post = len(before) >= 2 and any(word in ORG_CUES for word in before) and before[-1] not in ORG_CUES
    title = " ".join(words[: start - 1])
    return person, title if post or any(word in _TITLE_WORDS for word in before) else None


def _is_personal_name(name: str, written: set[str], bodies: set[str]) -> bool:
    """Whether `name` is a given name, any initials and a surname the article writes alone:
    "Hillary Clinton" taken for an organisation beside "Clinton" the person. The given name is
    a known one, or a capitalised word that is no title, body's, place's or common word, nor
    one the article writes alone as a body's name (`bodies`: "Masters" of "Masters Vonn")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_is_initial(word) for word in words[1:-1]):
        return False
    last, first = name_key(words[-1]), name_key(words[0])
    if last not in written or last in _NOT_GIVEN_NAMES:
        return False
    # A given name the list lacks ("Hillary") will do where it is no word of anything else.
    unlisted = first.isalpha() and words[0].istitle() and first not in _NOT_GIVEN_NAMES and first not in bodies
    return first in GIVEN_NAMES or (unlisted and first not in GENERIC_ORGANIZATION_WORDS)


def _is_initial(word: str) -> bool:
    """ "J." of "Richard J. Durbin", "H.W." of "George H.W. Bush"."""
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", word))


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
    if sep and _spelled_by_an_acronym(item):
        return [item]  # "Organisation for Security and Cooperation in Europe" (OSCE): one body
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
    return _glued_to_a_person(item, items)


def _spelled_by_an_acronym(item: WhoItem) -> bool:
    """Whether one of the item's forms is an acronym whose letters spell the whole name, both
    sides of its "and" ("OSCE" for the "Organisation for Security and Cooperation in Europe"):
    the article abbreviates one name, not two."""
    return any(alias.isupper() and " " not in alias and acronym_fits(item.name, alias) for alias in item.aliases)


def _glued_to_a_person(item: WhoItem, items: Sequence[WhoItem]) -> list[WhoItem]:
    """A listed person's name glued to another listed name, as the two: "Obama White House" is
    Obama and the White House, "Clinton-Kaine" (a ticket) Clinton and Kaine. The closing name
    has two words or more unless joined by a hyphen: "Chelsea Clinton Foundation" and "Trump
    Tower" stay whole."""
    kinds: dict[str, str] = {}
    for other in items:
        if other is not item:
            for form in [other.name, *other.aliases]:
                kinds.setdefault(name_key(form), other.kind)
    people = {key for key, kind in kinds.items() if kind == "person"}
    left, hyphen, right = item.name.partition("-")
    if hyphen and "-" not in right and left[:1].isupper() and right[:1].isupper():
        if name_key(left) in kinds and name_key(right) in kinds and {name_key(left), name_key(right)} & people:
            return _parts(item, left, right, (kinds[name_key(left)], kinds[name_key(right)]))
    words = item.name.split()
    for cut in range(1, len(words) - 1):
        opening, closing = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            name_key(opening) in people
            and name_key(closing) in kinds
            and len(words) - cut >= 2
            and item.kind != "person"
        ):
            return _parts(item, opening, closing, ("person", kinds[name_key(closing)]))
        if _body_before_a_surname(opening, closing, kinds, items) and item.kind == "person":
            return _parts(item, opening, closing, (kinds[name_key(opening)], "person"))
    if len(words) == 2 and item.kind == "person" and _body_before_a_surname(words[0], words[1], kinds, items):
        return _parts(item, words[0], words[1], (kinds[name_key(words[0])], "person"))
    return [item]


def _body_before_a_surname(opening: str, closing: str, kinds: dict[str, str], items: Sequence[WhoItem]) -> bool:
    """Whether a person's name is a listed body's or place's name glued to the surname of another
    listed person, as a caption run into the next sentence writes it: "Malaga Benzema" beside
    "Malaga" and "Karim Benzema" ("against Malaga Benzema rolls on the floor"). The opening is no
    given name: "Georgia Vane" beside "Georgia" and "Paul Vane" may be his sister."""
    key = name_key(opening)
    if kinds.get(key, "person") == "person" or key in GIVEN_NAMES or len(closing.split()) != 1:
        return False
    return any(
        other.kind == "person" and len(other.name.split()) >= 2 and has_surname(other.name, closing)
        for other in items
        if name_key(other.name) != name_key(f"{opening} {closing}")
    )


# Words that open a clause and close no name: a run that ends on one ran over a full stop the
# page lost ("Arizona DPS According to ...", "Swansea Meanwhile ...", "U.S. He said ...").
_CLAUSE_OPENERS = frozenset(
    "according however meanwhile moreover furthermore nevertheless nonetheless although though despite "
    "while whilst unless because whether the a an this that these those he she they we it his her their "
    "its our my your but and or if when where after before since".split()
)


def _without_clause_words(item: WhoItem) -> WhoItem:
    """`item` without the clause-opening words it ends on ("Arizona DPS According" is the
    Arizona DPS); an initial ("Michael A.") is no such word, and a name of nothing else stays."""
    words = item.name.split()
    kept = len(words)
    while kept > 1 and words[kept - 1].lower() in _CLAUSE_OPENERS and words[kept - 1][:1].isupper():
        kept -= 1
    if kept == len(words) or words[kept - 1].lower() in _CLAUSE_OPENERS:
        return item
    name = " ".join(words[:kept])
    cut = len(item.name) - len(name)
    spans = [(start, end - cut) if end - start == len(item.name) else (start, end) for start, end in item.spans]
    return item.model_copy(update={"name": name, "spans": spans})


# Party adjectives: a body's name does not end on one, the noun it qualified was cut off
# ("Senate Republican" of "Senate Republican leaders").
_PARTY_ADJECTIVES = frozenset("democratic republican liberal conservative progressive socialist libertarian".split())


def _ends_on_an_adjective(item: WhoItem) -> bool:
    """Whether a body's or thing's name of two words or more is an adjective phrase rather than a
    name: it ends on a party adjective ("Senate Republican", "Nova Scotia Liberal"). The adjective
    alone ("Conservative") stands for its party and stays."""
    words = name_key(item.name).split()
    return item.kind != "person" and len(words) > 1 and words[-1] in _PARTY_ADJECTIVES


# Words that say when someone held a post, not which body it was: "Former CIA" of "Former CIA
# Director David Petraeus" is the CIA.
_TIME_MODIFIER = re.compile(r"(?:[Ff]ormer|[Ee]x|[Tt]hen)[ -](?=[A-Z])")


# An adjective of where someone is based, glued before a name: "Calgary-based Suncor Energy",
# "US-based Mondelez International" are Suncor Energy and Mondelez International.
_BASED_MODIFIER = re.compile(
    r"(?:[A-Z][\w.]*[ -])*[A-Z][\w.]*-(?:based|headquartered|owned|born|bred|area)\s+(?=[A-Z])"
)


def _without_time_modifier(item: WhoItem) -> WhoItem:
    """A name without the "Former" or "Ex-" a body's name opens with ("Former CIA" is the CIA;
    a person's keeps it, as the title rules make it part of the role), and without a glued
    adjective of where it is based ("Calgary-based Suncor Energy"), whatever its kind."""
    opening = _BASED_MODIFIER.match(item.name)
    if opening is None and item.kind != "person":
        opening = _TIME_MODIFIER.match(item.name)
    if opening is None:
        return item
    cut = opening.end()
    rest = item.name[cut:]
    spans = [(start + cut, end) if end - start == len(item.name) else (start, end) for start, end in item.spans]
    return item.model_copy(update={"name": rest, "spans": spans})


# Function words no name holds, capitalised or not: not the numbers and "new" of "Air Force
# One" and "New Jersey".
_NEVER_IN_NAMES = FUNCTION_WORDS - frozenset("new one two three all no yes more most call get here there now".split())

# Small words a title-case headline may leave in lower case ("Jeb Bush Super PAC Chief Praises
# Marco Rubio Donor's Anti-Donald Trump Skywriting Campaign").
_LOWER_IN_TITLES = frozenset("a an the of and or to in on at by for with as vs from".split())


def _names_in_phrase(item: WhoItem, items: Sequence[WhoItem], text: str) -> list[WhoItem]:
    """A phrase the finder took for one name, as the listed names it holds: "Praises Marco Rubio
    Donor" and "Move Against Bernie Sanders Could Backfire" of a title-case headline, or "El
    Clasico TV TIMES What TV" of a listings page, run on over a capitalised "What". A run is
    such a phrase when a function word sits capitalised inside it, or when every mention of it
    is in a line written in title case, and when it has, besides the listed names, a common word
    or one the article writes in lower case that is no body's word ("praises", "amid"): "Chelsea
    Clinton Foundation" in a headline is still the foundation. Any other word of it is dropped."""
    words = item.name.split()
    if len(words) < 3 or not item.spans:
        return [item]
    kinds: dict[str, str] = {}  # each listed form's key, and the kind it was listed as
    for other in items:
        if other is not item:
            for form in [other.name, *other.aliases]:
                if name_key(form) and name_key(form) != name_key(item.name):
                    kinds.setdefault(name_key(form), other.kind)
    keys = [name_key(word) for word in words]
    found: list[tuple[int, int]] = []  # word ranges of listed names, longest first
    places: list[tuple[int, int]] = []  # and of places ("New York"), which are neither
    for length in range(len(words) - 1, 0, -1):
        for start in range(len(words) - length + 1):
            if any(start < end and begin < start + length for begin, end in found + places):
                continue
            key = " ".join(key for key in keys[start : start + length] if key)
            if key in kinds:
                found.append((start, start + length))
            elif length > 1 and key in PLACES:
                places.append((start, start + length))
    if not found:
        return [item]
    inside = {index for begin, end in found + places for index in range(begin, end)}
    rest = [keys[index] for index in range(len(words)) if index not in inside and keys[index]]
    telling = [
        word
        for word in rest
        if word not in GENERIC_ORGANIZATION_WORDS
        and word not in _LOWER_IN_TITLES
        and (word in COMMON_WORDS or word in FUNCTION_WORDS or appears_lowercase(text, word))
    ]
    capitalised_function_word = any(
        word[:1].isupper() and keys[index] in _NEVER_IN_NAMES
        for index, word in enumerate(words)
        if index and index not in inside
    )
    if not telling or not (capitalised_function_word or all(_in_title_case_line(text, span) for span in item.spans)):
        return [item]
    parts = []
    for begin, end in sorted(found):
        part = " ".join(words[begin:end]).strip(".,;:'’\"“”")
        offset = len(" ".join(words[:begin])) + (1 if begin else 0)
        spans = [
            (start + offset, start + offset + len(part))
            for start, stop in item.spans
            if stop - start == len(item.name) and text[start + offset : start + offset + len(part)] == part
        ]
        parts.append(WhoItem(name=part, kind=kinds.get(name_key(part), item.kind), spans=spans))
    return parts


def _in_title_case_line(text: str, span: Span) -> bool:
    """Whether the line `span` is in is written in title case: four words or more, each
    capitalised but for a few small words, as headlines are."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    line = text[start : end if end >= 0 else len(text)]
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    capitalised = [word for word in words if word[:1].isupper()]
    return len(capitalised) >= 4 and all(word[:1].isupper() or word.lower() in _LOWER_IN_TITLES for word in words)


def _distinctive(name: str) -> bool:
    """A capitalised name with a word of its own: not "Co Inc" of "Russ Berrie and Co Inc"."""
    words = name_key(name).split()
    return name[:1].isupper() and any(word not in LEGAL_FORMS and word not in COMPANY_WORDS for word in words)


def _parts(item: WhoItem, opening: str, closing: str, kinds: tuple[str, str] | None = None) -> list[WhoItem]:
    """`item` as the two names it opens and ends with, each with its share of the spans: a
    mention of the whole is cut in two, a mention of one part alone (an alias's) goes to that
    part; `kinds` are the parts' kinds when the listed names say them."""
    parts = []
    for index, (part, first) in enumerate(((opening, True), (closing, False))):
        spans = [
            (start, start + len(part)) if first else (end - len(part), end)
            for start, end in item.spans
            if end - start == len(item.name)
        ]
        spans += [(start, end) for start, end in item.spans if end - start == len(part) != len(item.name)]
        aliases = [alias for alias in item.aliases if set(name_key(alias).split()) <= set(name_key(part).split())]
        kind = kinds[index] if kinds else item.kind
        parts.append(item.model_copy(update={"name": part, "kind": kind, "spans": sorted(spans), "aliases": aliases}))
    return parts
