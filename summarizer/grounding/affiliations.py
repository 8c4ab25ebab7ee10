"""Whom a person is said to be with: the names in the description the claim gives a person
("Chris Collins, *a Cruz supporter*", "Rachael Orr *of the TUC*", "Mike Ditka, *a former
Indiana University basketball coach*"), read against the descriptions the article gives the
same person. A person swapped into another's description keeps every word of the claim in the
article, often in the very sentence ("Chicago Bears coach Mike Ditka, former Indiana
University basketball coach Bobby Knight"): only the parse says which name each description
is tied to.

`affiliation_mismatch` refuses only on positive evidence: the article describes the person with
a name of its own (an organisation, a team, a party, a place), never with the claim's, and
either describes the person by the same noun with that other name ("a *Trump* supporter" for "a
*Cruz* supporter"), or gives the claim's name to another person's description ("TUC general
secretary Frances O'Grady" where the claim's Orr is "Oxfam poverty chief Rachael Orr"), or puts
the person "of" a body where the article gives them another by a noun ("Schultz of Symantec"
for "Schultz, a researcher at Talos"; not a place: "Lee of Dover" is where she lives). A person
the article describes by no name, or by the claim's name anywhere, may be what the claim says
(a claim may join facts of two sentences); a description without a name ("a spokesman") is
`relations.description_mismatch`'s."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.grounding.claims import TITLES, Claim, Passage
from summarizer.grounding.lemmas import lemma_keys, words
from summarizer.grounding.synonyms import is_adjective, names_a_person
from summarizer.text.gazetteer import PLACES
from summarizer.text.lexicon import HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS, TEMPORAL_WORDS
from summarizer.text.names import without_possessive
from summarizer.text.parse import parse
from summarizer.text.world_cities import is_world_city

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["affiliation_mismatch"]

_NAME_PARTS = frozenset({"compound", "flat"})
#: The "noun" of a description by "of" ("Rachael Orr of the TUC").
_OF = "of"
# Capitalised words of a description that tie it to no one: a title, a month or day, an honorific.
_UNTIED = TITLES | HONORIFICS | ROLE_NOUNS | ROLE_MODIFIERS | TEMPORAL_WORDS


@dataclass(frozen=True)
class _Described:
    """A person's name (its words, lower case) and one description of it: the noun that heads
    the description ("supporter") and the names in it ("cruz"), lower case."""

    name: tuple[str, ...]
    noun: str
    ties: frozenset[str]


def affiliation_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A name in the claim's description of a person that the article never ties to that
    person, where the article ties the person to another name (see the module docstring)."""
    source = passage.source
    described = [d for d in _descriptions(claim.text) if d.ties]
    if not described:
        return None
    # Only the sentences that name one of the people or one of the claim's ties are parsed.
    wanted = frozenset(w for d in described for w in (d.name[-1], *d.ties))
    read = [
        (start, end)
        for (start, end), sentence in zip(source.spans, source.sentences, strict=True)
        if any(_plain(w.lower) in wanted for w in sentence)
    ]
    article = [d for start, end in read for d in _descriptions(source.text[start:end])]
    for said in described:
        own = [d for d in article if _same_person(d.name, said.name)]
        theirs = frozenset().union(*(d.ties for d in own))
        if not theirs or said.ties & theirs:
            continue  # described by no name, or by the claim's: it may be what the claim says
        if any(_stated_beside(said, source.text[start:end]) for start, end in read):
            continue  # "Ditka, who later coached the Saints": the article says it otherwise
        # Only a name the article writes as a name (never in lower case) ties a person to a body.
        distinctive = frozenset(t for t in said.ties if t not in source.lower_case_keys)
        # The same noun with another name: "a Trump supporter" is no "Cruz supporter". Not
        # "of": "Lee of Dover" (where she lives) and "Lee of the Harbour Union" may both hold.
        same_noun = next((d for d in own if d.noun == said.noun != _OF and d.ties), None)
        another = next((d for d in article if not _same_person(d.name, said.name) and d.ties & distinctive), None)
        if same_noun is not None and not _spelled_out_elsewhere(said, claim.text):
            return (
                f"the article describes {said.name[-1].title()} as {said.noun!r} with "
                f"{sorted(same_noun.ties)[0].title()}, never with {sorted(said.ties)[0].title()}"
            )
        if another is not None:
            return (
                f"the article ties {sorted(said.ties & another.ties)[0].title()} to "
                f"{another.name[-1].title()}, never to {said.name[-1].title()}"
            )
        # "Schultz of Symantec" where the article has "Schultz, a researcher at Talos": a body
        # the person works at by a noun, and the claim's "of" another body (a town is where one
        # lives, and both hold).
        employer = next((d for d in own if d.noun != _OF and d.ties and not any(map(_a_place, d.ties))), None)
        if (
            said.noun == _OF
            and employer is not None
            and not any(map(_a_place, said.ties))
            and not _spelled_out_elsewhere(said, claim.text)
        ):
            return (
                f"the article describes {said.name[-1].title()} as {employer.noun!r} with "
                f"{sorted(employer.ties)[0].title()}, never of {sorted(said.ties)[0].title()}"
            )
    return None


