"""Whether the article says a figure counts what a model says it counts. A model's label of a
figure ("ISS crew members" for "six") is a claim like any other: it is kept only where a
mention of the figure stands in a sentence that states it, and those mentions become the
figure's evidence. An article that writes one number for several things ("six hours later",
"the six crew members", "six attempts") gives each label its own mentions instead of one figure
whose spans point at the wrong things.

A label is stated at a mention when its names and figures are in the article, its names near
the figure (from three sentences before to the one after: a label says whose figure it is, by a
name given just before, "length of the Tesla video"), and at least half of its other content
words are held by the mention's sentence or the one before it, which a pronoun or a description
in the mention's sentence refers back to ("Her 2,203"). A word is held as a lemma, a synonym, or
the word of another class a label makes of the sentence's ("suspension" for "suspended",
"attendance" for "attended", `derived_keys`), never as a more general word of the sentence's
(`Passage.holds` takes those for a claim, but a label is two or three words, and "risk" would
stand for "attempts"); or it is said by the figure's own form: its unit ("weeks", "400g"), an age
("two-year-old"), the rules' label for that mention (`extract.figure_labels`: "age of the woman"
for "the 36-year-old woman"), money ("cost", "price"), a share ("rate"), a score ("record"), or
any count ("number", "total").

Measured on the capable answers of the tuning files: 286 of 301 labels kept, and 666 of 1,066
labels moved to another figure of the same article refused. Tighter variants (the mention's
sentence alone, or one of its words required there) refused more moved labels (up to 74%) and
cost 7 to 19 faithful ones."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.extract.figure_units import MEASUREMENT_UNITS, dimension_of
from summarizer.extract.figures import Figure, is_money_unit
from summarizer.grounding.claim_figures import figures_in_article
from summarizer.grounding.claim_names import names_in_article
from summarizer.grounding.claims import FRAME_WORDS, Passage, derived_keys, parse_claim, parse_source, synonym_keys
from summarizer.grounding.lemmas import Word, words
from summarizer.text.sentences import sentence_index_at
from summarizer.text.spans import Span

__all__ = ["MIN_LABEL_COVERAGE", "LabelSupport", "label_support", "place_labels"]

#: The share of a label's content words (names aside) that a mention's sentences must hold.
MIN_LABEL_COVERAGE = 0.5

#: Words that say only that a figure is a count or an amount of something: any figure is one.
_ANY_FIGURE = frozenset("number numbers total count amount figure tally sum".split())
#: What each kind of figure is, whatever the sentence says around it.
_DIMENSION_WORDS = {
    "length": frozenset("length distance duration period span long height depth width stretch".split()),
    "weight": frozenset("weight mass heavy size".split()),
    "area": frozenset("area size extent".split()),
}
_MONEY_WORDS = frozenset(
    "cost costs price value worth amount sum budget spending fee salary pay payment fine revenue funding".split()
)
_SHARE_WORDS = frozenset("share rate percentage proportion portion".split())
_SCORE_WORDS = frozenset("score record result scoreline margin".split())
_SHARE_UNITS = frozenset(("percent", "percentage points"))
_AGE = re.compile(r"years?[\s-]old\b", re.IGNORECASE)
_AGE_WORDS = frozenset(("age", "old", "aged"))
# the unit a figure is written with: "two weeks", "400g", "17-second"
_UNIT_WORD = re.compile(r"(?<=[\d\s-])([a-z]+)\b")
# "3-2", "18-17-3": a score or a record
_SCORE = re.compile(r"\d+(?:\s?[-–]\s?\d+){1,2}")


@dataclass(frozen=True)
class LabelSupport:
    """How a mention's sentences back a label: the share of its content words they hold, and
    what of it they lack outright (a name or a figure), which refuses it whatever the share."""

    share: float
    lacking: str | None = None
    #: The share held by the mention's own sentence: which of two labels a mention belongs to.
    own: float = 0.0

    @property
    def supported(self) -> bool:
        return self.lacking is None and self.share >= MIN_LABEL_COVERAGE


def label_support(label: str, mention: Span, source: str, figure: Figure | None = None) -> LabelSupport:
    """Whether the sentences at `mention` state `label` (see the module docstring); `figure` is
    the rules' reading of the figure there, when they found one."""
    text = parse_source(source)
    here = sentence_index_at(source, mention[0])
    if here is None:
        return LabelSupport(0.0, "the figure is not in a sentence of the article")
    passage = Passage(text, max(0, here - 1), here)
    claim = parse_claim(label)
    missing = names_in_article(claim, text) or figures_in_article(claim, text)
    if missing:
        return LabelSupport(0.0, missing)
    around = Passage(text, max(0, here - 3), min(len(text.spans) - 1, here + 1))
    for name in claim.names:
        if not any(word.lower in around.lowers for word in name):
            return LabelSupport(0.0, f"{' '.join(w.text for w in name)} is not named near the figure")
    content = [word for word in claim.content if word.lower not in FRAME_WORDS]
    if not content:
        return LabelSupport(1.0, own=1.0)
    said = _said_by_form(source[mention[0] : mention[1]], figure)
    held = sum(_stated(word, passage) or _said(word, said) for word in content)
    sentence = Passage(text, here, here)
    own = sum(_stated(word, sentence) or _said(word, said) for word in content)
    return LabelSupport(held / len(content), own=own / len(content))


