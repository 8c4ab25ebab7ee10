"""Finding the figures an article states ("10,000", "3.5%", "$1.2 billion", "30 per cent") with
their unit and the words that say what they count. Deterministic because a regular expression
never misquotes a number, while a small model often does.

Dates, years, times and ordinals are left out: they say when, not how many."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.text.spans import Span

_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|m|k)\b"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY = r"(?:US\$|C\$|A\$|[$€£¥₹])"
_PERCENT = r"(?:%|\s?per\s?cent\b|\s?percent\b|\s?percentage points?\b)"
_FIGURE = re.compile(
    rf"(?<![\w.,])(?<!\w-)(?P<currency>{_CURRENCY})?\s?(?P<number>{_NUMBER})"
    rf"(?:\s?(?P<scale>{_SCALE}))?(?P<percent>{_PERCENT})?(?![\w])",
    re.IGNORECASE,
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC))", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")
_WORD_OR_MARK_RE = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_STOP = {
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "and",
    "or",
    "but",
    "as",
    "than",
    "that",
    "which",
    "who",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "this",
    "these",
    "those",
    "it",
    "its",
    "their",
    "said",
    "says",
    "per",
    "over",
    "about",
    "into",
    "since",
    "after",
    "before",
    "during",
    "while",
}
_CURRENCY_UNITS = {"$": "USD", "US$": "USD", "C$": "CAD", "A$": "AUD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_MAX_MEASURE_WORDS = 4
_COMMON_VERBS = {
    "arrive",
    "arrives",
    "die",
    "dies",
    "remain",
    "remains",
    "live",
    "lives",
    "work",
    "works",
    "face",
    "faces",
    "join",
    "joins",
    "go",
    "goes",
    "come",
    "comes",
    "take",
    "takes",
    "make",
    "makes",
    "need",
    "needs",
    "say",
    "get",
    "gets",
    "stand",
    "stands",
    "lost",
    "fell",
    "rose",
    "grew",
    "left",
    "went",
}
_MEASUREMENT_UNITS = {
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mi",
    "m",
    "metres",
    "meters",
    "feet",
    "ft",
    "cm",
    "mm",
    "kg",
    "kilograms",
    "grams",
    "g",
    "tonnes",
    "tons",
    "pounds",
    "lbs",
    "litres",
    "liters",
    "gallons",
    "barrels",
    "hectares",
    "acres",
    "degrees",
    "mph",
    "km/h",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "seconds",
    "mw",
    "gw",
    "kwh",
    "mwh",
}


@dataclass(frozen=True)
class Figure:
    """A figure as written (`value` == text[start:end]), its unit, and what it seems to count."""

    value: str
    start: int
    end: int
    unit: str | None
    measures: str | None


def find_figures(text: str, skip: Sequence[Span] = ()) -> list[Figure]:
    """Every stated figure outside `skip`, in order of appearance."""
    figures = []
    for match in _FIGURE.finditer(text):
        start, end = match.start(), match.end()
        if text[start].isspace():
            start += 1
        if any(start < s_end and end > s_start for s_start, s_end in skip):
            continue
        if _is_date_or_time(text, match):
            continue
        measures = None if match.group("percent") else _following_noun_phrase(text, end)
        unit = _unit(match)
        if unit is None and measures and measures.split()[0].lower() in _MEASUREMENT_UNITS:
            unit, _, measures = measures.partition(" ")
        figures.append(Figure(value=text[start:end], start=start, end=end, unit=unit, measures=measures or None))
    return figures


def _is_date_or_time(text: str, match: re.Match) -> bool:
    number = match.group("number")
    if match.group("currency") or match.group("percent") or match.group("scale"):
        return False
    before, after = text[max(0, match.start() - 12) : match.start()], text[match.end() : match.end() + 12]
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after) or _TIME_AFTER.match(after):
        return True
    if _ORDINAL_AFTER.match(after):
        return True
    return bool(_YEAR_RE.fullmatch(number))


def _unit(match: re.Match) -> str | None:
    if match.group("percent"):
        return "percentage points" if "point" in match.group("percent").lower() else "percent"
    if match.group("currency"):
        return _CURRENCY_UNITS.get(match.group("currency").upper(), match.group("currency"))
    return None


def _looks_like_verb(word: str) -> bool:
    """Where a noun phrase ends: "3,000 soldiers [arrived]", "12 people [remain]"."""
    lower = word.lower()
    return word.islower() and (lower.endswith(("ed", "ing")) or lower in _COMMON_VERBS)


def _following_noun_phrase(text: str, end: int) -> str | None:
    """The few words after a figure up to a function word: "3,000 [North Korean troops] arrived"."""
    words: list[str] = []
    for word in _WORD_OR_MARK_RE.finditer(text[end : end + 80]):
        token = word.group()
        if not token[0].isalpha() or token.lower() in _STOP or len(words) >= _MAX_MEASURE_WORDS:
            break
        if words and _looks_like_verb(token):
            break
        words.append(token)
    return " ".join(words) or None
