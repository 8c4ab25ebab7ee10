"""Finding the figures an article states ("10,000", "3.5%", "$1.2 billion", "30 per cent",
"412,000 and 418,000 barrels", a 2-1 score) with their unit, and what each counts (see
`figure_labels`). Deterministic because a regular expression never misquotes a number, while a
small model often does.

Left out, because they say when or which rather than how many: dates and years (which
`dates` finds; `evidence` skips its spans here too), clock times and
video lengths ("10:43"), ordinals, fractions and ratios written with a slash ("24/7"), numbers
that are part of a name ("S&P 500", "Route 9", "Local 832", "Boeing 737", "No. 2") and the
columns of a chart that a page flattened into a run of bare numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from summarizer.extract.dates import MONTHS
from summarizer.extract.figure_context import label_from_context
from summarizer.extract.figure_grammar import label_from_grammar, parse_sentences_read
from summarizer.extract.figure_labels import age_label, label_figure, score_label
from summarizer.extract.figure_units import CURRENCY_WORDS, compound_label, currency_word, unit_after
from summarizer.text.lexicon import COMMON_WORDS, TEMPORAL_WORDS
from summarizer.text.spans import Span

_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|m|k)\b"
# A decimal comma ("20,4 %") has one or two digits after it; a thousands comma has three.
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+[.,]\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
_CURRENCY = r"(?:US\$|C\$|A\$|[$€£¥₹])"
_PERCENT = r"(?:\s?%|\s?per\s?cent\b|\s?percent\b|\s?percentage points?\b)"
_FIGURE = re.compile(
    rf"(?<![\w.,:/%])(?<!\w-)(?P<sign>[-−](?=\d))?(?P<currency>{_CURRENCY})?\s?(?P<number>{_NUMBER})(?:[-–](?P<upper>{_NUMBER}))?"
    rf"(?:[\s-]?(?P<scale>{_SCALE}))?(?P<percent>{_PERCENT})?(?![\w/]|:\d|-\d)",
    re.IGNORECASE,
)
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_DATE_RANGE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*\d{{1,2}}\s*(?:to|through|and|-|–)\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"^(?:[:.]\d\d(?:\b|\s?[ap]\.?m)|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|BST|EST|EDT|PST|PDT|CET))", re.IGNORECASE
)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_DECADE_AFTER = re.compile(r"^['’]s\b")
_INDEX_BEFORE = re.compile(
    r"\b(?:lap|hole|page|chapter|episode|section|article|flight|platform|gate|room|seat|row|exit|"
    r"stage|grade|game|matchday|gameweek|verse|clause|amendment|terminal|pier|ward|precinct)\s$"
)
_YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")
# "No. 2", "Number 1", "#3", "Route 9", "S&P 500": a bare number right after a name word.
_NAME_BEFORE = re.compile(r"(?:\b(?:No|Nos|Number|Nr)\.?\s*|#\s?|\b(?P<word>[A-Z][\w&'’.-]*)\s)$")
# A street address: "80 Winchester St.", "1600 Pennsylvania Avenue".
_ADDRESS_AFTER = re.compile(
    r"^\s(?:[A-Z][\w'’-]*\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|Place|Pl)\b"
)
# Two figures that are one: a range or a score ("412,000 and 418,000 barrels", "5 to 7",
# "2-1", "121-139", "between $2.6 billion and $2.9 billion").
_JOINER = re.compile(r"^(?:\s?[-–—]\s?|\s+to\s+|\s+and\s+)$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_YEARS_OLD = re.compile(r"^[-\s]years?[-\s]old\b", re.IGNORECASE)
_CHART_GAP = re.compile(r"^\s+$")
_NOUN_AFTER = re.compile(
    r"^\s(?!(?:and|or|was|were|is|are|has|had|have|to|of|in|on|at|by|for|with|from|the|a|an)\b)"
    r"([a-z][a-z-]+)\b(?!\s+of\b)"
)


@dataclass(frozen=True)
class Figure:
    """A figure as written (`value` == text[start:end]), its unit, and what it counts."""

    value: str
    start: int
    end: int
    unit: str | None
    measures: str | None


@dataclass
class _Found:
    match: re.Match
    start: int
    end: int


def find_figures(text: str, skip: Sequence[Span] = ()) -> list[Figure]:
    """Every stated figure outside `skip`, in order of appearance."""
    phones = [match.span() for match in _PHONE.finditer(text)]
    found = [f for f in _candidates(text) if not any(f.start < e and f.end > s for s, e in [*skip, *phones])]
    found = _without_chart_runs(text, found)
    found = _without_line_up_numbers(text, found)
    asides = [match.span() for match in _NUMBER_ASIDE.finditer(text)]
    plain = _blanked(text, asides)
    ruled: list[tuple[str, Figure, int]] = []  # each figure, as the word-order rules label it
    index = 0
    while index < len(found):
        first = found[index]
        last = first
        if index + 1 < len(found) and _joined(text, first, found[index + 1]):
            last = found[index + 1]
            index += 1
        index += 1
        # A figure is labelled as if the asides beside it were not there ("17 miles (27km) of
        # track"); one inside an aside is read in it ("1/4 cup (60 ml) plain yogurt").
        inside = any(s <= first.start and last.end <= e for s, e in asides)
        read = text if inside else plain
        ruled.append((read, *_figure(read, first, last)))
    # the sentences the parse may be asked for, below: parsed together
    parse_sentences_read((read, figure.start, end) for read, figure, end in ruled if figure.measures is None)
    figures: list[Figure] = []
    for read, figure, label_end in ruled:
        if figure.measures is None and figures and _restates(text, figures[-1], figure):
            figure = replace(figure, measures=figures[-1].measures)
        if figure.measures is None and figures and _elsewhere(text, figures[-1], figure):
            figure = replace(figure, measures=figures[-1].measures)
        listed = figure.measures is None and figures and _listed(text, figures[-1], figure)
        if figure.measures is None or listed:  # what no word-order rule could read: the parse of its sentence
            measures = label_from_grammar(read, figure.start, label_end, unit=figure.unit, money=figure.unit in _MONEY)
            # the next of a list counts what the one before it counts, unless its own clause says
            # more: "17 percent were Latino and 16 percent [were black]"
            figure = replace(figure, measures=measures or (figures[-1].measures if listed else None))
        figures.append(figure)
    return figures


# A telephone number: "+44 20 7946 0958", "728-7903", "(65-8703305)"; no figure of a story. The
# look-ahead on the first character lets the regex engine skip every other position at once.
_PHONE = re.compile(r"(?=[+\d])(?:\+\d[\d ()-]{5,}\d|(?<![\w,.-])\d{2,4}-\d{4,}(?![\w,-]))")
# A parenthesis that holds a figure: a conversion ("($57,600)", "(27km)") or an aside.
_NUMBER_ASIDE = re.compile(r"\((?=[^()\n]*\d)[^()\n]{1,48}\)")
# The same amount said again in another unit or as another measure: "75,000 Swiss francs
# [($57,600)]", "8 per cent [(£17,125)]", "12 per cent more [– or £38,831]".
_RESTATED = re.compile(
    r"^[^\d()\n.;]{0,24}(?:\(\s*|[,–—]?\s+or\s+)(?:about|around|roughly|some|nearly|approximately)?\s*$"
)
# The same measure set beside another: "10 judges rather than [11]", "$98,000, compared with
# females' [$93,000]", "up from [58 percent]".
_COMPARED = re.compile(
    r"^[^\d()\n.;:]{0,24}?\b(?:rather than|instead of|compared (?:with|to)|versus|vs\.?|up from|down from)"
    r"\s+(?:[\w'’]+\s+){0,2}?$"
)


_LISTED = re.compile(r"^[^\d()\n.;:]{0,16}?(?:,|,?\s+and)\s+(?:about|around|roughly|some|nearly|then)?\s*$")


def _blanked(text: str, spans: list[Span]) -> str:
    """`text` with each of `spans` written over by spaces, so every offset stays the same."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _restates(text: str, previous: Figure, figure: Figure) -> bool:
    """Whether `figure` gives `previous`'s amount again (a conversion, an "or", a comparison):
    it counts what `previous` counts."""
    if previous.measures is None:
        return False
    between = text[previous.end : figure.start]
    return bool(_RESTATED.match(between) or _COMPARED.match(between))


