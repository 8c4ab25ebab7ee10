"""Deterministic named-entity spotting for news prose (standard library only).

Why rules instead of a statistical tagger: the briefing notes must be grounded in
spans of the article that anyone can re-check, the package must run without model
downloads, and news English is regular enough that a few conventions carry most of
the signal:

* names are runs of capitalised tokens ("Lloyd Austin", "Jean de la Fontaine");
  a capital at the start of a sentence proves nothing, so a sentence-initial
  common word ("However", "The") is dropped and a lone sentence-initial token is
  kept only if the text also capitalises it elsewhere;
* titles precede names ("US Defense Secretary Lloyd Austin", "envoy Robert Wood")
  and appositives follow or precede them ("Jane Roe, a spokeswoman for ..."); both
  become the entity's ``role`` rather than part of its name;
* later mentions shorten to the surname ("Austin", "Austin's"), which is attached
  to the nearest preceding full name that contains it, so two people sharing a
  token ("Kim Yonghyun", "Kim Jong-un") stay apart;
* the kind comes from cue words (Council, Ministry, Police ...), an acronym in
  parentheses, the gazetteer of countries / cities / states / provinces in
  ``gazetteer.py``, and place contexts ("in X", "X region", "the town of X",
  "X, Ivory Coast", "Tempe, Ariz.");
* a run is a person only with evidence: a known given name at its head, a title or role,
  the surname used alone later, a reporting verb, age or pronoun after it, a list of people it
  belongs to. Function words, digits, quotation marks, a work noun ("the book X") or an
  event/venue head ("World Cup") say it names a thing; company words ("Energy", "Ltd"), club
  shapes ("Leeds United"), organisation nouns ("brewer X", "X news agency") and match contexts
  say organisation. Names met only in photo credits and author lines are left out;
* a wire dateline ("LONDON 1996-12-06", "TEMPE, Ariz. (Reuters) -") names the
  place the story was filed from, whatever the gazetteer knows; nationality words
  ("Bulgarian", "Kurdish") are never places.

Spans always index the original text; ``skip`` ranges are blanked (replaced by
newlines of equal length) before anything is read, so nothing inside them counts.

This module is the entry point (``find_entities``, ``is_actor``, ``Entity``) and merges
mentions into entities; each stage it calls lives in a module of its own:
``tokens`` (tokens, candidate spans), ``candidates`` (capitalised runs, datelines), ``roles``,
``kinds`` (the ordered kind decision) with ``person_evidence``, ``organization_evidence`` and
``place_evidence``, ``credits`` (bylines and photo credits), and the word lists in ``lexicon``
and ``gazetteer``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.extract.candidates import find_candidates, with_datelines
from summarizer.extract.credits import in_caption, is_credit
from summarizer.extract.kinds import (
    bracketed_acronym,
    classify,
    followed_by_acronym,
    has_abstract_ending,
    is_demonym,
)
from summarizer.extract.model_kinds import tagged_names
from summarizer.extract.organization_cues import (
    body_cue,
    contact_desks,
    has_adjective_shape,
    is_contact_line,
    is_plural_nickname,
    is_result_line,
    line_speaks_of_a_match,
    organization_context,
    press_section_heads,
    side_of_a_result_line,
    team_named_after_place,
)
from summarizer.extract.person_cues import person_context
from summarizer.extract.place_cues import is_place_name
from summarizer.extract.roles import find_role
from summarizer.grounding.lemmas import is_dictionary_word
from summarizer.text.gazetteer import COUNTRIES, DEMONYMS, GIVEN_NAMES, PLACES
from summarizer.text.lexicon import (
    COMMON_ACRONYMS,
    COMMON_WORDS,
    COMPANY_SUFFIXES,
    CONNECTORS,
    DIRECTIONS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ORG_CUES,
    PARTY_MEMBERS,
    PLACE_CUES,
    ROLE_NOUNS,
    TEMPORAL_WORDS,
    THING_HEADS,
    VENUE_HEADS,
)
from summarizer.text.names import GENERIC_ORGANIZATION_WORDS, has_surname, surname
from summarizer.text.sentences import sentence_span_around
from summarizer.text.tokens import (
    Candidate,
    Kind,
    Token,
    appears_lowercase,
    is_sentence_start,
    is_state_abbreviation,
    mask_skipped,
    tokenize,
)
from summarizer.text.world_cities import is_world_city

__all__ = ["Entity", "Kind", "Mention", "find_entities", "is_actor"]


@dataclass(frozen=True)
class Mention:
    text: str  # exactly text[start:end]
    start: int
    end: int


@dataclass
class Entity:
    name: str  # the fullest form found in the text, e.g. "Lloyd Austin"
    kind: Kind
    role: str | None  # role/title as the article states it; None if none stated
    mentions: list[Mention] = field(default_factory=list)


# "Korean", "Ukrainian", "Congolese", "Polish", "Israeli": nationality adjectives, not actors.
_DEMONYM = re.compile(r"(?:an|ese|ish|i)$")


def is_actor(entity: Entity, text: str) -> bool:
    """Whether an entity can be someone involved in the story. An unclassified capitalised run
    that is a nationality ("North Korean"), a bare title ("Secretary of Defense"), an event or a
    work ("World Cup", "They Call Me George") or a section label ("What Happened:") describes or
    heads something; it does not act."""
    if entity.kind != "other":
        return True
    words = entity.name.split()
    if _DEMONYM.search(words[-1]) or is_demonym([words[0].lower()]) and len(words) == 1:
        return False
    return not _names_a_title_thing_or_label(entity, text)


def _names_a_title_thing_or_label(entity: Entity, text: str) -> bool:
    """A bare title ("Secretary of Defense"), an event, a venue or a work ("World Cup", "They
    Call Me George") or a section label ("What Happened:")."""
    words = entity.name.split()
    if any(word.lower() in ROLE_NOUNS for word in words):
        return True
    if len(words) > 1 and (words[-1].lower() in THING_HEADS or any(w.lower() in FUNCTION_WORDS for w in words)):
        return True
    return bool(entity.mentions) and all(text[m.end : m.end + 1] == ":" for m in entity.mentions)


def find_entities(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Entities in order of first mention; nothing inside a `skip` range counts."""
    masked = mask_skipped(text, skip)
    tokens = tokenize(masked, names_only=True)  # once: candidates and the builder read the same tokens
    candidates = with_datelines(masked, find_candidates(masked, tokens))
    lone_words = frozenset(masked[c.start : c.end] for c in candidates if c.role_start is None)
    builder = _EntityBuilder(text, masked, lone_words, tokens)
    for candidate in candidates:
        if len(candidate.tokens) > 1 or candidate.role_start is not None:
            builder.add_full(candidate)
    for candidate in candidates:
        if len(candidate.tokens) == 1 and candidate.role_start is None:
            builder.add_short(candidate)
    builder.settle_unproven_names()
    builder.adopt_tagged_sentence_openers()
    builder.promote_list_members()
    builder.settle_cities_listed_with_clubs()
    builder.settle_places_listed_with_places()
    builder.promote_organization_lists()
    builder.adopt_organization_prefixes()
    builder.adopt_club_nicknames()
    builder.adopt_body_cues()
    builder.adopt_press_section_heads()
    builder.adopt_contact_desks()
    builder.settle_places_that_are_organizations()
    builder.settle_national_sides()
    builder.settle_world_cities()
    builder.settle_acronyms_taken_for_places()
    builder.settle_families()
    builder.settle_bodies_without_a_cue()
    builder.settle_market_indexes()
    builder.settle_lone_speakers()
    return [
        e
        for e in builder.entities()
        if e.kind == "place"
        or not all(
            is_credit(masked, m.start, m.end) or e.kind == "person" and in_caption(masked, m.start) for m in e.mentions
        )
    ]


# ---------------------------------------------------------------------------
# Merging mentions into entities


class _HeadlineLines:
    """Whether the line holding a position is a headline (title-case or all-caps lines,
    headlines and bylines, say little about kinds), each line of one text judged once: slicing
    and hashing the line again for every name on it made a long line (a text without line
    breaks) quadratic."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [match.start() for match in re.finditer("\n", text)]
        self.verdicts: dict[int, bool] = {}

    def __call__(self, pos: int) -> bool:
        line = bisect.bisect_left(self.breaks, pos)  # the line breaks before `pos`
        verdict = self.verdicts.get(line)
        if verdict is None:
            start = self.breaks[line - 1] + 1 if line else 0
            end = self.breaks[line] if line < len(self.breaks) else len(self.text)
            verdict = self.verdicts[line] = _is_headline(self.text[start:end].strip())
        return verdict


_RANKED_LINE_RE = re.compile(r"\d{1,3}\.\s+\S")
# A score ("6-4", "292-8"), a minute or placing in brackets ("(65th)", "(39th minute)") or a
# timed result ("3:46.493"): the marks of a line of results.
_SCORE_RE = re.compile(r"\b\d{1,3}-\d{1,3}\b|\(\d{1,3}(?:st|nd|rd|th)\b|\b\d{1,2}:\d\d\.\d")
_LINE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1024)
def _is_headline(line: str) -> bool:
    """Whether a line reads as a headline; asked again for every name on the same line."""
    words = _LINE_WORD_RE.findall(line)
    if len(words) < 3 or line.endswith((".", '"', "”")) and not line.isupper():
        return False
    if (
        is_result_line(line)
        or is_contact_line(line)  # "-- Jane Roe, Athens Newsroom +301 3311812-4"
        or not line.isupper()
        and (_RANKED_LINE_RE.match(line) or _SCORE_RE.search(line) or line.count(",") >= 2)
    ):
        # "Karlsruhe 2 Hansa Rostock 0", "2. Michael Andretti (U.S.), Lola Ford Cosworth",
        # "Steffi Graf (Germany) beat Natasha Zvereva (Belarus) 6-4 6-2", "Romania - Dan Petrescu
        # (65th)", "Mike Hulbert, Brian Henninger, Tiger Woods,": the capitals of names in a list
        # of results or a line-up, not of a headline
        return False
    content = [w for w in words if len(w) > 3] or words
    return sum(w[0].isupper() for w in content) / len(content) >= 0.75


_LOWERCASE_WORD_RE = re.compile(r"\s[a-z]{3,}\b")
_SENTENCE_END_RE = re.compile(r"[.!?\"”’')]\s*$")


def _opens_subhead(text: str, pos: int) -> bool:
    """Whether `pos` opens a line that ends without a full stop: a subhead or a teaser, where
    the first word is capitalised because it comes first, not because it names someone."""
    if text.rfind("\n", 0, pos) + 1 != pos and pos:
        return False
    end = text.find("\n", pos)
    line = text[pos : end if end != -1 else len(text)]
    return not _SENTENCE_END_RE.search(line) and _LOWERCASE_WORD_RE.search(line) is not None


def _names_a_faith_or_an_idea(name: str) -> bool:
    """ "Islam" (the faith of "Islamic"), "Islamophobia": a faith or an idea, though the tagger
    reads it as a body."""
    lower = name.lower()
    return has_abstract_ending(lower) or any(demonym.startswith(lower) and len(lower) >= 4 for demonym in DEMONYMS)


def _is_nickname_tail(words: list[str]) -> bool:
    """ "white sox", "cubs", "blue jays": one or two words after a club's place, the last a plural."""
    return len(words) <= 2 and is_plural_nickname(words[-1]) and not any(w in PLACES for w in words)


def _people_of_a_place(name: str) -> bool:
    """ "Sri Lankan", "Costa Rican", "Sri Lankans": the people of a place of several words the
    gazetteer knows, named by its name and an ending, which the tagger reads as a person's name."""
    lower = name.lower().removesuffix("s")
    for ending in ("ian", "an", "n", "ese"):
        stem = lower.removesuffix(ending)
        if stem != lower and " " in stem and any(stem + tail in PLACES for tail in ("", "a", "o")):
            return True
    return False


def _ends_on_a_place(name: str) -> bool:
    """ "TPC Scottsdale", "Rally Canada": a name of several words whose last is a place."""
    words = name.split()
    return len(words) > 1 and (words[-1].lower() in PLACES or is_world_city(words[-1]))


def _in_gazetteer(token: Token) -> bool:
    """By key ("Ontario's" -> "ontario") or as written ("U.S." keeps its last dot)."""
    return token.key in PLACES or token.text.lower() in PLACES


# The last words of places people build or meet in: "Doral Golf Resort", "Centre Block".
_BUILT_PLACE_HEADS = PLACE_CUES | VENUE_HEADS | frozenset(("resort", "block", "building", "tower"))
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")
# "BlackBerrys", "Clevelanders": a word in the plural names a class of things or people.
_PLURAL_END_RE = re.compile(r"[a-z][a-rt-z]s$")
_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z][A-Z&]{1,4}")
_LOWERCASE_WORD_AFTER_RE = re.compile(r" ([a-z][\w-]*)")


