"""Whether the evidence asserts what the claim asserts. A question ("Does this mean that
supporters should sit out the election?", "has anyone considered whether other designs might
work better?") asks what the claim states: a writer often asks a question to answer it no, so
its words back no statement. A claim that reports the question ("she asks whether ...") says
what the question says, and is kept."""

from __future__ import annotations

from summarizer.grounding.claims import Claim, Passage, synonym_keys
from summarizer.grounding.lemmas import Word

__all__ = ["asked_not_stated"]

# Words by which a claim says that something was asked, or is in doubt, rather than stated.
_ASKING = frozenset(
    "ask asks asked asking question questions questioned questioning whether wonder wonders wondered "
    "wondering if query queried".split()
)
_CLOSING = "\"'”’)» \t\n"
#: The share of its content words a claim must find outside questions (as `prose.MIN_COVERAGE`).
_STATED_SHARE = 0.55


def asked_not_stated(claim: Claim, passage: Passage) -> str | None:
    """A claim stated as fact whose content words the passage holds only with its questions:
    its sentences that are not questions hold under `_STATED_SHARE` of them."""
    if claim.text.rstrip(_CLOSING).endswith("?") or any(w.lower in _ASKING for w in claim.words):
        return None
    source = passage.source
    asked = [i for i in passage.indices if _is_question(source.text[slice(*source.spans[i])])]
    if not asked or not claim.content:
        return None
    stated = [i for i in passage.indices if i not in asked]
    held = sum(_held_in(w, passage, stated) for w in claim.content)
    if held / len(claim.content) >= _STATED_SHARE:
        return None
    return "the evidence asks it as a question, and does not state it"


def _is_question(sentence: str) -> bool:
    return sentence.rstrip(_CLOSING).endswith("?")


def _held_in(word: Word, passage: Passage, indices: list[int]) -> bool:
    """Whether the sentences `indices` of the passage's source say `word` (as `Passage.holds`)."""
    source = passage.source
    keys = frozenset().union(*(source.keys[i] for i in indices))
    related = frozenset().union(*(source.related[i] for i in indices))
    return bool(word.keys & keys or word.keys & related or synonym_keys(word) & keys)
