"""How much of a claim's structure its evidence states, for grading a kept claim.

A claim can hold only words of its evidence and still say what the evidence does not: a
sentence stitched from pieces of two ("the group is the best videos of the week"), a doer
swapped with the one done to, a figure put on another noun. What such a claim changes is which
word depends on which. So `relation_share` counts the claim's relations between content words
(each content word and the content word it depends on in the dependency parse, through any
function words between: "the *ban* on four *players*" relates "players" to "ban") that one
sentence of the evidence also relates, in either direction and by any path of at most two such
steps (English says one relation as "Hazard's withdrawal" or "the withdrawal of Hazard", "X, the
coach, said" or "the coach X said"). Words match as lemmas or WordNet synonyms, as the word test
matches them. The share grades a verdict; it refuses nothing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from summarizer.grounding.lemmas import token_keys
from summarizer.grounding.synonyms import related_lemmas
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["content_relations", "relation_share"]

#: Parts of speech that carry no content of their own: a relation passes through them.
_FUNCTION_POS = frozenset({"ADP", "AUX", "DET", "PART", "SCONJ", "CCONJ", "PUNCT", "PRON", "SPACE", "SYM", "INTJ", "X"})

_Keys = frozenset[str]


def relation_share(claim: str, evidence: Sequence[str]) -> float:
    """The share of `claim`'s content relations (`content_relations`) that one of the `evidence`
    sentences relates too, directly or through one content word between (1 for a claim of
    fewer than two content words: it relates nothing)."""
    claim = " ".join(claim.split())
    sentences = [" ".join(sentence.split()) for sentence in evidence]
    parse_together([*sentences, claim])
    mine = content_relations(parse(claim))
    if not mine:
        return 1.0
    given: list[tuple[_Keys, _Keys]] = []
    for sentence in sentences:
        given.extend(_reachable_pairs(parse(sentence)))
    found = 0
    for word, head in mine:
        said_as, head_said_as = _said_as(word), _said_as(head)
        if any((said_as & a and head_said_as & b) or (said_as & b and head_said_as & a) for a, b in given):
            found += 1
    return found / len(mine)


def content_relations(doc: Doc | Iterable[Token]) -> list[tuple[Token, Token]]:
    """Each content word of `doc` with the content word it depends on (through function words:
    the "of" of "the withdrawal of Hazard"); a word that depends on none (the root) has none."""
    pairs = []
    for token in doc:
        if token.pos_ in _FUNCTION_POS:
            continue
        head = _content_head(token)
        if head is not None:
            pairs.append((token, head))
    return pairs


def _content_head(token: Token) -> Token | None:
    head = token.head
    while head.pos_ in _FUNCTION_POS and head.head.i != head.i:
        head = head.head
    return None if head.i == token.i or head.pos_ in _FUNCTION_POS else head


def _reachable_pairs(doc: Doc) -> list[tuple[_Keys, _Keys]]:
    """The evidence sentence's content relations, and those two steps long (a word and the head
    of its head), as the lemmas of their two words."""
    pairs = []
    for word, head in content_relations(doc):
        pairs.append((token_keys(word), token_keys(head)))
        above = _content_head(head)
        if above is not None:
            pairs.append((token_keys(word), token_keys(above)))
    return pairs


def _said_as(token: Token) -> _Keys:
    """A claim word's lemmas and their synonyms (never the words above them: "the animal" is
    not said by "the horse")."""
    keys = token_keys(token)
    return keys.union(*(related_lemmas(key, wider=False) for key in keys if not key.startswith("~")))
