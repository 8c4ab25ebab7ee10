"""Place evidence: the contexts that make a name a place whatever the gazetteer knows.

Why separate: "in X", "the town of X", "X region", "Tallahassee, Fla." and "Abidjan, Ivory
Coast" say place; but each has person-shaped exceptions ("in the Yakoma tribe", "Hermann Maier,
Austria" in a results list) that the rules here weigh, apart from the order of tests in
``kinds.classify``.
"""

from __future__ import annotations

import re

from summarizer.extract.organization_cues import line_speaks_of_a_match
from summarizer.extract.person_cues import person_context
from summarizer.grounding.lemmas import is_dictionary_word
from summarizer.text.gazetteer import PLACE_NAMES_ALSO_SURNAMES, PLACES, US_POSTAL_CODES
from summarizer.text.lexicon import (
    COMMON_WORDS,
    DIRECTIONS,
    PLACE_ARTICLES,
    PLACE_CUES,
    PLACE_NOUNS_AFTER,
    PLACE_PREPOSITIONS,
)
from summarizer.text.tokens import Candidate, is_state_abbreviation


def is_place_name(name: str) -> bool:
    return name.lower() in PLACES


_WORD_BEFORE_RE = re.compile(r"(\w+) (the )?$")
_WORDS_AFTER_RE = re.compile(r" ([a-z]+)\b(?: ([a-z]+)\b)?")


def place_context(text: str, candidate: Candidate) -> bool:
    """ "in X", "from X", "eastern X", "X region", "X, N.S." mark a name as a place."""
    before = _WORD_BEFORE_RE.search(text[max(0, candidate.start - 20) : candidate.start])
    preceding = before.group(1) if before else ""
    single = len(candidate.tokens) == 1
    if preceding in DIRECTIONS and single:
        return True
    following = _WORDS_AFTER_RE.match(text[candidate.end : candidate.end + 30])
    if following and _is_place_noun(following.group(1)):
        return True
    if _settlement_before(text, candidate.start) or _state_abbreviation_after_city(text, candidate):
        return True
    if single and _SETTLEMENT_APPOSITIVE_AFTER.match(text, candidate.end) and candidate.role_start is None:
        return True
    if preceding.lower() in PLACE_PREPOSITIONS and single:
        if before is not None and before.group(2) and following and following.group(1) not in COMMON_WORDS:
            # "in the Yakoma tribe": a modifier of the noun after it ("the Garamba national park")
            return _is_place_noun(following.group(2) or "")
        return candidate.role_start is None and not person_context(text, candidate) and not _english_word(candidate)
    if preceding == "at" and _venue_of_a_match(text, candidate):
        return True
    if _BEARING_OF.search(text[max(0, candidate.start - 30) : candidate.start]):
        # "30 km north of Zadar", "south of Kelvar": a bearing is taken from a place
        return candidate.role_start is None and not person_context(text, candidate) and not _english_word(candidate)
    if single and _MOTION_TO.search(text[max(0, candidate.start - 30) : candidate.start]):
        return candidate.role_start is None and not person_context(text, candidate) and not _english_word(candidate)
    return _followed_by_known_place(text, candidate)


def _venue_of_a_match(text: str, candidate: Candidate) -> bool:
    """ "won at Wembley", "a century at Trent Bridge": on a line about a match, "at" before a name
    the gazetteer does not know sets the match at its ground, a place; a side is met "against"
    or "over", not "at". A person ("at Smith's invitation"), a shouted word and a possessive stay
    out."""
    if candidate.role_start is not None or person_context(text, candidate) or text.startswith("'", candidate.end):
        return False
    if any(t.is_acronym for t in candidate.tokens) or len(candidate.tokens) > 2:
        return False
    return line_speaks_of_a_match(text, candidate.start, candidate.end)


def _english_word(candidate: Candidate) -> bool:
    """ "in AIDS", "from God", "in Year 2", "to Super Bowl": after a preposition an English word
    the gazetteer does not know is a thing, an idea or an event as often as a town; a town
    the atlas knows ("in Reading", "in Bath") was settled before this is asked."""
    key = candidate.keys[0]
    return key not in DIRECTIONS and key not in PLACES and is_dictionary_word(key.rstrip("."))


