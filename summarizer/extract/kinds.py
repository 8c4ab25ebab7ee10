"""Kinds: whether a candidate names a person, an organization, a place or something else.

Why separate: the kind is one ordered decision over evidence gathered elsewhere (person,
organisation and place evidence, roles, the gazetteer). The order is the rule - cue words and
acronyms first, then the gazetteer, club and company shapes, nationality words and bare titles,
place cues, works and events, organisation and team contexts, and only then a personal name,
which needs evidence. Works, events and bare titles ("World Cup", "They Call Me George",
"Secretary of Defense") are decided here because they only ever answer "other".
"""

from __future__ import annotations

import re

from summarizer.extract.organization_cues import (
    is_city_club,
    is_club,
    is_club_of_a_town,
    is_club_with_two_word_nickname,
    is_company,
    line_speaks_of_a_match,
    names_a_school,
    opens_a_fellowship,
    organization_context,
    team_context,
    team_named_after_place,
)
from summarizer.extract.person_cues import (
    is_initial,
    opens_with_a_world_given_name,
    person_context,
    person_evidence,
    speaks_as_he_or_she,
)
from summarizer.extract.place_cues import is_place_name, place_context
from summarizer.extract.roles import role_before
from summarizer.grounding.lemmas import is_dictionary_word
from summarizer.text.gazetteer import (
    COUNTRIES,
    DEMONYMS,
    GIVEN_NAMES,
    PLACE_NAMES_ALSO_SURNAMES,
    PLACES,
    US_STATES,
)
from summarizer.text.lexicon import (
    COLLECTIVE_PLURALS,
    COMMON_ACRONYMS,
    COMMON_WORDS,
    CONNECTORS,
    CONTEST_HEADS,
    DIRECTIONS,
    FUNCTION_WORDS,
    ORG_CUES,
    PLACE_CUES,
    PLACE_PREFIXES,
    POLITY_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    THING_HEADS,
    VENUE_HEADS,
    WORK_NOUNS,
)
from summarizer.text.tokens import Candidate, Kind
from summarizer.text.world_cities import is_world_city

# Bodies named by the building they keep, which news names as the place things happen in ("was
# taken to Royal Free Hospital", "at the Egyptian Museum"): there the name is a place's.
_SITE_HEADS = frozenset(("hospital", "museum"))

_ACRONYM_AFTER_RE = re.compile(r" \(([A-Z][A-Za-z&]{1,7})\)")


def _given_name_that_is_a_demonym(keys: list[str]) -> bool:
    """ "Christian Ziege", "Christian Blanc": a given name that is also a faith's adjective, before
    a surname that is no English word ("Christian Democrats", "Christian Science" are no one)."""
    return (
        len(keys) == 2
        and keys[0] in GIVEN_NAMES
        and keys[1] not in DEMONYMS
        and not is_dictionary_word(keys[1])
        and not is_dictionary_word(keys[1].rstrip("s"))
    )


def _nationality_phrase(keys: list[str]) -> bool:
    """ "Bosnian Serb", "North African", "Central African": nationality words, a direction before
    one, describe a people or what is theirs, whatever preposition stands before them; a place
    of such words the gazetteer knows ("South African Republic") was settled before this."""
    last = keys[-1]
    if last in DIRECTIONS:
        return False  # "North West": a region, though the gazetteer files "west" as a people's word
    return (last in DEMONYMS or last.rstrip("s") in DEMONYMS) and all(
        k in DEMONYMS or k in DIRECTIONS for k in keys[:-1]
    )


def _full_personal_name(keys: list[str]) -> bool:
    """ "the Marc Dutroux case", "the George Weah era": a known given name and one or two more
    words is a person's name, though "the" stands before it as before a thing's."""
    return (
        2 <= len(keys) <= 3
        and keys[0] in GIVEN_NAMES
        and not any(k in PLACES for k in keys[1:])
        and not any(" ".join(keys[:n]) in PLACES or is_world_city(" ".join(keys[:n])) for n in (2, 3))
    )


