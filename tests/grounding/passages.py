"""The evidence a unit test hands a passage test: the whole hand-made text as one passage, as the
claim check builds it for an article it reads at once."""

from __future__ import annotations

from summarizer.grounding.claims import Passage, parse_source


def whole_passage(text: str) -> Passage:
    """Every sentence of `text`, as one passage."""
    source = parse_source(text)
    return Passage(source, 0, len(source.sentences) - 1)
