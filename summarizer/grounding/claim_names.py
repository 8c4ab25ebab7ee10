"""Whether a claim names the article's people, places and organisations, and gives them their
parts, the tests a claim with a wrong entity fails (moved from `claims`, where every test of a
claim once lived):

- `names_in_article`: every name the claim uses is in the article at all, in any form the article
  uses (surname, "Mr. Smith", lower case, a people for its country: "Kenyans");
- `name_mismatch`: each name is in the passage (or just before it, where a pronoun refers back),
  and a full name is not another person's with the same surname;
- `actor_mismatch`: the people and organisations play the parts the passage gives them (subject
  and object of the shared verb are not swapped)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.extract.dates import MONTHS
from summarizer.grounding.claims import (
    NAME_LINKS,
    PASSIVE_AUX,
    TITLES,
    Claim,
    Passage,
    SourceText,
    in_compound,
    initials_of,
    is_acronym_of,
    ordinary_word,
    shown_name,
)
from summarizer.grounding.lemmas import STOPWORDS, Word, can_be_verb, is_content, is_dictionary_word, is_event_verb
from summarizer.grounding.referents import subject_words
from summarizer.text.capitals import countries_governed_from, country_names
from summarizer.text.gazetteer import DEMONYM_PLACES
from summarizer.text.lexicon import ROLE_NOUNS, TEMPORAL_WORDS, TITLE_ABBREVIATIONS

__all__ = [
    "actor_mismatch",
    "demonym_of",
    "name_mismatch",
    "names_in_article",
    "written_together",
]


_NEIGHBOUR_SENTENCES = 3  # how far from its passage a name may be named ("she" refers back)


# --- tests against the whole article -------------------------------------------------------


def names_in_article(claim: Claim, source: SourceText) -> str | None:
    for name in claim.names:
        if _initials_for(name, source.sentences):
            continue  # "U.S." where the article writes "United States", "US" or "U.S."
        missing = [
            w.text
            for w in name
            if w.lower not in source.lowers
            and not source.names_acronym(w)
            and not demonym_of(w, source.names)
            and not _acronym_in_number(w, source.lowers)
            and not _month_written(w, source.lowers)
            and not _people_of_place_in(w, source.text, source.lowers)
            and not _governed_from(w, source.text, source.text)
            and not _title_written_short(w, source.lowers)
        ]
        if missing:
            return f"the name {' '.join(w.text for w in name)!r} is not in the article ({missing[0]!r} is not)"
    return None


def _people_of_place_in(word: Word, text: str, lowers: frozenset[str]) -> bool:
    """Whether `text` (whose words are `lowers`) writes the place of the people `word` names,
    or the people of the place, where one is not the other with an ending: "American" where it
    writes "U.S.", "Britain" where it writes "British"."""
    people = word.lower.removesuffix("s") if word.lower.removesuffix("s") in DEMONYM_PLACES else word.lower
    if any(re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text) for place in DEMONYM_PLACES.get(people, ())):
        return True
    place = re.sub(r"['’]s?$", "", word.text)
    return any(
        place in places and (demonym in lowers or f"{demonym}s" in lowers) for demonym, places in DEMONYM_PLACES.items()
    )


def _governed_from(word: Word, text: str, article: str) -> bool:
    """Whether `word` is a national capital standing for its country's government, which
    `text` names ("Ottawa" where it writes "the federal government" or "the Canadian
    government", of an `article` that names Canada): news English names a government by its
    seat. Only a government the article places in that country: "the Ontario government" is
    not Ottawa, nor is a federal government of an article that never names the country."""
    for country in countries_governed_from(_POSSESSIVE_END.sub("", word.text)):
        forms = [form for form in _country_forms(country, article) if _written_as_word(form, article)]
        if not forms:
            continue
        named = "|".join(re.escape(form) for form in forms)
        if re.search(rf"\b(?:{named})(?:['’]s)?\s+government\b|\bgovernment\s+of\s+(?:the\s+)?(?:{named})(?!\w)", text):
            return True
        # "the federal government" without a country is the government of the article's own.
        if re.search(r"\b[Ff]ederal\s+government\b", text) and _most_named_country(article) == country:
            return True
    return False


@lru_cache(maxsize=16)
def _most_named_country(article: str) -> str | None:
    """The country `article` names most often (by any of `_country_forms`), at least twice and
    more than any other: the country a story of "the federal government" is set in. (Cached:
    each name of each claim asks again.)"""
    counts = {
        country: sum(_times_written(form, article) for form in _country_forms(country, article))
        for country in country_names()
        if any(form in article for form in _country_forms(country, ""))
    }
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < _TIMES_NAMED or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None  # a country named once, or no more than another, sets no story
    return max(counts, key=lambda country: counts[country])


_TIMES_NAMED = 2  # how often an article must name its country


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _country_forms(country: str, article: str) -> list[str]:
    """The ways an article may write `country` or its people: its name, the other names news
    gives it ("U.S.", "Britain"), and the people's names ("Canadians", "American")."""
    forms = [country]
    for people, places in DEMONYM_PLACES.items():
        if country in places:
            forms += [*places, people.title()]
    forms += sorted(
        {w for w in re.findall(r"\b[A-Z][a-z]+\b", article) if _place_of_people(country.lower(), w.lower())}
    )
    return list(dict.fromkeys(forms))


def _written_as_word(form: str, article: str) -> bool:
    return _as_word(form).search(article) is not None


def _times_written(form: str, article: str) -> int:
    return len(_as_word(form).findall(article))


def _as_word(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")


_SHORT_TITLES = {full: short for short, full in TITLE_ABBREVIATIONS.items()}


def _title_written_short(word: Word, lowers: frozenset[str]) -> bool:
    """Whether `word` is a title that `lowers` (a text's words) writes abbreviated, as news
    writes it before a name: "Senator" where the text writes "Sen. Ted Cruz" (or "Sens.")."""
    short = _SHORT_TITLES.get(word.lower)
    return short is not None and (short in lowers or f"{short}s" in lowers)


def _month_written(word: Word, lowers: frozenset[str]) -> bool:
    """Whether `word` is a month that `lowers` (a text's words) writes in another form:
    "November" where the text writes "Nov. 22", or the reverse."""
    month = MONTHS.get(word.lower)
    return month is not None and any(MONTHS.get(w) == month for w in lowers)


def _acronym_in_number(word: Word, lowers: frozenset[str]) -> bool:
    """An acronym the article writes in the plural where the claim has the singular, or the
    reverse: "IP addresses" for the article's "IPs", "the MPs" for "an MP"."""
    bare = word.text[:-1] if word.text.endswith("s") else word.text
    if len(bare) < 2 or not bare.isupper():
        return False
    return bare.lower() in lowers or f"{bare.lower()}s" in lowers


_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ns", "n", "s")


def demonym_of(word: Word, names: frozenset[str]) -> bool:
    """Whether `word` names the people of a place among `names` (the capitalised words of a
    text, in lower case: "Canadians": "Canada", "Australian": "Australia", "Americans":
    "America"), or the place of a people named there: its stem, without the ending, opens one
    of them."""
    if not word.capitalised:
        return False
    if any(f"{word.lower}{ending}" in names for ending in _DEMONYM_ENDINGS):
        return True  # "Alberta" where the text writes "Albertans"
    for ending in _DEMONYM_ENDINGS:
        if word.lower.endswith(ending) and len(word.lower) - len(ending) >= 4:
            stem = word.lower[: -len(ending)]
            if any(other.startswith(stem) and other != word.lower for other in names):
                return True
    return any(_place_of_people(word.lower, other) for other in names)


def _place_of_people(place: str, people: str) -> bool:
    """Whether `people` ("indonesian", "canadians", "italian") names the people of `place`
    ("indonesia", "canada", "italy"): without its ending, it is the place, or the place but for
    a last vowel or "y". Only so near: a stem merely opening a longer name ("Mark" of "Markham")
    is another name, and a bare plural ("Marks") names no people."""
    for ending in _DEMONYM_ENDINGS[:-1]:
        if people.endswith(ending) and len(people) - len(ending) >= 4:
            stem = people[: -len(ending)]
            if place == stem or (place[:-1] == stem and place[-1] in "aeioy"):
                return True
    return False


_GENERIC = frozenset("the mr mrs ms dr st".split())
# Capitalised words before a surname that are no given name: a title or role ("Ms. May",
# "Premier Holt"), a day or month ("On Monday Hadwin said"), a word opening the sentence ("But Holt")
# other than the ones that are given names too ("May Lee", "Will Holt").
_NO_GIVEN_NAMES = TITLES | ROLE_NOUNS | TEMPORAL_WORDS | (STOPWORDS - {"may", "will"})


def name_mismatch(claim: Claim, passage: Passage) -> str | None:
    """Each name of the claim is in the passage or its neighbourhood (the sentences just before
    it, where "she" refers back to, and just after); a full name is not someone else's with the
    same surname ("Erik Karlsson" where the passage says "Melker Karlsson")."""
    around = passage.around(_NEIGHBOUR_SENTENCES)
    for name in claim.names:
        named = name
        name = _with_opening_word(claim, named, passage.source.text)
        if _abbreviated_in(name, around) or _initials_for(name, around.sentences):
            continue
        surname = name[-1]
        if (
            not _written_in(surname, around)
            and not _known_otherwise(surname, around, alone=len(name) == 1)
            and not demonym_of(surname, frozenset(w.lower for w in around.words if w.capitalised))
            and not _tied_to_a_neighbour(claim, name, around)
            and not _named_before_the_run(surname, passage)
            and not _written_whole_with(name, around)
        ):
            return f"{shown_name(name)} is not in the evidence"
        if (
            _acts(claim, name)
            and _named_only_around(claim, surname, passage, alone=len(name) == 1)
            and not _written_whole_with(name, passage)
        ):
            return f"{shown_name(name)} is named only outside the evidence, which refers back to no one"
        written = {w.text for w in around.words if w.capitalised}
        missing = [
            w
            for w in name[:-1]
            if w.capitalised
            and (_written_otherwise(w, around, written) if w not in named else not _written_in(w, around))
            and w.lower not in _GENERIC
            and not _known_otherwise(w, around, alone=False)
            and not _written_whole(name, around)
            and not _named_before_the_run(w, passage)
            and not _written_whole_with(name, around)
            and not _title_written_short(w, around.lowers)
        ]
        if missing:
            return f"{shown_name(name)} is not in the evidence ({missing[0].text} is not)"
        # "Ms Jackson" gives no first name to set against the evidence's "Emma Jackson".
        if (
            len(name) >= 2
            and surname.lower in passage.lowers
            and name[-2].capitalised
            and name[-2].lower not in _NO_GIVEN_NAMES
        ):
            given = name[-2].lower
            # Within a sentence: "... in New Brunswick. Vickers said" gives Vickers no first name.
            preceding = {
                given_name
                for sentence in passage.sentences
                for i, w in enumerate(sentence)
                if w.lower == surname.lower
                and i
                and sentence[i - 1].capitalised
                and sentence[i - 1].lower not in _NO_GIVEN_NAMES
                and _given_name_before(sentence, i, passage.source.text)
                for given_name in _given_names(sentence, i, passage.source.text)
            }
            if preceding and given not in preceding:
                other = sorted(preceding)[0]
                return f"the evidence names {other.title()} {surname.text}, not {shown_name(name)}"
    return None


def _given_names(sentence: Sequence[Word], index: int, text: str) -> tuple[str, ...]:
    """The given name before the name at `index` (lower case), and, when that is a middle
    initial ("Donald J. Trump"), the given name before it too: the claim may write either
    ("Donald Trump")."""
    before = sentence[index - 1].lower
    if _is_initial(sentence[index - 1]) and index >= 2 and sentence[index - 2].capitalised:
        if _given_name_before(sentence, index - 1, text):
            return before, sentence[index - 2].lower
    return (before,)


def _is_initial(word: Word) -> bool:
    """A one-letter word in capitals: an initial ("J" of "Donald J. Trump")."""
    return len(word.text) == 1 and word.text.isupper()


def _given_name_before(sentence: Sequence[Word], index: int, text: str) -> bool:
    """Whether the capitalised word before the name at `index` may be its given name: written
    right before it, or after an initial's full stop (not "Nationally, Clinton leads"), and
    not an ordinary word capitalised to open the sentence ("Nationally Clinton leads")."""
    before = sentence[index - 1]
    if text[before.end : sentence[index].start].strip().strip("."):
        return False  # a comma between; an initial's full stop is no gap ("B.B. King")
    return not (index == 1 and ordinary_word(before))


def _written_whole(name: Sequence[Word], around: Passage) -> bool:
    """Whether the article writes the whole name, word for word, in one sentence, and the
    evidence names its last word: a person named in full at the first mention and by surname
    after ("Kevin Haley ... Haley said"), as a reader knows who the surname is."""
    if name[-1].lower not in around.lowers:
        return False
    wanted = [w.lower for w in name]
    return any(
        [w.lower for w in sentence[i : i + len(wanted)]] == wanted
        for sentence in around.source.sentences
        for i in range(len(sentence) - len(wanted) + 1)
    )


#: How near a claim's name must stand to another for the two to be tied ("Symantec's Kevin
#: Haley"), and how near the article must write them.
_TIED_IN_CLAIM = 3
_TIED_IN_ARTICLE = 6


def _tied_to_a_neighbour(claim: Claim, name: Sequence[Word], around: Passage) -> bool:
    """Whether a name the evidence lacks is what the claim ties to a name beside it that the
    evidence has, as the article ties them: "Symantec's Kevin Haley" where the evidence quotes
    Haley and the article writes "cybersecurity firm Symantec, Kevin Haley". A name placed
    beside a person the article never writes near them is a swap, and stays refused."""
    at = claim.words.index(name[0]), claim.words.index(name[-1])
    neighbours = [
        other[-1].lower
        for other in claim.names
        if other is not name
        and other[-1].lower in around.lowers
        and (
            0 < claim.words.index(other[0]) - at[1] <= _TIED_IN_CLAIM
            or 0 < at[0] - claim.words.index(other[-1]) <= _TIED_IN_CLAIM
        )
    ]
    if not neighbours:
        return False
    own = name[-1].lower
    for sentence in around.source.sentences:
        lowers = [w.lower for w in sentence]
        mine = [i for i, w in enumerate(lowers) if w == own]
        theirs = [i for i, w in enumerate(lowers) if w in neighbours]
        if any(abs(i - j) <= _TIED_IN_ARTICLE for i in mine for j in theirs):
            return True
    return False


def _written_in(word: Word, around: Passage) -> bool:
    """Whether the evidence writes the word of a name, or, for a name that is an English word
    ("Liberal", "Democrat"), another form of it ("the Liberals")."""
    if word.lower in around.lowers:
        return True
    forms = frozenset(k for k in word.keys if not k.startswith("~"))
    return is_dictionary_word(word.lower) and bool(forms & around.keys)


def _with_opening_word(claim: Claim, name: tuple[Word, ...], article: str) -> tuple[Word, ...]:
    """The name with the claim's first word when the article writes the two as one name
    ("Health Canada", "General Motors"): an ordinary word opening the claim is no name by
    itself (`_names`), but it is part of one when the article writes the two together."""
    if len(claim.words) < 2 or name[0] is not claim.words[1]:
        return name
    opening = claim.words[0]
    first = re.sub(r"['’]s?$", "", name[0].text)
    together = rf"\b{re.escape(opening.text)}\s+{re.escape(first)}\b"
    if opening.capitalised and is_content(opening) and re.search(together, article) is not None:
        return (opening, *name)  # never a function word: "After Tuesday's primaries" names Tuesday
    return name


def _written_otherwise(opening: Word, around: Passage, written: set[str]) -> bool:
    """Whether the evidence writes the claim's opening word, which the article also writes in a
    name with the next one, only as an ordinary word ("health" for "Health Canada"): the name
    is then not there. (Absent altogether, it may be a given name the evidence leaves out.)"""
    return opening.lower in around.lowers and opening.text not in written


# Words by which a sentence refers back to someone named before it (or, in the first person, to
# its author, whom an opinion piece names in its credit line).
_REFERRING = frozenset("he she him his her hers they them their theirs it its who whose i me my we us our".split())


_AUXILIARIES = frozenset("has have had is was were will would could can may might should must did does".split())


def _acts(claim: Claim, name: Sequence[Word]) -> bool:
    """Whether the claim's `name` is followed at once by its verb ("Ann Lee *had* ...", "Ann Lee
    *questioned* ..."): a doer, whom the evidence must name or refer back to. An acronym ("MPs")
    is a body, often named far from what it does."""
    last = name[-1]
    if last.text.rstrip("s’'").isupper():
        return False
    at = claim.words.index(last)
    following = claim.words[at + 1] if at + 1 < len(claim.words) else None
    return following is not None and (following.lower in _AUXILIARIES or is_event_verb(following.lower))


def _named_only_around(claim: Claim, surname: Word, passage: Passage, *, alone: bool) -> bool:
    """Whether the claim's name is named only in the sentences around the evidence, and the
    evidence sentence that says most of the claim has no pronoun that could stand for it: then
    that sentence is about someone else ("Mr Trump questioned ..." is no evidence that Clinton
    did, though she is named nearby)."""
    if surname.lower in passage.lowers or _known_otherwise(surname, passage, alone=alone):
        return False
    if _named_before_the_run(surname, passage):
        return False  # "He said: ... There should be no rush to judgment.": the run is theirs
    if ordinary_word(surname) or surname.lower in TEMPORAL_WORDS:
        return False  # an ordinary word ("Document", "Senate") or a date ("Friday") is no one
    if demonym_of(surname, frozenset(w.lower for w in passage.words if w.capitalised)):
        return False
    said = frozenset(k for w in claim.content for k in w.keys)
    closest = max(passage.sentences, key=lambda s: len(said & {k for w in s for k in w.keys}))
    return not {w.lower for w in closest if w.text == "I" or not w.text.isupper()} & _REFERRING  # not "US"


def _named_before_the_run(surname: Word, passage: Passage) -> bool:
    """Whether a sentence of the passage goes on about someone named before it ("He said ...",
    a quotation run over several sentences) and the sentence that opens the run has `surname`
    in its subject: whoever far back it is, that person is who the passage is about."""
    source = passage.source
    for index in passage.indices:
        named = source.referent(index)
        if named is not None and surname.lower in subject_words(source.text[slice(*source.spans[named])]):
            return True
    return False


def _abbreviated_in(name: Sequence[Word], around: Passage) -> bool:
    """Whether the evidence writes the claim's name of two or more words as its acronym
    ("Toronto Dance Theatre" where the evidence says "TDT"): the reverse of a claim's acronym
    for a name the evidence spells out."""
    letters = "".join(w.lower[0] for w in name if w.lower not in NAME_LINKS)
    return len(name) >= 2 and any(w.text[:2].isupper() and w.lower == letters for w in around.words)


def _initials_for(name: Sequence[Word], sentences: Sequence[Sequence[Word]]) -> bool:
    """Whether `name` is written as its initials in one form ("U.S.", which the words split into
    "U" and "S"; "US") and `sentences` name it in another: spelt out ("United States"), or as
    the initials written otherwise. Or the reverse: a name spelt out where `sentences` write
    only its dotted initials ("United Nations" where they say "U.N.")."""
    letters = _dotted(name)
    if letters:
        return letters in initials_of(sentences) or letters in _initials_written(sentences)
    if len(name) < 2 or any(len(w.text) == 1 for w in name):
        return False
    spelt = "".join(w.lower[0] for w in name if w.lower not in NAME_LINKS)
    return 2 <= len(spelt) <= 5 and spelt in _initials_written(sentences)


def _dotted(name: Sequence[Word]) -> str:
    """The letters of a name written as initials ("us" of "U.S." or "US"), or ""."""
    if len(name) == 1:
        word = name[0]
        bare = re.sub(r"['’]s$", "", word.text)
        return bare.lower() if 2 <= len(bare) <= 5 and bare.isupper() and bare.isalpha() else ""
    single = all(len(w.text) == 1 and w.text.isupper() for w in name)
    return "".join(w.lower for w in name) if single and len(name) <= 5 else ""


def _initials_written(sentences: Sequence[Sequence[Word]]) -> frozenset[str]:
    """The initials `sentences` write, as letters in lower case: whole ("US") or dotted ("U.S.",
    which the words split into one capital each)."""
    found: set[str] = set()
    for sentence in sentences:
        run: list[str] = []
        for word in (*sentence, None):
            if word is not None and len(word.text) == 1 and word.text.isupper():
                run.append(word.lower)
                continue
            if 2 <= len(run) <= 5:
                found.add("".join(run))
            run = []
            if word is not None and 2 <= len(word.text) <= 5 and word.text.isupper() and word.text.isalpha():
                found.add(word.lower)
    return frozenset(found)


def _known_otherwise(word: Word, around: Passage, *, alone: bool) -> bool:
    """Whether the evidence names `word`'s entity another way: by the name its acronym spells
    ("GM": "General Motors"), in the other number ("IP": "IPs"), or, for a one-word name
    (`alone`), by a name the article writes together with it ("Calgary" where the evidence says
    "Flames", of "the Calgary Flames"); a month or a people in another form ("Nov." for
    "November", "U.S." for "American"). A word of a longer name is not excused so: "FSIN Youth
    Council" is not the "AFN Youth Council" because the article also writes "FSIN Youth"."""
    if is_acronym_of(word, initials_of(around.sentences)) or _acronym_in_number(word, around.lowers):
        return True
    written = " ".join(around.source.text[start:end] for start, end in around.sentence_spans())
    if _month_written(word, around.lowers) or _people_of_place_in(word, written, around.lowers):
        return True
    if _governed_from(word, written, around.source.text):
        return True
    if not alone:
        return False
    named = {w.text for w in around.words if w.capitalised and not w.is_number and w.lower not in _GENERIC}
    return any(written_together(word.text, other, around.source.text) for other in named if other != word.text)


def _written_whole_with(name: Sequence[Word], around: Passage) -> bool:
    """Whether the claim's name of two words or more is one the article writes whole, right
    before or after a name the evidence writes, as one name ("San Jose" where the evidence says
    "the Sharks", of "the San Jose Sharks"): a team for its city, as `_known_otherwise` takes a
    one-word name. The whole name, never a word of it: "Youth Council" is no name of its own."""
    if len(name) < 2:
        return False
    named = {w.text for w in around.words if w.capitalised and not w.is_number and w.lower not in _GENERIC}
    whole = r"\s+".join(re.escape(w.text) for w in name)
    others = "|".join(re.escape(other) for other in sorted(named - {w.text for w in name}))
    if not others:
        return False
    together = rf"\b{whole}\s+(?:{others})\b|\b(?:{others})\s+{whole}\b"
    return re.search(together, around.source.text) is not None


def written_together(a: str, b: str, article: str) -> bool:
    """Whether the article writes the two names as one ("Calgary Flames", "Cisco Talos"): then
    either may stand for the other, as a team for its city."""
    a_words, b_words = a.split(), b.split()
    return any(
        _written_next(first[-1], second[0], article) for first, second in ((a_words, b_words), (b_words, a_words))
    )


@lru_cache(maxsize=4096)
def _written_next(first: str, second: str, article: str) -> bool:
    """Whether the article writes the word `first` just before `second`. (Cached: each claim
    and passage asks it of the same few names, and each answer is a search of the article.)"""
    return re.search(rf"\b{re.escape(first)}\s+{re.escape(second)}\b", article) is not None


def actor_mismatch(claim: Claim, passage: Passage) -> str | None:
    """Who did what: for the verb the claim shares with a sentence of the passage, the name
    just before it (its subject) and the name just after it (its object) are not swapped.
    Passive voice ("was beaten by X") turns the sides round, in the claim and the article."""
    for i, word in enumerate(claim.words):
        if not is_content(word) or word.capitalised or not can_be_verb(word.lower) or in_compound(claim.text, word):
            continue  # "a Washington-based reporter": an adjective, no verb with a subject
        subject, obj = _roles(claim.words, i, claim.text)
        if not subject or not obj:
            continue
        together = _with_companion(claim.words, i)
        for sentence in passage.sentences:
            for j, other in enumerate(sentence):
                if not is_content(other) or other.capitalised or not other.keys & word.keys:
                    continue
                if together and _with_companion(sentence, j):
                    continue  # "Sharpton ate with Obama" is "Obama had eaten with Sharpton"
                their_subject, their_obj = _roles(sentence, j, passage.source.text)
                if subject & their_obj and obj & their_subject and not subject & their_subject:
                    name = sorted(subject & their_obj)[0].title()
                    return f"{name} is the subject of {word.text!r} here but the object in the article"
    return None


def _with_companion(sentence: Sequence[Word], index: int) -> bool:
    """Whether the name after the verb at `index` follows "with" ("ate *with* Obama", "met
    with the mayor"): a companion in what both did, not what the verb is done to, so the two
    sides may be named in either order."""
    for word in sentence[index + 1 : index + 4]:
        if word.capitalised:
            return False
        if word.lower == "with":
            return True
    return False


def _roles(sentence: Sequence[Word], index: int, text: str) -> tuple[set[str], set[str]]:
    """The names (as lower-case words) that are the subject and the object of the verb at
    `index`: the capitalised run ending just before it (an auxiliary or adverb may come between)
    and the one starting just after it (a determiner may come between); in the passive, the
    run after "by" is the subject and the run before the object. A mark of punctuation ends a
    run ("Nationally, Clinton leads": Clinton alone)."""
    before: set[str] = set()
    j = index - 1
    while j >= 0 and index - j <= 3 and not sentence[j].capitalised:
        j -= 1
    while j >= 0 and sentence[j].capitalised and not sentence[j].is_number:
        before.add(sentence[j].lower)
        if j and any(mark in text[sentence[j - 1].end : sentence[j].start] for mark in ",;:()"):
            break
        j -= 1
    after: set[str] = set()
    k = index + 1
    by = False
    while k < len(sentence) and k - index <= 3 and not sentence[k].capitalised:
        by = by or sentence[k].lower == "by"
        k += 1
    while k < len(sentence) and sentence[k].capitalised and not sentence[k].is_number:
        after.add(sentence[k].lower)
        k += 1
    if _passive(sentence, index):
        return (after if by else set()), before
    return before, after


def _passive(sentence: Sequence[Word], index: int) -> bool:
    """ "was *beaten*", "had been *arrested*": a form of be just before a participle."""
    word = sentence[index]
    participle = word.lower.endswith(("ed", "en", "wn")) or word.lower not in word.keys
    return participle and any(w.lower in PASSIVE_AUX for w in sentence[max(0, index - 2) : index])
