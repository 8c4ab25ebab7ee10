"""Whether a claim's figure stands in the words the evidence gives another figure: the test a
claim fails when it moves a number the article has onto the phrase of another one ("the first
500 customers" where the article says "the first 100 customers" and "500 lucky customers";
"about 850 people missing" where it says "about 850 injured and 28 people missing"; "staged 17
debates in all" where it says "staged 26 debates in all, 17 of which had been held").

A figure's *frame* is the words tight around it: the word before it (unless a word that only
qualifies an amount, "about", "the", "at least") and the two after it, up to any punctuation
or other figure. `figure_mismatch` (claim_figures) asks whether the thing a figure counts is
near it somewhere in the passage; this asks the narrower question of the phrase itself, and
refuses only when another figure of the passage has clearly more of the claim's frame
(`_MARGIN`) than any place the passage gives the claim's figure, with a content word or a unit
of time among them. A frame wholly another figure's is not enough ("third *with 11 percent*"
paraphrases "third on 11 percent" beside "runner-up with 16 percent"), and one of small words
alone ("5 of the") says nothing of what is counted. A scale after a figure is the figure's
own ("$1.5 billion *a year*"), and a figure of the passage that leaves out its noun
(`counts_by_ellipsis`: "600,000 customers lost power and 66,000 remained without it") has no
frame to compare. (A figure with a scale, "$10 billion", where the evidence has only the bare
number of another measure, "a 10-year estimate", is `claim_figures`' to refuse.)"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.extract.figure_words import QUANTITY_WORDS
from summarizer.grounding.claim_figures import counted_unit, counts_by_ellipsis, is_dated, is_year
from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import Word, is_content
from summarizer.grounding.quantities import Figure, figures, is_number_word
from summarizer.grounding.time_units import UNITS

__all__ = ["frame_mismatch"]

#: How many more frame words another figure must share than the claim's own to take its place.
_MARGIN = 2
#: Words after a figure that belong to its frame.
_AFTER = 2
_BREAKS = ",;:()\"“”"
_TIME = frozenset(UNITS)
#: How far after a figure the noun it counts may stand ("500 lucky store customers").
_NAMED_WITHIN = 4


def frame_mismatch(claim: Claim, passage: Passage) -> str | None:
    """The reason a figure of the claim stands, in the passage, in another figure's phrase."""
    passage_figures = [f for f in figures(passage.words) if not f.loose]
    claimed = frozenset().union(*(f.values for f in claim.figures)) if claim.figures else frozenset()
    for figure in claim.figures:
        if figure.loose:
            continue
        frame = _frame(claim.words, claim.text, figure.index)
        if len(frame[0]) + len(frame[1]) < _MARGIN:
            continue
        own = [f for f in passage_figures if f.values & figure.values]
        if not own:
            continue  # `figure_mismatch` says so
        unit = counted_unit(claim, figure)
        if unit is not None and any(_leaves_out(claim, unit, passage, passage_figures, f) for f in own):
            continue  # "600,000 customers lost power and 66,000 remained without it": its noun is left out
        mine = max(len(_shared(frame, passage, f)) for f in own)
        for other in passage_figures:
            if other.values & claimed or is_year(other.text) or is_dated(passage.words, other.index):
                continue  # a year or a day dates the words around it, and counts none of them
            shared = _shared(frame, passage, other)
            if len(shared) >= mine + _MARGIN and any(_says_what(word) for word in shared):
                return (
                    f"the figure {figure.text} stands in the words the evidence gives {other.text} "
                    f"({' '.join(w.text for w in shared)})"
                )
    return None


def _frame(text_words: Sequence[Word], text: str, index: int) -> tuple[list[Word], list[Word]]:
    """The words tight around the figure at `index`, before it and after it (see the module's
    docstring)."""
    before: list[Word] = []
    here = text_words[index]
    if index:
        word = text_words[index - 1]
        between = text[word.end : here.start]
        if not any(mark in between for mark in _BREAKS) and not word.is_number and word.lower not in QUANTITY_WORDS:
            before.append(word)
    after: list[Word] = []
    end = here.end
    following = list(text_words[index + 1 : index + 2 + _AFTER])
    if following and not following[0].is_number and is_number_word(following[0].lower):
        end = following.pop(0).end  # the scale is the figure's own ("$1.5 billion")
    for word in following[:_AFTER]:
        if any(mark in text[end : word.start] for mark in _BREAKS) or _is_figure(word):
            break
        after.append(word)
        end = word.end
    return before, after


def _shared(frame: tuple[list[Word], list[Word]], passage: Passage, figure: Figure) -> list[Word]:
    """The claim's frame words that stand on the same side of the passage's `figure`."""
    theirs = _frame(passage.words, passage.source.text, figure.index)
    return [
        word
        for side, other_side in zip(frame, theirs, strict=True)
        for word in side
        if any(word.keys & w.keys for w in other_side)
    ]


def _leaves_out(claim: Claim, unit: Word, passage: Passage, passage_figures: list[Figure], figure: Figure) -> bool:
    """Whether the passage's `figure` counts the claim's `unit` by leaving it out, as the figure
    before it counts it (`counts_by_ellipsis`), rather than naming it in the next few words
    ("500 lucky store customers"): its own frame cannot then hold the unit."""
    named = passage.words[figure.index + 1 : figure.index + 1 + _NAMED_WITHIN]
    if any(unit.keys & word.keys for word in named):
        return False
    return counts_by_ellipsis(claim, unit, passage.words, passage_figures, figure)


def _says_what(word: Word) -> bool:
    """Whether a frame word says what a figure is of: a content word or a unit of time ("a
    *year*"), not a function word alone."""
    return is_content(word) or bool(word.keys & _TIME)


def _is_figure(word: Word) -> bool:
    return word.is_number or is_number_word(word.lower)