def _given_name_before_a_place_word(keys: list[str]) -> bool:
    """ "Gary Sheffield", "Sean Dundee", "William Boston": a known given name before one or two
    more words is a person's name, though towns share the given name and the surname. Not a
    country's or a US state's name ("Jordan", "Chad" open places as often; "Gary Indiana" is a
    town), and not a whole name the gazetteer knows ("Santa Cruz" was made a place before this)."""
    return (
        2 <= len(keys) <= 3
        and (keys[0] in GIVEN_NAMES or opens_with_a_world_given_name(keys[0]))
        and not any(k in COUNTRIES or k in _US_STATE_NAMES for k in keys)
        and not is_world_city(" ".join(keys))
    )


_US_STATE_NAMES = frozenset(state.lower() for state in US_STATES)


def _opening_or_plural_english_word(candidate: Candidate) -> bool:
    key = candidate.keys[0]
    if not is_dictionary_word(key):
        return False
    plural = key.endswith("s") and (is_dictionary_word(key[:-1]) or key.endswith("es") and is_dictionary_word(key[:-2]))
    return candidate.sentence_initial or plural


def _abbreviates_a_place_named_here(text: str, acronym: str) -> bool:
    """ "HK", "H.K.", "NZ": the initials of a place of several words that the text names in full."""
    letters = acronym.replace(".", "").lower()
    lowered = text.lower()
    return any(place in lowered for place in _PLACES_BY_INITIALS.get(letters, ()))


def _places_by_initials() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for place in PLACES:
        words = place.split()
        if len(words) > 1 and all(w[:1].isalpha() for w in words):
            found.setdefault("".join(w[0] for w in words), []).append(place)
    return {initials: tuple(places) for initials, places in found.items()}


#: The gazetteer's places of several words by their initials ("hk": "hong kong").
_PLACES_BY_INITIALS = _places_by_initials()


def followed_by_acronym(text: str, start: int, end: int) -> str | None:
    """ "the Organisation for Security and Cooperation (OSCE)": the abbreviation in brackets
    after the name at `start:end`, which names a body. Only a real abbreviation of that name:
    two capitals at least, no place ("Jansher Khan (Pakistan)", "Goran Ivanisevic (CRO)" give
    a player's country; "(Russia)" is no acronym) and letters that spell the name's words in
    order ("Alex Corretja (ESP)" they do not)."""
    acronym = bracketed_acronym(text, end)
    if acronym is None:
        return None
    if acronym_fits(text[start:end], acronym):
        return acronym
    name = text[start:end]
    if is_place_name(name) or " " not in name and is_dictionary_word(name.lower()):
        # "... Cooperation in Europe (OSCE)": a place that ends a body's name is still a place;
        # "Boycott, Divestment and Sanction (BDS)": one English word is a fragment, no body
        return None
    # "Immigration, Refugees and Citizenship Canada (IRCC)": the name may be the tail of a longer one
    # the candidate split; its words before it, in the same line, count too
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start].split()
    for taken in range(1, min(len(before), 8) + 1):
        if acronym_fits(" ".join([*before[len(before) - taken :], text[start:end]]), acronym):
            return acronym
    return None


def bracketed_acronym(text: str, end: int) -> str | None:
    """The acronym in brackets right after `end` ("... (OSCE)"): two capitals at least, and no
    place ("(Russia)", "(USA)" say where someone is from)."""
    match = _ACRONYM_AFTER_RE.match(text[end : end + 12])
    if match is None:
        return None
    acronym = match.group(1)
    if sum(ch.isupper() for ch in acronym) < 2 or acronym.lower() in PLACES:
        return None
    return acronym


def acronym_fits(name: str, acronym: str) -> bool:
    """Whether the capitals of `acronym` spell the words of `name` in order: each is the
    initial of a next word or a letter later in the same word ("NYMEX": New York MErcantile
    eXchange), and only small words ("of", "and", "the", "in") are passed over ("OSCE")."""
    words = [w for w in re.split(r"[\s,;-]+", name.lower()) if w]
    letters = [ch.lower() for ch in acronym if ch.isupper()]
    return bool(words and letters) and _spells(words, -1, 0, letters, 0)


_SMALL_WORDS = CONNECTORS | frozenset("a an in at to de du des la le el y und der di da".split())


