"""The dates and times an article gives for its events: absolute dates ("Oct. 30, 2024",
"31 October 2024", "2024-10-31"), a day of a month ("Oct. 30"), a month ("March 2023", "in
March"), a year ("in 2019"), a decade ("the 1990s"), a weekday ("on Tuesday"), relative ones
("yesterday", "last year", "earlier this month", "three days ago") and clock times ("3 p.m.").

Each is kept as written, with its span and the words of its sentence around it (what it dates),
and normalised to ISO 8601 ("2024-10-30", "2024-10", "2024") where the article makes that
possible: an absolute date always; a day or month without a year, a weekday or a relative date
only when the article states its publication date, counted from it. A weekday is taken to be
the one before publication (news reports what happened) unless its sentence speaks of the
future ("will", "next", "is due to"), then the one after.

Why our own patterns rather than a date library (dateparser, dateutil): those parse a string
known to be a date, and finding the dates in running prose is the hard part; dateparser's
`search_dates` is heavy (its language data and regex module) and reads "may", "second" and
"march" as dates. News writes dates in a handful of forms, and the same forms tell the figure
extractor what is not a figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from summarizer.text.lexicon import MONTH_PATTERN
from summarizer.text.sentences import sentence_span_around
from summarizer.text.spans import Span, fold

__all__ = ["MONTHS", "Dated", "find_dates", "parse_date", "same_date_key"]

#: Month names and the abbreviations news uses, to their number.
MONTHS = {
    **{
        name: number
        for number, name in enumerate(
            "january february march april may june july august september october november december".split(), 1
        )
    },
    **{name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9,
}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_MONTH = rf"(?P<month>{MONTH_PATTERN})"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_COUNT = r"(?P<count>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Not "day": "the next day", "to this day" count from an event, not from publication.
_PERIOD = r"(?P<period>week|month|year|decade|weekend|season)"

# Each form on its own (their groups share names); where two overlap, the longer is read. Beside
# each form, the characters any match of it starts with (under the form's own case rule: `\d` is
# any digit, as in the form): put first as a look-ahead, they let the regex engine reject almost
# every position of an article at once instead of trying a dozen alternatives there, which made
# these fifteen passes over every article a fifth of its CPU. A look-ahead only narrows where a
# match may start, never what it is: the matches are the same.
_FORMS = (
    ("iso", r"[12]", rf"(?<![\d-]){_YEAR}-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)(?![\d-])"),
    ("month_day_year", r"[A-Z]", rf"(?:{_WEEKDAY},?\s+)?\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)"),
    (
        "day_month_year",
        r"[A-Z\d]",
        rf"(?:{_WEEKDAY},?\s+)?(?<![\w.]){_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)",
    ),
    ("month_day", r"[A-Z]", rf"(?:{_WEEKDAY},?\s+)?\b{_MONTH}\s+{_DAY}(?![\d:,.]\d|\s*(?:%|per\s?cent))\b"),
    ("day_month", r"[A-Z\d]", rf"(?:{_WEEKDAY},?\s+)?(?<![\w.$€£]){_DAY}\s+(?:of\s+)?{_MONTH}(?!\w)"),
    ("month_year", r"[A-Z]", rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}(?!\d)"),
    ("ago", r"(?i:[\daotfsen])", rf"(?i:\b{_COUNT}\s+(?P<unit>day|week|month|year)s?\s+ago\b)"),
    (
        "relative_period",
        r"(?i:[eltnp])",
        rf"(?i:\b(?:(?:earlier|later)\s+)?(?P<which>last|this|next|past)\s+{_PERIOD}\b)",
    ),
    (
        "relative_weekday",
        r"(?i:[ltnosbufe])",
        rf"\b(?P<which>(?i:last|this|next|on|since|by|until|from|late|early))\s+(?P<weekday>{_WEEKDAY})\b",
    ),
    (
        "relative_month",
        r"(?i:[ltnisbuem])",
        rf"\b(?P<which>(?i:last|this|next|in|since|by|until|early|late|mid-?))\s+{_MONTH}(?!\s*\d)\b",
    ),
    ("deixis", r"(?i:[yt])", r"\b(?P<deixis>(?i:yesterday|today|tomorrow|tonight))\b"),
    ("weekday", r"[A-Z]", rf"\b(?P<weekday>{_WEEKDAY})\b"),
    ("decade", r"[12]|(?i:t)", r"\b(?:(?i:the)\s+)?(?P<decade>(?:1[89]|20)\d0)s\b"),
    ("year", r"[12]", rf"(?<![\w$€£.,/-]){_YEAR}(?![\w%]|[.,]\d|\s?%|\s?per\s?cent|-\d)"),
    (
        "clock",
        r"[\dnm]",
        r"(?<![\w:.])(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b",
    ),
)
_PATTERNS = tuple((name, re.compile(rf"(?={starts})(?:{pattern})")) for name, starts, pattern in _FORMS)

# A sentence that speaks of the future: its weekday is the next one, not the last.
_FUTURE = re.compile(r"\b(?:will|shall|next|is due|are due|is expected|are expected|plans? to|scheduled|going to)\b")
_CLAUSE_BREAK = re.compile(r"[;.!?\n]|\s(?:and|but|while|after|before|when)\s|,(?=\s+(?:and|but)\s)")
_PREPOSITION = re.compile(r"^(?:on|in|since|by|until|from)\s+")
_CONTEXT_CHARS = 90  # of the sentence on each side of the date: enough to say what it dates

# What every match of a form contains: when the article holds none of it, the form's pass over
# the article is skipped. Most articles give a few of the fifteen forms (of 129 news dev articles,
# 9 say "ago", 9 a decade, 15 a clock time), and finding a word with `in` costs a few
# microseconds where a pass of the regex engine costs a hundred or more. Only passes that could
# find nothing are skipped: the dates are the same. Each entry: a form and the words, one of
# which each of its matches holds as written (case-sensitive forms), or lower-cased (the forms
# under `(?i:...)`).
_MONTH_FORMS = frozenset(("month_day_year", "day_month_year", "month_day", "day_month", "month_year", "relative_month"))
# Each of those forms has a month name as a word of its own: after a word's edge (a space), and
# not followed by a lower-case letter ("March", "Oct." and "Oct" but not "Martin" or "Market").
_MONTH_WORD = re.compile(rf"(?=[ADFJMNOS])\b{MONTH_PATTERN}(?![a-z])")
_WEEKDAY_NAMES = tuple(day.capitalize() for day in _WEEKDAYS)
_WRITTEN_WORDS = {
    **dict.fromkeys(("relative_weekday", "weekday"), _WEEKDAY_NAMES),
    "decade": ("0s",),
}
_LOWER_CASE_WORDS = {
    "ago": ("ago",),
    "relative_period": ("week", "month", "year", "decade", "season"),
    "deixis": ("yesterday", "today", "tomorrow", "tonight"),
}
# A clock time holds "noon", "midnight", or a digit and its "am" / "p.m." ("9pm", "10:30 a.m.").
_CLOCK_SUFFIX = re.compile(r"\d\s?[ap]\.?m")
# Letters `(?i:...)` reads as "i" and "s" that lower-casing does not turn into them.
_CASE_FOLDED_AS = str.maketrans({"\u0131": "i", "\u017f": "s"})


def _forms_that_may_match(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The forms of `_PATTERNS` that could match somewhere in `text`, in their order: each one
    unless the text lacks every word each of its matches holds."""
    lowered = _lower_cased(text)
    present: dict[object, bool] = {}  # forms that need the same words share one look
    forms = []
    for name, pattern in _PATTERNS:
        if name in _MONTH_FORMS:
            if "month" not in present:
                present["month"] = _MONTH_WORD.search(text) is not None
            if not present["month"]:
                continue
        elif name == "clock":
            if "noon" not in text and "midnight" not in text and _CLOCK_SUFFIX.search(text) is None:
                continue
        elif name in _WRITTEN_WORDS or name in _LOWER_CASE_WORDS:
            words, where = (
                (_WRITTEN_WORDS[name], text) if name in _WRITTEN_WORDS else (_LOWER_CASE_WORDS[name], lowered)
            )
            if words not in present:
                present[words] = any(word in where for word in words)
            if not present[words]:
                continue
        forms.append((name, pattern))
    return forms


