"""Whether a claim's "little" or "few" is in its evidence: "drew *little* criticism" says, as
"drew no criticism" does, that there was hardly any, and is the opposite of "drew harsh
criticism". English makes a bare "little" or "few" before a noun a negative quantifier ("a
little" and "a few" are not: "a few thousand emails" says there were some), so a claim that
adds one denies what its evidence states, with every content word of it there. The claim is
refused when the evidence sentences that name the noun all name it plainly: with no negation
and no word that makes it scarce ("little", "limited", "low", "hardly" ...) before it or on its
verb. "Few of the pictures" is "few pictures", and "would do little for the poll numbers" says
the numbers gain little.

The other way round, a claim that a thing ran short ("donations *dried up*", "support
*dwindled*") is refused where the evidence says it came in plenty ("a *flood* of donations",
"donations *poured* in") and nowhere limits it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage, synonym_keys
from summarizer.grounding.lemmas import Word
from summarizer.grounding.polarity import negations
from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["scarcity_mismatch"]

_SCARCE = frozenset({"little", "few"})
# Words by which the evidence makes a thing scarce or absent, as "little" does.
_SCARCITY = frozenset(
    "little few fewer less least handful scant scarce scanty minimal limited low small lack lacked lacking lacks "
    "short only hardly scarcely barely rarely seldom nominal modest slight slim".split()
)
_DENYING = frozenset("no not never without".split())
# How many words before the noun (or after it, on its verb) a word that limits it may stand.
_REACH_BEFORE = 5
_REACH_AFTER = 3


def scarcity_mismatch(claim: Claim, passage: Passage) -> str | None:
    """The noun a claim's bare "little" or "few" quantifies, when every evidence sentence that
    names it names it plainly; or the noun a claim says dried up, when the evidence says it
    poured in (see the module docstring)."""
    for quantifier, noun in _scarce_nouns(claim):
        holding = [s for s in passage.sentences if any(_names(w, noun) for w in s)]
        if holding and not any(_limited_there(s, noun) for s in holding):
            return f"the claim says {quantifier.text} {noun.text!r}, the evidence names it without limit"
    for verb, noun in _dwindled(claim):
        plenty = next((w for s in passage.sentences for w in _abundance_of(s, noun)), None)
        holding = [s for s in passage.sentences if any(_names(w, noun) for w in s)]
        if plenty is not None and not any(_limited_there(s, noun) for s in holding):
            return f"the claim says {noun.text!r} {verb}, the evidence says {plenty.text!r}"
    return None


def _dwindled(claim: Claim) -> list[tuple[str, Word]]:
    """(the verb as written, noun) for each noun the claim says ran short, said plainly: the
    subject of a verb of dwindling ("donations *dried up*", "support *dwindled*")."""
    by_start = {w.start: w for w in claim.words}
    found = []
    for token in parse(claim.text):
        lemma = token.lemma_.lower()
        particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
        if token.pos_ != "VERB" or not (lemma in _DWINDLING or particles & _DWINDLING_WITH.get(lemma, set())):
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in token.children):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        noun = by_start.get(subject.idx) if subject is not None else None
        if noun is not None:
            found.append((" ".join([token.text, *sorted(particles & _DWINDLING_WITH.get(lemma, set()))]), noun))
    return found


def _abundance_of(sentence: Sequence[Word], noun: Word) -> list[Word]:
    """The words of `sentence` that say `noun` came in plenty where it names it: a word of
    abundance shortly before it ("a *flood* of donations") or just after it, on its verb
    ("donations *poured* in")."""
    found = []
    for index, word in enumerate(sentence):
        if _names(word, noun):
            near = [*sentence[max(0, index - _REACH_BEFORE) : index], *sentence[index + 1 : index + 1 + _REACH_AFTER]]
            found += [w for w in near if w.keys & _ABUNDANCE]
    return found


# Verbs that say a thing ran short, alone or with their particle ("dried up", "petered out").
_DWINDLING = frozenset("dwindle evaporate vanish".split())
_DWINDLING_WITH = {"dry": {"up"}, "peter": {"out"}, "run": {"dry", "out"}}
# Words that say a thing came in plenty ("a flood of donations", "donations poured in").
_ABUNDANCE = frozenset(
    "flood torrent deluge surge influx avalanche plenty abundance glut spate pour swell soar skyrocket".split()
)


def _scarce_nouns(claim: Claim) -> list[tuple[Word, Word]]:
    """(quantifier, noun) for each bare "little" or "few" the parse hangs on a noun ("little
    *criticism*") or that takes a part of one ("few of the pictures"), not after "a" or "too"
    ("a few emails", "too little supply": some, or not enough)."""
    by_start = {w.start: w for w in claim.words}
    found = []
    for token in parse(claim.text):
        if token.lower_ not in _SCARCE:
            continue
        quantified = _quantified(token)
        if quantified is None:
            continue
        before = token.nbor(-1).lower_ if token.i > 0 else ""
        if before in ("a", "too", "quite", "not"):
            continue
        quantifier, noun = by_start.get(token.idx), by_start.get(quantified.idx)
        if quantifier is not None and noun is not None:
            found.append((quantifier, noun))
    return found


def _quantified(quantifier: Token) -> Token | None:
    """The noun a "little" or "few" quantifies: the one it stands before ("few *pictures*"), or
    the one after its "of" ("few of the *pictures* were any good": the quantifier is the
    subject, the noun the whole it takes a part of)."""
    if quantifier.dep_ in ("amod", "det", "nummod") and quantifier.head.pos_ == "NOUN":
        return quantifier.head
    if quantifier.dep_ == "dobj" and quantifier.head.lemma_.lower() == "do":
        # "would do little for the poll numbers": the numbers gain little
        helped = [o for p in quantifier.head.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        return next((o for o in helped if o.pos_ == "NOUN"), None)
    if quantifier.pos_ in ("NOUN", "PRON", "ADJ") and quantifier.dep_ in ("nsubj", "nsubjpass", "dobj"):
        wholes = [o for p in quantifier.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return next((o for o in wholes if o.pos_ == "NOUN"), None)
    return None


def _names(word: Word, noun: Word) -> bool:
    return bool(word.keys & noun.keys or synonym_keys(noun) & word.keys)


def _limited_there(sentence: Sequence[Word], noun: Word) -> bool:
    """Whether the sentence limits or denies the noun where it names it: a word of scarcity or a
    negation shortly before it ("drew *no* criticism", "*limited* interest") or just after it,
    on its verb ("criticism was *hardly* heard"), or a negation whose scope reaches it."""
    found = negations(sentence)
    negated = {id(p) for _, p in found if p is not None}
    # a negation, and the verb it negates ("*failed* to *lift* the poll numbers")
    cues = {id(sentence[i]) for i, _ in found} | negated
    for index, word in enumerate(sentence):
        if not _names(word, noun):
            continue
        if id(word) in negated:
            return True
        near = [*sentence[max(0, index - _REACH_BEFORE) : index], *sentence[index + 1 : index + 1 + _REACH_AFTER]]
        if any(w.lower in _SCARCITY or w.lower in _DENYING or id(w) in cues for w in near):
            return True  # "drew *no* criticism", "failed to *lift* the numbers", "*limited* interest"
    return False
