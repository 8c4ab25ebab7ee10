"""When a figure holds: "this season", "next year", "last month" written beside it. A contract
story gives this season's pay and next season's option side by side; a claim that moves a
figure from one to the other keeps every word and figure of the evidence ("earn $25.6 million
this season" where the article writes "$24.1 million this season and an option for $25.6
million next season"). The claim is refused when the evidence writes the claim's figure beside
the same period said otherwise ("next season" for "this season"), and never beside the
claim's."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import Word
from summarizer.grounding.quantities import figures

__all__ = ["figure_time_mismatch"]

# The words that place a period relative to now.
_RELATIVE = frozenset("this next last previous coming current".split())
_SAME_PERIOD = {"previous": "last", "coming": "next", "current": "this"}
#: How many words after a figure its period may stand ("$25.6 million US this season").
_REACH = 4


def figure_time_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A figure of the claim that the evidence dates to another period (see the module
    docstring)."""
    passage_figures = figures(passage.words)
    for figure in claim.figures:
        period = _period(claim.words, figure.index)
        if period is None:
            continue
        theirs = [_period(passage.words, f.index) for f in passage_figures if f.values & figure.values and not f.loose]
        same_unit = [p for p in theirs if p is not None and p[1] == period[1]]
        if same_unit and all(p[0] != period[0] for p in same_unit):
            relative, unit = same_unit[0]
            return f"the figure {figure.text} is for {relative} {unit} in the evidence, not {period[0]} {period[1]}"
    return None


def _period(text_words: Sequence[Word], index: int) -> tuple[str, str] | None:
    """("next", "season") for a figure followed within `_REACH` words by "next season"."""
    after = text_words[index + 1 : index + 1 + _REACH]
    for word, following in zip(after, after[1:], strict=False):
        if word.lower in _RELATIVE:
            return _SAME_PERIOD.get(word.lower, word.lower), following.lower
        if word.is_number:
            return None
    return None
