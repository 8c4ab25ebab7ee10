"""Names: when two ways of writing a name name the same person, body or place.

News writes one entity many ways: "Defense Secretary Lloyd Austin", "Lloyd Austin", "Austin";
"United Nations" and "UN"; "U.S." and "United States"; "Equinor ASA" and "Equinor"; "Kim
Jong-un" and "Kim". Every stage that joins two names asks the functions here, so that the
extractor, the merging of a long story's parts, the grounding of a model's people and the
merging of several reports agree on what "the same name" means:

* a title before a name is a role, not part of the name (`split_title`, `without_title`);
* case, dots, hyphens and typography do not count (`name_key`); a trailing legal form
  ("Inc.", "Ltd", "ASA"), a generational suffix ("Jr.", "III") or a leading "The" does not
  either (`name_words`);
* a capitalised acronym matches the name whose capitalised words it spells (`is_initials`);
* one word matches a longer personal name when it is the surname, or the first word (the
  family name of Korean and Chinese names: "Kim" of "Kim Jong-un", "Xi" of "Xi Jinping");
  several words match when they end the same way and all occur in the longer name
  (`same_entity`);
* a short form joins a longer name only when it fits exactly one, a surname before a first
  word: "Kim" beside "Kim Yonghyun" and "Kim Jong-un" stays apart (`find_same`).

Why hand-made lists rather than the `nameparser` package: nameparser parses one person's name
into title/first/middle/last and knows no compound titles ("Defense Secretary Lloyd Austin"
gives first name "Defense"), reads "US" in "US Defense Secretary" and "United" in "United
Nations" as titles, takes "Jong-un" for Kim Jong-un's surname and "Inc." for Apple Inc.'s,
and knows nothing of organisations. The lists in `lexicon` are the ones the extractor already
finds titles with, so joining and finding cannot disagree about what a title is.

The evaluation's scorers (`summarizer.evaluation`) keep rules of their own on purpose: a judge
that used these functions would agree with the system by construction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.text.gazetteer import DEMONYMS, GIVEN_NAMES, PLACES
from summarizer.text.lexicon import COMPANY_SUFFIXES, COMPANY_WORDS, FUNCTION_WORDS, HONORIFICS, ORG_CUES, ROLE_NOUNS
from summarizer.text.spans import find_all, fold
from summarizer.text.tokens import Candidate, Token, tokenize

__all__ = [
    "FULL_FIT",
    "GENERIC_ORGANIZATION_WORDS",
    "LEGAL_FORMS",
    "find_same",
    "fit_strength",
    "has_surname",
    "is_initials",
    "is_title_token",
    "name_key",
    "name_occurs",
    "name_surname",
    "name_words",
    "same_entity",
    "split_title",
    "surname",
    "without_possessive",
    "without_title",
]

# Legal forms that end company names and say nothing about which company it is. "Company" and
# "Corporation" stay: "East India Company" is not "East India".
LEGAL_FORMS = (COMPANY_SUFFIXES - {"company", "corporation"}) | frozenset(
    "asa|ab|oyj|spa|kk|bhd|tbk|pte|sarl|srl|sas|se".split("|")
)
# Generational suffixes: "Martin Luther King Jr." is surnamed King.
GENERATIONAL_SUFFIXES = frozenset("jr|sr|ii|iii|iv".split("|"))
# Heads of a body or place named after another or part of it: the "Senate Finance Committee" is
# not the Senate, nor the "Democratic National Committee" the Democratic Party.
_BODIES_OF_THEIR_OWN = frozenset("committee|subcommittee|caucus|center|centre|stadium|arena|museum|library".split("|"))
# Closing words that name the body a shorter name already names: the "Toronto Police Service" is
# the "Toronto Police", the "Boston Fire Department" the "Boston Fire".
_THE_BODY_ITSELF = frozenset("service services department force".split())
# Words an acronym skips: "UN" is "United Nations", "USA" "United States of America".
_JOINING_WORDS = frozenset({"of", "the", "and", "for", "de", "la", "du", "von", "van", "al", "&"})
_NOT_LETTERS = re.compile(r"[^\w]+")
# A possessive ending: "Trump's" and "Reuters'" name Trump and Reuters.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
# Newspaper titles: cue words that, alone, are the paper's own short name ("the Star", "the
# Post", "the Globe"), unlike "Bank" or "Court", which any bank or court is called.
_PRESS_TITLES = frozenset("gazette globe herald journal mail post star times tribune".split())
# Cue words that are one body's own name ("Reuters Television" is Reuters'), not a head many
# bodies share: alone, even opening a sentence ("Reuters has not verified..."), they name it.
_OWN_NAMES = frozenset({"reuters"})
# Words that name no organisation by themselves: heads every body of a kind shares, company
# words and legal forms.
GENERIC_ORGANIZATION_WORDS = (ORG_CUES - _PRESS_TITLES - _OWN_NAMES) | COMPANY_WORDS | LEGAL_FORMS | _JOINING_WORDS


# ---------------------------------------------------------------------------
# Titles


def is_title_token(token: Token) -> bool:
    """A role or an honorific; a compound of roles too ("Secretary-Treasurer", "Player-Coach")."""
    if token.key in ROLE_NOUNS or token.key in HONORIFICS:
        return True
    parts = token.key.split("-")
    return len(parts) > 1 and all(part in ROLE_NOUNS for part in parts)


def split_title(text: str, tokens: list[Token]) -> Candidate:
    """ "US Defense Secretary Lloyd Austin" -> name "Lloyd Austin", role "US Defense Secretary".

    `tokens` are the capitalised run's tokens of `text`; the candidate returned holds the name's
    tokens, and the title as its role. An honorific alone ("Mr.", "Dame") is split off but is no
    role. One to four capitalised words must follow the title, and more than a generational
    suffix: "Martin Luther King Jr." stays whole."""
    # "M" (Monsieur) is a title only where it opens the run: "Andrew M Luger" has a middle initial.
    titles = [is_title_token(t) and not (i and len(t.key) == 1) for i, t in enumerate(tokens)]
    first_title = next((i for i, title in enumerate(titles) if title), -1)
    if first_title < 0:
        return Candidate(tokens)
    last_title = max(i for i, t in enumerate(tokens) if i >= first_title and (titles[i] or t.key in ORG_CUES))
    rest = tokens[last_title + 1 :]
    if (
        not rest
        or len(rest) > 4
        or any(not t.is_capitalised for t in rest)
        or _only_suffixes(rest)
        or not titles[last_title]  # "Major League Baseball": a body's name goes on, no person follows
    ):
        given = _given_name_after_title(tokens, first_title)
        if given is None:
            return Candidate(tokens)
        # "Prime Minister John Major" (a surname that is a title's word), "Secretary of State
        # Warren Christopher", "Minister of Finance Jose Gurria": a known given name after the
        # title's last word opens the name
        last_title, rest = given - 1, tokens[given:]
    if any(t.key in ORG_CUES for t in tokens[:last_title]) and tokens[last_title].key in ("head", "member"):
        return Candidate(tokens)
    title = tokens[: last_title + 1]
    if all(t.key in HONORIFICS for t in title):
        return Candidate(rest, role=None, role_start=title[0].start)
    return Candidate(rest, role=text[title[0].start : title[-1].end], role_start=title[0].start)


def _given_name_after_title(tokens: list[Token], first_title: int) -> int | None:
    """Where a known given name opens two to four capitalised words that end the run after a
    title, none of them a body's word ("Bank", "State"), and none a title's but the last."""
    for i in range(first_title + 1, len(tokens) - 1):
        rest = tokens[i:]
        if (
            tokens[i].key in GIVEN_NAMES
            and tokens[i - 1].is_capitalised
            and len(rest) <= 4
            and all(t.is_capitalised and t.key not in ORG_CUES for t in rest)
            and not any(is_title_token(t) for t in rest[:-1])
        ):
            return i
    return None


def _only_suffixes(tokens: list[Token]) -> bool:
    """ "Jr." after "Martin Luther King": what follows a title-like word is no name by itself."""
    return all(t.key in GENERATIONAL_SUFFIXES for t in tokens)


@lru_cache(maxsize=4096)  # asked of every name each time two names are compared
def without_title(name: str) -> tuple[str, str | None]:
    """ "Defense Secretary Lloyd Austin" -> ("Lloyd Austin", "Defense Secretary");
    "Dr. Jane Roe" -> ("Jane Roe", None): an honorific is dropped, not kept as a role."""
    tokens = tokenize(name)
    if len(tokens) < 2:
        return name, None
    candidate = split_title(name, tokens)
    if candidate.tokens == tokens:
        return name, None
    return name[candidate.tokens[0].start : candidate.tokens[-1].end], candidate.role


# ---------------------------------------------------------------------------
# Keys and words


# Cached: grounding compares every name with every entity's forms, asking the same few dozen
# names' keys hundreds of times per article (a quarter of its CPU before the cache).
@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """The name as compared: typography folded, dots dropped, other non-letters a space, lower
    case. "Indo-Pacific" and "Indo Pacific", "U.S." and "US" have one key; so do "Trump's" and
    "Trump": a possessive is a way of writing the name, not another name."""
    folded = _POSSESSIVE.sub("", fold(name).strip()).replace(".", "")
    return " ".join(_NOT_LETTERS.sub(" ", folded).lower().split())


def name_words(name: str) -> list[str]:
    """The key's words without a trailing legal form or generational suffix ("Equinor ASA" ->
    ["equinor"], "Martin Luther King Jr." -> ["martin", "luther", "king"]); a name that is
    nothing but such a word keeps it."""
    words = name_key(name).split()
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] in GENERATIONAL_SUFFIXES):
        words.pop()
    if len(words) > 1 and words[0] == "the":  # "The Globe" is "Globe"
        words.pop(0)
    return words


def surname(name: str) -> str:
    """The last word of a name as written, a generational suffix passed over: "Lloyd Austin" ->
    "Austin", "Martin Luther King Jr." -> "King". What a later mention shortens a Western name
    to; `same_entity` also accepts the first word, the family name of Korean and Chinese names."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,").lower() in GENERATIONAL_SUFFIXES:
        words.pop()
    return words[-1].rstrip(",") if words else ""


