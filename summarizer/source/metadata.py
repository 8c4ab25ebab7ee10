"""An article's publisher and publication date, only where the article states them.

A merged note lists its sources as "title, publisher and date where the article states them, else
the file name". A wrong publisher or date is worse than none, so only forms that news pages use
to *state* them are read, and only near the top (first ~600 characters) and the bottom (last
~1500): a date inside a story sentence ("On October 30, the defense chiefs ...") is an event's
date, not the article's. The forms: a "Published/Updated/Posted ..." line, a dateline
("ROME 1996-12-06", "WASHINGTON, Oct. 31, 2024 -"), a line (or a "|"-separated part of one) that
is only a date, a byline ("By Jane Doe, Reuters"), a wire dateline ("LONDON (Reuters) -"), a
copyright notice ("(c) 2024 The Associated Press") and "Source: <a news organisation>".

Dates are returned as written (a verbatim substring of the text, without weekday or time), so the
note never shows a date the article does not hold. For HTML pages `meta_from_html` reads the
page's markup (og:site_name, article:published_time ...) with trafilatura instead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.gazetteer import GIVEN_NAMES, PLACES
from summarizer.text.lexicon import MONTH_PATTERN

__all__ = ["SourceMeta", "find_source_meta", "is_byline", "meta_from_html", "wire_dateline_length"]

HEAD_CHARS, TAIL_CHARS = 600, 1500
_SLACK = 2000


@dataclass(frozen=True)
class SourceMeta:
    """What the article states about itself; None where it states nothing recognisable."""

    publisher: str | None = None
    date: str | None = None


_MONTH = MONTH_PATTERN
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:\b{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}|(?<![\w.]){_DAY}[ \t]+{_MONTH},?[ \t]+{_YEAR}"
    rf"|(?<![\d-]){_YEAR}-[01]\d-[0-3]\d(?!\d))"
)
_NUMERIC_DATE = rf"(?<![\d/.])\d{{1,2}}(?P<sep>[/.])\d{{1,2}}(?P=sep){_YEAR}"  # only after a label: 10/11 is ambiguous
_WEEKDAY_NAME = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_WEEKDAY = rf"{_WEEKDAY_NAME}\.?,?[ \t]+"
_CLOCK = r"\d{1,2}[:.]\d\d(?::\d\d)?[ \t]*(?:[aApP]\.?[ \t]?[mM]\.?)?(?:[ \t]*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?"
_TIME = rf"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?|,?[ \t]*(?:at[ \t]+|[-–—•·][ \t]*)?{_CLOCK})"
_SEP = r"[|•·]"

# "Published: Oct. 31, 2024", "Updated 10:15 AM EDT, Thu October 31, 2024", "| Posted on 2024-10-31"
_LABELLED = re.compile(
    rf"(?:^|{_SEP})[ \t]*(?i:(?:first\s+|last\s+|originally\s+)?(?P<label>published|posted|updated|modified))"
    rf"(?:[ \t]+(?:on|at))?[ \t]*[:\-–—]?[ \t]*(?:{_CLOCK},?[ \t]*)?(?:{_WEEKDAY})?(?P<date>{_DATE}|{_NUMERIC_DATE})",
    re.MULTILINE,
)
# A line, or a "|"-separated part of one, that holds a date and nothing else.
_ONLY_DATE = re.compile(
    rf"(?:^|{_SEP})[ \t]*(?:{_WEEKDAY})?(?P<date>{_DATE})(?:{_TIME})?[ \t]*(?=$|{_SEP})", re.MULTILINE
)
_WORDS = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
# "ROME 1996-12-06", "WASHINGTON, Oct. 31, 2024 —", "New York, 31 October 2024 (AP) -"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_WORDS})(?:,[ \t]*{_WORDS})?,?[ \t]+(?:{_WEEKDAY})?(?P<date>{_DATE})"
    rf"[ \t]*(?P<end>$|--?|[–—(/])",
    re.MULTILINE,
)

_WIRES = {
    "AP": "The Associated Press",
    "CP": "The Canadian Press",
    "Reuters": "Reuters",
    "AFP": "AFP",
    "UPI": "UPI",
    "CNN": "CNN",
    "Bloomberg": "Bloomberg",
    "dpa": "dpa",
    "Xinhua": "Xinhua",
    "Kyodo": "Kyodo",
    "Yonhap": "Yonhap",
    "TASS": "TASS",
    "EFE": "EFE",
    "ANSA": "ANSA",
    "PTI": "PTI",
    "IANS": "IANS",
    "ANI": "ANI",
    "AAP": "AAP",
    "BBC": "BBC",
    "Canadian Press": "The Canadian Press",
    "Associated Press": "The Associated Press",
}
# "WASHINGTON (Reuters) -", "RENO, Nev. (AP) —", "Dec 29 (Reuters) -", "(CNN) —"; at a line's or a sentence's start
_WIRE = re.compile(
    rf"(?:^|(?<=[.!?)\"”][ \t]))[ \t]*"
    rf"(?P<place>(?:{_WORDS}(?:,[ \t]*{_WORDS})?(?:,?[ \t]+{_MONTH}[ \t]+{_DAY})?|{_MONTH}[ \t]+{_DAY})[ \t]+)?"
    rf"\((?P<name>[A-Za-z][\w.&' -]{{0,30}})\)[ \t]*(?:--?|[–—])[ \t]",
    re.MULTILINE,
)
_BYLINE = re.compile(r"^[ \t]*(?:By|BY)[ \t]+(?P<rest>[^\n]+)$", re.MULTILINE)
_COPYRIGHT = re.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:Copyright|COPYRIGHT|©|\([cC]\))(?:[ \t]*(?:©|\([cC]\)))?[ \t]*"
    r"(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?,?[ \t]+)?(?!by\b)"
    r"(?P<name>[A-Z0-9][\w&'’-]*(?:\.\w[\w&'’-]*)*"
    r"(?:[ \t]+(?:[A-Z0-9][\w&'’-]*(?:\.\w[\w&'’-]*)*|of|the|and|&|for)){0,6})"
    r"(?=[.,;]|[ \t]*$)",
    re.MULTILINE,
)
_SOURCE = re.compile(r"^[ \t]*(?:Source|SOURCE)[ \t]*:[ \t]*(?P<name>[^\n,;]{2,60}?)[ \t]*\.?[ \t]*$", re.MULTILINE)

_CONNECTORS = {"of", "the", "and", "&", "for", "de", "du", "la", "le"}
_ROLES = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|bureau|chief|analyst|"
    r"producer|author|journalist|fellow|professor|special|senior|photographer|intern|director|"
    r"president|ceo|spokes\w*|minister|secretary)\b",
    re.IGNORECASE,
)
_NOT_PUBLISHERS = re.compile(
    r"\b(?:images?|photos?|photography|getty|shutterstock|istock|alamy|pool|video|all rights)\b", re.IGNORECASE
)
_NEWS_WORDS = re.compile(
    r"\b(?:news|press|times|post|journal|herald|tribune|telegraph|guardian|gazette|daily|agency|"
    r"agence|wire|media|tv|television|radio|broadcasting|chronicle|observer|independent|express|"
    r"mail|mirror|examiner|magazine|newspaper)\b",
    re.IGNORECASE,
)
_CALENDAR = re.compile(
    rf"^(?:{_WEEKDAY_NAME}|{_MONTH}|today|yesterday|tomorrow|election|christmas|easter)\b", re.IGNORECASE
)
_COMPANY_SUFFIX = re.compile(r"(?:,?[ \t]+(?:Inc|LLC|Ltd|Limited|Corp|Corporation|plc|GmbH)\.?)+$")


def find_source_meta(text: str) -> SourceMeta:
    """The publisher and date `text` states near its top or bottom; None for what it does not."""
    # each zone is widened to whole lines (line-anchored forms need them), but at most by _SLACK
    # characters: a one-line article of megabytes is not searched end to end
    head_end = text.find("\n", HEAD_CHARS, HEAD_CHARS + _SLACK)
    head = text[: HEAD_CHARS + _SLACK] if head_end < 0 else text[:head_end]
    tail_start = max(0, len(text) - TAIL_CHARS)
    tail_from = max(text.rfind("\n", 0, tail_start) + 1, tail_start - _SLACK)
    tail = text[tail_from:]

    def found(pattern: re.Pattern, zone: str) -> list[re.Match]:
        """Matches starting in the first HEAD_CHARS ("head") or the last TAIL_CHARS ("tail")."""
        if zone == "head":
            return [m for m in pattern.finditer(head) if m.start() < HEAD_CHARS]
        return [m for m in pattern.finditer(tail) if tail_from + m.start() >= tail_start]

    return SourceMeta(publisher=_publisher(found), date=_date(found))


def _date(found) -> str | None:
    """A "Published"/"Posted" date, else an "Updated" one, else a dateline's, else a date line's."""
    labelled = found(_LABELLED, "head") + found(_LABELLED, "tail")
    for kinds in (("published", "posted"), ("updated", "modified")):
        dates = [m["date"] for m in labelled if m["label"].lower() in kinds]
        if dates:
            return dates[0]
    for m in found(_DATELINE, "head"):
        # an all-caps place, or a dash after the date, tells a dateline from a headline ending in a date
        first = m["place"].split()[0]
        if first.isupper() and len(first) > 1 or m["end"]:
            return m["date"]
    for zone in ("head", "tail"):
        distinct = {m["date"] for m in found(_ONLY_DATE, zone)}
        if len(distinct) == 1:  # several date lines are a timeline or a list of events, not a date of publication
            return distinct.pop()
    return None


def _publisher(found) -> str | None:
    """A byline's publisher, else a wire dateline's agency, else "Source:", else the copyright holder:
    the byline names who published this article, a copyright line may name a parent company."""
    for m in found(_BYLINE, "head") + found(_BYLINE, "tail"):
        if name := _byline_publisher(m["rest"]):
            return name
    for m in found(_WIRE, "head"):
        name = " ".join(m["name"].split())
        place = (m["place"] or "").split()
        # an unknown agency needs an all-caps dateline: "Party Leaders (DNC) —" is a sentence, not a wire
        if _wire(name) or place and place[0].isupper() and len(place[0]) > 1 and _looks_like_name(name):
            return _wire(name) or name
    for zone in ("tail", "head"):
        for m in found(_SOURCE, zone):
            name = _clean(m["name"])
            if _is_newsroom(name):  # "Source: NATO." credits a chart's data, not the article
                return _wire(name) or name
    for m in found(_COPYRIGHT, "tail"):  # at the top, "© Jane Doe" is a photo's credit
        name = _clean(m["name"])
        if _looks_like_name(name) and not _NOT_PUBLISHERS.search(name) and not _is_person(name):
            return _wire(name) or name
    return None


# A wire agency's tag opening a sentence, with or without its place and dash: "(CNN)Blues legend
# ...", "LONDON (Reuters) - Shares ...", "(AP) — The".
_WIRE_OPENING = re.compile(
    rf"^[ \t]*(?:{_WORDS}(?:,[ \t]*{_WORDS})?[ \t]+)?\((?:"
    + "|".join(re.escape(name) for name in _WIRES)
    + r")\)[ \t]*(?:(?:--?|[–—])[ \t]*)?(?=[A-Z\"“‘'])"
)


def wire_dateline_length(sentence: str) -> int:
    """How many characters of `sentence` are a wire agency's dateline before its own words ("(CNN)"
    of "(CNN)Blues legend B.B. King was ..."): 0 when it opens with none. A summary shows the
    sentence without it, as a reader of the story does not read it as part of the news."""
    match = _WIRE_OPENING.match(sentence)
    return match.end() if match else 0


def is_byline(line: str) -> bool:
    """Whether a line is a byline, with or without "By": "Jane Roe, The Associated Press",
    "By Jane Roe", "Jane Roe and John Doe | Reuters". A first line of this shape is no
    headline, though it is short and unpunctuated like one."""
    line = " ".join(line.split())
    match = _BYLINE.match(line)
    if match:
        return _byline_publisher(match["rest"]) is not None or all(
            _is_author(name) for name in re.split(r" (?:and|&) ", match["rest"])
        )
    person = re.split(r"[,|]", line, maxsplit=1)[0].strip()
    return person != line and _is_person(person) and _byline_publisher(line) is not None


def _byline_publisher(rest: str) -> str | None:
    """ "Jane Doe, Reuters" / "Jane Doe and John Roe | The Guardian" / "Jane Doe for MailOnline" /
    "The Associated Press": the first part after the authors' names, when it reads as an
    organisation's name."""
    if len(rest.split()) > 20:
        return None
    parts = [part.strip() for part in re.split(rf"[ \t]*(?:{_SEP}|,|[–—]|[ \t]-[ \t])[ \t]*", rest)]
    if _is_newsroom(_clean(parts[0])) and all(re.search(r"\d", part) for part in parts[1:]):
        return _wire(_clean(parts[0])) or _clean(parts[0])  # "By Reuters", "By The Associated Press | Oct. 31, 2024"
    first, _, for_name = parts[0].partition(" for ")
    if not all(_is_author(name) for name in re.split(r"[ \t]+(?:and|&)[ \t]+", first.strip())):
        return None  # "By Tuesday, its phones ...", "By winning the primary, ..."
    for part in [for_name] if for_name else parts[1:]:
        name = _clean(part)
        if not for_name and _is_person(name):
            continue  # one more author: "By Jane Doe, John Roe, Reuters"
        if (
            _looks_like_name(name)
            and not _ROLES.search(name)
            and not _NOT_PUBLISHERS.search(name)
            and name.lower() not in PLACES
            and not _CALENDAR.match(name)
            and not re.search(r"\d", name)
        ):
            return _wire(name) or name
        return None
    return None


