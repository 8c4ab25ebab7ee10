"""Whether a claim says of every one of a group what its evidence says of only a part: "*all*
residents have backup generators" where the evidence says "*many* residents have backup
generators" (and others were left in the dark). Every word of the claim is there, and no
negation is added or dropped, yet the claim denies what the evidence's quantifier implies: that
some of them do not.

The quantifiers are read from the parse, on the noun they quantify ("all [Lake Cowichan]
residents", "all of the residents", "every resident"). The claim is refused only when the
evidence quantifies the same noun (its lemma) by a part ("many", "some", "most", "several" ...)
and nowhere by the whole, and the claim's "all" is not made approximate ("*nearly* every shop" is
"most shops"): an evidence that says "all" or "every" of it anywhere in the passage,
or leaves it unquantified, keeps the claim."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import token_keys
from summarizer.text.parse import parse, parse_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["universal_mismatch"]

#: Quantifiers that say a thing of every one of a group.
_WHOLE = frozenset("all every each entire whole".split())
#: Quantifiers that say a thing of a part of a group only, leaving others out.
_PART = frozenset("many some most several few half numerous various certain".split())
# Words that make "all" or "every" approximate ("nearly every", "almost all").
_APPROXIMATE = frozenset("nearly almost virtually practically roughly about".split())
# How a quantifier hangs on its noun: "all residents", "many residents"; and "all of the residents".
_ON_NOUN = frozenset({"det", "amod", "predet", "nummod", "quantmod"})


def universal_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A noun the claim quantifies by the whole that the evidence quantifies by a part only
    (see the module docstring)."""
    claimed = [(word, noun) for word, noun in _quantified(parse(claim.text), plain=True) if word in _WHOLE]
    if not claimed:
        return None
    sentences = passage.plain_sentences()
    parse_together(sentences)
    given = [(word, noun) for sentence in sentences for word, noun in _quantified(parse(sentence))]
    for word, noun in claimed:
        keys = token_keys(noun)
        alike = [their for their, other in given if token_keys(other) & keys]
        part = [their for their in alike if their in _PART]
        if part and not any(their in _WHOLE for their in alike):
            return f"{word!r} {noun.text} here, but {part[0]!r} {noun.text} in the evidence"
    return None


def _quantified(doc: Doc, *, plain: bool = False) -> Iterator[tuple[str, Token]]:
    """(the quantifier, the noun it quantifies) for each quantifier of `doc` that hangs on a
    noun ("all residents") or takes a part of one ("many of the residents"). With `plain`, not
    one a word makes approximate ("*nearly* every shop" says what "most shops" says)."""
    for token in doc:
        lower = token.lower_
        if lower not in _WHOLE and lower not in _PART:
            continue
        if plain and token.i > 0 and doc[token.i - 1].lower_ in _APPROXIMATE:
            continue  # the parse may hang "nearly" on the noun: the word before decides
        if token.dep_ in _ON_NOUN and token.head.pos_ == "NOUN":
            yield lower, token.head
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            yield from ((lower, o) for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN")