def _is_plural_name(name: str) -> bool:
    """One capitalised word in the plural ("Valdezes", "Ortegas"), not an acronym's ("CEOs")."""
    return (
        " " not in name and name[:1].isupper() and name[1:].islower() and name.endswith("s") and not name.endswith("ss")
    )


# What separates the items of a list of names: ", ", "; 11 - ", " and ", ", and ".
# "YouTube", "EgyptAir", "ReganBooks", "POLITICO", "KING-TV" - not "McDonough", "DeSantis",
# "MacArthur": a capital after three lower-case letters, or capitals throughout.
_BRAND_SHAPE_RE = re.compile(r"(?!Mac)[A-Z][a-z]{2,}[A-Z][A-Za-z]+|[A-Z][A-Z&-]{3,}")
_POSSESSIVE_GAP_RE = re.compile(r"['’]s? ")
_INDEX_AFTER_RE = re.compile(r"(?: \d+)? (?:index|indices|indexes|composite|industrial average|stock average)\b")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he $")
_IN_A_PLACE_RE = re.compile(r"\b(?:in|near|at|outside)\s+$")
_AT_A_PLACE_RE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside)\s+$")
# Without "at": one studies "at Lehigh" (the university) but lives "in Cedar Rapids".
_IN_NOT_AT_RE = re.compile(r"\b(?:in|near|outside)\s+$")
_LIST_GAP_RE = re.compile(r"\)?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:\(?\d{1,3}\s*[-–]\s*)?")
# Between two competitors of a line of results or a line-up, each with a bracket after the name
# (a country, a club, a minute): " (France) beat 17 - ", " (10th), ", " (Grasshoppers) ".
_BRACKETED_SLOT_GAP_RE = re.compile(
    r" \([^()\n]{1,40}\)(?:\s*[,;]\s*(?:and\s+)?|\s+(?:and|beat|bt|v|vs\.?)\s+|\s+)(?:\d{1,3}(?:/\d{1,3})?\s*[-–]\s*)?"
)
# Bodies are listed with their article: "Black Lives Matter and the Workers World Party" (but
# "X, the Y" is as often an apposition: "the Affordable Care Act, the Democratic platform").
_AND_THE_LIST_GAP_RE = re.compile(r"\)?,?\s+and\s+the\s+")


