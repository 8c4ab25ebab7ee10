"""What a name is in the claim, read against what the article says that name is: the words
for a person the claim puts beside it ("bikini model *Ann Lee*", "*Ann Lee*, a guard"), the
person it says is the name's ("*Ann Lee*'s girlfriend"), and whether it is a place ("in *Hong
Kong*"). A name swapped in from elsewhere in the article keeps every word of the claim in the
article, often in the very sentence: only where each word stands tells the two people apart.
So the article must write the word beside a mention of the name, nearer to it than to any
other name ("Bo Kim's girlfriend, bikini model Ann Lee": the model is Ann Lee, the girlfriend
Bo Kim's), and write a name after a preposition of place before a claim may.

A word the article never writes in lower case is the coverage test's to weigh (a claim may say
it in its own words, or it is part of a name: "the Champions League"); a claim written all in
lower case is not read, for its parse cannot tell a name from a word."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage, synonym_keys
from summarizer.grounding.given_names import person_words
from summarizer.grounding.lemmas import Word, is_content, is_dictionary_word, lemma_keys, words
from summarizer.grounding.synonyms import names_a_person
from summarizer.text.gazetteer import GIVEN_NAMES, PLACES
from summarizer.text.lexicon import HONORIFICS, PLACE_CUES, PLACE_PREPOSITIONS, TEMPORAL_WORDS, VENUE_HEADS
from summarizer.text.names import name_key, without_possessive
from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["description_mismatch"]

#: How many words from a mention of the name its description or possession may stand.
_REACH = 4
_NAME_DEPS = frozenset({"compound", "flat"})


def description_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A name of the claim with a description or a possession (see the module docstring) that
    the article never writes beside that name, but beside another, or where the article
    describes that name as another kind of person. A description the article gives no name
    ("a collision expert", a sentence before the name) may be anyone's."""
    sentences, text = passage.source.sentences, passage.source.text
    # The words the article writes in lower case: one it writes only in a name ("the Champions
    # League") describes no one. (Both read once per article, not per claim and passage.)
    article_keys = passage.source.lower_case_keys
    article_names = passage.source.names
    relations = list(_relations(claim.text))
    for surname, word, possessed, phrase in relations:
        if surname not in article_names:
            continue  # written otherwise in the article (an accent, a short form): the name test's
        if _written_as(phrase, text):
            continue  # the article's own words ("Director of OneTaste, Justine Dawson")
        said = words(word)
        if not said:
            continue
        wanted = said[0].keys | synonym_keys(said[0])
        if not wanted & article_keys:
            continue
        forms = person_words(surname, passage.source)
        if any(_beside(sentence, text, forms, wanted, possessed=possessed) for sentence in sentences):
            continue
        # Refused only for what a swap leaves: a possession the article gives another name ("Lee's
        # girlfriend" for "Kim's girlfriend"), or this name described as another kind of person
        # ("husband Ray" for "the mother, Ray"). A description beside another name alone is no
        # swap: a golf story calls several people "golfer".
        # Every word of the claim counts as claimed: a claim that also calls the person what the
        # article does ("the former sergeant-at-arms ... and later ambassador") contradicts nothing.
        claimed = wanted | frozenset(k for w in claim.words for k in w.keys)
        # An apposition that calls the name otherwise counts only when the article gives the
        # claim's description to someone else: "a collision expert" may paraphrase "a retired
        # officer who reconstructs crashes", but not when "the chairman" is another's title.
        given_another = any(
            _beside_another(sentence, text, forms, said[0].keys, possessed=False) for sentence in sentences
        )
        if (
            possessed
            and any(_beside_another(sentence, text, forms, said[0].keys, possessed=possessed) for sentence in sentences)
        ) or (
            not possessed
            and any(
                _described_otherwise(sentence, run, claimed, text, apposed=given_another)
                for sentence in sentences
                for run in _name_runs(sentence, text)
                if surname in {sentence[i].lower for i in run} and _same_person(sentence, run, claim, surname)
            )
        ):
            what = "its" if possessed else "described as"
            return f"the article never writes {word!r} beside {surname.title()} ({what} {word!r} in the claim)"
    return None