def _is_place_noun(word: str) -> bool:
    return word in PLACE_CUES or word in PLACE_NOUNS_AFTER


# "the town of X", "the country's second city X", "the capital X"
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:(?:town|city|village|port|capital|province|region|district|state|island|county|"
    r"municipality|suburb|enclave|resort|prefecture) of|(?:city|town|village|capital|port|resort|suburb)) $"
)

# "30 km (19 miles) north of X", "just south of X", "northeast of X": a bearing from a place.
_BEARING_OF = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest) of $")

# "west to X", "on his way to X", "flew to X": movement ends at a place.
_MOTION_TO = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|way|flew|fled|road|"
    r"travel|travels|travelled|traveled|travelling|traveling|sailed|drove) to $"
)


# "Acatepec, a small town some 310 miles south", "Pesalai, the fishing village": an apposition
# that says what kind of settlement the name is.
_SETTLEMENT_APPOSITIVE_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|port|province|region|district|"
    r"island|suburb|county|capital|resort|municipality|prefecture|hamlet)\b"
)


def _settlement_before(text: str, start: int) -> bool:
    return _SETTLEMENT_BEFORE.search(text[max(0, start - 30) : start]) is not None


def _state_abbreviation_after_city(text: str, candidate: Candidate) -> bool:
    """ "Tallahassee, Fla.", "Lynchburg, VA": an AP state abbreviation or a postal code right
    after a city and a comma."""
    token = candidate.tokens[0]
    if len(candidate.tokens) != 1:
        return False
    if token.text.isupper() and token.text.lower() in US_POSTAL_CODES:
        return _CITY_AND_COMMA_BEFORE_RE.search(text[max(0, token.start - 30) : token.start]) is not None
    if not token.text.endswith("."):
        return False
    return (
        is_state_abbreviation(token.text[:-1])
        and _CITY_AND_COMMA_BEFORE_RE.search(text[max(0, token.start - 30) : token.start]) is not None
    )


_CITY_AND_COMMA_BEFORE_RE = re.compile(r"[A-Z][\w.'’-]*, $")
_COMMA_BEFORE_RE = re.compile(r",\s*$")


_KNOWN_PLACE_AFTER_RE = re.compile(
    r",\s+((?:[A-Z]\.){2,}|[A-Z][a-z]+\.|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
    r"(?=,\s+[a-z]|[.;:)\n]|\s+[a-z\d(]|$)"  # not ", Tayshia": a list of names goes on
)


def _after_place_preposition(text: str, candidate: Candidate) -> bool:
    before = _WORD_BEFORE_RE.search(text[max(0, candidate.start - 20) : candidate.start])
    return before is not None and before.group(1).lower() in PLACE_PREPOSITIONS


def _followed_by_known_place(text: str, candidate: Candidate) -> bool:
    """ "Abidjan, Ivory Coast", "Albuquerque, N.M.", "Tallahassee, Fla.": a place qualified
    by its country or state. Only a lone word or an article-led name ("La Plagne") counts:
    "Hermann Maier, Austria" in a results list is a skier. Nor does an item of a list
    ("Erika, Katie, Caelynn, Sydney, ...") or a qualifier that is also a given name."""
    match = _KNOWN_PLACE_AFTER_RE.match(text[candidate.end : candidate.end + 40])
    if not match or candidate.role_start is not None or person_context(text, candidate):
        return False
    qualifier = match.group(1)
    if qualifier.endswith("."):  # "Trout Brook, N.B.", "Tempe, Ariz.": only places take these
        if qualifier.lower() in PLACES or is_state_abbreviation(qualifier[:-1]):
            return True
        qualifier = qualifier[:-1]  # "over Lockerbie, Scotland.": a full name that ends the sentence
    if len(candidate.tokens) > 1 and not (
        candidate.keys[0] in PLACE_ARTICLES or _after_place_preposition(text, candidate)
    ):
        return False  # "Hermann Maier, Austria" in a results list, but "in Cedar Rapids, Iowa"
    if _COMMA_BEFORE_RE.search(text[max(0, candidate.start - 3) : candidate.start]):
        return False
    return qualifier.lower() in PLACES and qualifier.lower() not in PLACE_NAMES_ALSO_SURNAMES