# "Trinidad's ", "Leeds United's ": whose the next item of a list of people is.
_OWNER_AT_END_RE = re.compile(r"(?<=[\s,;(-])[A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s? $")


def _without_owner_at_end(gap: str) -> str:
    """ "Jim Hines (1968), Trinidad's Hasely Crawford": the gap between two items of a list
    without the possessive that says whose (a country, a club) the next one is."""
    match = _OWNER_AT_END_RE.search(gap)
    return gap[: match.start()] if match else gap


def _is_list_gap_between_bodies(gap: str, keys: list[str]) -> bool:
    """Whether `gap` separates two items of one list, the name of words `keys` being one and a
    body the other. With an article in the gap only a name of several words that opens with no
    given name and ends on no place counts: "Obama, Hillary, and the Democratic Party" lists
    people beside a party, "Nazi Germany and the Allies" a state beside an alliance."""
    if _LIST_GAP_RE.fullmatch(gap):
        return True
    return (
        _AND_THE_LIST_GAP_RE.fullmatch(gap) is not None
        and len(keys) > 1
        and keys[0] not in GIVEN_NAMES
        and keys[-1] not in PLACES
    )


def _kind_holds_in_a_headline(text: str, candidate: Candidate) -> bool:
    """Whether a name in a headline keeps the kind its words gave it: a place opening a title, a
    body before an office ("Interior Ministry Spokesman Says"). Not a body in a headline set in
    capitals: there the words before an office word are as often the headline's own ("THOMSON
    RESIGNS AS MANAGER", "NICE SACK COACH"), and the story names a real body again in its prose."""
    if candidate.kind == "organization":
        return not text[candidate.start : candidate.end].isupper()
    return bool(candidate.kind)


