"""Whether a claim says a thing was kept that its evidence says was given up: "the team *kept
up* their objections" where the evidence says "the team *dropped* their objections"; "he *kept*
his user name" where "he has since *changed* his user name". The two verbs differ and neither is
negated, so the negation tests see nothing, and every content word of the claim is there; what
they share is the thing kept or given up. (The other way round, a claim that says an act was
stopped which the evidence says goes on, is `cessation`'s.)

Read from the parse: a verb of keeping ("keep", "retain", "maintain", "uphold"; "hold on to",
"stick to") and what it keeps (its object, the object of its preposition, or the subject of its
passive), against a verb of giving up ("drop", "abandon", "lose", "change", "withdraw") and what
it gives up, the same noun (its lemma). Neither may be negated or under a modal, and the evidence
is given the benefit of the doubt: a passage that also says the thing was kept, or a claim that
says a thing was given up anywhere ("held on to the lead until it lost it"), is no contradiction.

A share of the thing ("kept *most of* their money") is the thing itself: the noun after "of" is what
is kept or given up. And a thing may be given up as the subject of a verb of vanishing ("saw a 6-3
lead *evaporate*", "the lead *vanished*"), which the parse may also read as a noun compounded
with the verb.

A thing may also be said to have kept working ("the plant *kept operating*", "continued to run",
"the bridge *remained open*") where the evidence says it stopped: a verb of stopping with it as
subject or object ("the plant *shut down*", "police *closed* the bridge"), or a noun of stopping
with it after "of" ("a *breakdown* of the plant": WordNet files "breakdown" under "failure")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.grounding.cessation import CEASING_VERBS, is_averse
from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import token_keys
from summarizer.grounding.structure import is_negated
from summarizer.grounding.synonyms import kinds_of
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "GIVING_UP_VERBS",
    "GOING_ON_VERBS",
    "KEEPING_VERBS",
    "STOPPING_NOUNS",
    "STOPPING_VERBS",
    "VANISHING_VERBS",
    "kept_mismatch",
]

#: Verbs that say a thing was kept, or kept going ("*extended* his drought"); and those that do
#: so with a particle or preposition only ("held *on to*", "stuck *to*", "stood *by*").
KEEPING_VERBS = frozenset("keep retain maintain preserve sustain uphold extend prolong continue".split())
_KEEPING_WITH = {"hold": frozenset({"on", "onto"}), "stick": frozenset({"to", "with"}), "stand": frozenset({"by"})}
#: Verbs that say a thing was given up, lost, changed or ended ("*broke* a five-year drought").
GIVING_UP_VERBS = frozenset(
    "drop abandon lose change replace withdraw relinquish surrender forfeit scrap squander renounce break end "
    "snap".split()
)
_KEPT = frozenset({"dobj", "nsubjpass"})
#: Verbs that say a thing was lost by its own vanishing ("the lead *evaporated*"); the parse may
#: read "saw a lead evaporate" with "lead" compounded to the verb.
VANISHING_VERBS = frozenset("evaporate vanish disappear dissipate".split())
_VANISHED = frozenset({"nsubj", "compound"})
#: Verbs that say their subject went on working when they take another verb ("*kept* operating",
#: "*continued* to run") or a word of working ("*remained* open").
GOING_ON_VERBS = frozenset("keep continue remain stay".split())
_WORKING_STATES = frozenset("open operational functional running online".split())
#: Verbs that say a thing stopped working (with a particle, what the phrasal verb means in one
#: word: "shut down" is "close", "broke down" is "fail").
STOPPING_VERBS = CEASING_VERBS | frozenset("close fail collapse".split())
#: Nouns that name a stop, and the words WordNet files them under ("breakdown": "failure").
STOPPING_NOUNS = frozenset(
    "failure breakdown stop stoppage closure shutdown halt termination interruption suspension collapse "
    "cessation outage".split()
)
#: Words that name a share of what follows their "of" ("most of their money").
_SHARES = frozenset("most much all some part half rest bulk majority portion share".split())


def kept_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A thing the claim says was kept that the evidence says, of the same noun, was given up
    and never kept, or a thing the claim says kept working that the evidence says stopped (see
    the module docstring)."""
    kept = [(verb, noun) for verb, noun, keeping in _acts(parse(claim.text)) if keeping]
    if not kept:
        return _stopped_mismatch(claim, passage)
    if any(t.lemma_.lower() in GIVING_UP_VERBS for t in parse(claim.text)):
        return None  # "maintained their objections before dropping them": the claim says both
    sentences = passage.plain_sentences()
    parse_together(sentences)
    acts = [act for sentence in sentences for act in _acts(parse(sentence))]
    for verb, noun in kept:
        keys = token_keys(noun)
        alike = [(other, keeping) for other, thing, keeping in acts if token_keys(thing) & keys]
        given_up = [other for other, keeping in alike if not keeping]
        if given_up and not any(keeping for _, keeping in alike):
            return f"{verb.text!r} {noun.text} here, but {given_up[0].text!r} in the evidence"
    return None


