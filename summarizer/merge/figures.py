"""Numbers across several reports, grouped by what they count, each value with its source.

Two reports of one story often give different figures for the same thing ("3,000 North Korean
troops" in the first, "around 10,000 of them" two weeks later). A reader must see both, with
their sources, and be told plainly that they differ: the note never picks one. A figure whose
report does not say what it counts joins the group whose subject its own sentence names, and
only if exactly one group fits; otherwise it stands alone, unlabelled."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.grounding.prose import content_words
from summarizer.schemas import Citation, MergedSource, NumberGroup, NumberItem, SourcedFigure
from summarizer.text.sentences import sentence_around

__all__ = ["group_figures"]

# Words news uses interchangeably for the same count, as `content_words` stems them: folded onto
# one before comparing.
_SAME_THING = {
    "soldier": "troop",
    "forc": "troop",
    "personnel": "troop",
    "dead": "death",
    "kill": "death",
    "fatality": "death",
    "fataliti": "death",
    "injur": "injury",
    "wound": "injury",
    "injuri": "injury",
    "person": "people",
}
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|m|k)?\b", re.IGNORECASE)


# What happened to the people or things counted: two counts of different outcomes ("42 people
# killed", "11 people missing") are never one figure, however alike their nouns. Stems as
# `content_words` gives them.
_OUTCOMES = {
    "death": "death",
    "dead": "death",
    "di": "death",
    "kill": "death",
    "fatality": "death",
    "fataliti": "death",
    "toll": "death",
    "injury": "injury",
    "injur": "injury",
    "wound": "injury",
    "hurt": "injury",
    "miss": "missing",
    "missing": "missing",
    "unaccount": "missing",
    "displac": "displaced",
    "homeless": "displaced",
    "evacuat": "displaced",
    "fled": "displaced",
    "rescu": "rescued",
    "arrest": "arrested",
    "detain": "arrested",
    # the same words as a lemmatizer gives them
    "die": "death",
    "died": "death",
    "injure": "injury",
    "displace": "displaced",
    "evacuate": "displaced",
    "homeles": "displaced",
    "rescue": "rescued",
    "unaccounted": "missing",
}
# When a figure holds, where its sentence says so: last year's toll is not this year's.
_PERIOD = re.compile(
    r"\b(?:last|previous|next|past)\s+(?:year|month|week|season|decade)\b|\b(?:a|one|two|three)\s+(?:years?|months?)\s+ago\b"
    r"|\bin\s+(?:1[89]|20)\d\d\b|\bsince\s+(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)


@dataclass
class _Figure:
    item: NumberItem
    source: str
    subject: frozenset[str]  # what it counts, as stems; empty when the source does not say
    context: frozenset[str]  # the stems of its sentence
    kind: str  # "count", "percent", or a currency or unit
    outcome: str | None  # what happened to what it counts ("death", "missing"), when said
    period: str  # when it holds, as its sentence says ("" when it does not)


def group_figures(per_source: Sequence[tuple[MergedSource, Sequence[NumberItem], str]]) -> list[NumberGroup]:
    """`(source, brief.numbers, source text)` in source order -> groups in order of first mention."""
    figures = [_figure(item, source.id, text) for source, items, text in per_source for item in items]
    groups: list[list[_Figure]] = []
    for figure in [f for f in figures if f.subject] + [f for f in figures if not f.subject]:
        home = _home(figure, groups)
        if home is None:
            groups.append([figure])
        else:
            home.append(figure)
    dates = {source.id: source.date for source, _, _ in per_source}
    order = [source.id for source, _, _ in per_source]
    ordered = sorted(groups, key=lambda group: min(_position(f, order) for f in group))
    return [_number_group(sorted(group, key=lambda f: _position(f, order)), dates) for group in ordered]


def amount(value: str) -> float | None:
    """The quantity a figure states: "10,000" and "10 thousand" are both 10000.0."""
    match = _AMOUNT.search(value)
    if match is None:
        return None
    number = float(match.group(1).replace(",", ""))
    scale = (match.group(2) or "").lower()
    return number * _SCALES.get(scale, 1.0)


def _figure(item: NumberItem, source: str, text: str) -> _Figure:
    context = sentence_around(text, item.spans[0][0]) if item.spans else ""
    subject = _stems(item.measures or "")
    period = " ".join(sorted(m.group().lower() for m in _PERIOD.finditer(context)))
    return _Figure(
        item=item,
        source=source,
        subject=subject,
        context=_stems(context),
        kind=_kind(item),
        outcome=_outcome(item.measures or ""),
        period=period,
    )


def _outcome(measures: str) -> str | None:
    found = {_OUTCOMES[stem] for stem in content_words(measures) if stem in _OUTCOMES}
    return found.pop() if len(found) == 1 else None


def _stems(text: str) -> frozenset[str]:
    return frozenset(_SAME_THING.get(stem, stem) for stem in content_words(text) if not stem[0].isdigit())


def _kind(item: NumberItem) -> str:
    value = item.value.lower()
    if "%" in value or "per cent" in value or "percent" in value or (item.unit or "").lower() in ("percent", "%"):
        return "percent"
    if item.unit and item.unit.lower() not in ("people", "persons", "troops", "soldiers"):
        return item.unit.lower()
    return "count"


def _home(figure: _Figure, groups: list[list[_Figure]]) -> list[_Figure] | None:
    """The group this figure counts the same thing as: by its own label when it has one, else
    by the one group whose label its sentence names."""
    fitting = [
        group
        for group in groups
        if group[0].kind == figure.kind and group[0].period == figure.period and _labelled(group)
    ]
    if figure.subject:
        same = [group for group in fitting if _counts_the_same(figure, group[0])]
        return same[0] if same else None
    named = [group for group in fitting if _head(group) in figure.context]
    return named[0] if len(named) == 1 else None


def _labelled(group: list[_Figure]) -> bool:
    return bool(group[0].subject)


def _label(group: list[_Figure]) -> frozenset[str]:
    return group[0].subject


def _head(group: list[_Figure]) -> str:
    """The counted noun: the last word of the label ("North Korean troops" -> troop)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", group[0].item.measures or "")
    stems = [stem for word in words for stem in content_words(word)]
    return _SAME_THING.get(stems[-1], stems[-1]) if stems else ""