def has_surname(full: str, short: str) -> bool:
    """Whether `short`, as written, is the last word or words of the longer name `full`: "Austin"
    of "Lloyd Austin", the two-word surname "Al Hashish" of "Fouzia Al Hashish"."""
    short_words = short.split()
    full_words = full.split()
    while len(full_words) > 1 and full_words[-1].strip(".,").lower() in GENERATIONAL_SUFFIXES:
        full_words.pop()
    return 0 < len(short_words) < len(full_words) and full_words[-len(short_words) :] == short_words


# ---------------------------------------------------------------------------
# Matching


def is_initials(short: str, long: str) -> bool:
    """Whether `short` is an acronym, written in capitals, of `long`'s words: "UN" of "United
    Nations", "U.S." of "United States", "USA" of "United States of America". Joining words
    ("of", "the") are skipped; "Al" is no acronym of "Ali Larijani"."""
    letters = short.replace(".", "").strip()
    if len(letters) < 2 or not letters.isupper() or not letters.isalpha():
        return False
    capitals = [word for word in name_key(long).split() if word not in _JOINING_WORDS]
    return len(capitals) == len(letters) and "".join(word[0] for word in capitals) == letters.lower()


_NO_FIT, _FIRST_WORD, _FULL_FIT = 0, 1, 2
FULL_FIT = _FULL_FIT  # what `fit_strength` says of two names that fit fully