def _spells(words: list[str], word: int, at: int, letters: list[str], index: int) -> bool:
    """`letters[index:]` taken in order from `words`, standing at letter `at` of word `word`."""
    if index == len(letters):
        return all(w in _SMALL_WORDS for w in words[word + 1 :])
    letter = letters[index]
    if word >= 0 and (inside := words[word].find(letter, at)) != -1:
        if _spells(words, word, inside + 1, letters, index + 1):
            return True
    for later in range(word + 1, len(words)):
        if words[later][:1] == letter and _spells(words, later, 1, letters, index + 1):
            return True
        if words[later] not in _SMALL_WORDS:
            return False
    return False


def classify(
    text: str, candidate: Candidate, lone_words: frozenset[str] = frozenset(), need_evidence: bool = True
) -> Kind:
    """The kind of a candidate from its words and the words around it. `lone_words` are the
    capitalised words the text also uses on their own: a later "Austin" vouches for "Lloyd Austin".
    Without `need_evidence`, a run shaped like a personal name counts as one."""
    if candidate.kind:
        return candidate.kind
    keys = candidate.keys
    name = text[candidate.start : candidate.end]
    if len(keys) == 1 and name.lower().rstrip("s") in COMMON_ACRONYMS:
        return "other"  # "on TV", "his political DNA", "VIP tickets": a common noun's abbreviation
    if len(keys) == 2 and keys[0] in ORG_CUES and len(candidate.tokens[-1].text) == 1:
        return "other"  # "Group C": a label within a contest, no body ("Muhammad V", "Hannah B" are people)
    if len(keys) > 1 and keys[-1] in CONTEST_HEADS and keys[-2] not in ("of", "for"):
        return "other"  # "African Nations Cup", "World Series": a contest, though a body's word is in it
    if len(keys) > 1 and keys[-1] in _COLUMN_HEADS:
        return "other"  # "PRESS DIGEST", "Market Roundup": a kind of column, though a body's word opens it
    if _names_a_division(text, candidate):
        return "other"  # "National League Central", "A.L. East": a group of sides within a league
    if any(k in ORG_CUES for k in keys) or followed_by_acronym(text, candidate.start, candidate.end):
        if len(keys) > 1 and "of" not in keys and "for" not in keys and is_world_city(name):
            return "place"  # "Newport News", "College Station", "Council Bluffs": towns named with a body's word
        if len(keys) > 1 and is_place_name(name):
            return "place"  # "West Bank", "Soviet Union": the gazetteer knows the whole name as a place
        if len(keys) == 2 and keys[1] in ("federation", "republic") and is_demonym(keys[:1]):
            return "place"  # "Russian Federation", "Chechen Republic": a country or a republic within one
        if len(keys) > 1 and keys[-1] in _SITE_HEADS and keys[-2] not in ("of", "for"):
            return "place"  # "Johns Hopkins Hospital", "Egyptian Museum": where one is taken or goes
        if keys[-1] not in PLACE_CUES:
            return "organization"
    if any(t.possessive and t.key in COLLECTIVE_PLURALS for t in candidate.tokens[:-1]):
        return "organization"  # "People's Daily", "Women's Institute": a people's possessive inside a name
    if team_named_after_place(text, candidate) or is_city_club(text, candidate):
        return "organization"
    if is_club_with_two_word_nickname(text, candidate) or is_club_of_a_town(text, candidate):
        return "organization"
    if is_place_name(name):
        return "place"
    if is_club(keys) or is_company(keys):
        return "organization"
    if is_demonym(keys) or _is_title_only(keys):  # "the Bulgarian town", "Secretary of State"
        return "other"
    if keys == ["state"] and not candidate.sentence_initial:
        return "organization"  # "secretary of State", "the FBI and State": the department, no place
    if len(keys) > 1 and keys[-1] in VENUE_HEADS:
        return "place"
    if keys[-2:] == ["federal", "reserve"] or names_a_school(text, candidate):
        return "organization"  # the central bank, no nature reserve; "graduated from Stanford"
    if len(keys) > 1 and _nationality_phrase(keys):
        return "other"  # "from the Bosnian Serb side", "in North African ports": a people's word
    if keys[-1] in PLACE_CUES or keys[0] in PLACE_PREFIXES or place_context(text, candidate):
        return "place"
    if len(keys) == 2 and keys[0] == "county" and not is_dictionary_word(keys[1]):
        return "place"  # "County Antrim", "County Tipperary": Irish and British counties name the county first
    if keys[-1] in PLACES and all(k in DIRECTIONS for k in keys[:-1]):
        return "place"
    if len(keys) > 2 and keys[0] in POLITY_NOUNS and keys[1] == "of":  # "Republic of Ireland"
        return "place"
    if len(keys) == 1 and candidate.tokens[0].is_acronym:  # "the U.N. charter", "the NWS said"
        if _abbreviates_a_place_named_here(text, name):
            return "place"  # "HK" in a story about Hong Kong, "NZ" beside New Zealand
        return "other" if _acronym_of_a_thing(text, candidate) else "organization"
    if _is_brand_in_capitals(candidate):  # "told POLITICO": a masthead set in capitals, no word
        return "organization"
    if _is_work_or_thing(text, candidate):
        return "other"
    if len(keys) > 2 and keys[1] == "of" and opens_a_fellowship(candidate.tokens[:1]):
        return "organization"  # "Guardians of the Cedars", "Friends of the Earth"
    if organization_context(text, candidate) and not speaks_as_he_or_she(text, candidate.end):
        return "organization"
    if team_context(text, candidate) and (
        keys[0] in GIVEN_NAMES  # "Chelsea defender X": team_context took the given name for a side
        or not person_evidence(text, candidate, lone_words)
    ):
        return "organization"
    if _after_definite_article(text, candidate.start) and not _full_personal_name(keys):
        return "other"
    if any(k in DEMONYMS or k.rstrip("s") in DEMONYMS for k in keys) and not _given_name_that_is_a_demonym(keys):
        return "other"
    town_surname = _given_name_before_a_place_word(keys)  # "Gary Sheffield"
    if all(k in PLACES for k in keys) and not town_surname:
        return "other"
    if keys[-1] in PLACES and keys[-1] not in PLACE_NAMES_ALSO_SURNAMES and not town_surname:
        return "other"  # "Export Development Canada"
    if len(keys) > 2 and keys[0] in ROLE_NOUNS and keys[1] in ("of", "for"):
        return "other"  # "Minister of Innovation": an office, whoever holds it is named apart
    if (
        len(keys) == 1
        and _ABSTRACT_NOUN_RE.search(keys[0])
        and keys[0] not in GIVEN_NAMES
        and is_dictionary_word(keys[0])
    ):
        return "other"  # "General Uselessness", "Freedom": an abstract noun names no one
    if _after_animal_noun(text, candidate.start):
        return "other"  # "his Wheaten terrier Chloe": a pet, not a person of the story
    if len(keys) == 1:
        if candidate.role_start is not None:
            return "person"
        if keys[0] in GIVEN_NAMES:
            return "person"
        if person_context(text, candidate) and not _opening_or_plural_english_word(candidate):
            # "Wang said", "Bush said", "Duran, 45,"; not "Eyewitnesses said", "Paper says": an
            # English word opening a sentence or in the plural before a reporting verb is a group
            # or a headline's subject as often as a surname
            return "person"
        return "person" if role_before(text, candidate.start) is not None else "other"
    if len(keys) <= 4 and not any(t.is_acronym and "." not in t.text for t in candidate.tokens):
        return "person" if not need_evidence or person_evidence(text, candidate, lone_words) else "other"
    return "other"


