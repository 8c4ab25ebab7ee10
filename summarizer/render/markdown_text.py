"""Markdown for notes made of untrusted text: escaping and the small pieces both note layouts
(one brief, a merged note) are built from.

Markdown viewers pass raw HTML through, so every piece of text that comes from the article (or
from a model that read it) is escaped before it is placed in the note: an article's `<script>`
is shown as text, never run. Only what would otherwise be markup is escaped, so ordinary news
text looks the same in a terminal."""

from __future__ import annotations

import re

from summarizer.text.spans import Span

MAX_SPANS_SHOWN = 3

# Inline: `<` that could open a tag, comment or autolink becomes `&lt;`, and `&` that would be read
# as an entity `&amp;`: unlike a backslash escape (CommonMark only), every Markdown dialect
# (Python-Markdown, Markdown.pl) reads these as text, and news text rarely has either. A
# backslash that would escape what follows it (or break the line), backticks (which would pair
# with the backticks of our span markers) and `](`, which would make a link of the text before it,
# get a backslash. Other punctuation (`*`, `_`, `[`, `>` mid-line) is left alone: it cannot inject
# markup, and escaping it would show in ordinary text.
_INLINE = re.compile(r"\\(?=[!-/:-@\[-`{-~]|$)|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)|`|\](?=\()", re.MULTILINE)
_INLINE_ESCAPES = {"<": "&lt;", "&": "&amp;"}
# At the start of a line (after at most three spaces), what would open a block: a heading, a
# block quote, a list item, a thematic break or setext underline, a code fence, a link
# reference definition.
_BLOCK_START = re.compile(
    r"^( {0,3})(?:"
    r"(?P<heading>#)(?=#{0,5}(?:[ \t]|$))"
    r"|(?P<quote>>)"
    r"|(?P<bullet>[-+*])(?=[ \t]|$)"
    r"|(?P<rule>[-=_*])(?=[-=_* \t]*$)"
    r"|\d{1,9}(?P<ordered>[.)])(?=[ \t]|$)"
    r"|(?P<fence>~)(?=~~)"
    r"|(?P<reference>\[)(?=[^\]]*\]:)"
    r")",
    re.MULTILINE,
)
_LINE_BREAK = re.compile(r"\r\n?")
_ENTITY = re.compile("|".join(_INLINE_ESCAPES.values()))
_ENTITIES = {entity: character for character, entity in _INLINE_ESCAPES.items()}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape(text: str, *, starts_block: bool = False) -> str:
    """`text` (from the article or the model) escaped for a Markdown note: it renders as the same
    text, never as HTML, a link or a new block, and reads the same in a terminal.
    `starts_block`: the text opens a line or a list item, so its first line is read as block
    markup too; otherwise only its later lines are."""
    text = _INLINE.sub(_escape_inline, _LINE_BREAK.sub("\n", text))
    if starts_block:
        return _BLOCK_START.sub(_escape_block_start, text)
    first, newline, rest = text.partition("\n")
    return first + newline + _BLOCK_START.sub(_escape_block_start, rest)


def for_terminal(markdown: str) -> str:
    """A note escaped by `escape`, for a terminal that shows it unrendered: the HTML escapes
    become the characters they stand for (a terminal runs no HTML), and control characters an
    article could carry (a terminal's escape sequences among them) become visible marks."""
    text = _ENTITY.sub(lambda match: _ENTITIES[match.group()], markdown)
    return _CONTROL.sub("\ufffd", text)


def _escape_inline(match: re.Match[str]) -> str:
    return _INLINE_ESCAPES.get(match.group()) or "\\" + match.group()


def _escape_block_start(match: re.Match[str]) -> str:
    group = match.lastgroup
    assert group is not None  # every alternative of _BLOCK_START is a named group
    marker = match.group(group)
    start = match.start(group) - match.start()
    whole = match.group()
    return whole[:start] + "\\" + marker + whole[start + len(marker) :]


def quote_block(text: str, speaker: str | None, role: str | None, where: str) -> str:
    """A quote as a block quote, its speaker under it, then where it is."""
    return (
        f"> “{escape(text)}”\n> — {escape(speaker or 'unattributed')}"
        + (f", {escape(role)}" if role else "")
        + f" {where}\n"
    )


def bare_number(value: str) -> bool:
    """ "45" needs its unit shown; "3.5%" and "$1.2 billion" already carry theirs."""
    return all(char.isdigit() or char in ",. " for char in value)


def section(title: str, body: list[str]) -> list[str]:
    return [f"## {title}", "", *body, ""] if body else []


def span_marker(spans: list[Span]) -> str:
    shown = ", ".join(f"{start}–{end}" for start, end in spans[:MAX_SPANS_SHOWN])
    more = f" +{len(spans) - MAX_SPANS_SHOWN}" if len(spans) > MAX_SPANS_SHOWN else ""
    return f"`@{shown}{more}`" if spans else ""


def clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
