"""Whose thing it is, and who is on its other side: the name a claim puts on a common noun ("a
*BBC* spokeswoman", "a *Clinton* delegate", "*Kim*'s illness", "the choreography of *Ame
Henderson*", "a win *over Lazio*"), read from the parse, against the names the evidence puts on
the same noun. A name swapped in from elsewhere in the article keeps every word of the claim
there; only which name qualifies the noun shows it ("a *Mondelez* spokeswoman told the BBC", "a
*Bernie Sanders* delegate"). The evidence's "his" or "her" on the noun is the name English reads
it as ("Kim was forced to stay after *her* illness flared up").

The claim is refused only when the evidence qualifies the noun with another name, and never
with the claim's: a noun the evidence leaves unqualified ("a spokeswoman said") may be
anyone's, and one it writes beside the claim's name anywhere in the article is that name's. Nor
is one place refused for another: a country's things go by its capital's name ("*Moscow*'s
clout" is Russia's), and a gazetteer does not say which place holds which."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage, SourceText
from summarizer.grounding.given_names import person_words
from summarizer.grounding.lemmas import is_dictionary_word, lemma_keys
from summarizer.grounding.synonyms import is_adjective
from summarizer.text.gazetteer import PLACES
from summarizer.text.lexicon import HONORIFICS, TEMPORAL_WORDS
from summarizer.text.names import GENERIC_ORGANIZATION_WORDS, same_entity, without_possessive
from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["proper_name", "qualifier_mismatch", "same_name"]

#: How many words apart a name and its noun may be written for the article to pair them.
_REACH = 4
#: How many words may stand between "of" and the last word of the name it introduces ("the
#: choreography of renowned American post-modernist Deborah Hay"): its describing words.
_OF_REACH = 8
_PERSONAL_POSSESSIVES = frozenset({"his", "her"})
#: Prepositions that put a name on the other side of what a noun says ("a win *over* Lazio",
#: "the case *against* Lynch"): one such name for another is a swap as much as an owner is.
_SIDES = frozenset({"over", "against", "versus", "vs", "vs."})


def qualifier_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A name the claim puts on a noun that the evidence gives another name's (see the module
    docstring), or sets against the noun's other side ("a win *over* Lazio" where the evidence's
    win is over River Plate)."""
    source = passage.source
    evidence = [
        (their_noun, other, written, side, source.text[start:end])
        for start, end in passage.sentence_spans()
        for their_noun, other, written, side in _qualified(source.text[start:end], resolving=True)
    ]
    claimed = list(_qualified(claim.text))
    for noun, name, _, side in claimed:
        if name.lower() in PLACES:
            continue  # "the rally in North Carolina" says where, not whose
        # another name on the noun as the sentence writes it, not as a parse alone pairs them;
        # a place on it says where, not whose ("a North Carolina rally" may be Clinton's)
        same_noun = [
            other
            for their_noun, other, written, their_side, sentence in evidence
            if their_side == side
            and their_noun & noun
            and other.lower() not in PLACES
            and _written_beside(written, noun, sentence, side)
        ]
        # the claim may put two names on one noun ("Ann Lee's Ohio State speech"): one the
        # evidence gives it is enough
        own = [mine for their_noun, mine, _, their_side in claimed if their_noun == noun and their_side == side]
        if not same_noun or any(_same_person(mine, other, source) for mine in own for other in same_noun):
            continue
        if _written_beside(name, noun, source.text, side):
            continue
        if side:
            return f"the evidence's {sorted(noun)[0]!r} is {side} {same_noun[0]}, not {name}"
        return f"the evidence's {sorted(noun)[0]!r} is {same_noun[0]}'s, not {name}'s"
    return None