@lru_cache(maxsize=16384)  # the same pairs of names are compared again at each stage of grounding
def _fit(a: str, b: str, organization: bool) -> int:
    """How two names fit: not at all, only by one name's being the other's first word (a family
    name that comes first, or a given name), or fully (equal, initials, surname, part of)."""
    if not organization:
        a, b = without_title(a)[0], without_title(b)[0]
    words_a, words_b = name_words(a), name_words(b)
    if not words_a or not words_b:
        return _NO_FIT
    if words_a == words_b or is_initials(a, b) or is_initials(b, a) or _of_inverted(words_a, words_b):
        return _FULL_FIT
    if not organization and len(words_a) == 2 and words_a == words_b[::-1]:
        # "Farook Syed" of a list that writes surnames first, and "Syed Farook": one person
        return _FULL_FIT
    shorter, longer = sorted((words_a, words_b), key=len)
    if len(shorter) == len(longer):
        return _NO_FIT
    short_form = a if len(words_a) < len(words_b) else b
    if organization and short_form.isupper() and _acronym_with_generic_words(shorter, longer):
        return _FULL_FIT
    if organization and _of_its_place(shorter, longer):
        return _FULL_FIT  # "Senate" of the "U.S. Senate", "Army" of the "Kenyan Army"
    if organization and _of_inverted(_without_place(words_a), _without_place(words_b)):
        return _FULL_FIT  # "Appeals Court" of the "Wisconsin Court of Appeals"
    if organization and _head_phrase(shorter, longer):
        return _FULL_FIT  # "Select Committee" of the "House Select Committee on Benghazi"
    if organization and len(shorter) >= 2 and longer[:-1] == shorter and longer[-1] in _THE_BODY_ITSELF:
        return _FULL_FIT  # "Toronto Police" of the "Toronto Police Service"
    if (
        organization
        and not short_form.isupper()
        and _core_of(longer) == shorter
        and _short_organization_name(shorter, shorter)
        and _head_word(longer) not in _BODIES_OF_THEIR_OWN
    ):
        # "Red Cross" of "Kenya Red Cross Society"; "Air Canada" is not the "Air Canada Centre",
        # an arena named after it.
        return _FULL_FIT
    if organization and not short_form.isupper() and _short_organization_name(shorter, longer):
        # An acronym opening a longer name is its parent body ("UN" of "UN Security Council"),
        # not its short name: it joins the name it spells ("United Nations") instead. Closing
        # words name the body more surely than opening ones: "Commons" is the "House of Commons"
        # before it is the "Commons Procedure Committee", which is one of the House's own.
        if longer[-len(shorter) :] == shorter:
            return _FULL_FIT
        head = _head_word(longer)
        if head in _BODIES_OF_THEIR_OWN:
            # "Brennan Center" of "Brennan Center for Justice" keeps the head: the same centre
            # with its complement left off, where "Commons" of a committee names another body.
            return _FULL_FIT if shorter[-1] == head and longer[: len(shorter)] == shorter else _NO_FIT
        return _FIRST_WORD
    if len(shorter) == 1:
        if organization:
            return _NO_FIT
        if shorter[0] == longer[-1] or _first_of_two_surnames(shorter[0], longer):
            return _FULL_FIT
        return _FIRST_WORD if shorter[0] == longer[0] else _NO_FIT
    if shorter[-1] == longer[-1] and set(shorter) <= set(longer):
        return _FULL_FIT
    # The opening words of a personal name, as of a first name: "Aung San" of "Aung San Suu Kyi"
    # ("East India" of "East India Company" is no personal name).
    personal = not organization and not any(word in GENERIC_ORGANIZATION_WORDS for word in longer)
    return _FIRST_WORD if personal and longer[: len(shorter)] == shorter else _NO_FIT


