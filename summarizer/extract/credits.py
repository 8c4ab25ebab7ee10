"""Credits and bylines: mentions that name who made the article or its pictures.

Why separate: "(Doug Ives/Canadian Press)", "By Jane Roe", "With files from Jane Roe" or a
closing "Jane Roe is a Toronto-based reporter" name people the story is not about. Whether a
mention sits in such a line is a question about the page layout, not about the name, so it is
answered here and ``find_entities`` drops entities met only there.
"""

from __future__ import annotations

import re

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


def is_credit(text: str, start: int, end: int) -> bool:
    """Whether the mention at text[start:end] sits in a credit or byline rather than in the story."""
    if _CREDIT_AFTER_RE.match(text, end) or _CREDIT_BEFORE_RE.search(text[max(0, start - 30) : start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_before = text[line_start:start]
    if _WITH_FILES_FROM_RE.search(line_before):
        return True
    ends_line = _LINE_END_RE.match(text[end : end + 3]) is not None
    return ends_line and _LINE_END_AFTER_SENTENCE_RE.search(line_before[-6:]) is not None