def _a_place(lower: str) -> bool:
    """Whether a tie names a place (a country, a state, a town): "Lee of Dover" says where she
    lives, which her employer ("a nurse at the Harbour Trust") does not gainsay."""
    return lower in PLACES or is_world_city(lower)


def _stated_beside(said: _Described, sentence: str) -> bool:
    """Whether `sentence` names the person with every name of the claim's description outside
    another person's description, and (for a description by a noun) a word of the noun's family
    ("Ditka, who later *coached* the New Orleans Saints" for "a former Saints coach"): a claim
    may join what the article says of the person in two places."""
    lowers = {_plain(w.lower) for w in words(sentence)}
    if said.name[-1] not in lowers or not said.ties <= lowers:
        return False
    others = frozenset().union(*(d.ties for d in _descriptions(sentence) if not _same_person(d.name, said.name)))
    if said.ties & others:
        return False  # "Chicago Bears coach Mike Ditka, former Indiana University coach Bobby Knight"
    if said.noun == _OF:
        return True
    family = lemma_keys(said.noun)
    return any(w.keys & family for w in words(sentence))


def _spelled_out_elsewhere(said: _Described, claim: str) -> bool:
    """Whether one of the claim's ties is an acronym ("RNC spokesman Sean Spicer"): the article
    may spell it out ("Republican National Committee spokesman"), whose adjectives are no ties,
    so its other name under the same noun is no evidence against it."""
    return any(len(tie) > 1 and re.search(rf"\b{re.escape(tie.upper())}\b", claim) for tie in said.ties)


def _names_which(lower: str) -> bool:
    """Whether a capitalised word of a description names which body or place the person is
    tied to ("Oxfam", "Florida", "Bears"), not a title, a date, or an adjective that says what
    kind ("British", "Republican": many are, so another's being so says nothing)."""
    return lower not in _UNTIED and not is_adjective(lower)


def _same_person(article_name: tuple[str, ...], claim_name: tuple[str, ...]) -> bool:
    """Whether the article's name may be the claim's person: the same surname, and no given
    name the claim's lacks ("Nicole Lee" is not "Ann Lee"; "Lee" may be either). A middle
    initial the claim leaves out ("Terry E. Branstad") is the same person's."""
    if article_name[-1] != claim_name[-1]:
        return False
    return all(word in claim_name or word in _UNTIED or len(word) == 1 for word in article_name[:-1])