# "83% of voters under 30 [in] Pennsylvania, 74% [in] Indiana and 71% in West Virginia": the same
# measure again for another place, time or group, its noun left out.
_ANOTHER_PLACE = re.compile(r"\s+(?P<prep>in|at|on|for|among)\s+(?:the\s+)?[A-Z]")
_NEXT_IN_LIST = re.compile(
    r"^[^.;:!?\n]{0,60}?(?:,|,?\s+and|,?\s+while)\s+(?:about|around|roughly|some|nearly|just)?\s*$"
)


def _elsewhere(text: str, previous: Figure, figure: Figure) -> bool:
    """Whether `figure` gives `previous`'s measure for another place or group, in a list that
    leaves its noun out (see `_ANOTHER_PLACE`): it counts what `previous` counts."""
    if previous.measures is None or previous.unit != figure.unit:
        return False
    between = text[previous.end : figure.start]
    here = _ANOTHER_PLACE.match(text, figure.end)
    there = _ANOTHER_PLACE.search(between)
    return bool(here and there and there.group("prep") == here.group("prep") and _NEXT_IN_LIST.match(between))


def _listed(text: str, previous: Figure, figure: Figure) -> bool:
    """Whether `figure` is the next of a list in `previous`'s unit ("51,000 tonnes and 319,000
    tonnes"): it counts what `previous` counts unless its own clause says otherwise."""
    between = text[previous.end : figure.start]
    return (
        previous.measures is not None
        and previous.unit is not None
        and previous.unit == figure.unit
        and bool(_LISTED.match(between))
    )


