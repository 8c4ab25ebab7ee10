"""The parts of a claim's verb against the parts of the same verb in the evidence: who or what
a preposition brings to it ("sold the website *to Ratehub*", "met *with Ms. Lee*", "moved *from
Boston*"). A claim that swaps in a name from elsewhere in the article keeps the verb, its
object and the name, all in the evidence; only the name's place in the verb's frame is wrong
("Rogers sold the MoneySense website *to Roustan Media*" where the article says it sold the
website to Ratehub, and earlier tried to sell its magazines to Roustan Media).

Of the evidence's uses of the claim's verb (as a lemma or a synonym), the one that shares most
of the common nouns the claim's verb governs ("website") is the use the claim reports; the
claim is refused when that use gives the same preposition another name. A use that shares none
of those nouns says nothing of this claim. Each name of a list after the preposition is a
participant ("against the DOJ, Lynch and Gupta"), and a preposition the parse hangs on a noun that
completes the verb is the verb's ("filed a complaint for judgement *against* X"); a name the
evidence sentence writes after the same preposition is never refused (the parse may split a list)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import is_content, is_light_verb, lemma_keys, words
from summarizer.grounding.qualifiers import proper_name, same_name
from summarizer.grounding.structure import governed_words
from summarizer.grounding.synonyms import in_wordnet, related_lemmas
from summarizer.text.gazetteer import PLACES
from summarizer.text.parse import parse

__all__ = ["participant_mismatch", "possession_missing"]

# Prepositions that bring a participant to a verb (not a time or a place: those have their tests).
_PARTICIPANT_PREPOSITIONS = frozenset("to with from against for".split())


@dataclass(frozen=True)
class _Use:
    """One use of a verb: its lemmas, the common nouns it governs, and the names each
    preposition brings to it."""

    verb: frozenset[str]
    nouns: frozenset[str]
    participants: tuple[tuple[str, str], ...]


def participant_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A name the claim's verb takes by a preposition that the evidence's use of that verb gives
    another name (see the module docstring)."""
    source = passage.source
    evidence = [
        (use, source.text[start:end])
        for start, end in passage.sentence_spans()
        for use in _uses(source.text[start:end])
    ]
    for said in _uses(claim.text):
        if not said.participants:
            continue
        same_verb = [(use, text) for use, text in evidence if use.verb & (said.verb | _synonyms(said.verb))]
        shared = {id(use): len(use.nouns & said.nouns) for use, _ in same_verb}
        best = max(shared.values(), default=0)
        if not best:
            continue
        reported = [(use, text) for use, text in same_verb if shared[id(use)] == best]
        for preposition, name in said.participants:
            if name.lower() in PLACES:
                continue  # a place may stand for its team or government ("leave Toronto" for the Raptors)
            theirs = [other for use, _ in reported for p, other in use.participants if p == preposition]
            if not theirs or any(same_name(name, other) for other in theirs):
                continue
            if any(_written_after(name, preposition, text) for _, text in reported):
                continue  # in the sentence's list, which the parse may have split ("X, Secretary Lee and ...")
            return f"the evidence's {preposition!r} of that verb is {theirs[0]}, not {name}"
    return None


def _written_after(name: str, preposition: str, sentence: str) -> bool:
    """Whether `sentence` writes the last word of `name` after `preposition`."""
    at = re.search(rf"\b{re.escape(preposition)}\b", sentence, re.IGNORECASE)
    return at is not None and re.search(rf"\b{re.escape(name.split()[-1])}\b", sentence[at.end() :]) is not None


def possession_missing(claim: Claim, passage: Passage) -> str | None:
    """What the claim says someone has ("had a previous *conviction*") that the passage does
    not say in any form or other words. "Have" names no event: the thing had is the whole fact,
    one content word among many for the coverage test, and invented as easily as an event. An
    idiom ("have a say") and a verb with a particle are read as themselves, and what someone has
    not is no fact to find."""
    for token in parse(" ".join(claim.text.split())):
        if token.lemma_.lower() != "have" or token.dep_ in ("aux", "auxpass"):
            continue
        if any(c.dep_ in ("prt", "neg") for c in token.children):
            continue
        for child in token.children:
            if child.dep_ != "dobj" or child.pos_ != "NOUN" or in_wordnet(f"have_{child.lemma_.lower()}"):
                continue
            if any(c.lower_ == "no" for c in child.children):
                continue  # "has no timeline": an absence, said in many ways ("there is no set date")
            said = words(child.text)
            if said and is_content(said[0]) and not passage.holds(said[0]):
                return f"what the claim says is had ({child.text!r}) is not in the evidence"
    return None


@lru_cache(maxsize=4096)
def _uses(text: str) -> tuple[_Use, ...]:
    found = []
    for token in parse(" ".join(text.split())):
        if token.pos_ != "VERB" or is_light_verb(token.lemma_.lower()):
            continue
        nouns: set[str] = set()
        participants: list[tuple[str, str]] = []
        for part in governed_words(token):
            if part.pos_ == "NOUN":
                nouns.update(lemma_keys(part.text.lower()))
            # on the verb, or on the words that complete it ("filed a complaint for judgement
            # *against* X": the parse hangs the preposition on the nearest noun)
            if part.dep_ != "pobj" or part.head.dep_ not in ("prep", "dative"):
                continue
            preposition = part.head
            if preposition.lower_ not in _PARTICIPANT_PREPOSITIONS:
                continue
            # each name of a list after it ("against the DOJ, Lynch and Gupta")
            for member in (part, *part.conjuncts):
                name = proper_name(member) if member.pos_ == "PROPN" else ""
                if name:
                    participants.append((preposition.lower_, name))
        verb = lemma_keys(token.text.lower()) | {token.lemma_.lower()}
        found.append(_Use(frozenset(verb), frozenset(nouns), tuple(participants)))
    return tuple(found)


def _synonyms(verb: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(related_lemmas(k, wider=False) for k in verb if not k.startswith("~")))