def _of_inverted(words_a: list[str], words_b: list[str]) -> bool:
    """ "Department of Labor" and "Labor Department", "Republican Party of Wyoming" and
    "Wyoming Republican Party": one name is "H of X", the other "X H", the same words in the
    order English writes them either way."""
    for one, other in ((words_a, words_b), (words_b, words_a)):
        if one.count("of") == 1 and "of" not in other:
            cut = one.index("of")
            head, complement = one[:cut], one[cut + 1 :]
            if head and complement and complement + head == other:
                return True
    return False


def _of_its_place(shorter: list[str], longer: list[str]) -> bool:
    """Whether `longer` is `shorter` after the place or people it belongs to: a body named by
    its country or state once and by its own name after ("U.S. Senate", "Senate"). Where two
    places have one ("U.S. Senate", "Texas Senate"), the short name fits both and joins neither."""
    n = len(shorter)
    before = longer[:-n]
    if not before or longer[-n:] != shorter:
        return False
    return " ".join(before) in PLACES or all(word in PLACES or word in DEMONYMS for word in before)


def _without_place(words: list[str]) -> list[str]:
    """A name without the places or peoples it opens with: "wisconsin court of appeals" ->
    "court of appeals"."""
    start = 0
    while start < len(words) - 1 and (words[start] in PLACES or words[start] in DEMONYMS):
        start += 1
    return words[start:]


