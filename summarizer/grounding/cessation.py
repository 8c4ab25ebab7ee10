"""Whether a claim says an act was stopped that its evidence says is going on: "the Pentagon
has *shelved* its work on sea drones" where the evidence says "the Pentagon *is working* on
drones at sea". The claim's verb of stopping has no counterpart in the evidence, and the act
it governs is stated there without a negation, so the negation tests
(`structure.negation_mismatch`) see two agreeing statements of "work".

English says that an act goes on with the present tense ("is working", "works", "has been
working"); a past tense ("worked on drones") may be before the stop, and so contradicts
nothing. The test is held to what both say of one doer (the subject of the verb of stopping
and of the act, the same word) and gives the evidence the benefit of the doubt: a passage that
has any verb of stopping or avoiding, or states the act negated, under a modal or in a clause
of "whether", keeps the claim."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import can_be_verb, lemma_keys, token_keys
from summarizer.grounding.polarity import AVERSE_VERBS
from summarizer.grounding.structure import is_negated
from summarizer.grounding.synonyms import derived_lemmas, related_lemmas
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CEASING_VERBS", "ceased_mismatch", "is_averse"]

#: Verbs that say an act was stopped, called off or put off: "*shelved* its work on drones",
#: "*stopped* appearing in print" say the work and the appearing are no longer done.
CEASING_VERBS = frozenset("stop end halt cancel abandon drop scrap quit shelve suspend discontinue cease".split())

# Tags of a verb in the present tense, and of a finite verb.
_PRESENT = frozenset({"VBZ", "VBP"})
_FINITE = _PRESENT | {"VBD"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def ceased_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A verb of stopping the claim states plainly over an act its evidence states as going on,
    by the same doer, with nothing of stopping anywhere in the passage (see the module
    docstring)."""
    sentences = passage.plain_sentences()
    stopped = list(_ceased_acts(" ".join(claim.text.split())))
    if not stopped:
        return None
    parse_together(sentences)
    tokens = [token for sentence in sentences for token in parse(sentence)]
    if any(is_averse(token, AVERSE_VERBS | CEASING_VERBS) for token in tokens):
        return None  # "worked on it until it was halted": the stop is there too
    for verb, doer, acts in stopped:
        doing = [t for t in tokens if t.pos_ == "VERB" and token_keys(t) & acts]
        if not doing or not all(_going_on(t) for t in doing):
            continue
        if any(_subject(t) == doer for t in doing):
            return f"{verb!r} says the act stopped, but the evidence says {doing[0].text!r} goes on"
    return None


def is_averse(verb: Token, among: frozenset[str] = CEASING_VERBS) -> bool:
    """Whether `verb` is one of `among`: with a particle, what the phrasal verb means in one word
    decides ("*called off*" is "cancel"; "*ended up* facing" is no stop)."""
    if verb.pos_ != "VERB":
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if not particles:
        return verb.lemma_.lower() in among
    meaning = related_lemmas(f"{verb.lemma_.lower()} {particles[0]}", wider=False)
    return any(lemma_keys(word) & among for word in meaning)


def _ceased_acts(text: str) -> Iterator[tuple[str, str, frozenset[str]]]:
    """(the verb, its subject, the lemmas of the act) for each verb of stopping in `text` that
    is stated plainly (finite, not negated, under no modal) of a named subject. The act is what
    it governs: a gerund ("stopped *appearing*"), or an object that names an act, as the verb
    it is or WordNet derives it from ("its *work*": "work"; "*production*": "produce"; "ends a
    mixed *year*" names none)."""
    for token in parse(text):
        if not is_averse(token) or is_negated(token) or not _finite(token):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
            continue
        doer = _subject(token)
        acts: set[str] = set()
        for child in token.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN":
                noun = child.lemma_.lower()
                for word in derived_lemmas(noun) | ({noun} if can_be_verb(noun) else set()):
                    acts.update(lemma_keys(word))
            elif child.dep_ == "xcomp" and child.tag_ == "VBG":
                acts.update(token_keys(child))
        acts = {a for a in acts if not a.startswith("~")}
        if doer and acts:
            yield token.text, doer, frozenset(acts)


def _going_on(verb: Token) -> bool:
    """Whether `verb` states an act as going on: the present tense, simple or with "is" or
    "has been" ("works", "is working", "has been working"), not negated, under no modal, not in
    a clause of "whether" or "if"."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries) or is_negated(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return False
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ == "VBG" and bool(auxiliaries) and auxiliaries[0].tag_ in _PRESENT


def _finite(verb: Token) -> bool:
    """Whether `verb` is finite or has a finite auxiliary ("shelved", "has shelved")."""
    return verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)


def _subject(verb: Token) -> str:
    """The lower-cased head word of `verb`'s subject, or of the verb it is joined to; "" for a
    pronoun or none."""
    node = verb
    while True:
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return "" if subject.pos_ == "PRON" else subject.lower_
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return ""
        node = node.head