def _candidates(text: str) -> list[_Found]:
    candidates = []
    for match in _FIGURE.finditer(text):
        start, end = match.start(), match.end()
        if text[start].isspace():
            start += 1
        if not _is_date_time_or_name(text, match, start):
            candidates.append(_Found(match, start, end))
    return candidates


def _is_date_time_or_name(text: str, match: re.Match, start: int) -> bool:
    number = match.group("number")
    before, after = text[max(0, start - 24) : start], text[match.end() : match.end() + 12]
    if _TIME_AFTER.match(after) and not (match.group("currency") or match.group("percent")):
        return True
    if match.group("currency") or match.group("percent") or match.group("scale"):
        return False
    if _DATE_BEFORE.search(before[-12:]) or _DATE_AFTER.match(after) or _ORDINAL_AFTER.match(after):
        return True
    if _DATE_RANGE_BEFORE.search(before) and len(number) <= 2:  # "Sept. 19 to [22]"
        return True
    if _DECADE_AFTER.match(after) or (_INDEX_BEFORE.search(before) and "," not in number):
        return True  # "the 90's"; "lap 48", "page 4": which one, not how many
    # "Local 832", "Boeing 737"; not "fined Bowyer 4,000 pounds": a name's number has no
    # thousands separator and no unit
    measured = "," in number or unit_after(text, match.end()) or currency_word(text, match.end())
    if (_part_of_a_name(before) and not measured) or _ADDRESS_AFTER.match(text[match.end() : match.end() + 60]):
        return True
    # A run of ten or more digits without separators is an identifier (a tweet, an account).
    return bool(_YEAR_RE.fullmatch(number)) or len(number) >= 10


def _part_of_a_name(before: str) -> bool:
    """A bare number right after a capitalised word that is not a function word ("Route 9",
    "Local 832", "S&P 500"), or after "No."/"#". "About 90 people" and "In 14 countries" are
    counts: their capitalised word only opens the sentence."""
    name = _NAME_BEFORE.search(before)
    if name is None:
        return False
    word = name.group("word")
    if word is None:
        return True
    bare = word.rstrip(".").lower()
    return bare not in COMMON_WORDS and bare not in TEMPORAL_WORDS and not bare.isdigit()


def _without_chart_runs(text: str, found: list[_Found]) -> list[_Found]:
    """A chart or table flattened into prose ("3,000 98.0 2,800 98.5 2,600") is a run of three
    or more bare numbers with only spaces between them: none of them is a stated figure."""
    in_run = [False] * len(found)
    run_start = 0
    for index in range(1, len(found) + 1):
        gap = index < len(found) and _CHART_GAP.match(text[found[index - 1].end : found[index].start])
        if not gap:
            if index - run_start >= 3:
                in_run[run_start:index] = [True] * (index - run_start)
            run_start = index
    return [f for f, skipped in zip(found, in_run) if not skipped]


# A shirt number before its player in a line-up: "19 - Kenichi Shimokawa, 2 - Hiroshige Yanagimoto".
_SHIRT_NUMBER = re.compile(r"\s[-–]\s(?=[A-Z][\w'’.-]+\s+[A-Z])")
_LINE_UP = 3  # shirt numbers in one line that make it a line-up


