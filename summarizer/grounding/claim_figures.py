"""Whether a claim's figures are the article's, the test a claim with a wrong number fails (moved
from `claims`, where every test of a claim once lived):

- `figures_in_article`: every figure the claim uses is in the article at all, however spelt
  ("three" is "3");
- `figure_mismatch`: each figure is in the passage, attached to the same thing (`counted_alike`:
  it counts what the claim says it counts)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.extract.dates import MONTHS
from summarizer.grounding.claims import Claim, Passage, SourceText, synonym_keys
from summarizer.grounding.lemmas import Word, can_be_noun, is_content
from summarizer.grounding.quantities import Figure, figures, is_number_word
from summarizer.grounding.synonyms import is_adjective
from summarizer.text.lexicon import TEMPORAL_WORDS

__all__ = [
    "counted_alike",
    "counted_unit",
    "counts_by_ellipsis",
    "figure_mismatch",
    "figures_in_article",
    "is_dated",
    "is_year",
]


def figures_in_article(claim: Claim, source: SourceText) -> str | None:
    every = frozenset().union(*source.figure_values)
    for figure in claim.figures:
        if not figure.loose and not figure.values & every:
            return f"the figure {figure.text} is not in the article"
    return None


def _scaled(figure: Figure) -> str | None:
    """The value `figure` has with its scale word ("$10 billion": 10000000000), when it has one:
    the same digits with another scale, or none ("the 10-year estimate"), are another figure."""
    numbers = {}
    for value in figure.values:
        try:
            numbers[value] = float(value)
        except ValueError:
            continue
    if len(numbers) < 2 or min(numbers.values()) <= 0:
        return None
    largest = max(numbers, key=lambda v: numbers[v])
    return largest if numbers[largest] >= _SCALE * min(numbers.values()) else None


#: How much larger than its digits a figure's value with its scale word is (thousands or more).
_SCALE = 1000


def figure_mismatch(claim: Claim, passage: Passage) -> str | None:
    """Each figure is in the passage, and counts the same thing there: a figure is refused when
    the passage puts the thing it counts next to another figure and never next to this one
    ("41 people arrested" where the passage says "arrested 14 people" and "41 officers")."""
    passage_figures = figures(passage.words)
    for figure in claim.figures:
        matches = [f for f in passage_figures if f.values & figure.values]
        if not matches:
            if figure.loose or figure.values & passage.listed:
                continue  # "four locations" where the evidence lists four towns
            return f"the figure {figure.text} is not in the evidence"
        scaled = _scaled(figure)
        if scaled is not None and not any(scaled in f.values for f in matches):
            return f"the figure {figure.text} is not in the evidence with the same scale (thousand, million, billion)"
        if not figure.loose and not is_dated(claim.words, figure.index) and not is_year(figure.text):
            if all(is_dated(passage.words, f.index) for f in matches):
                return f"the figure {figure.text} is a day of a month in the evidence, which counts nothing"
        glued = _glued_unit(claim.words, figure.index)
        if glued and all(_glued_unit(passage.words, f.index) not in ("", glued) for f in matches):
            other_unit = _glued_unit(passage.words, matches[0].index)
            return f"the figure {figure.text}{glued} is {figure.text}{other_unit} in the evidence"
        unit = counted_unit(claim, figure)
        if unit is None:
            continue
        # A figure the evidence writes right before what it counts ("3,900 tanks and 680
        # planes") counts that, whatever stands near it.
        counting = [f for f in matches if not _counts_another(passage, f, unit)]
        near_this = any(unit.keys & _neighbourhood(passage.words, f.index) for f in counting) or any(
            counts_by_ellipsis(claim, unit, passage.words, passage_figures, f) for f in matches
        )
        # A date counts nothing ("On March 12, Ortiz posted ..."): no figure of the claim is its.
        others = [
            f
            for f in passage_figures
            if not f.values & figure.values
            and not f.loose
            and not is_dated(passage.words, f.index)
            and not is_year(f.text)
        ]
        near_other = [f for f in others if unit.keys & _neighbourhood(passage.words, f.index)]
        if not near_this and near_other:
            return (
                f"the figure {figure.text} counts {unit.text!r} here, but the evidence gives "
                f"{near_other[0].text} {unit.text!r}"
            )
    return _figure_given_elsewhere(claim, passage, passage_figures)


def _counts_another(passage: Passage, figure: Figure, unit: Word) -> bool:
    """Whether the evidence's `figure` is followed (before any punctuation or other figure) by
    a noun that is not the claim's `unit` nor a word for it, and by no word that is: "3,900
    *tanks*" counts tanks, not the planes the claim gives it."""
    wanted = unit.keys | synonym_keys(unit)
    text, following = passage.source.text, passage.words[figure.index + 1 : figure.index + 4]
    end = passage.words[figure.index].end
    for at, word in enumerate(following):
        if any(mark in text[end : word.start] for mark in ",;:()") or word.is_number:
            return False
        if word.keys & wanted:
            return False
        after = following[at + 1] if at + 1 < len(following) else None
        modifies = after is not None and not text[word.end : after.start].strip() and can_be_noun(after.lower)
        if is_content(word) and can_be_noun(word.lower) and not is_adjective(word.lower) and not modifies:
            return True  # a noun, not one that qualifies the next ("40 *patrol* boats")
        end = word.end
    return False


