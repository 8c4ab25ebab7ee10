"""Person evidence: the signs that a capitalised run names a person rather than a thing.

Why separate: a run shaped like a personal name ("Rock Paper Scissors", "Regent Theater") is a
person only with evidence - a known given name or an initial at its head, a title or stated role,
the surname used alone later, a reporting verb, an age or a pronoun after it, "of <country>".
Classification and place context both ask these questions, so they live apart from both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.extract.roles import role_after, role_before, role_before_appositive
from summarizer.grounding.lemmas import is_dictionary_word
from summarizer.text.gazetteer import DEMONYMS, GIVEN_NAMES, PLACES
from summarizer.text.lexicon import COMMON_WORDS, COMPANY_WORDS, PERSON_PARTICLES, REPORTING_VERBS
from summarizer.text.tokens import Candidate, Token, at_word_boundary
from summarizer.text.world_cities import is_world_city
from summarizer.text.world_given_names import is_world_given_name

_INITIALS_RE = re.compile(r"[A-Z]\.|(?:[A-Z]\.){2,}")


def person_evidence(text: str, candidate: Candidate, lone_words: frozenset[str]) -> bool:
    """A capitalised run is a person only with some sign of it: a title, a known given name at
    its head (or an initial), the surname used alone elsewhere, a reporting verb or an age after
    it, or an appositive role. "Rock Paper Scissors" and "Regent Theater" have none."""
    tokens = candidate.tokens
    first = tokens[0]
    if candidate.role_start is not None or first.key in GIVEN_NAMES:
        return True
    if is_initial(first.text):  # "J. Smith", "J.P. Smith" - not "O Globo"
        return True
    if any(t.key in COMPANY_WORDS for t in tokens[1:]):
        return False
    if _short_form_used(text, tokens, lone_words):
        return True
    if _opens_with_a_world_given_name(tokens):
        return True
    if _nationality_before_a_foreign_name(text, candidate):
        return True
    if person_context(text, candidate) or _of_a_country(text, candidate.end):
        return True
    return _has_stated_role(text, candidate) or _PRONOUN_AFTER_RE.match(text, candidate.end) is not None


def _opens_with_a_world_given_name(tokens: list[Token]) -> bool:
    """ "Cedric Pioline", "Silvio Berlusconi", "Gilles De Bilde": a given name of some language
    (`world_given_names`) before one or two words English does not have is a person's name. Not a
    given name that is also an English word, a place or a town ("Will", "Florence", "Salvador"),
    which as often opens a body's or a place's name; not before an English word or a place
    ("Hansa Rostock"), an acronym, or a company word (asked before this)."""
    if not 2 <= len(tokens) <= 3 or any(t.is_acronym for t in tokens):
        return False
    if not opens_with_a_world_given_name(tokens[0].key):
        return False
    return not any(is_common_or_place(t.key) for t in tokens[1:])


def opens_with_a_world_given_name(key: str) -> bool:
    """ "benito", "cedric": a given name of some language that is no English word, no place and
    no town ("Will", "Florence" and "Salvador" open bodies' and places' names as often)."""
    return is_world_given_name(key) and not is_common_or_place(key) and not is_world_city(key)


def is_common_or_place(key: str) -> bool:
    return is_dictionary_word(key) or key in PLACES or key in DEMONYMS or key in COMMON_WORDS


_CAPITALISED_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+) $")


def _nationality_before_a_foreign_name(text: str, candidate: Candidate) -> bool:
    """ "Croat Alen Boksic", "Argentine Abel Balbo": a nationality right before two words that
    English does not have is a player's or a politician's description; a body after a
    nationality has a word of English ("Russian Football Federation", "Irish Republican Army")."""
    tokens = candidate.tokens
    if len(tokens) != 2 or any(t.is_acronym or len(t.key) < 3 or is_dictionary_word(t.key) for t in tokens):
        return False
    match = _CAPITALISED_WORD_BEFORE_RE.search(text, max(0, candidate.start - 20), candidate.start)
    return match is not None and match.group(1).lower() in DEMONYMS


def is_initial(word: str) -> bool:
    """ "J.", "J.P.": a capital letter and a full stop, the initial of a given name ("A. Curts
    Cooke" opens with one, not with the article "a"); not a place's ("U.S. Treasury", "U.K.")."""
    return _INITIALS_RE.fullmatch(word) is not None and word.lower() not in PLACES


# "Rana Haddad lost her son", "X said he": a personal pronoun a few lower-case words later.
_PRONOUN_AFTER_RE = re.compile(r"(?: [a-z]+){1,3} (?:he|she|his|her|him|himself|herself)\b")


def _short_form_used(text: str, tokens: list[Token], lone_words: frozenset[str]) -> bool:
    """ "Lloyd Austin" ... "Austin"; "Fouzia Al Hashish" ... "Al Hashish": the text goes on to
    call the bearer by the surname alone, as it does people (or by the family name that comes
    first, when that one speaks alone)."""
    for i in range(1, len(tokens)):
        short = text[tokens[i].start : tokens[-1].end]
        if short in lone_words and short.lower() not in PLACES and short.lower() not in PERSON_PARTICLES:
            return True
    return _speaks_alone(text, tokens[0].text)


@lru_cache(maxsize=64)
def _speaks_alone(text: str, word: str) -> bool:
    r""" "Park Minjun" ... "Park said": family names that come first are used alone too.

    Reads the matches of \bPark ([a-z]+)\b one by one, as `re.finditer` would, but finds where
    they may start with `str.find`: a pattern that opens with \b is tried at every position
    of the text, which is ~50 times slower. (Cached: asked again for each mention of a name.)"""
    needle = word + " "
    position = 0
    while (start := text.find(needle, position)) != -1:
        following = _LOWER_CASE_WORD_RE.match(text, start + len(needle)) if at_word_boundary(text, start) else None
        if following is None:
            position = start + 1
            continue
        if following.group(1) in REPORTING_VERBS and following.group(1) != "according":
            return True
        position = following.end()
    return False


_LOWER_CASE_WORD_RE = re.compile(r"([a-z]+)\b")


# "wife Fouzia Al Hashish", "his son Kody Cook", "her grandmother Mildred"
_KIN_BEFORE_RE = re.compile(
    r"\b(?:wife|husband|son|daughter|daughters|sons|mother|father|brother|sister|grandmother|"
    r"grandfather|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|widow|widower|"
    r"fiancée?|girlfriend|boyfriend|partner|friend|neighbou?r|dad|mom|mum|stepfather|stepmother),? $"
)


def _has_stated_role(text: str, candidate: Candidate) -> bool:
    """ "former premier Dalton McGuinty", "Huawei executive Meng Wanzhou", "Jane Roe, a
    spokeswoman", "the agency's economist, Jane Roe,": a role stated next to the name."""
    return (
        _KIN_BEFORE_RE.search(text[max(0, candidate.start - 30) : candidate.start]) is not None
        or role_before(text, candidate.start) is not None
        or role_after(text, candidate.end) is not None
        or role_before_appositive(text, candidate.start, candidate.end) is not None
    )


_OF_COUNTRY_RE = re.compile(r" of (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?=[,.;:)]| [a-z]|$)")


def _of_a_country(text: str, end: int) -> bool:
    """ "Katja Seizinger of Germany", "Amara Essy of the Ivory Coast": a person of a country."""
    match = _OF_COUNTRY_RE.match(text[end : end + 40])
    return match is not None and match.group(1).lower() in PLACES


_AGE_OR_WHO_AFTER_RE = re.compile(r",\s+\d{1,2},|,\s+who\b")
_NEXT_WORD_RE = re.compile(r"\s+(\w+)")


def person_context(text: str, candidate: Candidate) -> bool:
    """ "Smith said", "Smith, 41," or "Smith, who" mark a lone surname as a person."""
    after = text[candidate.end : candidate.end + 30]
    if _AGE_OR_WHO_AFTER_RE.match(after):
        return True
    word = _NEXT_WORD_RE.match(after)
    return word is not None and word.group(1) in REPORTING_VERBS and word.group(1) != "according"


# "X, said he had", "X says his agents have": the name speaks of itself as a man or a woman.
_SPEAKS_AS_HE_OR_SHE_RE = re.compile(r",? (?:said|says|told \w+) (?:that )?(?:he|she|his|her)\b")


def speaks_as_he_or_she(text: str, end: int) -> bool:
    """ "the parliament's Speaker, Humayun Choudhury, said he", "department Douati Alphonse says his
    agents": a name that speaks of itself as "he" or "she" right after is a person's, though an
    organisation's word stands before it. A body says "it" or "we"."""
    return _SPEAKS_AS_HE_OR_SHE_RE.match(text, end, end + 40) is not None