_DIVISION_WORDS = frozenset(("division", "conference"))
# The last words of the names of a paper's regular columns: a kind of article, no body.
_COLUMN_HEADS = frozenset(("digest", "roundup", "round-up"))


def _names_a_division(text: str, candidate: Candidate) -> bool:
    """ "American League East", "National League Central Division", "the Eastern Conference", "NL
    Central": a league's part named by a compass word, or a division or conference, is a
    grouping of the sides within a contest; no body acts under that name. A league's acronym and a
    compass word count only on a line about a match ("US West" is a company)."""
    keys = candidate.keys
    if len(keys) < 2:
        return False
    if "league" in keys[:-1] and (keys[-1] in DIRECTIONS or keys[-1] in _DIVISION_WORDS):
        return True
    if keys[-1] in _DIVISION_WORDS and keys[-2] in DIRECTIONS:
        return True
    return (
        len(keys) == 2
        and candidate.tokens[0].is_acronym
        and keys[1] in DIRECTIONS
        and line_speaks_of_a_match(text, candidate.start, candidate.end)
    )


# "his ERA", "121 RBI", "three RBI", "her PTSD": a body is neither counted nor anyone's.
_COUNTED_OR_OWNED_BEFORE_RE = re.compile(
    r"(?:\b(?:his|her|its|their|my|our|your|one|two|three|four|five|six|seven|eight|nine|ten)|\d)\s+$",
    re.IGNORECASE,
)