def _lower_cased(text: str) -> str:
    """`text` lower-cased as `(?i:...)` compares letters: the dotless i and the long s too."""
    lowered = text.lower()
    return lowered.translate(_CASE_FOLDED_AS) if "\u0131" in lowered or "\u017f" in lowered else lowered


@dataclass(frozen=True)
class Dated:
    """A date or time as written (`text` == article[start:end]), its ISO 8601 form where the
    article makes it certain, and the words of its sentence around it (`context`, verbatim)."""

    text: str
    start: int
    end: int
    iso: str | None
    context: str


def same_date_key(written: str) -> str:
    """What two mentions of one date share: "on Saturday" and "Saturday" are one day."""
    return _PREPOSITION.sub("", fold(written).lower())


def find_dates(text: str, skip: Sequence[Span] = (), published: str | None = None) -> list[Dated]:
    """Every date and time `text` gives outside `skip`, in order; `published` (the article's
    publication date as written) anchors the relative ones."""
    anchor = parse_date(published) if published else None
    found: list[tuple[int, int, str, re.Match]] = []
    for name, pattern in _forms_that_may_match(text):
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(start < e and end > s for s, e in skip):
                found.append((start, end, name, match))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    dates: list[Dated] = []
    taken_until = -1
    for start, end, name, match in found:
        if start < taken_until:
            continue
        taken_until = end
        iso = _normalised(name, match, anchor, future=bool(_FUTURE.search(_clause(text, start, end))))
        context = _context(text, start, end)
        dates.append(Dated(text[start:end], start, end, iso, context))
    return dates