def _head_phrase(shorter: list[str], longer: list[str]) -> bool:
    """Whether `shorter` is the words of `longer` that end on its head, with what comes before
    (the parent body) and after it (an "on ..." complement) left off: "Select Committee" of
    the "House Select Committee on Benghazi". Something must come before; a generic phrase
    ("Joint Committee") is none."""
    n = len(shorter)
    head = next((i - 1 for i, word in enumerate(longer) if i and word in ("of", "on", "for")), len(longer) - 1)
    # Opening words with a complement after them may name another body: the "European Council"
    # is not the "European Council on Foreign Relations".
    if n < 2 or head + 1 <= n or longer[head + 1 - n : head + 1] != shorter:
        return False
    return not all(word in GENERIC_ORGANIZATION_WORDS or word in _GENERIC_BODY_MODIFIERS for word in shorter)


# Words that say which kind of committee or court a body is, not which one: "Joint Committee".
_GENERIC_BODY_MODIFIERS = frozenset("joint standing special supreme high federal district national state".split())


def _first_of_two_surnames(word: str, longer: list[str]) -> bool:
    """Whether `word` is the first of the two surnames a Spanish or Portuguese name closes on:
    "Acosta" of "Melba Acosta Febo". The middle word of three is no given name (as "Ann" of
    "Mary Ann Smith") and no initial."""
    return len(longer) == 3 and longer[1] == word and len(word) > 1 and word not in GIVEN_NAMES


def _acronym_with_generic_words(shorter: list[str], longer: list[str]) -> bool:
    """ "BBC" of "BBC News", "ACME" of "ACME Group": an acronym followed only by words that any
    body of its kind has is that body; so is one after the place or people it belongs to ("GP"
    of "Brazilian GP"). "UN" of "UN Security Council" is not."""
    n = len(shorter)
    if longer[-n:] == shorter and all(word in PLACES or word in DEMONYMS for word in longer[:-n]):
        return True
    return longer[:n] == shorter and all(word in GENERIC_ORGANIZATION_WORDS for word in longer[n:])


def _head_word(words: list[str]) -> str:
    """The noun a name is about: its last word, or the one before "of"/"on"/"for" ("committee"
    of "Senate Committee on Finance")."""
    return next((words[i - 1] for i, word in enumerate(words) if i and word in ("of", "on", "for")), words[-1])


def _core_of(words: list[str]) -> list[str]:
    """An organisation's name without the place or people it belongs to before it and the generic
    words after it: "Kenya Red Cross Society" -> "red cross"."""
    start, end = 0, len(words)
    while start < end - 1 and (words[start] in PLACES or words[start] in DEMONYMS):
        start += 1
    while end > start + 1 and words[end - 1] in GENERIC_ORGANIZATION_WORDS:
        end -= 1
    return words[start:end]


