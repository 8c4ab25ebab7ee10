"""Credits and bylines: mentions that name who made the article or its pictures.

Why separate: "(Doug Ives/Canadian Press)", "By Jane Roe", "With files from Jane Roe" or a
closing "Jane Roe is a Toronto-based reporter" name people the story is not about. Whether a
mention sits in such a line is a question about the page layout, not about the name, so it is
answered here and ``find_entities`` drops entities met only there.
"""

from __future__ import annotations

import re

from summarizer.text.sentences import sentence_span_around

# Photo credits and author lines: "(Doug Ives/Canadian Press)", "Jane Roe is a Toronto-based
# reporter covering ...", "With files from Jane Roe", "Jane Roe has the latest". Whoever is named
# only there made the article or its pictures; the article is not about them.
_CREDIT_AFTER_RE = re.compile(
    r"\s*/"
    r"|\s+(?:has|have) (?:more|the latest|the story|details)\b"
    r"|\s+(?:writes|reports)\s*[.(\n]"
    r"|\s+tells us\b"
    r"|\s+is (?:a|an|the) [^.\n]{0,80}?\b(?:reporter|journalist|writer|columnist|editor|correspondent|"
    r"contributor|critic|freelancer|photographer)\b"
)
_CREDIT_BEFORE_RE = re.compile(
    r"(?:/\s*|(?:^|\n)[ \t]*By\s+|\bAs\s+|\b(?:[Pp]hoto(?:graph)?s?|[Cc]redit):?\s+(?:by\s+)?)$"
)
_LINE_END_AFTER_SENTENCE_RE = re.compile(r"[a-z\d)]{2}[.!?]\s+$")
_WITH_FILES_FROM_RE = re.compile(r"\bwith files from\b", re.IGNORECASE)
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")
# A name alone in parentheses after a sentence: "... project. ( J.P. MOCZULSKI )".
_LONE_IN_PARENTHESES_BEFORE_RE = re.compile(r"[.!?\"”]\s*\(\s*$")
_LONE_IN_PARENTHESES_AFTER_RE = re.compile(r"\s*\)")

# Photo captions: a sentence that a picture credit follows ("... at Union Station. ( Toronto
# Star file photo )", "(Doug Ives/Canadian Press)"), that places people in the picture ("Sue
# Bristow, left, and ...") or that a wire credit heads ("The Canadian Press Kevin Vickers, right,
# tosses ..."). People named only in captions are pictured, not part of the story.
#: A picture's credit in parentheses: "(Jane Roe/CBC)", "( J.P. MOCZULSKI )", "(Submitted photo)",
#: "( THE CANADIAN PRESS FILE PHOTO )", "(courtesy of the family)". The names in it are no sources,
#: and the caption it closes is no part of the story.
PICTURE_CREDIT = re.compile(
    r"\((?: [^()\n]{1,80} |[^()\n]{0,80}(?:/|\bphotos?\b)[^()\n]{0,80}"
    r"|\s*(?:submitted|courtesy|credit|file)\b[^()\n]{0,80})\)",
    re.IGNORECASE,
)
_PICTURE_CREDIT_RE = re.compile(r"\s*" + PICTURE_CREDIT.pattern, re.IGNORECASE)
_PICTURE_CREDIT_END_RE = re.compile(_PICTURE_CREDIT_RE.pattern + r"\s*$", re.IGNORECASE)
_PICTURE_POSITION_RE = re.compile(
    r",\s(?:far |second from |from )?(?:left|right|centre|center|top|bottom),|\((?:left|right|centre|center)\)"
)
_WIRE_CREDIT_HEAD_RE = re.compile(r"[^\n]{0,60}?\bThe Canadian Press\s+(?=[A-Z])")


# The picture agencies whose name credits a photo: "Cleveland Indians Getty Images" is the end of a
# caption run into its credit, "Getty Images" alone the credit itself; neither is in the story.
_PICTURE_AGENCY = r"(?:Getty Images|AP Photo|AFP Photo|PA Images|PA Wire|Rex Features|Shutterstock|Alamy)\b"
_PICTURE_AGENCY_RE = re.compile(_PICTURE_AGENCY)
_PICTURE_AGENCY_AFTER_RE = re.compile(r"\s*/?\s*" + _PICTURE_AGENCY)