def _acronym_of_a_thing(text: str, candidate: Candidate) -> bool:
    """A word in capitals that names no body: an English word shouted ("AWAY", "BLOCKED",
    "DIGEST" of "PRESS DIGEST"), or an abbreviation counted or owned ("his ERA", "121 RBI"),
    which a measure, a condition or a product is and a body is not."""
    word = candidate.tokens[0].text
    if len(word) >= 4 and word.isalpha() and is_dictionary_word(word.lower()) and not is_world_city(word):
        return True
    if _COUNTED_OR_OWNED_BEFORE_RE.search(text, max(0, candidate.start - 12), candidate.start) is None:
        return False
    # the head of its phrase, not a modifier: "his WBA title", "three UEFA Cup games" are a body's
    following = _WORD_AFTER_RE.match(text, candidate.end)
    return (
        following is None
        or following.group(1) in FUNCTION_WORDS
        or following.group(1) in CONNECTORS
        or following.group(1) in _CLAUSE_WORDS  # "three RBI as the Rockies won"
    )


# Words that open a clause or a phrase after a noun phrase, so that the word before them is its head.
_CLAUSE_WORDS = frozenset(("as", "while", "off", "against", "since", "after", "before"))


_WORD_AFTER_RE = re.compile(r" ([A-Za-z][\w-]*)")


def _is_brand_in_capitals(candidate: Candidate) -> bool:
    """A long word set all in capitals in the middle of a sentence ("POLITICO", "NASCAR") is a
    masthead or a body's name, as an acronym is, unless it is an English word shouted
    ("CLAIM", "MUMMY"), a town, or begins a sentence (a subhead)."""
    if len(candidate.tokens) != 1 or candidate.sentence_initial:
        return False
    word = candidate.tokens[0].text
    if len(word) <= 7 or not (word.isascii() and word.isalpha() and word.isupper()):
        return False  # "ÉGALITÉ": a slogan in another language
    return not is_dictionary_word(word.lower()) and not is_world_city(word)  # "GLOUCESTER" is a town


def _is_work_or_thing(text: str, candidate: Candidate) -> bool:
    """Evidence that a capitalised run names a work, an event, a venue or a product rather
    than someone: a capitalised function word inside ("They Call Me George"), a digit
    ("Bill C-74"), quotation marks right around it ("Bird Man"), a work noun just before it
    ("the book Home Alone") or an event/venue head ("World Cup", "Regent Theater")."""
    tokens = candidate.tokens
    function_words = [
        t
        for i, t in enumerate(tokens)
        if t.key in FUNCTION_WORDS
        and t.is_capitalised
        and not is_initial(t.text)  # "A. Curts Cooke"
        and not _opens_place([t.key for t in tokens[i : i + 3]])
    ]
    if function_words and not (tokens[0].key in GIVEN_NAMES and all(len(t.text) <= 2 for t in function_words)):
        return True
    if any(ch.isdigit() for t in tokens for ch in t.text):
        return True
    if _is_quoted(text, candidate.start, candidate.end):
        return True
    if _after_work_noun(text, candidate.start):
        return True
    head = tokens[-1].key
    if len(tokens) > 1 and (head in THING_HEADS or head.endswith("s") and head[:-1] in THING_HEADS):  # "U.S. Opens"
        # "Jason Day" is a golfer, but no one is surnamed "Mall": "Frederick Mall" is a venue
        return not (len(tokens) == 2 and tokens[0].key in GIVEN_NAMES and head not in _VENUE_HEADS)
    return False


