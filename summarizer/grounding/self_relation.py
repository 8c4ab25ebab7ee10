"""A claim that relates a name to itself: "scored for Sunderland against Sunderland", "his
departure from Notts County to Notts County". English says such a thing with "itself" or a
pronoun, and a report never pits a side against itself or moves someone from a place to the
same place: the repeated name is a copying fault of a system that joined two phrases of the
article, and the words around it, each in the article, pass every other test.

Only the two sides of one relation count: the same name (every word alike, possessive
aside) twice with a single word of relation between them ("against", "to", "from", "v").
"Sunderland fans cheered Sunderland" (a name describing the fans), "John Smith and Jane
Smith" (two names) and "Johnson & Johnson" (one) say nothing of the kind."""

from __future__ import annotations

from summarizer.grounding.claims import Claim, Passage, shown_name
from summarizer.text.lexicon import TEMPORAL_WORDS

__all__ = ["self_relation"]

#: The words that put two sides in one relation: one against the other, from one to the other.
_RELATING = frozenset("against versus vs v to from into over with than".split())


def self_relation(claim: Claim, passage: Passage) -> str | None:
    """The claim's name that it writes on both sides of one word of relation (see the module
    docstring), whatever the evidence: no article relates a thing to itself so."""
    del passage  # the claim alone says it
    for first, second in zip(claim.names, claim.names[1:], strict=False):
        if [w.lower for w in first] != [w.lower for w in second] or any(w.lower in TEMPORAL_WORDS for w in first):
            continue
        between = claim.words[claim.words.index(first[-1]) + 1 : claim.words.index(second[0])]
        gap = claim.text[first[-1].end : second[0].start]
        if len(between) == 1 and between[0].lower in _RELATING and not any(mark in gap for mark in ",;:()"):
            return f"it relates {shown_name(first)} to itself ({between[0].text!r})"
    return None