def is_credit(text: str, start: int, end: int) -> bool:
    """Whether the mention at text[start:end] sits in a credit or byline rather than in the story."""
    if _CREDIT_AFTER_RE.match(text, end) or _CREDIT_BEFORE_RE.search(text[max(0, start - 30) : start]):
        return True
    if _PICTURE_AGENCY_RE.search(text, start, end) or _PICTURE_AGENCY_AFTER_RE.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_before = text[line_start:start]
    if _WITH_FILES_FROM_RE.search(line_before):
        return True
    if _closing_biography(text, start, end):
        return True
    if _LONE_IN_PARENTHESES_AFTER_RE.match(text, end) and _LONE_IN_PARENTHESES_BEFORE_RE.search(
        text[max(0, start - 10) : start]
    ):
        return True
    ends_line = _LINE_END_RE.match(text[end : end + 3]) is not None
    return ends_line and _LINE_END_AFTER_SENTENCE_RE.search(line_before[-6:]) is not None


# "Jane Roe is a lawyer specializing in ...": a line of its own that says who the author is.
_BIOGRAPHY_AFTER_RE = re.compile(r"\s+is (?:a|an) ")
_SENTENCE_OPENS_RE = re.compile(r"(?:^|\n|[.!?\"”]\s+)$")
_STORY_LINE_RE = re.compile(r"\n[^\n]{80,}")


def _closing_biography(text: str, start: int, end: int) -> bool:
    """Whether the mention opens a sentence of the article's last paragraph of prose with "is a": the
    author's biography that closes an opinion piece (only short lines, such as tags, follow)."""
    if not _SENTENCE_OPENS_RE.search(text[max(0, start - 4) : start]) or not _BIOGRAPHY_AFTER_RE.match(text, end):
        return False
    line_end = text.find("\n", end)
    return line_end == -1 or _STORY_LINE_RE.search(text, line_end) is None


def in_caption(text: str, start: int) -> bool:
    """Whether the mention at `start` sits in a photo caption rather than in the story."""
    span = sentence_span_around(text, start)
    if span is None:
        return False
    sentence = text[span[0] : span[1]]
    if _PICTURE_POSITION_RE.search(sentence) or _PICTURE_CREDIT_END_RE.search(sentence):
        return True
    if _PICTURE_CREDIT_RE.match(text, span[1]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    head = _WIRE_CREDIT_HEAD_RE.match(text, line_start)
    return head is not None and head.end() <= start and "." not in text[head.end() : start]


# A picture's caption run into the story where a page's layout was flattened: a label and a colon
# heading it ("Flying high: Half of the kite ...", "Fighter ace: Douglas Bader's story ..."), or a
# page's pointer to its video ("Scroll down for video").
_CAPTION_LABEL_RE = re.compile(r"^[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}:\s+[A-Z‘'\"“]")
_VIDEO_POINTER_RE = re.compile(
    r"\b(?:scroll|click)\s+(?:down\s+)?(?:for|to\s+see|to\s+watch)\s+(?:the\s+)?videos?\b", re.IGNORECASE
)
_NOT_LABELS = frozenset({"update", "note", "editor's note", "editor’s note"})


def is_caption_sentence(sentence: str, *, labelled: bool = True) -> bool:
    """Whether `sentence` is (or holds) a picture's caption or a page's pointer to a video rather
    than the story's prose: "Scroll down for video", people placed in the picture ("Sue Bristow,
    left, and ...") or a picture credit closing it, and (with `labelled`) a short label and a
    colon heading it. A flattened page often runs such a label into its first sentence
    ("Guilty: Glenn Mason, 56, ... pension pot A respected bank manager ..."), which then still
    holds the story's lead: so that sentence is read with `labelled=False`."""
    label = _CAPTION_LABEL_RE.match(sentence) if labelled else None
    if label and sentence[: sentence.index(":")].lower() not in _NOT_LABELS:
        return True
    return bool(
        _VIDEO_POINTER_RE.search(sentence)
        or _PICTURE_POSITION_RE.search(sentence)
        or _PICTURE_CREDIT_END_RE.search(sentence)
    )