_FIGURE_SETTING = 3  # content words either side of a figure that say what it is the figure of
_BESIDE = 3  # words apart within which two figures are one thing said twice
_SETTING_MARGIN = 2  # how many more of them another figure must share to be the claim's


def _figure_given_elsewhere(claim: Claim, passage: Passage, passage_figures: Sequence[Figure]) -> str | None:
    """A figure the evidence has, but where the claim's words around it ("the 10-year Treasury
    yield accounts for 39.6 per cent") stand around another figure of the evidence ("the
    10-year Treasury yield is 45.1 per cent, ... bonds at 39.6 per cent"): the figure belongs to
    something else there. Refused only when the other figure shares clearly more of them
    (`_SETTING_MARGIN`), for every place the evidence gives the claim's figure."""
    for figure in claim.figures:
        dated = is_dated(claim.words, figure.index)  # "Jan. 17"
        if figure.loose or is_year(figure.text) or dated or _in_score(claim.words, figure.index, claim.text):
            continue  # a year dates many things, in the same words ("hosted it in 2009", "will host it in 2019")
        setting = _setting_words(claim.words, figure.index)
        if len(setting) < _SETTING_MARGIN:
            continue
        scores = [
            (sum(bool(w.keys & _setting(passage.words, f.index)) for w in setting), f)
            for f in passage_figures
            if not f.loose
        ]
        # The evidence's figure that leaves out what it counts has the noun of the figure
        # before it ("600,000 customers lost power and 66,000 remained without power").
        unit = counted_unit(claim, figure)
        own = [
            score + (unit is not None and counts_by_ellipsis(claim, unit, passage.words, passage_figures, f))
            for score, f in scores
            if f.values & figure.values
        ]
        if not own:
            continue
        claimed = frozenset().union(*(f.values for f in claim.figures))
        # A figure right beside the claim's in the evidence is its conversion or range ("12mph (20km/h)")
        beside = {f.index for _, f in scores if f.values & figure.values}
        # A day of a month or a year dates what the words around it say, and counts none of it
        # ("On November 19, Labott tweeted ..."): it gives no figure to something else.
        rivals = [
            (score, f)
            for score, f in scores
            if not f.values & claimed
            and all(abs(f.index - i) > _BESIDE for i in beside)
            and not is_dated(passage.words, f.index)
            and not is_year(f.text)
        ]
        best, other = max(rivals, default=(0, None), key=lambda pair: pair[0])
        if other is not None and best >= max(own) + _SETTING_MARGIN:
            return (
                f"the figure {figure.text} is given to something else in the evidence "
                f"({other.text} is what the claim's words describe)"
            )
    return None


#: How far back a bare figure's evidence may give the noun it leaves out.
_ELLIPSIS_REACH = 20


def counts_by_ellipsis(
    claim: Claim, unit: Word, passage_words: Sequence[Word], passage_figures: Sequence[Figure], bare: Figure
) -> bool:
    """Whether the evidence's figure `bare` counts the claim's `unit` by leaving it out, as the
    figure before it counts it ("600,000 customers lost power and 66,000 remained without
    power": 66,000 customers), and says of it what the claim says: the claim's first content
    word after the unit is among the bare figure's own words ("66,000 customers were without
    power", never "66,000 customers lost power")."""
    following = passage_words[bare.index + 1] if bare.index + 1 < len(passage_words) else None
    if following is not None and is_content(following) and can_be_noun(following.lower):
        return False  # "66,000 homes": it counts what it says
    earlier = [
        f
        for f in passage_figures
        if 0 < bare.index - f.index <= _ELLIPSIS_REACH and unit.keys & _neighbourhood(passage_words, f.index)
    ]
    if not earlier:
        return False
    at = claim.words.index(unit)
    said = next((w for w in claim.words[at + 1 :] if is_content(w)), None)
    return said is None or bool(said.keys & _neighbourhood(passage_words, bare.index))


def is_dated(text_words: Sequence[Word], index: int) -> bool:
    """Whether the figure at `index` follows a month or a day ("Jan. 17", "November 19"), or
    comes before a month ("19 November"): a date."""
    following = text_words[index + 1].lower if index + 1 < len(text_words) else ""
    if following in MONTHS and following != "may":  # "40 may lose their jobs": a count
        return True
    return bool(index) and text_words[index - 1].lower in TEMPORAL_WORDS


def is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def _setting(text_words: Sequence[Word], index: int) -> frozenset[str]:
    """The lemmas of a figure's setting (`_setting_words`)."""
    return frozenset(k for w in _setting_words(text_words, index) for k in w.keys if not k.startswith("~"))


