"""Whether the evidence asserts what the claim asserts. A question ("Does this mean that
supporters should sit out the election?", "has anyone considered whether other designs might
work better?") asks what the claim states: a writer often asks a question to answer it no, so
its words back no statement. A claim that reports the question ("she asks whether ...") says
what the question says, and is kept."""

from __future__ import annotations

from summarizer.grounding.claims import Claim, Passage, related_keys, synonym_keys
from summarizer.grounding.lemmas import Word, is_content

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
    outside them it holds under `_STATED_SHARE` of them. A question is the end of a sentence
    from its last opening quotation mark or colon to its question mark ("... asks the editor,
    'has anyone considered ...?'"; "... spend $324 on the query: Will you go with me?"), or the
    whole sentence when it has none: what the sentence says before it is stated."""
    if claim.text.rstrip(_CLOSING).endswith("?") or any(w.lower in _ASKING for w in claim.words):
        return None
    source = passage.source
    stated: list[Word] = []
    asked = False
    for i in passage.indices:
        start, end = source.spans[i]
        opening = _question_start(source.text[start:end])
        asked = asked or opening is not None
        cut = end if opening is None else start + opening
        stated.extend(w for w in source.sentences[i] if w.end <= cut)
    if not asked or not claim.content:
        return None
    keys = frozenset(k for w in stated if is_content(w) for k in w.keys)
    related = frozenset().union(*(related_keys(k) for k in keys))
    held = sum(bool(w.keys & keys or w.keys & related or synonym_keys(w) & keys) for w in claim.content)
    if held / len(claim.content) >= _STATED_SHARE:
        return None
    return "the evidence asks it as a question, and does not state it"


_OPENINGS = ("\u201c", "\u2018", '"', ": ", " '")


def _question_start(sentence: str) -> int | None:
    """Where the question that ends `sentence` begins (see `asked_not_stated`), or None when
    the sentence does not end with one."""
    if not sentence.rstrip(_CLOSING).endswith("?"):
        return None
    body = sentence.rstrip(_CLOSING)
    return max((body.rfind(mark) for mark in _OPENINGS), default=-1) if any(m in body for m in _OPENINGS) else 0
