"""Whether the people and bodies a claim gives an act are named where its evidence states that
act: a careful reader checks who did it in the sentence that says it was done.

A name swapped in from elsewhere in the article keeps every word of the claim in the article,
often in the very window that backs it: "Jordan Spieth was the first player to break the
policy and saw it coming" where one sentence names Spieth (who also broke it) and the next says
"Poulter, however, was the first culprit, and he saw it coming". The name tests find the name
in the passage or near it (a pronoun may refer back); the act is there too; only the two are
never said together.

So, for each verb of the claim (an act, not a light verb or a verb of saying, which their own
tests weigh) and each name the parse makes one of its parts (its subject, the passive's agent,
its object, the one after "with", "to", "for", "against" or "from", or the possessor of any of
these: "Health Canada's strategy tells"), the evidence sentences that state the act (its lemma,
a synonym, or its noun: "a cooperative work of") must name that name, or refer to it: by a
pronoun or a description ("he", "its", "the company") whose antecedent may be it (a name before
it in its sentence, else the names of the nearest sentence before it that names someone), or as
a quotation run on from a sentence whose subject it is (`referents`). A sentence that states the
act with neither is about someone else. A place is the place tests'; a title ("the Premier")
may stand for a name the parse cannot join to it."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.grounding.claims import (
    Claim,
    Passage,
    SourceText,
    derived_of,
    initials_of,
    synonym_keys,
    written_together,
)
from summarizer.grounding.lemmas import STOPWORDS, Word, is_dictionary_word, is_light_verb, lemma_keys
from summarizer.grounding.referents import subject_words
from summarizer.grounding.structure import contrasts_others, governed_words
from summarizer.grounding.synonyms import is_adjective, names_a_person, titles_alike
from summarizer.text.gazetteer import GIVEN_NAMES, PLACES
from summarizer.text.lexicon import HONORIFICS, ORG_CUES, PLACE_CUES, REPORTING_VERBS, ROLE_NOUNS, TEMPORAL_WORDS
from summarizer.text.names import name_key, same_entity
from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["described_as_another", "name_apart_from_act"]

# The parts of a verb a name may fill, besides its subject: the one it is done to, and those a
# preposition brings to it.
_OBJECTS = frozenset({"dobj", "dative", "nsubjpass"})
# The one who wrote the piece, as a summary describes them.
_AUTHORS = frozenset("author writer columnist essayist".split())
_PARTICIPANTS = frozenset("with to for against from".split())
# Words by which a sentence refers to someone named before it.
_PRONOUNS = frozenset("he she him his her they them their it its who whose".split())
# A speaker's words: whoever says them, who may be named after the quotation.
_FIRST_PERSON = frozenset("i me my we us our".split())
# Pronouns for a group, which may hold the name.
_PLURAL = frozenset("they them their".split())
_DETERMINERS = frozenset("the this that these those".split())
#: How many sentences before an evidence sentence its pronoun's antecedent may stand in.
_BACK = 3
_FEWEST_HELD = 3
#: How far back a chain of sentences that refer back may reach.
_LONGEST_CHAIN = 8
#: How many words after "the" its noun may stand ("the 49-year-old ruler").
_DESCRIPTION = 5
# Prepositions that place an act.
_PLACING = frozenset({"in", "at"})
_COPULAS = frozenset("is are was were be been being become became remains remained".split())
#: How many words after a name the pronoun that shows its gender may stand.
_GENDER_REACH = 25


def name_apart_from_act(claim: Claim, passage: Passage) -> str | None:
    """A name the claim makes a part of an act that the evidence states only in sentences that
    neither name it nor refer to it (see the module docstring)."""
    if contrasts_others(claim):
        return None  # "Unlike most printers, X will print one": the evidence says it of the others
    words_at = {w.start: w for w in claim.words}
    for verb in parse(claim.text):
        if verb.pos_ != "VERB" or is_light_verb(verb.lemma_.lower()) or verb.lower_ in REPORTING_VERBS:
            continue
        said = words_at.get(verb.idx)
        if said is None or said.capitalised:
            continue
        stating = _stating(verb, said, passage)
        if not stating:
            continue
        for name, ties in _parts(verb):
            if _set_aside(name, passage) or _described(name, claim.text):
                continue
            if any(_named_in(name, passage, i) or _referred_to(name, passage, i) for i in stating):
                continue
            if any(_named_in(tie, passage, i) for tie in ties for i in stating):
                continue
            if not any(_another_named_subject(name, passage, i) for i in stating):
                continue  # "Most places will not print ...": no one else is named doing it
            return f"{name} is not named where the evidence says {said.text!r}, nor referred to there"
        placed = _placed_elsewhere(verb, passage, stating)
        if placed is not None:
            return placed
    return None


def _placed_elsewhere(verb: Token, passage: Passage, stating: Sequence[int]) -> str | None:
    """A place the claim puts its act in ("a midnight rally *in Grand Rapids*") that the
    sentences stating the act do not name, where they put it in another place ("a midnight
    rally in North Carolina"): the place of another act of the article, swapped in."""
    source = passage.source
    for place in _places(t for t in governed_words(verb) if _above(t) == verb.i):
        if any(_named_in(place, passage, i) for i in stating):
            continue
        theirs = [
            other
            for i in stating
            for other in _places(parse(" ".join(source.text[slice(*source.spans[i])].split())))
            if not _same(place, other)
        ]
        if theirs:
            return f"the evidence puts {verb.text!r} in {theirs[0]}, not in {place}"
    return None


def _above(token: Token) -> int | None:
    """Where the nearest verb above `token` in the parse is: the act a place after it locates
    ("a rally *in Dover*" places the verb of the rally, not one of a clause that names the
    rally)."""
    node = token.head
    while node.pos_ not in ("VERB", "AUX"):
        if node.head.i == node.i:
            return None
        node = node.head
    return node.i


def _places(tokens: Iterable[Token]) -> Iterator[str]:
    """The names after "in" or "at" among `tokens` ("in *Grand Rapids*, Michigan")."""
    for token in tokens:
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and token.head.lower_ in _PLACING:
            words = _name_words(token)
            if not any(w.lower_ in TEMPORAL_WORDS for w in words):
                yield " ".join(t.text for t in words)


def _stating(verb: Token, said: Word, passage: Passage) -> list[int]:
    """The passage's sentences that state the claim's act: its verb `said` as its lemma, a
    synonym, or the noun of the act, with something the verb governs in the claim when it
    governs any content word ("supported Kasich" is not stated by "endorsing Clinton"); else,
    when the act is said in other words, the sentences that hold most of the common nouns it
    governs (at least half of them, and three: a noun or two say little of which act it is; "is
    offering donors VIP tickets to an Iowa rally" where the
    evidence "is promising donors ... five VIP tickets to an Iowa rally")."""
    # The act named by its noun ("a cooperative *work* of"), not by the one who does it ("a
    # *printer*": the doer, whom its sentence names, not the act).
    acts = frozenset(k for k in derived_of(said.keys) if not _person_word(k))
    wanted = frozenset(k for k in said.keys | synonym_keys(said) | acts if not k.startswith("~"))
    completing = [t for t in governed_words(verb) if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "npadvmod"]
    governed = [frozenset(lemma_keys(t.lower_)) | {t.lower_} for t in completing]
    source = passage.source

    def holds(i: int, among: Sequence[frozenset[str]]) -> int:
        said_there = source.keys[i] | {w.lower for w in source.sentences[i]}
        return sum(bool(k & said_there) for k in among)

    found = [i for i in passage.indices if source.keys[i] & wanted and (not governed or holds(i, governed))]
    if found:
        return found
    nouns = [k for k, t in zip(governed, completing, strict=True) if t.pos_ == "NOUN"]
    if not nouns:
        return []
    held = {i: holds(i, nouns) for i in passage.indices}
    most = max(held.values())
    if most * 2 < len(nouns) or most < _FEWEST_HELD:
        return []
    return [i for i, count in held.items() if count == most]


def _parts(verb: Token) -> Iterator[tuple[str, list[str]]]:
    """The names filling a part of `verb` (see the module docstring), each as its words, with
    the other names the claim ties it to ("*Toblerone* maker Mondelez International": the
    article may give the act to the brand the maker stands behind). Not the author of an
    essay or a letter ("letter writer Ann Lee lauded ..."): the piece is in their words, and
    names them in its credit line."""
    arguments: list[Token] = list(_subjects(verb))
    for child in verb.children:
        if child.dep_ in _OBJECTS:
            arguments.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in _PARTICIPANTS):
            arguments += [g for g in child.children if g.dep_ == "pobj"]
    for argument in arguments:
        for token in (argument, *argument.conjuncts):
            if token.pos_ != "PROPN":
                continue
            words = _name_words(token)
            modifiers = [t for t in token.subtree if t.i < words[0].i or t.dep_ in ("compound", "nmod")]
            if any(t.lower_ in _AUTHORS for t in modifiers):
                continue
            ties = [t.text for t in modifiers if t not in words and _capitalised_name(t)]
            yield " ".join(t.text for t in words), ties


