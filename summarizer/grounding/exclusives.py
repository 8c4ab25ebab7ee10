"""Whether a claim gives an act to someone its evidence excludes with "only": "independents were
allowed to cast ballots" where the evidence says "only registered Democrats are allowed to cast
a ballot". The verb and what completes it are the evidence's, and no negation is missing, so
the negation tests see nothing; "only" says that no one but its subject does the act, and the
claim names another.

Read from the parse: a verb whose subject "only" restricts ("*only* registered Democrats are
allowed", "Only members can use the pool"), against the same verb (its lemma) in the claim,
completed alike (a content word of what follows the verb is shared: "cast a ballot", "cast
ballots"), whose subject shares no word with the evidence's, as a lemma or a synonym. A claim
that says "only" itself, or whose subject is a pronoun, is left to the other tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import STOPWORDS, token_keys
from summarizer.grounding.synonyms import related_lemmas
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["exclusive_mismatch"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


@dataclass(frozen=True)
class _Doing:
    """A verb with its subject: the verb, the subject's words and content lemmas, the content
    lemmas of what completes the verb, and whether "only" restricts the subject."""

    verb: Token
    subject: str
    doers: frozenset[str]
    completion: frozenset[str]
    only: bool


def exclusive_mismatch(claim: Claim, passage: Passage) -> str | None:
    """An act of the claim whose doer is not the one the evidence says "only" does it (see the
    module docstring)."""
    if any(w.lower == "only" for w in claim.words):
        return None
    mine = [d for d in _doings(parse(claim.text)) if d.doers and d.completion]
    if not mine:
        return None
    sentences = passage.plain_sentences()
    parse_together(sentences)
    theirs = [d for sentence in sentences for d in _doings(parse(sentence)) if d.only]
    for said in mine:
        for only in theirs:
            if said.verb.lemma_.lower() != only.verb.lemma_.lower() or not said.completion & only.completion:
                continue
            if not _alike(said.doers, only.doers):
                return f"the evidence says only {only.subject!r} {only.verb.text} {_completion_text(only.verb)}"
    return None


def _doings(doc: Doc) -> Iterator[_Doing]:
    """Each verb of `doc` with a subject that is not a pronoun."""
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        words = list(subject.subtree)
        doers = frozenset(k for t in words if _content(t) for k in token_keys(t))
        below = [t for t in verb.subtree if t.i > verb.i and _content(t)]
        completion = frozenset(k for t in below for k in token_keys(t))
        only = (words[0].i > 0 and doc[words[0].i - 1].lower_ == "only") or _only_on(subject)
        text = " ".join(t.text for t in words if t.lower_ != "only")
        yield _Doing(verb, text, doers, completion, only)


def _only_on(subject: Token) -> bool:
    """Whether "only" hangs on the subject itself ("only registered Democrats")."""
    return any(c.lower_ == "only" for c in subject.children)


def _alike(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two subjects share a word, as a lemma or a synonym ("voters", "electors")."""
    if mine & theirs:
        return True
    return any(related_lemmas(k, wider=False) & theirs for k in mine if not k.startswith("~"))


def _completion_text(verb: Token) -> str:
    """The words after the verb that complete it ("to cast a ballot"), as the reason shows them."""
    return " ".join(t.text for t in verb.subtree if t.i > verb.i)[:60]


def _content(token: Token) -> bool:
    return token.pos_ in _CONTENT and token.lower_ not in STOPWORDS and token.is_alpha