def _qualified(text: str, *, resolving: bool = False) -> Iterator[tuple[frozenset[str], str, str, str]]:
    """(the lemmas of a common noun, the name that qualifies it, the word that names it before
    the noun, "" or the preposition that sets the name against it) for each common noun of
    `text` with a name before it ("BBC spokeswoman"), a name's possessive ("Kim's illness"),
    "of" a name ("the choreography of Deborah Hay"), or a name on its other side ("a win *over*
    Lazio", "the match *against* Leeds"; `_SIDES`); when
    `resolving`, also "his" or "her" for the name English reads it as (`_subject_above`: "Kim was
    forced to stay after *her* illness flared up" is Kim's illness)."""
    for token in parse(" ".join(text.split())):
        if token.pos_ != "NOUN":
            continue
        if resolving:
            for pronoun in token.children:
                if pronoun.dep_ == "poss" and pronoun.lower_ in _PERSONAL_POSSESSIVES:
                    person = _subject_above(token)
                    name = proper_name(person) if person is not None else ""
                    if name and _may_be_person(name):
                        yield lemma_keys(token.text.lower()) | {token.lemma_.lower()}, name, pronoun.text, ""
        owners = [c for c in token.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
        owners += [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN"
        ]
        for owner in owners:
            name = proper_name(owner)
            if name:
                yield lemma_keys(token.text.lower()) | {token.lemma_.lower()}, name, name, ""
        for preposition in token.children:
            if preposition.dep_ != "prep" or preposition.lower_ not in _SIDES:
                continue
            for other in preposition.children:
                name = proper_name(other) if other.dep_ == "pobj" else ""
                if name:
                    yield lemma_keys(token.text.lower()) | {token.lemma_.lower()}, name, name, preposition.lower_


def _subject_above(noun: Token) -> Token | None:
    """Whom "his" or "her" on `noun` stands for, as English reads it: the subject of the verb
    whose clause holds the noun ("Lee replicated *his* celebration"), or, when the noun is that
    subject itself, the subject of the verb its clause hangs on ("Kim was forced to stay after
    *her* illness flared up"). Only a proper noun; None for a common noun ("Issa said the
    *committee* reviewed her emails": whose emails the sentence does not say) or a verb with no
    subject of its own ("publishing an op-ed hammering *his* record": whose record its doer's
    sentence does not say)."""
    clause = _clause_of(noun)
    if clause is None:
        return None
    subjects = _subjects(clause)
    if subjects and subjects[0].i == noun.i:
        clause = _clause_of(clause)
        # a verb that shares the subject of the one it completes ("was forced to *switch*")
        while clause is not None and clause.dep_ in ("xcomp", "conj") and not _subjects(clause):
            clause = clause.head
        subjects = _subjects(clause) if clause is not None else []
    if not subjects:
        return None
    return subjects[0] if subjects[0].pos_ == "PROPN" else None


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _clause_of(token: Token) -> Token | None:
    """The verb (or copula) nearest above `token`."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _may_be_person(name: str) -> bool:
    """Whether `name` may be a person's, whom "his" or "her" stands for: it has a word that is no
    English word ("Kim", "Moran"), and none that makes it a place or a body ("Veterans Affairs",
    "Health Canada": "its", not "his")."""
    words = [w.lower().strip(".") for w in name.split()]
    return any(not is_dictionary_word(w) for w in words) and not any(
        w in PLACES or w in GENERIC_ORGANIZATION_WORDS for w in words
    )


def proper_name(token: Token) -> str:
    """The run of proper nouns `token` heads ("Bernie Sanders"), without titles; empty for a
    word that is no proper noun, one that says what kind, not which ("the Welsh club"), or a
    date ("Friday's meeting")."""
    if token.pos_ != "PROPN":
        return ""
    parts = sorted(
        [token, *(c for c in token.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")],
        key=lambda t: t.i,
    )
    kept = [t.text for t in parts if t.lower_.rstrip(".") not in HONORIFICS]
    if not kept or all(is_adjective(w.lower()) or w.lower() in TEMPORAL_WORDS for w in kept):
        return ""
    return " ".join(kept)


def _same_person(name: str, other: str, source: SourceText) -> bool:
    """`same_name`, or `other` is the given name the article writes with `name`'s surname
    ("Corey's supporter" of "Lewandowski's supporter", where it writes "Corey Lewandowski"), or
    `name` is the acronym of a name the article writes starting with `other` (`_spelt_from`)."""
    if same_name(name, other) or _spelt_from(name, other, source.text):
        return True
    surname = without_possessive(name.split()[-1].lower())
    return " " not in other.strip() and without_possessive(other.lower()) in person_words(surname, source) - {surname}


_LINK_WORDS = frozenset("of and for the on de".split())
_MOST_SPELT = 6  # letters of the longest acronym read


def _spelt_from(acronym: str, part: str, article: str) -> bool:
    """Whether `acronym` ("FBI", "TSA's") spells out a name the article writes with `part` in
    it: "the director of the Federal Bureau of Investigation" parses as the director of "Federal
    Bureau" (the name ends at its own "of"), and "Transportation Security Administration
    screeners" as screeners of "Security Administration"; the claim's "FBI director" and "TSA
    screeners" are theirs. The acronym's letters are the initials of consecutive words of the
    name (link words skipped), `part`'s among them."""
    letters = without_possessive(acronym).replace(".", "").lower()
    if not (2 <= len(letters) <= _MOST_SPELT and acronym[:2].isupper() and letters.isalpha()):
        return False
    links = "|".join(_LINK_WORDS)
    word = r"[A-Z][\w'’-]*"
    pattern = (
        rf"((?:{word}\s+(?:(?:{links})\s+)?){{0,{_MOST_SPELT}}})\b{re.escape(part)}\b"
        rf"((?:\s+(?:{word}|{links})){{0,{_MOST_SPELT}}})"
    )
    for match in re.finditer(pattern, article):
        before, after = match.group(1).split(), match.group(2).split()
        marked = [(w, False) for w in before] + [(w, True) for w in part.split()] + [(w, False) for w in after]
        named = [(w[0].lower(), own) for w, own in marked if w.lower() not in _LINK_WORDS]
        for start in range(len(named) - len(letters) + 1):
            window = named[start : start + len(letters)]
            if "".join(i for i, _ in window) == letters and any(own for _, own in window):
                return True
    return False


def same_name(name: str, other: str) -> bool:
    """Whether two names may name the same person, organisation or place (one place for another
    included: see the module docstring)."""
    if name.lower() in PLACES and other.lower() in PLACES:
        return True  # "Moscow's clout" for Russia's (see the module docstring)
    return same_entity(name, other) or same_entity(name, other, organization=True)


def _written_beside(name: str, noun: frozenset[str], article: str, side: str = "") -> bool:
    """Whether the article anywhere puts the name on the noun as a claim does: the name's last
    word at most `_REACH` words before the noun ("BBC's chief spokeswoman"), or after it with
    "of" between ("the choreography of the late Ame Henderson"); for a name on the noun's other
    `side`, after it with that preposition between ("a 2-0 win over the visiting Lazio")."""
    last = name.split()[-1]
    link = side.rstrip(".") or "of"
    tokens = re.findall(r"[A-Za-z]+", article)
    for at, word in enumerate(tokens):
        if word != last:
            continue
        if not side and any(lemma_keys(w.lower()) & noun for w in tokens[at + 1 : at + 1 + _REACH]):
            return True
        before = [w.lower() for w in tokens[max(0, at - _OF_REACH) : at]]
        if link not in before:
            continue
        of = len(before) - 1 - before[::-1].index(link)  # the "of" nearest the name
        if any(lemma_keys(w) & noun for w in before[max(0, of - _REACH + 1) : of]):
            return True
    return False