def _capitalised_name(token: Token) -> bool:
    """Whether `token` is capitalised as a name is: past the claim's first word, or no word of
    English ("Toblerone maker ...", which the parse may take for a common noun)."""
    return token.text[:1].isupper() and (token.i > 0 or not is_dictionary_word(token.lower_))


def _subjects(verb: Token) -> list[Token]:
    """Who does what `verb` says: its subject; for a verb with none, the subject of the verb it
    is joined to ("X was first *and saw* it") or completes, or the noun its clause describes,
    which is the subject of a copula's when it is what the copula says ("X was the first player
    *to break* it")."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if own or any(c.dep_ == "nsubjpass" for c in verb.children) or verb.head.i == verb.i:
        return own
    if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
        return []  # "told Bob Smith to leave": the object may be the one who does it
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subjects(verb.head)
    if verb.dep_ in ("relcl", "acl"):
        noun = verb.head
        if noun.dep_ == "attr":
            return [c for c in noun.head.children if c.dep_ == "nsubj"]
        return [] if noun.lower_ in _PRONOUNS else [noun]
    return []


def _name_words(token: Token) -> list[Token]:
    """The proper nouns of the name `token` heads ("Jordan Spieth", "Health Canada")."""
    parts = [c for c in token.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    return sorted([*parts, token], key=lambda t: t.i)


def _set_aside(name: str, passage: Passage) -> bool:
    """Whether `name` is no one this test weighs: a place (one the gazetteer lists, or that the
    article writes as a place: a town's name may be a person's too, "Cornell"), a date, a title ("the Premier"),
    or a name made of English words ("the World Cup", "Red Bull"), which may name an event or a
    thing, or be described as one ("the soccer competition")."""
    words = [w.strip(".,'’").lower().removesuffix("'s").removesuffix("’s") for w in name.split()]
    if _placed_in_article(name, passage.source.text) or _credited(name, passage.source):
        return True
    if name_key(name) in PLACES or any(w in TEMPORAL_WORDS for w in words):
        return True
    if words[0] not in GIVEN_NAMES and all(w in ROLE_NOUNS or w in ORG_CUES or is_dictionary_word(w) for w in words):
        return True
    return words[-1] not in passage.source.names


def _credited(name: str, source: SourceText) -> bool:
    """Whether a sentence of the article is the name alone (a letter's or an essay's credit
    line: "Atul M. Karnik."): its author, whose words the piece is."""
    last = _last(name)
    return any(
        sentence and sentence[-1].lower == last and all(w.capitalised for w in sentence) and len(sentence) <= 4
        for sentence in source.sentences
    )


def _placed_in_article(name: str, article: str) -> bool:
    """Whether the article writes `name` as a place: after "in", "at", "near" or "from" ("the
    power is out in Lake Cowichan"), or as the town or community of that name, where a
    headline may make the town the one that acts."""
    if re.search(rf"\b(?:in|at|near|from)\s+{re.escape(name)}\b", article) is not None:
        return True
    return any(
        match.group(1).lower() in PLACE_CUES or match.group(1).lower() == "community"
        for match in re.finditer(rf"\b(\w+)\s+of\s+{re.escape(name)}\b", article)
    )


def _described(name: str, claim_text: str) -> bool:
    """Whether the claim's "name" is one capitalised word for a kind of person after "the"
    ("the Frenchman"): a description, which the evidence may give by name."""
    lower = name.lower()
    return (
        " " not in name
        and re.search(rf"\bthe\s+{re.escape(name)}\b", claim_text, re.IGNORECASE) is not None
        and _person_word(lower)
    )


def _last(name: str) -> str:
    return name.split()[-1].lower().removesuffix("'s").removesuffix("’s")


def _another_named_subject(name: str, passage: Passage, index: int) -> bool:
    """Whether sentence `index` names someone other than `name` as the subject of a verb, or
    refers to someone it names ("Poulter, however, was first, and *he* saw it"): the act is
    given to another there, not merely said of a group or a thing ("Most places will not print
    ...")."""
    source = passage.source
    subjects = subject_words(source.text[slice(*source.spans[index])])
    if subjects and not subjects & (_own_words(name) | {_last(name)}):
        return True
    # A pronoun or description there refers to someone named ("Poulter ..., and *he* saw it").
    sentence = source.sentences[index]
    return any(
        _names_of(sentence[_fronted_clause(sentence, at, source.text) : at])
        for at, kind in _referring_words(sentence)
        if kind != "plural"
    )


def _named_in(name: str, passage: Passage, index: int) -> bool:
    """Whether sentence `index` names `name`: its last word, another word of it that is no word
    of English nor a place (a given name: "Alfonso" for "Alfonso Espinos"), its acronym, or a
    name the article
    writes together with it ("Calgary" for "the Calgary Flames"; not a word of English: that
    the article writes "Cornell University" makes no "University" Cornell)."""
    sentence = passage.source.sentences[index]
    lowers = {w.lower.removesuffix("'s").removesuffix("’s") for w in sentence}
    if _last(name) in lowers or _own_words(name) & lowers:
        return True
    if name.isupper() and _last(name) in initials_of([sentence]):
        return True
    article = passage.source.text
    return any(
        w.capitalised and not is_dictionary_word(w.lower) and written_together(name, w.text, article) for w in sentence
    )


def _referred_to(name: str, passage: Passage, index: int) -> bool:
    """Whether sentence `index` refers to `name` without naming it: it runs on a quotation of
    someone whose name `name` is, or has a pronoun or description whose antecedent may be it."""
    source = passage.source
    run = source.referent(index)
    if run is not None and _last(name) in subject_words(source.text[slice(*source.spans[run])]):
        return True
    sentence = source.sentences[index]
    if any(w.lower in _FIRST_PERSON and (w.text == "I" or not w.text.isupper()) for w in sentence):
        return True  # a speaker's own words: whoever says them
    genders = _genders(source)
    return any(_may_refer_to(name, source, index, at, kind, genders) for at, kind in _referring_words(sentence))


def _may_refer_to(name: str, source: SourceText, index: int, at: int, kind: str, genders: dict[str, str]) -> bool:
    """Whether the pronoun or description at `at` of sentence `index` (of `kind`: "m" or "f"
    for "he" or "she", "person" or "body" for a description, "plural" for "they", "" for
    another pronoun) may refer to `name`. A plural pronoun may stand for a group the name is
    one of. Another's antecedent is among the names before it in its clause ("Poulter was
    first, and *he* saw it"; not a clause put before it: "After trouncing Clinton, *the
    Vermont senator* ..."), else among those of the few sentences before it, of its gender
    ("she" is not Comey, whom "he" refers to); a body is no one a pronoun shows to be a
    person."""
    if kind == "plural":
        return True  # "Some Republicans ... they're endorsing Clinton": a group the name may be of
    if kind == "body" and _last(name) in genders:
        return False

    def fits(other: str) -> bool:
        return kind not in _GENDER_KINDS or genders.get(_last(other), kind) == kind

    sentence = source.sentences[index]
    opening = _fronted_clause(sentence, at, source.text)
    before = [other for other in _names_of(sentence[opening:at]) if fits(other)]
    if before:
        return any(_same(name, other) for other in before)
    # Opening its clause, it may refer to anyone of the few sentences before, and further back
    # past a sentence that refers back too ("... this CNN reporter ... She was suspended").
    earlier: list[str] = []
    reach = _BACK
    j = index - 1
    while j >= 0 and index - j <= min(reach, _LONGEST_CHAIN):
        earlier += _names_of(source.sentences[j])
        if any(k == kind or k == "person" for _, k in _referring_words(source.sentences[j])):
            reach += 1  # it refers back in turn ("this CNN reporter has revealed her bias")
        j -= 1
    return not earlier or any(_same(name, other) for other in earlier if fits(other))


_GENDER_KINDS = frozenset({"m", "f"})
# Words that open a clause or phrase put before the subject of its sentence ("After trouncing
# Clinton in New Hampshire, the Vermont senator must ..."; "In Espinos, he found ...").
_FRONTING = frozenset(
    "after before when while since although though if as despite during following once "
    "in on at for with from by to under unlike like besides among".split()
)


def _fronted_clause(sentence: Sequence[Word], at: int, text: str) -> int:
    """Where the main clause of the sentence starts, for a pronoun or description at `at`
    after a clause put before it (up to its comma): the names of that clause are not who the
    main clause is about. 0 otherwise."""
    if not sentence or sentence[0].lower not in _FRONTING:
        return 0
    for i in range(1, at + 1):
        if "," in text[sentence[i - 1].end : sentence[i].start]:
            return i
    return 0


# The pronouns that show a name's gender: a subject's, which refers to the one just named
# ("Comey said *he*"), not a possessive ("Clinton said Comey was at fault for *her* loss").
_SUBJECT_GENDERS = {"he": "m", "she": "f"}
_GENDERS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}


@lru_cache(maxsize=16)
def _genders(source: SourceText) -> dict[str, str]:
    """The gender of each name of the article (its last word) that a pronoun shows: the first
    "he" or "she" after a mention, before another name, within its sentence or the next ("Comey
    announced that *he* had reviewed"), by most mentions. (Cached: read once per article.)"""
    votes: dict[str, dict[str, int]] = {}
    flat = [(w, i == 0) for sentence in source.sentences for i, w in enumerate(sentence)]
    ends = list(itertools.accumulate(len(sentence) for sentence in source.sentences))
    for at, (word, first) in enumerate(flat):
        if not word.capitalised or word.is_number or not _may_name(word, first=first):
            continue
        if at + 1 < len(flat) and flat[at + 1][0].capitalised and not flat[at + 1][1]:
            continue  # not the name's last word
        sentence = bisect.bisect_right(ends, at)
        limit = min(len(flat), at + 1 + _GENDER_REACH, ends[min(sentence + 1, len(ends) - 1)])
        for other, opening in flat[at + 1 : limit]:
            if other.capitalised and not other.is_number and _may_name(other, first=opening):
                break
            if other.lower in _SUBJECT_GENDERS:
                counts = votes.setdefault(_last(word.text), {})
                counts[_SUBJECT_GENDERS[other.lower]] = counts.get(_SUBJECT_GENDERS[other.lower], 0) + 1
                break
    return {name: max(counts, key=lambda g: counts[g]) for name, counts in votes.items()}


def _referring_words(sentence: Sequence[Word]) -> Iterator[tuple[int, str]]:
    """Where the sentence's pronouns and descriptions of a person or body are ("he", "its",
    "the company", "The Abbotsford, B.C., golfer"), each with its kind (see `_may_refer_to`).
    Not a description a copula says of its subject ("X was *the first culprit*"): that names
    no one, it says what X was."""
    for i, word in enumerate(sentence):
        if re.split(r"['’]", word.lower)[0] in _PLURAL:  # "they’re"
            yield i, "plural"
        elif word.lower in _PRONOUNS and word.text != "US":
            yield i, _GENDERS.get(word.lower, "")
        elif word.capitalised and word.text.endswith(("'s", "’s")) and i + 1 < len(sentence):
            held = sentence[i + 1].lower
            if held in ROLE_NOUNS or _person_word(held):
                yield i, "person"  # "Russia's leader"
        elif word.lower in _DETERMINERS and not (i and sentence[i - 1].lower in _COPULAS):
            for following in sentence[i + 1 : i + 1 + _DESCRIPTION]:
                if following.lower in _DETERMINERS or following.lower in _PRONOUNS:
                    break
                if following.lower in ROLE_NOUNS or _person_word(following.lower):
                    yield i, "person"
                    break
                if following.lower in ORG_CUES:
                    yield i, "body"
                    break


def _person_word(lower: str) -> bool:
    """Whether `lower` is a word for a kind of person ("golfer", "ruler", "Frenchman")."""
    return lower.isalpha() and names_a_person(lower)


def _names_of(sentence: Sequence[Word]) -> list[str]:
    """The runs of capitalised words of `sentence` that may be names: not a function word or a
    pronoun ("It's" after a quotation), nor its first word when that is a word of English."""
    runs: list[str] = []
    run: list[str] = []
    for i, word in enumerate((*sentence, None)):
        if word is not None and word.capitalised and not word.is_number and _may_name(word, first=i == 0):
            run.append(word.text)
            continue
        if run:
            runs.append(" ".join(run))
        run = []
    return runs


def _may_name(word: Word, *, first: bool) -> bool:
    lower = word.lower.removesuffix("'s").removesuffix("’s")
    if lower in STOPWORDS or lower in _PRONOUNS or lower in _FIRST_PERSON:
        return False
    return not (first and is_dictionary_word(lower))


def _same(name: str, other: str) -> bool:
    """Whether the two names may name one entity: the words of one (titles aside) are among the
    other's ("Spieth", "Jordan Spieth"; never "Health Canada", "Climate Change Canada")."""
    mine, theirs = _distinct_words(name), _distinct_words(other)
    return bool(mine and theirs and (mine <= theirs or theirs <= mine)) or same_entity(name, other)


def _own_words(name: str) -> frozenset[str]:
    """The words of a name that are its own: no word of English, title or place."""
    return frozenset(w for w in _distinct_words(name) if not is_dictionary_word(w) and w not in PLACES)


def _distinct_words(name: str) -> frozenset[str]:
    words = (w.strip(".,'’").lower().removesuffix("'s").removesuffix("’s") for w in name.split())
    return frozenset(w for w in words if w and w not in ROLE_NOUNS and w not in HONORIFICS and w != "the")


def described_as_another(claim: Claim, passage: Passage) -> str | None:
    """A description the claim makes the doer of an act ("*the children's mother* made the
    call") where the evidence gives that act to a name the article describes otherwise, and
    never so ("... believe *Moeckel* made it", of "their grandmother, Jane Moeckel"), while it
    uses the claim's word for someone ("described her as the children's mother"): the
    article gives the role to another. A name the article describes nowhere may be anyone's."""
    words_at = {w.start: w for w in claim.words}
    for verb in parse(claim.text):
        if verb.pos_ != "VERB" or verb.lower_ in REPORTING_VERBS:
            continue  # who speaks for whom ("a spokesman" for "authorities") is the speakers' test
        said = words_at.get(verb.idx)
        described = [d for d in _subjects(verb) if _is_description(d)]
        if said is None or not described:
            continue
        role = described[0].lemma_.lower()
        if role not in passage.source.lower_case_keys:
            continue  # the claim's own word for the doer: the article gives it to no one else
        doers = [name for i in passage.indices for name in _named_doers(verb, passage, i)]
        if not doers:
            continue
        given = {name: _descriptions(_last(name), passage.source) for name in doers}
        if all(words and not any(titles_alike(role, w) for w in words) for words in given.values()):
            name, words = next(iter(given.items()))
            return (
                f"the evidence gives {said.text!r} to {name}, whom the article calls {sorted(words)[0]!r}, not {role!r}"
            )
    return None


def _is_description(token: Token) -> bool:
    """Whether `token` is a singular common noun for a kind of person, with no name in its
    phrase ("the children's mother", not "Emery's mother" nor "the mother, Ann Lee")."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NN"  # one person: "authorities" may be many, the named one among them
        and _person_word(token.lemma_.lower())
        and not any(t.pos_ == "PROPN" for t in token.subtree)
    )


def _named_doers(verb: Token, passage: Passage, index: int) -> list[str]:
    """The names the evidence sentence `index` makes the doers of the claim's `verb` (its lemma)."""
    source = passage.source
    lemma = verb.lemma_.lower()
    found = []
    for token in parse(" ".join(source.text[slice(*source.spans[index])].split())):
        if token.pos_ == "VERB" and token.lemma_.lower() == lemma:
            found += [" ".join(t.text for t in _name_words(d)) for d in _subjects(token) if d.pos_ == "PROPN"]
    return found


def _describes(word: Word) -> bool:
    """Whether `word` is a noun for a kind of person, not an adjective that may also be one
    ("the best")."""
    return _person_word(word.lower) and not is_adjective(word.lower)


def _descriptions(surname: str, source: SourceText) -> frozenset[str]:
    """The words for a kind of person the article writes right beside a mention of the name
    whose last word is `surname`: just before it ("their *grandmother*, Jane Moeckel", "coach
    Ann Lee") or after its comma ("Ann Lee, a *nurse*")."""
    found: set[str] = set()
    for sentence in source.sentences:
        for at, word in enumerate(sentence):
            if word.lower.removesuffix("'s").removesuffix("’s") != surname:
                continue
            start = at
            while start and sentence[start - 1].capitalised and not sentence[start - 1].is_number:
                start -= 1
            if start and _describes(sentence[start - 1]):
                found.update(sentence[start - 1].keys - {k for k in sentence[start - 1].keys if k.startswith("~")})
            after = sentence[at + 1 : at + 1 + _DESCRIPTION]
            if after and "," in source.text[word.end : after[0].start]:
                for other in after:
                    if other.capitalised or other.is_number:
                        break
                    if _describes(other):
                        found.update(k for k in other.keys if not k.startswith("~"))
                        break
    return frozenset(found)
