"""Pairs a sentence makes with "respectively": "to move the Commons and Senate into the West
Block and Government Conference Centre, respectively" puts the Commons in the West Block and
the Senate in the Centre. A claim that pairs them the other way ("the Senate will move into
the West Block while the Commons moves to the Centre") keeps every name and word of the
sentence; only the word "respectively" says which goes with which, and no test of one name
reads it.

`respectively_mismatch` finds, in an evidence sentence with "respectively", the last two names
joined by "and" before it (the second list) and the last two joined by "and" before those (the
first), and pairs them in order. The claim is refused only when it names both of the first
list, each followed (as the next of these four names) by the other's partner: a swap both
ways, as a swapped pair reads; or (a clause of a claim, checked on its own) names just one of
each list, the one not paired with it. A claim that lists them itself ("A and B ... C and D")
or says "respectively" is left to the other tests."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.grounding.claims import Claim, Passage, name_runs, shown_name
from summarizer.grounding.lemmas import Word

__all__ = ["respectively_mismatch"]

_RESPECTIVELY = "respectively"


def respectively_mismatch(claim: Claim, passage: Passage) -> str | None:
    """The pairing "respectively" makes in an evidence sentence that the claim swaps both ways
    (see the module docstring), as a reason; None when there is none."""
    if any(w.lower == _RESPECTIVELY for w in claim.words):
        return None
    source = passage.source
    for index in passage.indices:
        sentence = source.sentences[index]
        at = next((i for i, w in enumerate(sentence) if w.lower == _RESPECTIVELY), None)
        if at is None:
            continue
        pairs = _paired(sentence[:at], source.text)
        if pairs is None:
            continue
        (first, second), (third, fourth) = pairs
        order = _mentions(claim.words, {0: first, 1: second, 2: third, 3: fourth})
        following = {order[i]: order[i + 1] for i in range(len(order) - 1) if order[i] < 2}
        if (following.get(0) == 3 and following.get(1) == 2) or order in ([0, 3], [1, 2]):
            return (
                f"the evidence pairs {shown_name(first)} with {shown_name(third)} and {shown_name(second)} with "
                f"{shown_name(fourth)} ('respectively'); the claim pairs them the other way"
            )
    return None


def _paired(
    words: Sequence[Word], text: str
) -> tuple[tuple[list[Word], list[Word]], tuple[list[Word], list[Word]]] | None:
    """The two lists of two names joined by "and" before "respectively": the last such pair and
    the one before it, or None when there are not two."""
    runs = name_runs(words, text)
    joined: list[tuple[list[Word], list[Word]]] = []
    for one, two in zip(runs, runs[1:], strict=False):
        between = text[one[-1].end : two[0].start].strip(" ,").lower().split()
        if between in (["and"], ["and", "the"]):
            joined.append((list(one), list(two)))
    if len(joined) < 2 or joined[-2][1][-1] is joined[-1][0][-1]:
        return None
    return joined[-2], joined[-1]


def _mentions(words: Sequence[Word], names: dict[int, list[Word]]) -> list[int]:
    """Which of `names` the claim's words name, in the claim's order (each by its last word)."""
    lasts = {name[-1].lower: key for key, name in names.items()}
    if len(lasts) < len(names):
        return []
    return [lasts[w.lower] for w in words if w.lower in lasts]