def place_labels(
    labels: Sequence[str], mentions: Sequence[Span], source: str, figures: Sequence[Figure]
) -> tuple[dict[str, list[Span]], dict[str, str]]:
    """Each mention of a figure goes to the label, of those a model gave it, that its sentences
    state best (its own sentence first): the labels' places. A label with no place is given
    with the reason: no sentence of the figure states it (that of the mention that came
    closest), or another label took each mention that does. `figures` are the rules' readings
    of the article's figures: the one a mention holds or overlaps is its own ("30" of
    "30-minute")."""
    supports = {
        (label, mention): label_support(label, mention, source, _read_at(mention, figures))
        for label in labels
        for mention in mentions
    }
    places: dict[str, list[Span]] = {label: [] for label in labels}
    for mention in mentions:
        stating = [label for label in labels if supports[label, mention].supported]
        if stating:
            best = max(stating, key=lambda label: (supports[label, mention].own, supports[label, mention].share))
            places[best].append(mention)
    reasons: dict[str, str] = {}
    for label in labels:
        if places[label] or not mentions:
            continue
        found = [supports[label, mention] for mention in mentions]
        if any(support.supported for support in found):
            taken = next(other for other in labels if places[other])
            reasons[label] = f"a second label for the same figure; the first is kept: {taken!r}"
            continue
        closest = max(found, key=lambda support: (support.lacking is None, support.share))
        reasons[label] = "what it counts is not stated beside the figure" + (
            f": {closest.lacking}" if closest.lacking else f" ({closest.share:.0%} of its words are there)"
        )
    return places, reasons


def _read_at(mention: Span, figures: Sequence[Figure]) -> Figure | None:
    return next((f for f in figures if f.start < mention[1] and mention[0] < f.end), None)


def _said_by_form(value: str, figure: Figure | None) -> frozenset[str]:
    """The lemmas of what a figure is by its form alone (see the module docstring)."""
    said = set(_ANY_FIGURE)
    if _SCORE.fullmatch(value.strip()):
        said |= _SCORE_WORDS
    if _AGE.search(value):
        said |= _AGE_WORDS
    units = [MEASUREMENT_UNITS[word] for word in _UNIT_WORD.findall(value.lower()) if word in MEASUREMENT_UNITS]
    if figure is not None:
        if figure.measures:
            said |= {key for word in words(figure.measures) for key in word.keys}
        if figure.unit and is_money_unit(figure.unit):
            said |= _MONEY_WORDS
        if figure.unit in _SHARE_UNITS:
            said |= _SHARE_WORDS
        units += [figure.unit] if figure.unit else []
    for unit in units:
        if dimension := dimension_of(unit):
            said |= _DIMENSION_WORDS.get(dimension, frozenset({dimension}))
    return frozenset(said)


def _said(word: Word, said: frozenset[str]) -> bool:
    return bool(word.lower in said or word.keys & said or synonym_keys(word) & said)


def _stated(word: Word, passage: Passage) -> bool:
    """A word of a label in the passage: as a lemma, a synonym, or a word of another class made
    of the passage's. Not as a more general word of the passage's (`Passage.holds` takes those
    for a claim): a label is two or three words, and "risk" would stand for "attempts"."""
    return bool(word.keys & passage.keys or synonym_keys(word) & passage.keys or derived_keys(word) & passage.keys)