def _counts_the_same(figure: _Figure, other: _Figure) -> bool:
    """Labels of one outcome ("people killed", "the death toll") count the same thing; labels
    of two outcomes never do; otherwise the labels must share most of their words."""
    if _is_age(figure) != _is_age(other):
        return False
    if figure.outcome or other.outcome:
        return figure.outcome == other.outcome
    return _same_subject(figure.subject, other.subject)


def _is_age(figure: _Figure) -> bool:
    return (figure.item.measures or "").lower().startswith("age")


def _same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Labels that share most of their words, at least half of the shorter one's."""
    shared = len(a & b)
    return shared > 0 and shared * 2 >= min(len(a), len(b))


def _position(figure: _Figure, order: list[str]) -> tuple[int, int]:
    return order.index(figure.source), figure.item.spans[0][0] if figure.item.spans else 0


def _number_group(group: list[_Figure], dates: dict[str, str | None]) -> NumberGroup:
    values = [
        SourcedFigure(
            value=f.item.value,
            measures=f.item.measures,
            unit=f.item.unit,
            citations=[Citation(source=f.source, spans=f.item.spans)],
        )
        for f in group
    ]
    measures = next((f.item.measures for f in group if f.item.measures), None)
    amounts = {amount(f.item.value) for f in group}
    if len(group) == 1:
        return NumberGroup(measures=measures, values=values, agreement="single")
    if len(amounts) == 1:
        return NumberGroup(measures=measures, values=values, agreement="agree")
    return NumberGroup(measures=measures, values=values, agreement="differ", note=_difference(group, measures, dates))


def _difference(group: list[_Figure], measures: str | None, dates: dict[str, str | None]) -> str:
    """Said plainly, with every value and its source; over time when the sources are dated."""
    what = f" for {measures}" if measures else ""
    stated = "; ".join(
        f"{f.source} says {f.item.value}" + (f" ({dates[f.source]})" if dates.get(f.source) else "") for f in group
    )
    sources = {f.source for f in group}
    if len(sources) == 1:
        return f"{group[0].source} gives different figures{what}: {stated}."
    dated = all(dates.get(source) for source in sources)
    if dated and len({dates[source] for source in sources}) > 1:
        return f"The figure{what} changes between reports: {stated}."
    return f"The sources give different figures{what}: {stated}."
