"""Finding web-page furniture in scraped article text: promotions, cross-links, newsletter
pitches, tag lines and footers. Such lines are not part of the story, so nothing in them may
enter a brief; we mark their ranges instead of deleting them, so spans still index the input.

The rules are generic line patterns seen across news sites, not rules for one site. Lines that
talk to a language model (prompt injection, see injection.py) are treated the same way."""

from __future__ import annotations

import re

from summarizer.source.injection import find_injected
from summarizer.text.spans import Span

# A line that starts like this is furniture on its own.
_PROMO_LINE = re.compile(
    r"""^\s*(?:
        see\ also | read\ more | read\ also | also\ read |
        related(?:\ (?:sources|stories|articles|coverage|links|reading))? |
        more\ from | recommended | don'?t\ miss | trending | most\ popular | editor'?s\ picks? |
        posted\ in | filed\ under | tags? | topics? | categories |
        sign\ up | subscribe | join\ (?:now|us|our) | newsletter | get\ (?:our|the)\ (?:newsletter|app) |
        follow\ us | share\ (?:this|on) | click\ here | learn\ more | download\ (?:our|the)\ app |
        advertisement | sponsored | loading\.{3} | comments?\ ?\(?\d*\)?$ | photo\ credit | image\ credit |
        (?:copyright|©)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)

# A line like this usually opens the page footer: from here on nothing is story.
_FOOTER_START = re.compile(
    r"^\s*(?:related\ sources|posted\ in|filed\ under|did\ you\ know\??|comments|engineered\ by|"
    r"more\ stories|recommended\ for\ you|about\ the\ author)\b",
    re.IGNORECASE | re.VERBOSE,
)

# Lines that are pure link lists or bullets of links ("• Source 1 • Source 2").
_LINK_LIST = re.compile(r"^\s*(?:[•·|]\s*[^•·|]{1,40}){2,}$")

# An unlabelled promo line is at most this long.
_MAX_PROMO_WORDS = 12

# The footer may only swallow the tail if the tail is small: a real story can mention "Comments".
_MAX_FOOTER_SHARE = 0.35


def find_boilerplate(text: str) -> list[Span]:
    """Character ranges of furniture lines, sorted and merged; each covers whole lines."""
    spans: list[Span] = []
    lines = list(_lines_with_offsets(text))
    total_words = max(1, len(text.split()))
    for start, end, line in lines:
        if _FOOTER_START.match(line):
            tail_words = len(text[start:].split())
            if tail_words / total_words <= _MAX_FOOTER_SHARE:
                spans.append((start, len(text)))
                break
        if _is_promo(line) or _LINK_LIST.match(line):
            spans.append((start, end))
    return _merge(spans + find_injected(lines))


def _is_promo(line: str) -> bool:
    """A promo keyword counts only as a label ("See Also: ...") or on a short line, because the
    same words ("Related", "Topics") can open a real sentence of the story."""
    match = _PROMO_LINE.match(line)
    if not match:
        return False
    labelled = line[match.end() :].lstrip().startswith(":")
    return labelled or len(line.split()) <= _MAX_PROMO_WORDS


def _lines_with_offsets(text: str):
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            yield offset, offset + len(stripped), stripped
        offset += len(line)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