_ABSTRACT_NOUN_RE = re.compile(r"(?:ness|ity|ism|tion|sion|phobia)$")


def has_abstract_ending(word: str) -> bool:
    """ "Uselessness", "Islamophobia", "Catholicism": the ending of a noun of an idea or a state."""
    return _ABSTRACT_NOUN_RE.search(word.lower()) is not None


# Heads of venues and gatherings that are never surnames.
_VENUE_HEADS = frozenset(
    "mall plaza stadium arena complex station hotel restaurant cafe lounge highway skytrain festival "
    "conference summit expo".split()
)


_ANIMAL_NOUNS = frozenset(
    "dog dogs cat cats puppy pup kitten terrier retriever spaniel poodle beagle labrador shepherd collie "
    "horse pony mare stallion gelding parrot pet pets".split()
)


def _after_animal_noun(text: str, start: int) -> bool:
    """ "his Wheaten terrier Chloe", "the horse Secretariat": an animal noun right before the name."""
    noun = _LAST_WORD_BEFORE_RE.search(text[max(0, start - 30) : start])
    return noun is not None and noun.group(1) in _ANIMAL_NOUNS


def _opens_place(keys: list[str]) -> bool:
    """ "New" in "New Zealand First": a function word that begins a known place is the place's."""
    return any(" ".join(keys[:n]) in PLACES for n in (2, 3))


def _is_quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] in ("\"", "“", "‘") and text[end : end + 1] in ("\"", "”", "’")


_WORK_NOUN_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that)|\d{4}|[\w.]['’]s)"
    r"(?: [\w-]+){0,2} ([a-z][\w-]*),? $"
)


# The word the pattern above takes as the noun: the last one before the name.
_LAST_WORD_BEFORE_RE = re.compile(r" ([a-z][\w-]*),? $")


def _after_work_noun(text: str, start: int) -> bool:
    """ "the new book X", "her 1998 autobiography, X", "Durning's X": a determiner before the
    noun tells the noun ("book") from a verb ("Fox shows Rebecca Ferguson")."""
    before = text[max(0, start - 50) : start]
    noun = _LAST_WORD_BEFORE_RE.search(before)
    if not noun or noun.group(1) not in WORK_NOUNS:
        return False  # settled by a quick pattern; the full one is tried at every position
    match = _WORK_NOUN_BEFORE_RE.search(before)
    return match is not None and match.group(1) in WORK_NOUNS


def is_demonym(keys: list[str]) -> bool:
    """A lone nationality or faith word, also in compounds: "Kurdish", "Israeli-held"."""
    if len(keys) != 1 or keys[0] in PLACES:
        return False
    if keys[0] in DIRECTIONS:  # "the West" is a place of a kind
        return False
    parts = keys[0].split("-")
    return any(p in DEMONYMS or p.rstrip("s") in DEMONYMS for p in parts)


# The words a bare title is made of (built once: the union of these lists is large).
_TITLE_VOCABULARY = ROLE_NOUNS | ROLE_MODIFIERS | DEMONYMS | PLACES | CONNECTORS | ORG_CUES


def _is_title_only(keys: list[str]) -> bool:
    """ "Secretary of Defense", "North Korean Vice Foreign Minister": a role, no name."""
    return any(k in ROLE_NOUNS for k in keys) and all(k in _TITLE_VOCABULARY for k in keys)


_DEFINITE_ARTICLE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:([a-z][\w-]*)\s+)?$")


def _after_definite_article(text: str, start: int) -> bool:
    """ "the Acme Ecosystem", "the extensive Acme Ecosystem": a person's name takes no "the"
    (but "the late John Smith" and "the former Jane Roe" do occur)."""
    match = _DEFINITE_ARTICLE_BEFORE_RE.search(text[max(0, start - 40) : start])
    if not match or not match.group(1):
        return bool(match)
    word = match.group(1)
    return word not in COMMON_WORDS and word not in ROLE_NOUNS and word not in ROLE_MODIFIERS and word != "late"