def _without_line_up_numbers(text: str, found: list[_Found]) -> list[_Found]:
    """A line-up lists players by shirt number ("Japan: 19 - Kenichi Shimokawa, 2 - Hiroshige
    Yanagimoto, 3 - ..."): those numbers name players, as "Route 9" names a road, and count
    nothing. A number before " - Name" is one where its line holds three or more of them."""
    numbered = [bool(_SHIRT_NUMBER.match(text, f.end)) for f in found]
    lines: dict[int, int] = {}
    for f, shirt in zip(found, numbered, strict=True):
        if shirt:
            line = text.rfind("\n", 0, f.start)
            lines[line] = lines.get(line, 0) + 1
    return [
        f
        for f, shirt in zip(found, numbered, strict=True)
        if not (shirt and lines[text.rfind("\n", 0, f.start)] >= _LINE_UP)
    ]


def _joined(text: str, first: _Found, second: _Found) -> bool:
    """Whether two neighbouring figures are one range or score: joined by a dash, "to", or an
    "and" that a "between" opens or that shares one noun ("412,000 and 418,000 barrels")."""
    between = text[first.end : second.start]
    if not _JOINER.match(between):
        return False
    for marked in ("percent", "currency"):
        if first.match.group(marked) and not second.match.group(marked):
            return False  # "fell 38% to 4.7 billion": a change and a new level, not a range
    if "and" in between:
        shared_noun = unit_after(text, first.end) is None and label_figure(text, second.start, second.end) is not None
        return bool(_BETWEEN_BEFORE.search(text[max(0, first.start - 12) : first.start])) or shared_noun
    return True


def _figure(text: str, first: _Found, last: _Found) -> tuple[Figure, int]:
    """The figure from `first` to `last` as the word-order rules label it, and where its unit
    word ends."""
    start, end = first.start, last.end
    match = last.match
    unit = _unit(first.match) or _unit(match)
    measures = None
    money = bool(first.match.group("currency") or match.group("currency"))
    label_end = end  # where the figure and its unit end, for what follows them
    years_old = _YEARS_OLD.match(text[end : end + 12])
    if years_old:
        unit, measures = "years", age_label(text, end + years_old.end())
        label_end = end + years_old.end()
    elif (word := currency_word(text, end)) is not None:
        unit, label_end = word
        money = True
        measures = label_figure(text, start, label_end, share_or_money=True)
    else:
        measured_unit = None if match.group("percent") else unit_after(text, end)
        if measured_unit and measured_unit[0] == "pounds" and match.group("scale") and not unit:
            unit, label_end, measured_unit, money = "GBP", measured_unit[1], None, True  # "3.5 million pounds"
        if unit is None and measured_unit is not None:
            unit, label_end = measured_unit
            # "1,000 hours of [ice time]": a measure names its whole after "of", as a share does
            measures = label_figure(text, start, label_end, share_or_money=True)
            if text[end : end + 1] == "-" and (noun := _NOUN_AFTER.match(text[label_end : label_end + 40])):
                measures = compound_label(unit, measures if measures and noun.group(1) in measures else noun.group(1))
        else:
            money_or_share = bool(match.group("percent") or match.group("currency") or money)
            measures = label_figure(text, start, label_end, share_or_money=money_or_share)
        if measures is None and first is last and not (match.group("currency") or match.group("percent")):
            measures = age_label(text, start, after_name=True)
    if measures is None:
        measures = label_from_context(text, start, label_end, unit=unit, money=money)
    if unit is None and (match.group("upper") or re.match(r"^\s?[-–]\s?$|^\s+to\s+$", text[first.end : last.start])):
        following = _NOUN_AFTER.match(text[end : end + 40])
        measures = (
            score_label(measures, following.group(1) if following else "", text[max(0, start - 60) : start]) or measures
        )
    return Figure(value=text[start:end], start=start, end=end, unit=unit, measures=measures), label_end


_CURRENCY_UNITS = {"$": "USD", "US$": "USD", "C$": "CAD", "A$": "AUD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_MONEY = frozenset(_CURRENCY_UNITS.values()) | frozenset(CURRENCY_WORDS.values()) | {"GBP"}


def is_money_unit(unit: str) -> bool:
    """Whether a figure's `unit` is a currency ("USD", "GBP", "pesos")."""
    return unit in _MONEY


def _unit(match: re.Match) -> str | None:
    if match.group("percent"):
        return "percentage points" if "point" in match.group("percent").lower() else "percent"
    if match.group("currency"):
        return _CURRENCY_UNITS.get(match.group("currency").upper(), match.group("currency"))
    return None