def _wire(name: str) -> str | None:
    """The usual name of a news agency or network ("AP" -> "The Associated Press"), else None."""
    return _WIRES.get(name) or _WIRES.get(name.removeprefix("The "))


def _is_newsroom(name: str) -> bool:
    """A name that says it is news: a known agency, or a name with "News", "Times", "Gazette"..."""
    return (
        _looks_like_name(name)
        and not _ROLES.search(name)
        and (_wire(name) is not None or _NEWS_WORDS.search(name) is not None)
    )


def _is_person(name: str) -> bool:
    """A person's name as bylines and credits write it: a known given name and one to three more words."""
    return _is_author(name) and name.split()[0].lower().strip(".") in GIVEN_NAMES


def _is_author(name: str) -> bool:
    """Two to four capitalised words that do not name a day, a month or a place."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(word[0].isupper() for word in words)
        and not _CALENDAR.match(name)
        and name.lower() not in PLACES
    )


def _looks_like_name(name: str) -> bool:
    """An organisation's name: at most six words, each capitalised or a connector ("of", "the")."""
    words = name.split()
    return (
        0 < len(words) <= 6
        and (words[0][0].isupper() or words[0][0].isdigit())
        and all(word[0].isupper() or word[0].isdigit() or word.lower() in _CONNECTORS for word in words)
    )


def _clean(name: str) -> str:
    name = re.split(r"(?i)\s+all\s+rights\b", name)[0]
    return _COMPANY_SUFFIX.sub("", " ".join(name.split()).strip(" .,;:")).strip(" .,;:")


def meta_from_html(html: str | bytes) -> SourceMeta:
    """The site's name and publication date from a page's markup (og:site_name, JSON-LD,
    article:published_time, <time> ...), read by trafilatura without any network call.

    Only markup is searched (htmldate's `extensive_search` is off), since its guesses from free
    text or the URL could be an event's date; the date comes back as YYYY-MM-DD."""
    import trafilatura
    from trafilatura.metadata import set_date_params

    try:
        if isinstance(html, bytes):
            from summarizer.source.html import decode_html

            html = decode_html(html, "<html>")
        document = trafilatura.extract_metadata(html, date_config=set_date_params(extensive=False), extensive=False)
    except Exception:  # undecodable bytes, or a third-party parser failing on arbitrary web input
        return SourceMeta()
    sitename = " ".join((document.sitename or "").split()) or None
    return SourceMeta(publisher=sitename, date=document.date or None)