def _same_person(sentence: Sequence[Word], run: range, claim: Claim, surname: str) -> bool:
    """Whether the name at `run` may be the claim's one of that surname: it has no given name
    the claim's lacks ("his sister Nicole Lee" is not "Ann Lee")."""
    given = {w.lower for name in claim.names if name[-1].lower == surname for w in name}
    return all(sentence[i].lower in given or sentence[i].lower in HONORIFICS for i in run)


def _relations(text: str) -> Iterator[tuple[str, str, bool, str]]:
    """(surname, word, possessed, the claim's words from the one to the other) for each name of
    `text` (a run of proper nouns) and each word for a person joined to it as a description, or
    noun it possesses."""
    for token in parse(text):
        if token.pos_ != "PROPN" or (token.dep_ in _NAME_DEPS and token.head.pos_ == "PROPN"):
            continue
        if not token.text[0].isupper():
            continue  # a claim written in lower case: its parse cannot tell a name from a word
        surname = without_possessive(token.text.lower())
        if not surname.isalpha():
            continue
        first = min([token.i] + [c.i for c in token.children if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"])
        for other in _described_by(token):
            yield surname, other.text, False, _between(token, first, other)
        if token.dep_ == "poss" and token.head.pos_ == "NOUN" and names_a_person(token.head.lemma_.lower()):
            yield surname, token.head.text, True, _between(token, first, token.head)


def _between(name: Token, first: int, other: Token) -> str:
    """The words from `other` to the name (from its word at `first`), or back, as written."""
    start, end = min(first, other.i), max(name.i, other.i)
    return name.doc[start : end + 1].text


def _described_by(name: Token) -> Iterator[Token]:
    """The nouns for a person joined to `name`: before it ("chairman Karl Ray") or in
    apposition ("Karl Ray, the chairman"; "the chairman, Karl Ray")."""
    joined = [c for c in name.children if c.dep_ in ("compound", "appos")]
    if name.dep_ == "appos":
        joined.append(name.head)
    for other in joined:
        if other.pos_ == "NOUN" and names_a_person(other.lemma_.lower()):
            yield other


def _beside(
    sentence: Sequence[Word], text: str, forms: frozenset[str], wanted: frozenset[str], *, possessed: bool
) -> bool:
    """Whether `sentence` writes a word of `wanted` within `_REACH` words of a mention of the
    person (one of `forms`: the surname, or its own given name), with no other name nearer to
    it (a name that possesses the word is not what it describes: "Kim's girlfriend, Ann Lee");
    a possession after the name ("Lee's wife") or before "of" or "for" it ("the wife of Lee")."""
    runs = _name_runs(sentence, text)
    mentions = [run for run in runs if forms & {without_possessive(sentence[i].lower) for i in run}]
    if not mentions:
        return False
    for j, word in enumerate(sentence):
        if word.capitalised or not (word.keys & wanted or lemma_keys(word.lower) & wanted):
            continue
        if not possessed and any(_appositive(sentence, run, j) for run in mentions):
            return True
        near = [(_distance(run, j), run) for run in runs if _distance(run, j) <= _REACH]
        if not possessed:
            near = [(d, run) for d, run in near if _could_describe(sentence, text, run, j)]
        if not near:
            continue
        nearest = min(d for d, _ in near)
        for d, run in near:
            if d != nearest or run not in mentions:
                continue
            between = {w.lower for w in sentence[j : run[0]]}
            if not possessed or (run[-1] < j and sentence[run[-1]].possessive) or between & {"of", "for"}:
                return True
    return False


def _beside_another(
    sentence: Sequence[Word], text: str, forms: frozenset[str], wanted: frozenset[str], *, possessed: bool
) -> bool:
    """Whether `sentence` writes a word of `wanted` beside a name (the nearest it may
    describe, or that possesses it, within `_REACH` words) that is not `surname`'s. A lone
    run of capitalised English words ("WATCH BELOW: Collision expert ...") is no name to take it."""
    runs = [
        run
        for run in _name_runs(sentence, text)
        if any(without_possessive(sentence[i].lower) in forms or not is_dictionary_word(sentence[i].lower) for i in run)
    ]
    for j, word in enumerate(sentence):
        if word.capitalised or not (word.keys & wanted or lemma_keys(word.lower) & wanted):
            continue
        near = [(_distance(run, j), run) for run in runs if _distance(run, j) <= _REACH]
        if possessed:
            near = [(d, run) for d, run in near if run[-1] < j and sentence[run[-1]].possessive]
        else:
            near = [(d, run) for d, run in near if _could_describe(sentence, text, run, j)]
        nearest = min((d for d, _ in near), default=None)
        if near and all(
            not forms & {without_possessive(sentence[i].lower) for i in run} for d, run in near if d == nearest
        ):
            return True
    return False


def _appositive(sentence: Sequence[Word], run: range, index: int) -> bool:
    """Whether the word at `index` ends a description that opens just after the name at `run`
    ("Lorne Fitch, a retired Alberta Fish and Wildlife *biologist*"), whatever names it holds."""
    opening = run[-1] + 1
    return (
        opening < index <= opening + _LONG_REACH
        and sentence[opening].lower in ("a", "an", "the")
        and not any(w.lower in _PREPOSITIONS for w in sentence[opening:index])
    )


#: How long a description that opens after a name ("Ray, a ...") may be.
_LONG_REACH = 8


def _could_describe(sentence: Sequence[Word], text: str, run: range, index: int) -> bool:
    """Whether the word at `index` may describe the name at `run`: a name just after it, after
    a comma or after another word for a person ("chairman Karl Ray", "the leader, young star
    Karl Ray", "girlfriend bikini model Ann Lee"; not "expert replicates Ray's path"), or a
    name before it ("Ray was appointed chairman"); never a name that possesses it ("Kim's
    girlfriend") nor one a preposition sets apart."""
    if index + 1 == run[0]:
        return True
    if index < run[0]:
        between = sentence[index + 1 : run[0]]
        aside = "," in text[sentence[index].end : sentence[index + 1].start] or names_a_person(between[-1].lower)
        return aside and not any(w.lower in _PREPOSITIONS for w in between)
    if sentence[run[-1]].possessive:
        return False
    return not any(w.lower in _PREPOSITIONS for w in sentence[run[-1] + 1 : index])


_PREPOSITIONS = frozenset("of for at in on outside inside from to with by against into over under near".split())


def _described_otherwise(
    sentence: Sequence[Word], run: range, wanted: frozenset[str], text: str, *, apposed: bool
) -> bool:
    """Whether the word just before the name at `run` describes it as another kind of person
    than the claim says ("husband Ray", "the husband, Ray"), or, when `apposed`, the apposition
    set off by a comma just after it does ("Ann Lee, the campaign's manager, ...")."""
    if run[0]:
        before = sentence[run[0] - 1]
        if not before.capitalised and not before.keys & wanted and names_a_person(before.lower):
            return True
    return apposed and _apposed_otherwise(sentence, run, wanted, text)


_APPOSITION = 5  # words of an apposition after a name read for what it calls the person


def _apposed_otherwise(sentence: Sequence[Word], run: range, wanted: frozenset[str], text: str) -> bool:
    following = run[-1] + 1
    if following >= len(sentence) or text[sentence[run[-1]].end : sentence[following].start].strip() != ",":
        return False
    for index in range(following, min(len(sentence), following + _APPOSITION)):
        word = sentence[index]
        if index > following and "," in text[sentence[index - 1].end : word.start]:
            return False  # the apposition ended
        if not is_content(word):
            continue
        if word.keys & wanted:
            return False
        if not word.capitalised and names_a_person(word.lower):
            return True
    return False


def _name_runs(sentence: Sequence[Word], text: str) -> list[range]:
    """Where `sentence` writes runs of capitalised words (its names, and an opening word), a
    mark of punctuation between two words of `text` ending a run ("Vickers, Canada's ...")."""
    runs: list[range] = []
    start: int | None = None
    for i, word in enumerate((*sentence, None)):
        named = word is not None and word.capitalised and not word.is_number
        apart = word is not None and i > 0 and any(m in text[sentence[i - 1].end : word.start] for m in _MARKS)
        if start is not None and (not named or apart):
            runs.append(range(start, i))
            start = None
        if named and start is None:
            start = i
    return runs


_MARKS = ",;:()—"


def _distance(run: range, index: int) -> int:
    return run[0] - index if index < run[0] else index - run[-1]


#: Prepositions that say where: a name the claim puts after one is a place (or a body one is
#: at), and the article then writes it after one too.
_LOCATING = PLACE_PREPOSITIONS | {"at", "into", "around"}


def placement_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A name the claim puts after a preposition of place ("in Ann Lee", "at Dublin School")
    that the article never writes after one: a person's name swapped into a place's slot. The
    names of one run ("in Arlington, Virginia") are all placed."""
    sentences = passage.source.sentences
    for name, preposition, phrase in _placed(claim.text):
        if _written_as(phrase, passage.source.text):
            continue  # the article's own words ("at Transfield subcontractor Wilson Security")
        if _body_people_are_in(name, sentences):
            continue  # "second in La Liga", where the article writes "La Liga leaders"
        if _place_by_its_name(phrase):
            continue  # "a rally in North Carolina", "in Trump Tower": no one's name is a place's
        if not any(_placed_in(sentence, passage.source.text, name) for sentence in sentences):
            shown = " ".join(sorted(name)).title()
            return f"{shown} is never a place in the article (the claim says {preposition!r} it)"
    return None


#: Last words that make a name a building or a site, as `PLACE_CUES` make one a place ("Trump
#: Tower", "Government Conference Centre", "Union Station").
_BUILDINGS = frozenset("tower towers centre center building hall house station hospital mall plaza palace".split())


def _place_by_its_name(phrase: str) -> bool:
    """Whether the name `phrase` ends on (its capitalised words after the preposition) is a place
    by its own name: one the gazetteer knows ("North Carolina"), or one whose last word is a
    place's, a venue's or a building's ("Trump Tower", "Yankee Stadium") after no given name
    ("Lee Park" is a person's). The test refuses a
    person's name put where a place goes; such a name is none, wherever the article writes it
    (after "the candidate's" or "a floor of", which the test does not read as placing)."""
    capitalised = [w for w in words(phrase) if w.capitalised and not w.is_number]
    if not capitalised:
        return False
    # a given name makes the last word a surname ("Lee Park", "Arsenio Hall")
    person = any(w.lower in GIVEN_NAMES for w in capitalised[:-1])
    if capitalised[-1].lower in PLACE_CUES | VENUE_HEADS | _BUILDINGS and not person:
        return True
    return any(name_key(" ".join(w.text for w in capitalised[i:])) in PLACES for i in range(len(capitalised) - 1))


def _body_people_are_in(name: frozenset[str], sentences: Sequence[Sequence[Word]]) -> bool:
    """Whether `name` (its words, lower case) is a body people belong to, in the article's own
    words, and no person: the article writes a word of it just before a lower-case noun for a
    person ("La Liga *leaders*", "the Boca Juniors *president*"), and none of its words is a
    given name ("Ann Lee") or written after one or an honorific as a surname ("Rand *Paul*").
    One is "in" a league or "at" a club though the article happens to write it after no
    preposition; a person in a place's slot, or a firm never described so, is still refused."""
    if name & GIVEN_NAMES:
        return False
    member = False
    for sentence in sentences:
        for before, word in zip(sentence, sentence[1:], strict=False):
            if word.lower in name and (before.lower in GIVEN_NAMES or before.lower.rstrip(".") in HONORIFICS):
                return False
            if before.lower in name and not word.capitalised and is_content(word):
                member = member or any(names_a_person(k) for k in word.keys if not k.startswith("~"))
    return member


def _placed(text: str) -> Iterator[tuple[frozenset[str], str, str]]:
    """(the words of the name, preposition, the words from the preposition to the name's end)
    for each name of two words or more in `text` that a preposition of place governs (a
    one-word name may be a team or a firm, which one is "at" without the article saying so)."""
    for token in parse(text):
        if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.head.lower_ not in _LOCATING:
            continue
        if _aimed_at(token.head):
            continue
        parts = [c for c in token.children if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"] + [token]
        named = frozenset(t.text.lower() for t in parts if t.text[0].isupper() and t.text.isalpha())
        if named & TEMPORAL_WORDS:
            continue  # "in mid-December Musk tweeted": a time, and the parse ran on into a name
        if len(named) >= 2:
            yield named, token.head.lower_, token.doc[token.head.i : token.i + 1].text


def _written_as(phrase: str, article: str) -> bool:
    """Whether the article writes `phrase` word for word (ignoring case, spacing and the
    spaces a tokenised claim puts around punctuation)."""
    pattern = r"\s*".join(re.escape(part) for part in phrase.split())
    return re.search(rf"(?<![\w-]){pattern}(?![\w-])", article, re.IGNORECASE) is not None


def _aimed_at(preposition: Token) -> bool:
    """Whether `preposition` is an "at" just after a particle of its verb ("hit *back* at",
    "lashed *out* at"): it names whom the act is aimed at, not where it happens."""
    if preposition.lower_ != "at" or preposition.i == 0:
        return False
    before = preposition.doc[preposition.i - 1]
    return before.dep_ in ("prt", "advmod") and before.head.i == preposition.head.i


def _placed_in(sentence: Sequence[Word], text: str, name: frozenset[str]) -> bool:
    """Whether `sentence` writes a word of `name` (not as a possessor) in a run of names that a
    preposition of place comes before, or opens with one ("In Santa Monica"), or that is where
    something is based ("the studio's New York-based overseer" is an overseer in New York)."""
    for run in _name_runs(sentence, text):
        if not any(sentence[i].lower in name and not sentence[i].possessive for i in run):
            continue
        if _located(sentence, run) or sentence[run[0]].lower in _LOCATING:
            return True
        if _BASED.match(text, sentence[run[-1]].end):
            return True
    return False


_BASED = re.compile(r"[-–]based\b")


def _located(sentence: Sequence[Word], run: range) -> bool:
    """Whether a preposition of place comes just before `run`, perhaps with a determiner and
    one word describing the place between ("in the Bronx", "in his native New Brunswick", "at
    the nearby Lake Louise"), or "of the" ("the coast of the Sunda Strait"), or a place noun and
    "of" ("in the city of Mazar", "the province of Helmand")."""
    before = [w.lower for w in sentence[max(0, run[0] - 3) : run[0]]]
    if before and before[-1] in _LOCATING or before[-2:] == ["of", "the"]:
        return True  # a person takes no "the": "the rim of the Sunda Strait" is a place
    if before[-2:-1] and before[-1] == "of" and before[-2] in PLACE_CUES:
        return True
    for at in (len(before) - 2, len(before) - 3):
        if at >= 0 and before[at] in _LOCATING and before[at + 1] in _DETERMINERS:
            return True
    return False


#: What may stand between a preposition of place and the place's name.
_DETERMINERS = frozenset("the a an his her their its our my your this that".split())