def _short_organization_name(shorter: list[str], longer: list[str]) -> bool:
    """ "Rogers" of "Rogers Communications Inc.", "Stroke Foundation" of "Stroke Foundation of
    Canada", "Sharks" of "San Jose Sharks", "Star" of "Toronto Star": the opening or closing
    words of an organisation's name, used alone, when they say which one it is. A generic word
    ("Bank" of "Sumitomo Bank"), a place ("Toronto" of "Toronto Star") or a nationality names
    no particular organisation; neither does a part from the middle."""
    n = len(shorter)
    if longer[:n] != shorter and longer[-n:] != shorter:
        return False
    if " ".join(shorter) in PLACES:
        return False
    return not all(word in GENERIC_ORGANIZATION_WORDS or word in PLACES or word in DEMONYMS for word in shorter)


def fit_strength(a: str, b: str, *, organization: bool = False) -> int:
    """How well two names fit, for choosing among candidates: 0 not at all, 1 only by the
    shorter's opening the longer personal name (a given name, a family name written first), 2
    fully (equal, initials, surname, part of it; see `same_entity`)."""
    return _fit(a, b, organization)


def same_entity(a: str, b: str, *, organization: bool = False) -> bool:
    """Whether two ways of writing a name may name the same entity.

    Titles are split off first (unless `organization`: "Bank of England" has no title); then the
    names match if their words are equal up to case, punctuation and legal or generational
    suffixes, if one is the other's initials, or if the shorter is part of the longer: a
    one-word name that is the longer personal name's surname or first word, or several words
    ending the same way, all in the longer ("Lloyd Austin" in "Lloyd J. Austin"); for an
    organisation, its distinctive opening or closing words ("Rogers" of "Rogers Communications
    Inc.", "Sharks" of "San Jose Sharks"), never a generic word ("Bank" is not "Sumitomo
    Bank") or a place. "Tom Austin" and "Lloyd Austin" differ.

    This says only that the names fit; whether a short form is *the* entity depends on the
    other names about (see `find_same`)."""
    return _fit(a, b, organization) != _NO_FIT


def find_same(name: str, names: Sequence[str], *, organization: bool = False) -> int | None:
    """The index in `names` of the one entity `name` names, or None.

    A name written the same way (up to case, punctuation, title and suffix) wins; else the only
    name that fits fully (surname, initials, part of it); else, if none does, the only name that
    opens with it ("Kim" of "Kim Jong-un": a family name that comes first, read as a surname
    only when no name ends with it, so "Trump" is Donald Trump beside a "Trump Tower"). Several
    names fitting equally well is None: "Kim" beside "Kim Yonghyun" and "Kim Jong-un"."""
    plain = name if organization else without_title(name)[0]
    words = name_words(plain)
    if not words:
        return None
    for index, known in enumerate(names):
        if name_words(known if organization else without_title(known)[0]) == words:
            return index
    fits = [_fit(name, known, organization) for known in names]
    for level in (_FULL_FIT, _FIRST_WORD):
        found = [index for index, fit in enumerate(fits) if fit == level]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def name_occurs(text: str, name: str) -> bool:
    """Whether `text` states a name: the name, the name without its title, or its surname occurs
    as a whole word (up to typography). "President Biden" is stated by "Biden said"; a last word
    no name is ("We" of a model's "Ana Ruiz. We") states nothing."""
    name = name.strip()
    if not name:
        return False
    plain = without_title(name)[0]
    last = name_surname(name)
    return bool(find_all(text, name) or (plain != name and find_all(text, plain)) or (last and find_all(text, last)))


def without_possessive(word: str) -> str:
    """`word` without a possessive "'s" ("Lee's" is Lee), in either apostrophe."""
    return word.removesuffix("'s").removesuffix("’s")


def name_surname(name: str) -> str:
    """The last word of `name` without its title, which alone can name its bearer ("Biden"), or
    "" when that word is one no name is ("We" of a model's "Ana Ruiz. We")."""
    last = surname(without_title(name.strip())[0])
    return "" if last.lower() in FUNCTION_WORDS else last