def parse_date(written: str) -> date | None:
    """A full date as news writes one ("Oct. 31, 2024", "Thursday 31 October 2024",
    "2024-10-31T09:00Z"), or None."""
    for name in ("iso", "month_day_year", "day_month_year"):
        match = dict(_PATTERNS)[name].search(written)
        if match is not None:
            return _day(match)
    return None


def _day(match: re.Match) -> date | None:
    groups = match.groupdict()
    month = int(groups["imonth"]) if groups.get("imonth") else MONTHS[groups["month"].rstrip(".").lower()]
    day = int(groups.get("iday") or groups["day"])
    try:
        return date(int(groups["year"]), month, day)
    except ValueError:  # "February 30": not a date
        return None


def _normalised(name: str, match: re.Match, anchor: date | None, *, future: bool) -> str | None:
    groups = match.groupdict()
    if name in ("iso", "month_day_year", "day_month_year"):
        day = _day(match)
        return day.isoformat() if day else None
    if name == "month_year":
        return f"{groups['year']}-{_month(groups['month']):02d}"
    if name == "year":
        return groups["year"]
    if anchor is None:
        return None
    if name in ("month_day", "day_month"):
        try:
            return date(anchor.year, _month(groups["month"]), int(groups["day"])).isoformat()
        except ValueError:
            return None
    if name == "deixis":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[groups["deixis"].lower()]
        return (anchor + timedelta(days=shift)).isoformat()
    if name == "ago":
        return _ago(anchor, _NUMBER_WORDS.get(groups["count"].lower()) or int(groups["count"]), groups["unit"])
    if name == "relative_period":
        return _period(anchor, groups["which"].lower(), groups["period"])
    if name in ("weekday", "relative_weekday"):
        which = (groups.get("which") or "").lower()
        return _weekday(anchor, groups["weekday"], forward=which == "next" or (which != "last" and future))
    if name == "relative_month":
        which = groups["which"].lower()
        if which in ("last", "next", "this"):
            month = _month(groups["month"])
            year = anchor.year + (which == "next") - (which == "last" and month >= anchor.month)
            return f"{year}-{month:02d}"
    return None


def _month(written: str) -> int:
    return MONTHS[written.rstrip(".").lower()]


def _ago(anchor: date, count: int, unit: str) -> str | None:
    if unit == "day":
        return (anchor - timedelta(days=count)).isoformat()
    if unit == "week":
        return None  # a week ago names no one day or month
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 - count
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(anchor.year - count)


def _period(anchor: date, which: str, period: str) -> str | None:
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if period == "year":
        return str(anchor.year + step)
    if period == "month":
        months = anchor.year * 12 + anchor.month - 1 + step
        return f"{months // 12}-{months % 12 + 1:02d}"
    return None  # a week, weekend, season or decade is not one ISO date


def _weekday(anchor: date, written: str, *, forward: bool) -> str:
    wanted = _WEEKDAYS.index(written.lower())
    if forward:
        return (anchor + timedelta(days=(wanted - anchor.weekday() - 1) % 7 + 1)).isoformat()
    return (anchor - timedelta(days=(anchor.weekday() - wanted) % 7)).isoformat()


def _clause(text: str, start: int, end: int) -> str:
    """The words of the date's own clause, to tell its tense: "met on Tuesday and will vote
    next Monday" is one past and one future day."""
    before = _CLAUSE_BREAK.split(text[max(0, start - 50) : start])[-1]
    after = _CLAUSE_BREAK.split(text[end : end + 50])[0]
    return f"{before} {after}"


def _context(text: str, start: int, end: int) -> str:
    """The date's sentence, or as much of it as lies within `_CONTEXT_CHARS` on each side, cut
    at word edges: verbatim, so a reader finds it at the date's span."""
    sentence = sentence_span_around(text, start) or (start, end)
    left = max(sentence[0], start - _CONTEXT_CHARS)
    right = min(max(sentence[1], end), end + _CONTEXT_CHARS)
    if left > sentence[0]:
        left = text.find(" ", left, start) + 1 or start
    if right < sentence[1]:
        cut = text.rfind(" ", end, right)
        right = cut if cut > 0 else right
    return text[left:right].strip()