def _stopped_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A thing the claim says went on working ("the plant *kept operating*", "the bridge
    *remained open*") that the evidence says stopped ("a *breakdown* of the plant", "the bridge
    *closed*"), and never says went on."""
    going = list(_going_on(parse(claim.text)))
    if not going:
        return None
    sentences = passage.plain_sentences()
    parse_together(sentences)
    docs = [parse(sentence) for sentence in sentences]
    stopped = [pair for doc in docs for pair in _stops(doc)]
    still = frozenset(k for doc in docs for _, noun in _going_on(doc) for k in token_keys(noun))
    for verb, noun in going:
        keys = token_keys(noun)
        if keys & still:
            continue
        stop = next((word for word, thing in stopped if token_keys(thing) & keys), None)
        if stop is not None:
            return f"{verb.text!r} {noun.text} here, but {stop.text!r} in the evidence"
    return None


def _going_on(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """(the verb, its subject) for each verb that says, plainly, that its subject went on
    working: "kept operating", "continued to run", "remained open"."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in GOING_ON_VERBS or _unsure(verb):
            continue
        takes = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        takes += [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _WORKING_STATES]
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if takes and subject is not None:
            yield verb, subject


def _stops(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """(the word, the noun) for each statement of `doc` that a thing stopped working: a verb of
    stopping said plainly with the thing as its subject or object ("the plant *shut down*",
    "*closed* the bridge"), or a noun of stopping with the thing after its "of" or before it
    ("a *breakdown* of the plant", "the plant *closure*")."""
    for word in doc:
        if word.pos_ == "VERB" and is_averse(word, STOPPING_VERBS) and not _unsure(word):
            affected = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            yield from ((word, t) for t in affected if t.pos_ == "NOUN")
        elif word.pos_ == "NOUN" and _names_a_stop(word.lemma_.lower()):
            things = [o for p in word.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            things += [c for c in word.children if c.dep_ == "compound"]
            yield from ((word, t) for t in things if t.pos_ == "NOUN")


def _names_a_stop(noun: str) -> bool:
    """Whether `noun` names a stop, itself or as a kind of one ("breakdown" is a "failure")."""
    return noun in STOPPING_NOUNS or bool(kinds_of(noun, "noun") & STOPPING_NOUNS)


def _unsure(verb: Token) -> bool:
    """Whether `verb` is negated or under a modal: it states nothing plainly."""
    return is_negated(verb) or any(c.tag_ == "MD" for c in verb.children)


def _acts(doc: Doc) -> Iterator[tuple[Token, Token, bool]]:
    """(the verb, the noun it keeps or gives up, whether it keeps it) for each verb of keeping
    or of giving up in `doc` that is said plainly (no negation, no modal)."""
    for verb in doc:
        if verb.pos_ != "VERB" or is_negated(verb) or any(c.tag_ == "MD" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if lemma in KEEPING_VERBS or lemma in GIVING_UP_VERBS:
            keeping = lemma in KEEPING_VERBS
            kept = (_shared(c) for c in verb.children if c.dep_ in _KEPT)
            yield from ((verb, c, keeping) for c in kept if c.pos_ == "NOUN")
        elif lemma in VANISHING_VERBS:
            yield from ((verb, c, False) for c in verb.children if c.dep_ in _VANISHED and c.pos_ == "NOUN")
        elif lemma in _KEEPING_WITH:
            linked = [c for c in verb.children if c.lower_ in _KEEPING_WITH[lemma]]
            if not linked:
                continue
            preps = [c for c in verb.children if c.dep_ == "prep"]
            yield from ((verb, o, True) for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN")


def _shared(word: Token) -> Token:
    """The noun a share word ("most", "half") takes with "of" ("most of their money": "money");
    else `word` itself."""
    if word.lower_ not in _SHARES:
        return word
    nouns = [o for p in word.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return nouns[0] if nouns else word