class _EntityBuilder:
    """Collects mentions; full names first, then short forms resolved against them."""

    def __init__(
        self, text: str, masked: str, lone_words: frozenset[str] = frozenset(), tokens: list[Token] | None = None
    ):
        self.text = text
        self.masked = masked
        self.lone_words = lone_words
        self.unproven: dict[int, Entity] = {}  # shaped like personal names, but nothing vouched for them
        self.open_sentence_openers: list[Candidate] = []  # see `adopt_tagged_sentence_openers`
        self.organizations_taken_for_places: dict[int, Entity] = {}  # see `_note_team`
        self.by_name: dict[str, Entity] = {}
        self.person_mentions: list[tuple[int, Entity]] = []
        self._word_index: dict[str, list[tuple[int, int, Entity]]] = {}  # see `_mentions_by_word`
        self._word_positions: dict[str, list[int]] = {}
        self._word_index_size = 0
        self._line_is_headline = _HeadlineLines(masked)
        if tokens is None:
            tokens = tokenize(masked, names_only=True)
        self.capitalised_elsewhere = self._mid_sentence_capitals(tokens)

    def _mid_sentence_capitals(self, tokens: list[Token]) -> set[str]:
        seen = set()
        for token in tokens:
            if token.is_capitalised and token.text not in seen and not is_sentence_start(self.masked, token.start):
                seen.add(token.text)
        return seen

    def _mention(self, candidate: Candidate) -> Mention:
        return Mention(self.text[candidate.start : candidate.end], candidate.start, candidate.end)

    def add_full(self, candidate: Candidate) -> None:
        name = self.masked[candidate.start : candidate.end]
        if (
            self._line_is_headline(candidate.start)
            and not is_place_name(name)
            and not _kind_holds_in_a_headline(self.masked, candidate)
        ):
            return
        kind = classify(self.masked, candidate, self.lone_words)
        entity = self.by_name.get(name.lower()) or self._person_ending_with(name)
        if entity is None:
            entity = Entity(name, kind, None)
            self.by_name[name.lower()] = entity
            self._register_acronym(candidate, entity)
            if kind == "other" and classify(self.masked, candidate, need_evidence=False) == "person":
                self.unproven[id(entity)] = entity
        if entity.role is None and kind == "person":
            entity.role = find_role(self.masked, candidate)
        self._note_team(entity, candidate, kind)
        self._add_mention(entity, candidate)
        if entity.kind == "person":
            self.person_mentions.append((candidate.start, entity))

    def _note_team(self, entity: Entity, candidate: Candidate, kind: Kind) -> None:
        """Remember a place whose mention here reads as an organisation: a known city as a side
        in a match ("a 2-0 win over Leeds"), or a name no gazetteer knows with an organisation's
        word ("in the FBI" first, then "the FBI's agents"; "Federal Reserve Board")."""
        if entity.kind != "place" or kind != "organization":
            return
        if is_place_name(entity.name):
            named_as_body = team_named_after_place(self.masked, candidate)
        else:
            keys = candidate.keys
            named_as_body = len(keys) == 1 and candidate.tokens[0].is_acronym or any(k in ORG_CUES for k in keys)
        if named_as_body:
            self.organizations_taken_for_places[id(entity)] = entity

    def settle_places_that_are_organizations(self) -> None:
        """ "Leeds" filed as a place, then "a 2-0 win over Leeds": a city the story names as a
        side in a match is the club in all its mentions ("Leeds' Bowyer"), unless one of them sets
        something in it ("in Leeds", "at Leeds"): a name has one kind in a story. A name the
        gazetteer does not know is the organisation its cue says, whatever preposition came first."""
        for entity in self.organizations_taken_for_places.values():
            if entity.kind == "place" and not (
                is_place_name(entity.name)
                and any(_IN_A_PLACE_RE.search(self.masked, max(0, m.start - 12), m.start) for m in entity.mentions)
            ):
                entity.kind = "organization"

    def settle_national_sides(self) -> None:
        """ "West Indies batsman Brian Lara" then "both West Indies and Australia": a known place
        taken for a club that the story lists beside a country is a national side, which news
        files with its country as a place, as it does "England" or "Australia"."""
        countries = [(m.start, m.end) for e in self.by_name.values() if e.name.lower() in COUNTRIES for m in e.mentions]
        for entity in {id(e): e for e in self.by_name.values()}.values():
            if entity.kind != "organization" or not is_place_name(entity.name) or entity.name.lower() in COUNTRIES:
                continue
            if any(
                _LIST_GAP_RE.fullmatch(self.masked[m.end : start])
                if start >= m.end
                else _LIST_GAP_RE.fullmatch(self.masked[end : m.start])
                for m in entity.mentions
                for start, end in countries
                if 0 <= start - m.end < 8 or 0 <= m.start - end < 8
            ):
                entity.kind = "place"

    def _person_ending_with(self, name: str) -> Entity | None:
        """ "Al Hashish" after "Fouzia Al Hashish": a multi-word surname used alone."""
        if " " not in name:
            return None
        for _, entity in reversed(self.person_mentions):
            if has_surname(entity.name, name):
                return entity
        return None

    def _add_mention(self, entity: Entity, candidate: Candidate) -> None:
        """A dateline or headline spells the name in capitals; the prose spells it properly."""
        mention = self._mention(candidate)
        if entity.name.isupper() and not mention.text.isupper() and mention.text.lower() == entity.name.lower():
            entity.name = mention.text
            self._word_index_size = -1  # the index of names by word is out of date
        entity.mentions.append(mention)

    def _register_acronym(self, candidate: Candidate, entity: Entity) -> None:
        """ "the Kurdistan Workers Party (PKK)": the acronym after a body names it in later
        mentions, whatever language its letters come from; after a name no rule made a body,
        only an acronym that spells it does ("Goran Ivanisevic (CRO)" gives his country)."""
        if entity.kind == "organization":
            acronym = bracketed_acronym(self.masked, candidate.end)
        else:
            acronym = followed_by_acronym(self.masked, candidate.start, candidate.end)
        if acronym and acronym.lower() not in self.by_name:
            self.by_name[acronym.lower()] = entity

    def add_short(self, candidate: Candidate) -> None:
        token = candidate.tokens[0]
        entity = self._existing_entity(token)
        if entity is None and token.key in GENERIC_ORGANIZATION_WORDS and not token.is_acronym:
            entity = self._organization_headed_by(token)
            if entity is None and candidate.sentence_initial:
                return  # "University spokesman John Shibley said": a fragment, no name
        if entity is None:
            if not candidate.kind:
                if self._line_is_headline(candidate.start) and not _in_gazetteer(token):
                    return
                if not self._credible_single(candidate):
                    if self._could_open_with_a_body(candidate):
                        self.open_sentence_openers.append(candidate)
                    return
            kind = classify(self.masked, candidate)
            entity = Entity(token.text, kind, None)
            self.by_name[token.text.lower()] = entity
        elif entity.kind == "other" and " " not in entity.name:
            entity.kind = classify(self.masked, candidate)
        elif entity.kind == "place":
            self._note_team(entity, candidate, classify(self.masked, candidate))
        if entity.kind == "person" and entity.role is None:
            entity.role = find_role(self.masked, candidate)
        self._add_mention(entity, candidate)

    def _organization_headed_by(self, token: Token) -> Entity | None:
        """ "the Court" after "Federal Court", "the University" after "University of Michigan":
        a generic head used alone refers back to the one organisation of the article it heads
        (its last word, or the word before "of": "Superior Court of Ontario"); with several, or
        none, it names none."""
        found = {
            id(entity): entity
            for entity in self.by_name.values()
            if entity.kind == "organization"
            and len(words := entity.name.lower().split()) > 1
            and (words[-1] == token.key or f"{token.key} of" in " ".join(words))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _credible_single(self, candidate: Candidate) -> bool:
        """A lone sentence-initial capital must be capitalised elsewhere too."""
        token = candidate.tokens[0]
        if token.key in COMMON_WORDS and not _in_gazetteer(token) or token.key in TEMPORAL_WORDS:
            return False  # but "US" is no "us"
        if token.key in GROUP_NOUNS:  # "Witnesses said", "Officials say"
            return False
        if _PLURAL_ACRONYM_RE.fullmatch(token.text):  # "NGOs", "MPs": a class of bodies or people
            return False
        if (
            not candidate.sentence_initial or token.is_acronym
        ):  # "USDA said": capitals a sentence start does not explain
            return True
        if (
            _opens_subhead(self.masked, candidate.start)
            and is_dictionary_word(token.key)
            and token.key not in GIVEN_NAMES
            and token.text not in self.capitalised_elsewhere
            and not _in_gazetteer(token)
        ):
            return False  # "Witness says water surged inland", "Man charged in boy's death": a subhead's first word
        return (
            token.text in self.capitalised_elsewhere
            or _in_gazetteer(token)
            or person_context(self.masked, candidate)
            or organization_context(self.masked, candidate)  # "Simec, the steelmaking arm of ..."
            or side_of_a_result_line(self.masked, candidate.start, candidate.end)  # "Karlsruhe 2 Hansa Rostock 0"
        )

    def _could_open_with_a_body(self, candidate: Candidate) -> bool:
        """A lone word that opens a sentence and nothing else vouched for ("Honda said",
        "Everton's Duncan Ferguson", "Reuters has not verified"): no English word, nationality or
        given name, whose kind only the words around it can tell (`adopt_tagged_sentence_openers`)."""
        token = candidate.tokens[0]
        return (
            candidate.sentence_initial
            and not token.is_acronym
            and not is_dictionary_word(token.key)
            and token.key not in GIVEN_NAMES
            and not is_demonym([token.key])
            and not _in_gazetteer(token)
        )

    def _existing_entity(self, token: Token) -> Entity | None:
        """A person whose surname it is, a known place, a person containing it, a same-named entity."""
        person = self._person_containing(token)
        if person and surname(person.name) == token.text:
            return person
        if _in_gazetteer(token):
            return self.by_name.get(token.key) or self.by_name.get(token.text.lower()) or None
        return person or self.by_name.get(token.key)

    def _person_containing(self, token: Token) -> Entity | None:
        """Nearest preceding full name containing the token, else the nearest following (the
        first listed, of mentions at the same place).

        Asked for every one-word name: the person mentions holding the word are looked up, and
        bisected, instead of scanning all of them, which made an article with thousands of
        names quadratic."""
        entries = self._mentions_by_word().get(token.text)
        if not entries:
            return None
        positions = self._positions(token.text)
        below = bisect.bisect_left(positions, token.start)
        chosen = None
        for index in range(below - 1, -1, -1):  # the nearest preceding first
            pos, _, entity = entries[index]
            if chosen is not None and pos != chosen[0]:
                break
            if token.text in entity.name.split():
                chosen = (pos, entity)  # found later in this loop: listed earlier at the same place
        if chosen is not None:
            return chosen[1]
        for index in range(below, len(entries)):
            entity = entries[index][2]
            if token.text in entity.name.split():
                return entity
        return None

    def _mentions_by_word(self) -> dict[str, list[tuple[int, int, Entity]]]:
        """`person_mentions` by each word of the name, sorted by place and then by listing
        order; rebuilt when a mention was added or a name recased since."""
        if self._word_index_size != len(self.person_mentions):
            index: dict[str, list[tuple[int, int, Entity]]] = {}
            for order, (pos, entity) in enumerate(self.person_mentions):
                for word in set(entity.name.split()):
                    index.setdefault(word, []).append((pos, order, entity))
            for entries in index.values():
                entries.sort(key=lambda entry: entry[:2])
            self._word_index, self._word_positions = index, {}
            self._word_index_size = len(self.person_mentions)
        return self._word_index

    def _positions(self, word: str) -> list[int]:
        positions = self._word_positions.get(word)
        if positions is None:
            positions = self._word_positions[word] = [pos for pos, _, _ in self._word_index[word]]
        return positions

    def promote_list_members(self) -> None:
        """ "Carlo Orlandi, Massimo Cuttitta, Gianluca Guidi": an unproven name listed next to a
        person ("A, B and C", "9 - A; 11 - B") is one more person of the same list. So is a lone
        surname no rule typed ("Staunton, Irwin, McAteer" in a line-up): one word that is no English
        word, no place and no acronym."""
        lone_surnames = {
            id(e): e
            for e in self.by_name.values()
            if e.kind == "other" and id(e) not in self.unproven and self._could_be_a_listed_surname(e)
        }
        self.unproven.update(lone_surnames)
        changed = True
        while changed and self.unproven:
            changed = False
            mentions = sorted(
                (m.start, m.end, e) for e in self.by_name.values() for m in e.mentions if e.kind in ("person", "other")
            )
            for i, (start, end, entity) in enumerate(mentions):
                if entity.kind != "other" or id(entity) not in self.unproven:
                    continue
                if _AT_A_PLACE_RE.search(self.masked, max(0, start - 12), start):
                    continue  # "In St Louis, Gary Sheffield and ...": where, not one more of the list
                before = mentions[i - 1] if i else None
                after = mentions[i + 1] if i + 1 < len(mentions) else None
                listed = self._listed_between
                if id(entity) in lone_surnames:  # "Seat and Porsche": only a list with commas
                    listed = self._listed_with_commas
                if (before and before[2].kind == "person" and listed(before[1], start, end)) or (
                    after and after[2].kind == "person" and listed(end, after[0], end)
                ):
                    entity.kind = "person"
                    del self.unproven[id(entity)]
                    changed = True

    def _could_be_a_listed_surname(self, entity: Entity) -> bool:
        name = entity.name
        return (
            " " not in name
            and not name.isupper()
            and not is_dictionary_word(name.lower())
            and name.lower() not in PLACES
            and not is_world_city(name)
            and not is_demonym([name.lower()])
            and is_actor(entity, self.masked)
            and not appears_lowercase(self.masked, name)
        )

    def _listed_with_commas(self, gap_start: int, gap_end: int, name_end: int) -> bool:
        gap = self.masked[gap_start:gap_end]
        return ("," in gap or ";" in gap) and self._listed_between(gap_start, gap_end, name_end)

    def _listed_between(self, gap_start: int, gap_end: int, name_end: int) -> bool:
        """Whether the text from `gap_start` to `gap_end` separates two items of one list, the name
        ending at `name_end` being one: "A, B and C", or, on a line of results or a line-up, two
        names each with its bracket ("A (France) beat B (Spain)", "A (10th), B (72nd)")."""
        gap = _without_owner_at_end(self.masked[gap_start:gap_end])
        if _LIST_GAP_RE.fullmatch(gap):
            return True
        return _BRACKETED_SLOT_GAP_RE.fullmatch(gap) is not None and self.masked.startswith(" (", name_end)

    def promote_organization_lists(self) -> None:
        """ "Telmex and Televisa", "Fiat, Renault and Peugeot": a name no rule could type, listed
        next to an organisation, is one more of the same list. A word the article also writes in
        lower case is no name of a body ("Heavyweights"). A nationality is no list item but the
        start of a description ("UEFA, European soccer's governing body"), and a plural name
        beside another plural ("the Ortegas and Valdezes") may as well name families or peoples."""
        mentions = sorted((m.start, m.end, e) for e in self.by_name.values() for m in e.mentions)
        english_words: dict[int, Entity] = {}  # listed beside a body, but a lone English word
        for i, (start, end, entity) in enumerate(mentions):
            keys = entity.name.lower().split()
            if entity.kind != "other" or appears_lowercase(self.masked, entity.name.split()[0]) or is_demonym(keys):
                continue
            if not self._could_be_listed_body(entity):
                continue
            english = " " not in entity.name and is_dictionary_word(keys[0]) and keys[0] not in GIVEN_NAMES
            before = mentions[i - 1] if i else None
            after = mentions[i + 1] if i + 1 < len(mentions) else None
            if any(
                neighbour[2].kind == "organization"
                and _is_list_gap_between_bodies(self.masked[gap_start:gap_end], keys)
                and not (_is_plural_name(entity.name) and _is_plural_name(neighbour[2].name))
                for neighbour, gap_start, gap_end in (
                    (before, before and before[1], start),
                    (after, end, after and after[0]),
                )
                if neighbour is not None
            ):
                if english:
                    english_words[id(entity)] = entity
                    continue
                entity.kind = "organization"
                self.unproven.pop(id(entity), None)
        # "Mobil, Shell and Caltex" but "the Bureau, Meteorology and ...": a lone English word is a
        # body when the statistical tagger also reads one in most of its mentions
        for entity in self._tagged_mostly(list(english_words.values()), "organization"):
            entity.kind = "organization"
            self.unproven.pop(id(entity), None)

    def _could_be_listed_body(self, entity: Entity) -> bool:
        """Whether a name the rules left open may take the kind of the body listed beside it: not
        one a rule found to be a title, a work, an event or a venue ("Super Bowl", "Secretary"),
        nor one ending on a built place's head ("Doral Golf Resort" is where things happen)."""
        words = entity.name.split()
        return is_actor(entity, self.masked) and not (len(words) > 1 and words[-1].lower() in _BUILT_PLACE_HEADS)

    def adopt_organization_prefixes(self) -> None:
        """ "Sumitomo" beside "Sumitomo Bank", "Electronic Data" beside "Electronic Data Systems":
        the opening words of an organisation's full name, used alone, name that organisation
        (unless the words are a known place, or a title made them a person)."""
        organizations = [e.name.lower() for e in self.by_name.values() if e.kind == "organization" and " " in e.name]
        heads = {name + " " for name in organizations}
        if not heads:
            return
        companies = {name + " " for name in organizations if name.rstrip(".").split()[-1] in COMPANY_SUFFIXES}
        for entity in self.by_name.values():
            if entity.kind == "place" and not entity.role and self._company_not_place(entity, companies):
                entity.kind = "organization"
                continue
            if entity.kind in ("organization", "place") or entity.role or is_place_name(entity.name):
                continue
            if entity.kind == "other" and any(
                _IN_NOT_AT_RE.search(self.masked, max(0, m.start - 12), m.start) for m in entity.mentions
            ):
                continue  # "in Cedar Rapids" beside "Cedar Rapids Gazette": the town the paper is named after
            prefix = entity.name.lower() + " "
            if not any(head.startswith(prefix) for head in heads):
                continue
            words = entity.name.split()
            if is_demonym([w.lower() for w in words]) or appears_lowercase(self.masked, words[0]):
                continue  # "Czech" of "Czech Civic Democratic Party", "International" of "International Confederation"
            if self._only_a_modifier(entity):
                # "Philippine lawmaker" beside "Philippine Star", "renewed Republican calls" beside
                # "Republican Party": an adjective, neither the body nor anyone
                if entity.kind == "person" and entity.name.lower() not in GIVEN_NAMES:
                    entity.kind = "other"
                continue
            entity.kind = "organization"

    def adopt_club_nicknames(self) -> None:
        """ "the White Sox" beside "Chicago White Sox", "the Cubs" beside "Chicago Cubs": the words
        after the place that opens a club's name are its nickname, and name the club alone, even
        one shaped like a people ("the Indians" beside "Cleveland Indians"). In a story that names
        clubs so, another plural nickname with its article ("the Yankees", "the Red Sox") is one
        more club, though the story never gives its town."""
        nicknames = set()
        for entity in self.by_name.values():
            words = entity.name.lower().split()
            if entity.kind != "organization" or len(words) < 2:
                continue
            for cut in range(1, len(words)):
                if " ".join(words[:cut]) in PLACES and _is_nickname_tail(words[cut:]):
                    nicknames.add(" ".join(words[cut:]))
        if not nicknames:
            return
        for entity in {id(e): e for e in self.by_name.values()}.values():
            if entity.kind != "other" or _names_a_title_thing_or_label(entity, self.masked):
                continue
            if entity.name.lower() in nicknames or self._another_nickname(entity):
                entity.kind = "organization"
                self.unproven.pop(id(entity), None)

    def _another_nickname(self, entity: Entity) -> bool:
        """ "the Yankees", "the Red Sox": a plural of one or two words after "the", neither a
        people ("the Kurds"), a party's members ("the Democrats") nor a class of people."""
        words = entity.name.lower().split()
        if not _is_nickname_tail(words) or not is_actor(entity, self.masked):
            return False
        if words[-1] in PARTY_MEMBERS or words[-1] in GROUP_NOUNS or words[-1][:-1] in ROLE_NOUNS:
            return False
        return any(_THE_BEFORE_RE.search(self.masked, max(0, m.start - 4), m.start) for m in entity.mentions)

    def _only_a_modifier(self, entity: Entity) -> bool:
        """An adjective-shaped word ("Philippine", "Democratic", "Federal") met only before a
        lower-case noun describes that noun; the body whose name it opens is not named. "National
        and NZ First would meet" names the party: a connector after it is no noun."""
        if " " in entity.name or not has_adjective_shape(entity.name):
            return False
        for mention in entity.mentions:
            following = _LOWERCASE_WORD_AFTER_RE.match(self.masked, mention.end)
            if following is None or following.group(1) in FUNCTION_WORDS or following.group(1) in CONNECTORS:
                return False
        return True

    def adopt_body_cues(self) -> None:
        """ "Google said ..." then "shares of Google": one mention with words only an organisation
        has (`body_cue`) makes every mention of the name an organisation's, when no rule found
        a person in it (a given name, a title or role) and it is no known place ("in the
        Pentagon" made it a place). A name's kind is one: the evidence of any mention counts for
        all."""
        for entity in {id(e): e for e in self.by_name.values()}.values():
            if entity.kind not in ("other", "person", "place") or entity.role or is_place_name(entity.name):
                continue
            words = entity.name.lower().split()
            if entity.kind == "person" and (len(words) > 1 or words[0] in GIVEN_NAMES):
                continue
            if is_demonym(words) or not is_actor(entity, self.masked):
                continue
            if entity.kind == "place" and any(w in PLACE_CUES or w in PLACES or w in DIRECTIONS for w in words):
                continue  # "Gwinnett County", "Northern Virginia": a place by its own words
            if any(body_cue(self.masked, m.start, m.end) for m in entity.mentions) or (
                entity.kind == "other" and any(self._possessive_of_person(m) for m in entity.mentions)
            ):
                entity.kind = "organization"
                self.unproven.pop(id(entity), None)

    def adopt_press_section_heads(self) -> None:
        """ "AN-NAHAR" or "IRISH INDEPENDENT" alone on a line over bulleted stories: a press review
        heads each paper's stories with its name (`press_section_heads`), so the name is that
        paper, found or not by the capitalised runs (a headline-like line of capitals is read as
        no name), unless the rules made it a place."""
        for start, end in press_section_heads(self.masked):
            name = self.text[start:end]
            entity = self.by_name.get(name.lower())
            if entity is None and name.split()[0].lower() in GIVEN_NAMES:
                continue  # "Joe Biden" over "- Age: 78": an explainer's person, no paper
            if entity is None:
                entity = self.by_name[name.lower()] = Entity(name, "organization", None)
            if entity.kind in ("place", "person"):
                continue
            self._organization_spanning(entity, start, end)

    def adopt_contact_desks(self) -> None:
        """ "-- Jane Roe, Athens Newsroom +301 3311812-4": the desk a closing contact line gives
        (`contact_desks`) is the wire's office, an organisation, though its name opens with a town
        ("New York Energy Desk"), whose mention inside it is no place of the story."""
        for (start, end), reporter in contact_desks(self.masked):
            if reporter is not None:
                self._name_the_reporter(*reporter)
            name = self.text[start:end]
            entity = self.by_name.get(name.lower())
            if entity is None:
                entity = self.by_name[name.lower()] = Entity(name, "organization", None)
            self._organization_spanning(entity, start, end)

    def _organization_spanning(self, entity: Entity, start: int, end: int) -> None:
        """`entity` is the organisation a layout names from `start` to `end` (a press review's
        head, a contact line's desk): proven, with that span among its mentions, and the names
        read inside the span (`_drop_mentions_inside`) no longer mentioned there."""
        entity.kind = "organization"
        self.unproven.pop(id(entity), None)
        if not any(m.start == start for m in entity.mentions):
            entity.mentions.append(Mention(self.text[start:end], start, end))
        self._drop_mentions_inside(start, end, entity)

    def _name_the_reporter(self, start: int, end: int) -> None:
        """ "R Leong" of "-- R Leong, New York Power Desk +1 ...": the whole name before the desk is
        a person's, whatever its initials looked like."""
        for entity in self.by_name.values():
            if entity.kind in ("organization", "other") and any(
                m.start == start and m.end == end for m in entity.mentions
            ):
                entity.kind = "person"

    def _drop_mentions_inside(self, start: int, end: int, keep: Entity) -> None:
        """ "DIARIO" read in the head "DIARIO 16": a mention inside a longer name is part of it;
        a name left with no mention of its own is none."""
        for key, entity in list(self.by_name.items()):
            if entity is keep:
                continue
            entity.mentions = [m for m in entity.mentions if not (start <= m.start and m.end <= end)]
            if not entity.mentions:
                del self.by_name[key]

    def settle_world_cities(self) -> None:
        """ "Tuscaloosa", "Boca Raton": a name no rule could type that is a town of the world
        atlas (`world_cities`) is that place when the statistical tagger, reading its sentences,
        also takes most of its mentions for a place: the atlas alone would take the surname
        "Obama" (a Japanese town) or the carmaker "Mercedes" for places. Never a lone English
        word ("Deal", "Buffalo", "Nice") nor a name opening with a given name ("Carson")."""
        open_names = [
            e
            for e in {id(e): e for e in self.by_name.values()}.values()
            if e.kind == "other" and is_actor(e, self.masked) and e.name.split()[0].lower() not in GIVEN_NAMES
        ]
        towns = [
            entity
            for entity in open_names
            if is_world_city(entity.name)
            and not (
                " " not in entity.name
                and (is_dictionary_word(entity.name.lower()) or appears_lowercase(self.masked, entity.name))
            )
        ]
        for entity in self._tagged_mostly(towns, "place"):
            entity.kind = "place"
            self.unproven.pop(id(entity), None)

    def settle_acronyms_taken_for_places(self) -> None:
        """ "troops from NATO", "turn away from GOP frontrunner X", "a CNN town hall": an acronym
        the atlas does not know, made a place only by a preposition or a place noun beside it,
        is the organisation the statistical tagger reads in most of its mentions; "in NSW" and
        "from DC" stay places, as the tagger reads them."""
        acronyms = [
            e
            for e in {id(e): e for e in self.by_name.values()}.values()
            if e.kind == "place"
            and _ACRONYM_RE.fullmatch(e.name)
            and not is_place_name(e.name)
            and not is_state_abbreviation(e.name)
            and not is_world_city(e.name)
        ]
        acronyms = [e for e in acronyms if not any(self._dateline_or_listed_with_a_place(m) for m in e.mentions)]
        for entity in self._tagged_mostly(acronyms, "organization"):
            entity.kind = "organization"

    def _dateline_or_listed_with_a_place(self, mention: Mention) -> bool:
        """ "TIGNES, France 1996-12-07": a name opening a line is a dateline's; "in the GTA and
        Vancouver": a name listed beside a place is one more place."""
        if self.masked.rfind("\n", 0, mention.start) + 1 == mention.start:
            return True
        places = [
            (m.start, m.end)
            for e in self.by_name.values()
            if e.kind == "place" and e.name != mention.text
            for m in e.mentions
        ]
        gaps = [
            self.masked[mention.end : start] if start >= mention.end else self.masked[end : mention.start]
            for start, end in places
            if 0 <= start - mention.end < 8 or 0 <= mention.start - end < 8
        ]
        return any(_LIST_GAP_RE.fullmatch(gap) for gap in gaps)

    def settle_market_indexes(self) -> None:
        """ "the blue-chip IPC index", "the Quorvane 100 index": a name that heads an index names
        the index (a market's figure), not a body, in all its mentions ("the IPC fell")."""
        for entity in {id(e): e for e in self.by_name.values()}.values():
            if entity.kind in ("organization", "other") and any(
                _INDEX_AFTER_RE.match(self.masked, m.end) for m in entity.mentions
            ):
                entity.kind = "other"

    def settle_cities_listed_with_clubs(self) -> None:
        """ "Real Madrid, Barcelona and Juventus had also bid for the striker": a city listed beside
        a club, on a line about a match or a league, is a club too, unless the story sets
        something in it ("in Barcelona"). A country stays a place: news files a national side
        with its country."""
        mentions = sorted((m.start, m.end, e) for e in self.by_name.values() for m in e.mentions)
        # each line read once, by where it starts: a story on one long line names many places on it
        speaks_of_a_match: dict[int, bool] = {}
        for i, (start, end, entity) in enumerate(mentions):
            if entity.kind != "place" or entity.name.lower() in COUNTRIES or not is_place_name(entity.name):
                continue
            line = self.masked.rfind("\n", 0, start) + 1
            if line not in speaks_of_a_match:
                speaks_of_a_match[line] = line_speaks_of_a_match(self.masked, start, end)
            if not speaks_of_a_match[line]:
                continue
            neighbours = [
                (mentions[i - 1], self.masked[mentions[i - 1][1] : start]) if i else None,
                (mentions[i + 1], self.masked[end : mentions[i + 1][0]]) if i + 1 < len(mentions) else None,
            ]
            if not any(
                n is not None and n[0][2].kind == "organization" and _LIST_GAP_RE.fullmatch(n[1]) for n in neighbours
            ):
                continue
            if not any(_IN_A_PLACE_RE.search(self.masked, max(0, m.start - 12), m.start) for m in entity.mentions):
                entity.kind = "organization"

    def settle_places_listed_with_places(self) -> None:
        """ "rallies in Ljubljana and Maribor", "from Zagreb, Split and Rijeka": a name no rule typed,
        listed after a place that a place's preposition opens, is one more place of the same list.
        Not an English word ("in Paris and Rome" yes, "in Paris and Fashion" no), a given name's
        words ("in Paris and Jean Dupont") or a people's word."""
        mentions = sorted((m.start, m.end, e) for e in self.by_name.values() for m in e.mentions)
        for i, ((_, before_end, before), (start, _, entity)) in enumerate(itertools.pairwise(mentions)):
            if (
                entity.kind != "other"
                or before.kind != "place"
                or not _LIST_GAP_RE.fullmatch(self.masked[before_end:start])
            ):
                continue
            words = entity.name.lower().split()
            if words[0] in GIVEN_NAMES or any(is_dictionary_word(w) for w in words) or is_demonym(words[:1]):
                continue
            first = i  # back over the places listed before ("in Zagreb, Split and Rijeka")
            while (
                first
                and mentions[first - 1][2].kind == "place"
                and _LIST_GAP_RE.fullmatch(self.masked[mentions[first - 1][1] : mentions[first][0]])
            ):
                first -= 1
            opening = mentions[first][0]
            if _IN_NOT_AT_RE.search(self.masked, max(0, opening - 12), opening):
                entity.kind = "place"
                self.unproven.pop(id(entity), None)

    def settle_families(self) -> None:
        """ "the Clintons" beside "Bill Clinton": the plural of a person's surname names a family,
        not a team or a body, though "the" and a plural made it look like one."""
        surnames = {surname(person.name) for _, person in self.person_mentions if " " in person.name}
        for entity in {id(e): e for e in self.by_name.values()}.values():
            if entity.kind == "organization" and _is_plural_name(entity.name) and entity.name[:-1] in surnames:
                entity.kind = "other"

    def settle_bodies_without_a_cue(self) -> None:
        """ "Exxon Mobil", "Gallup", "Platte River Networks": a name the story repeats that no rule
        could type is the organisation the statistical tagger reads in most of its mentions. Only
        names a rule would be unlikely to miss if they were anything else: repeated (the tagger on
        a single mention guesses), not a personal name's words (a given name, a person's surname
        here: the tagger takes "Trump" for a company), not a plural ("BlackBerrys", "Clevelanders"),
        not made only of English words ("Social Security", "Divine Providence"), no faith or idea
        ("Islam", "Islamophobia"), no name ending on a place ("TPC Scottsdale" is a course) and
        no item of a list of people ("Steph Curry and Carlton"). On more than three quarters of
        the mentions (all of two or three): the tagger is wrong about such names often enough
        that a mere majority would not do."""
        surnames = {word for _, person in self.person_mentions for word in person.name.split()}
        open_names = [
            e
            for e in {id(e): e for e in self.by_name.values()}.values()
            if e.kind == "other"
            and len(e.mentions) > 1
            and not _names_a_title_thing_or_label(e, self.masked)  # "Huawei" only looks like "Israeli"
            and not _is_plural_name(e.name)
            and not (" " not in e.name and _PLURAL_END_RE.search(e.name))
            and not any(w.lower() in GIVEN_NAMES or w in surnames for w in e.name.split())
            and not all(is_dictionary_word(w.lower()) for w in e.name.split())
            and not is_demonym(e.name.lower().split())
            and not _names_a_faith_or_an_idea(e.name)
            and e.name.lower().rstrip("s") not in COMMON_ACRONYMS
            and not _ends_on_a_place(e.name)
            and not any(self._listed_beside_a_person(m) for m in e.mentions)
        ]
        for entity in self._tagged_mostly(open_names, "organization", share=0.75):
            entity.kind = "organization"
            self.unproven.pop(id(entity), None)

    def _listed_beside_a_person(self, mention: Mention) -> bool:
        """ "Steph Curry and Carlton", "Judy, centre, Jaidaa": an item of a list of people."""
        people = [m for e in self.by_name.values() if e.kind == "person" for m in e.mentions]
        return any(
            _LIST_GAP_RE.fullmatch(self.masked[mention.end : m.start])
            if m.start >= mention.end
            else _LIST_GAP_RE.fullmatch(self.masked[m.end : mention.start])
            for m in people
            if 0 <= m.start - mention.end < 8 or 0 <= mention.start - m.end < 8
        )

    def settle_lone_speakers(self) -> None:
        """ "BuzzFeed said", "POLITICO reported": a lone word shaped like a brand (a capital
        inside it, "YouTube", "EgyptAir", or all in capitals) that is a person only because a
        reporting verb follows it is the organisation the statistical tagger reads in most of its
        mentions; companies speak as often as people. Shape and tagger together: the tagger
        alone takes as many surnames ("Horner", "Husted") for companies as it finds companies,
        and the shape alone would take "McDonough" or "DeSantis"."""
        lone = [
            e
            for e in {id(e): e for e in self.by_name.values()}.values()
            if e.kind == "person"
            and " " not in e.name
            and not e.role
            and e.name.lower() not in GIVEN_NAMES
            and _BRAND_SHAPE_RE.fullmatch(e.name) is not None
            and not any(p is not e and e.name in p.name.split() for _, p in self.person_mentions)
        ]
        for entity in self._tagged_mostly(lone, "organization"):
            entity.kind = "organization"

    def _tagged_mostly(self, entities: list[Entity], kind: Kind, share: float = 0.5) -> list[Entity]:
        """The `entities` that spaCy's tagger, reading the sentences they stand in, calls `kind`
        in more than `share` of their mentions (all of them: 1.0); the tagger reads only those
        sentences."""
        passages = {
            span
            for entity in entities
            for mention in entity.mentions
            if (span := sentence_span_around(self.masked, mention.start)) is not None
        }
        if not passages:
            return []
        tagged = tagged_names(self.masked, passages)
        return [
            entity
            for entity in entities
            if (agreeing := sum(tagged.get((m.start, m.end)) == kind for m in entity.mentions))
            > share * len(entity.mentions)
            or agreeing == len(entity.mentions)
        ]

    def _possessive_of_person(self, mention: Mention) -> bool:
        """ "Labour's Ed Balls", "Leeds' Lee Bowyer": a name no rule typed, whose possessive
        opens a person's full name, is the side, the party or the firm the person is of."""
        match = _POSSESSIVE_GAP_RE.match(self.masked, mention.end)
        if match is None:
            return False
        return any(start == match.end() and " " in person.name for start, person in self.person_mentions)

    def _company_not_place(self, entity: Entity, companies: set[str]) -> bool:
        """ "Newmont" and "Santa Fe" beside "Newmont Mining Corp." and "Santa Fe Pacific Gold
        Corp": the opening words of a company with a legal form, used alone, name the company,
        though a preposition ("a proposal from Newmont") or the gazetteer made them a place. A
        country, or a name the article sets in a place ("in Santa Fe"), stays a place."""
        prefix = entity.name.lower() + " "
        if entity.name.lower() in COUNTRIES or not any(company.startswith(prefix) for company in companies):
            return False
        return not any(_IN_A_PLACE_RE.search(self.masked, max(0, m.start - 12), m.start) for m in entity.mentions)

    def settle_unproven_names(self) -> None:
        """ "Nadim Ladki", "Hiroshige Yanagimoto": a name shaped like a person's that no rule
        vouched for (no known given name, title, role, reporting verb...) is a person when the
        statistical tagger, reading the sentences it stands in, calls most of its mentions one.
        The tagger settles only these: where a rule decided, the rule stays (on person names the
        rules are more precise than the small model, which takes "Point Grey" or "Bitcoin" for
        people as often as it finds a real one). A lone word stays open: there the small
        model guesses; so does a name made only of English words ("Quail Hollow", "Point
        Grey"): a place or a title far more often than a person no rule knows."""
        unproven = [
            e
            for e in self.unproven.values()
            if e.kind == "other"
            and " " in e.name
            and not all(is_dictionary_word(w.lower()) for w in e.name.split())
            and not _people_of_a_place(e.name)
        ]
        for entity in self._tagged_mostly(unproven, "person"):
            entity.kind = "person"
            del self.unproven[id(entity)]

    def adopt_tagged_sentence_openers(self) -> None:
        """ "Honda said on Friday", "Everton's Duncan Ferguson went close", "Reuters has not
        verified the story": a lone word met only at a sentence's start, where its capital proves
        nothing, is an organisation when the statistical tagger reads one in all its mentions. Only
        organisations: on the words the rules drop there the tagger's bodies are right four times in
        five (CoNLL train, 43 such words), its persons and places no more often than not."""
        openers: dict[str, Entity] = {}
        for candidate in self.open_sentence_openers:
            name = self.masked[candidate.start : candidate.end]
            if name.lower() in self.by_name:
                continue  # a name a later mention made an entity keeps the kind it was given there
            opener = openers.setdefault(name.lower(), Entity(self.text[candidate.start : candidate.end], "other", None))
            opener.mentions.append(self._mention(candidate))
        for entity in self._tagged_mostly(list(openers.values()), "organization", share=1.0):
            entity.kind = "organization"
            self.by_name[entity.name.lower()] = entity

    def entities(self) -> list[Entity]:
        unique: dict[int, Entity] = {}
        for entity in self.by_name.values():
            unique[id(entity)] = entity
        result = []
        for entity in unique.values():
            entity.mentions = sorted(set(entity.mentions), key=lambda m: m.start)
            if entity.mentions:
                result.append(entity)
        return sorted(result, key=lambda e: e.mentions[0].start)