def _descriptions(text: str) -> Iterator[_Described]:
    """Each description of a person's name in `text` with the names in it: a noun for a kind of
    person before the name ("Oxfam poverty *chief* Rachael Orr") or in apposition ("Collins, a
    Trump *supporter*"; "the *chairman*, Ann Lee"), a title with names before it ("Florida
    *Gov.* Jeb Bush"), and the body after "of" ("Orr of the TUC") or before the name's
    possessive ("the TUC's Rachael Orr")."""
    for token in parse(" ".join(text.split())):
        if not _is_name(token) or (token.dep_ in _NAME_PARTS and token.head.pos_ in ("PROPN", "NOUN")):
            continue
        parts = sorted([*_name_parts(token), token])
        lowers = [_plain(t.lower_) for t in parts]
        titled = max((i for i, w in enumerate(lowers) if w in _UNTIED), default=-1)
        name = tuple(w for w in lowers[titled + 1 :] if w)
        if not name or not name[-1].replace("’", "").replace("'", "").isalpha():
            continue
        if titled > 0:
            before = frozenset(w for w in lowers[:titled] if w.isalpha() and _names_which(w))
            if before:
                yield _Described(name, lowers[titled], before)  # "Florida Gov. Jeb Bush"
        nouns = [c for part in parts for c in part.children if c.dep_ in ("compound", "appos") and _describes(c)]
        # "Vilsack, a former Iowa governor and a key Clinton supporter": each noun joined to an
        # apposition describes the person too.
        nouns += [c for noun in nouns if noun.dep_ == "appos" for c in noun.conjuncts if _describes(c)]
        if token.dep_ == "appos" and _describes(token.head):
            nouns.append(token.head)
        for noun in nouns:
            yield _Described(name, noun.lemma_.lower(), _ties(noun, exclude=token))
        for owner in (c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            ties = _ties(owner, exclude=token, own=True)
            if ties:
                yield _Described(name, _OF, ties)  # "the TUC's Rachael Orr": Orr of the TUC
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            ties = frozenset(
                t for obj in of.children if obj.dep_ == "pobj" for t in _ties(obj, exclude=token, own=True)
            )
            if ties:
                yield _Described(name, _OF, ties)


def _is_name(token: Token) -> bool:
    """A proper noun, or a capitalised noun with a proper noun compounded before it (the parse
    reads "Frances *O'Grady*" so)."""
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "NOUN"
        and token.text[:1].isupper()
        and any(c.dep_ in _NAME_PARTS and c.pos_ == "PROPN" and c.i == token.i - 1 for c in token.children)
    )


def _name_parts(token: Token) -> Iterator[Token]:
    """The proper nouns compounded into the name `token` heads, at any depth ("*Florida* Gov.
    Jeb Bush", where the place hangs on the title)."""
    for child in token.children:
        if child.dep_ in _NAME_PARTS and child.pos_ == "PROPN":
            yield child
            yield from _name_parts(child)


def _describes(token: Token) -> bool:
    return token.pos_ == "NOUN" and names_a_person(token.lemma_.lower())


def _plain(lower: str) -> str:
    """A word of a name without its full stop and possessive ("gov." "lee's")."""
    return without_possessive(lower.strip("."))


def _ties(noun: Token, *, exclude: Token, own: bool = False) -> frozenset[str]:
    """The capitalised words in the phrase `noun` heads ("a former *Indiana University*
    basketball coach"; with `own`, `noun` itself: "of the *TUC*"), lower case: the bodies,
    teams, parties and places it ties a person to. Not a word opening the sentence, nor a
    title, nor a clause of its own inside the phrase."""
    found = set()
    stack = [noun] if own else [c for c in noun.children]
    while stack:
        token = stack.pop()
        if token.i == exclude.i or token.dep_ in ("relcl", "acl", "appos", "conj", "punct"):
            continue
        stack.extend(token.children)
        lower = _plain(token.lower_)
        opening = token.i == token.sent.start and token.pos_ != "PROPN"  # "The", "Former"
        if token.text[:1].isupper() and not opening and lower.isalpha() and _names_which(lower):
            found.add(lower)
    return frozenset(found)