def _setting_words(text_words: Sequence[Word], index: int) -> list[Word]:
    """The `_FIGURE_SETTING` content words (names too) nearest a figure on either side, up to
    the next figure (whose own words they are): what it is the figure of."""
    near: list[Word] = []
    for step in (-1, 1):
        found = 0
        position = index + step
        while 0 <= position < len(text_words) and abs(position - index) <= 3 * _FIGURE_SETTING:
            word = text_words[position]
            if word.is_number or is_number_word(word.lower) or found == _FIGURE_SETTING:
                break
            if is_content(word):
                near.append(word)
                found += 1
            position += step
    return near


def _glued_unit(text_words: Sequence[Word], index: int) -> str:
    """The unit written onto a figure ("20*mph*", "20*km*"), or "" (none, or a scale: "2.5m")."""
    if index + 1 >= len(text_words):
        return ""
    figure, following = text_words[index], text_words[index + 1]
    if following.start != figure.end or following.is_number or is_number_word(following.lower):
        return ""
    return following.lower


def counted_alike(claim: Claim, figure: Figure, sentence: Sequence[Word]) -> bool:
    """Whether `sentence` gives the claim's `figure` counting the same thing ("600,000
    customers" for "600,000 customers", not "three towns" for "three women"); a figure that
    counts nothing (a year, a date) only needs to be there."""
    matches = [f for f in figures(sentence) if f.values & figure.values]
    unit = counted_unit(claim, figure)
    if not matches or unit is None:
        return bool(matches)
    return any(unit.keys & _neighbourhood(sentence, f.index) for f in matches)


def counted_unit(claim: Claim, figure: Figure) -> Word | None:
    """What a figure counts: the first content word within the next three ("68 *workers*"), or
    of the phrase after "of" ("202 of May's Conservative *colleagues*"), unless punctuation
    comes first ("Oliverio, 26, and ...") or the figure is a year or a day of a month ("Dec. 2",
    "in 2018"), which count nothing."""
    index = figure.index
    previous = claim.words[index - 1].lower if index else ""
    if previous in TEMPORAL_WORDS or any(v.isdigit() and 1800 <= int(v) <= 2100 for v in figure.values):
        return None
    if _in_score(claim.words, index, claim.text):
        return None
    end = claim.words[index].end
    # "202 of May's Conservative colleagues": the whole it is part of, past the names before it.
    reach = _PART_OF_REACH if index + 1 < len(claim.words) and claim.words[index + 1].lower == "of" else 4
    for word in claim.words[index + 1 : index + reach]:
        if any(mark in claim.text[end : word.start] for mark in ",;:()"):
            return None
        if word.lower in _UNIT_ENDS:
            return word  # how often: "stabbed her five times" is not "a 5-year-old"
        if word.is_number or is_number_word(word.lower):
            return None  # "three and five years": another figure, of the same unit
        if word.lower in _LEFT_OUT_BEFORE:
            return None  # "reach 14 under NBA contracts": the noun is left out, "under" counts nothing
        if is_content(word) and not word.capitalised:
            return word
        end = word.end
    return None


#: Prepositions the word lists take for content words, which a figure is followed by only when
#: the noun it counts is left out ("must be at 14 under NBA contracts", "finished 3 under par"):
#: what comes after them is where or how, never what the figure counts.
_LEFT_OUT_BEFORE = frozenset(
    "under below above against across within without through toward towards near beyond behind inside "
    "outside around along past".split()
)

# A figure followed by "times" counts how often, not the noun after ("won eight times and tied"):
# "times" is its unit.
_UNIT_ENDS = frozenset({"times"})
_SCORE_JOINS = ("-", "–", "—")


def _in_score(text_words: Sequence[Word], index: int, text: str) -> bool:
    """Whether the figure at `index` is one side of a score, a record or a range written with a
    dash ("beat them 3-2", "(33-13-5)", "10-12 years"): the pair, not either figure, is what the
    words around it describe, and the word after it is not what it counts ("3-2 heading into
    the break" counts no heading)."""
    here = text_words[index]
    after = text_words[index + 1] if index + 1 < len(text_words) else None
    before = text_words[index - 1] if index else None
    return (after is not None and after.is_number and text[here.end : after.start] in _SCORE_JOINS) or (
        before is not None and before.is_number and text[before.end : here.start] in _SCORE_JOINS
    )


#: How far past "of" a figure that is part of something reaches ("$20,000 of Mr. Lee's
#: estimated $50,000 costs": part of the costs).
_PART_OF_REACH = 8


def _neighbourhood(passage_words: Sequence[Word], index: int) -> frozenset[str]:
    after = _PART_OF_REACH if index + 1 < len(passage_words) and passage_words[index + 1].lower == "of" else 5
    near = passage_words[max(0, index - 3) : index + after]
    return frozenset(k for w in near for k in w.keys)
