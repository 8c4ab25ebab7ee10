"""Which side of a comparison is which: "A is more diverse than B" says the reverse of "B is
more diverse than A", with every word the same. A claim that compares two things the way its
evidence compares them the other way round (the same word of degree, the same direction, its
subject read as the evidence's "than" side and its "than" side as the evidence's subject) is
refused. Read from the parse: the word with "than" after it ("larger", "more diverse", "grew
*faster* than"), its subject (of the copula or verb it completes, through "tend to be" and a
word of degree joined by "and"), and the phrase after "than"; the two sides are told apart by the
content words each shares with the evidence's sides, so a side said in other words ("those
voting in a Republican primary" for "Republican primary voters") still counts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import token_keys
from summarizer.text.parse import parse

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["comparison_mismatch"]

_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
_LESS = frozenset({"less", "fewer", "least", "fewest"})


@dataclass(frozen=True)
class _Comparison:
    """A comparison: the lemmas of its word of degree, whether it says less, and the content
    lemmas of its subject and of its "than" side."""

    degree: frozenset[str]
    less: bool
    subject: frozenset[str]
    than: frozenset[str]
    text: str


def comparison_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A comparison of the claim that its evidence makes the other way round (see the module
    docstring)."""
    said = list(_comparisons(claim.text))
    if not said:
        return None
    source = passage.source
    evidence = [c for start, end in passage.sentence_spans() for c in _comparisons(source.text[start:end])]
    for mine in said:
        for theirs in evidence:
            if not mine.degree & theirs.degree or mine.less != theirs.less:
                continue
            if _shares(mine.subject, theirs.than) > _shares(mine.subject, theirs.subject) and _shares(
                mine.than, theirs.subject
            ) > _shares(mine.than, theirs.than):
                return f"the evidence compares the other way round ({theirs.text!r})"
    return None


def _shares(first: frozenset[str], second: frozenset[str]) -> int:
    return len(first & second)


def _comparisons(text: str) -> Iterator[_Comparison]:
    for token in parse(" ".join(text.split())):
        if token.pos_ not in ("ADJ", "ADV"):
            continue
        # its own "than", or that of a word of degree it is joined to ("larger and more diverse than")
        joined = token.conjuncts if _comparative(token) else ()
        than = next(
            (c for t in (token, *joined) for c in t.children if c.dep_ == "prep" and c.lower_ == "than"),
            None,
        )
        if than is None:
            continue
        subject = _subject(token)
        compared = [g for g in than.children if g.dep_ == "pobj"]
        if subject is None or not compared:
            continue
        less = token.lower_ in _LESS or any(c.dep_ == "advmod" and c.lower_ in _LESS for c in token.children)
        yield _Comparison(
            degree=token_keys(token),
            less=less,
            subject=_content(subject),
            than=frozenset().union(*(_content(g) for g in compared)),
            text=token.doc[token.i : compared[-1].right_edge.i + 1].text,
        )


def _comparative(token: Token) -> bool:
    """Whether `token` is a comparative ("larger", "more diverse", "less costly")."""
    return token.tag_ in ("JJR", "RBR") or any(
        c.dep_ == "advmod" and c.lower_ in ("more", "less") for c in token.children
    )


def _subject(degree: Token) -> Token | None:
    """The subject of what `degree` says: of the copula or verb it completes or modifies,
    through a word of degree it is joined to ("larger and more *diverse*") and a verb that
    shares its subject ("tend to be")."""
    node = degree
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    verb = node.head
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head


def _content(phrase: Token) -> frozenset[str]:
    """The lemmas of the content words of `phrase`'s subtree."""
    return frozenset(key for t in phrase.subtree if t.pos_ in _CONTENT for key in token_keys(t))
