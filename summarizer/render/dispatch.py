"""Turning a `Brief` into what people read: Markdown for the terminal and notes, JSON for
programs. Rendering never adds facts: it shows the brief's fields and where they were found.

Markdown viewers pass raw HTML through, so every piece of text that comes from the article (or
from a model that read it) is escaped before it is placed in the note: an article's `<script>`
is shown as text, never run. Only what would otherwise be markup is escaped, so ordinary news
text looks the same in a terminal. JSON is data and is never escaped."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.schemas import Brief, MergedBrief

FORMATS = ("markdown", "json", "html")
_MAX_SPANS_SHOWN = 3


def render(brief: Brief | MergedBrief, format: str = "markdown", *, texts: str | Sequence[str] | None = None) -> str:
    """The brief or merged note in `format` (one of FORMATS), ending with a newline. HTML shows
    the note beside the articles, so it needs their `texts` (one per source, in order)."""
    if format == "json":
        return brief.model_dump_json(indent=2) + "\n"
    if format == "markdown":
        if isinstance(brief, MergedBrief):
            from summarizer.render.merged_markdown import merged_to_markdown

            return merged_to_markdown(brief)
        return to_markdown(brief)
    if format == "html":
        if texts is None:
            raise ValueError("the html format shows the articles beside the note: pass their texts")
        from summarizer.merge.story import merge_briefs
        from summarizer.render.html import to_html

        texts = [texts] if isinstance(texts, str) else list(texts)
        merged = brief if isinstance(brief, MergedBrief) else merge_briefs([brief], texts)
        return to_html(merged, texts)
    raise ValueError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")


def to_markdown(brief: Brief) -> str:
    """The brief as Markdown, with the article's text escaped so that it renders as text."""
    lines = [f"# {_md(brief.headline or brief.source.title or brief.source.name)}", ""]
    source = brief.source
    lines += [f"*Source: {_md(source.name)} · {source.word_count} words*", ""]
    if brief.summary:
        lines += [_md(brief.summary, starts_block=True), ""]
    lines += _section("What happened", [f"- {_md(event, starts_block=True)}" for event in brief.what])
    lines += _section(
        "Who",
        [
            f"- **{_md(item.name)}**"
            + (f", {_md(item.role)}" if item.role else "")
            + f" ({item.kind}) {_at(item.spans)}"
            for item in brief.who
        ],
    )
    lines += _section("Where", [f"- {_md(place.name, starts_block=True)} {_at(place.spans)}" for place in brief.where])
    lines += _section(
        "Numbers",
        [
            f"- **{_md(n.value)}**"
            + (f" {_md(n.unit)}" if n.unit and _bare_number(n.value) else "")
            + (f": {_md(n.measures)}" if n.measures else "")
            + f" {_at(n.spans)}"
            for n in brief.numbers
        ],
    )
    lines += _section("Quotes", [_quote(q.text, q.speaker, q.speaker_role, _at(q.spans)) for q in brief.quotes])
    lines += _section(
        "Dropped (not found in the source)",
        [f"- {d.section}: “{_md(_clip(d.content))}” — {_md(d.reason)}" for d in brief.dropped],
    )
    lines += _section("Notes", [f"- {_md(note, starts_block=True)}" for note in brief.notes])
    return "\n".join(lines).rstrip() + "\n"


def _quote(text: str, speaker: str | None, role: str | None, where: str) -> str:
    """A quote as a block quote, its speaker under it, then where it is."""
    return f"> “{_md(text)}”\n> — {_md(speaker or 'unattributed')}" + (f", {_md(role)}" if role else "") + f" {where}\n"


# --- escaping article text for Markdown --------------------------------------------------------
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


def _md(text: str, *, starts_block: bool = False) -> str:
    """`text` (from the article or the model) escaped for a Markdown note: it renders as the same
    text, never as HTML, a link or a new block, and reads the same in a terminal.
    `starts_block`: the text opens a line or a list item, so its first line is read as block
    markup too; otherwise only its later lines are."""
    text = _INLINE.sub(_escape_inline, _LINE_BREAK.sub("\n", text))
    if starts_block:
        return _BLOCK_START.sub(_escape_block_start, text)
    first, newline, rest = text.partition("\n")
    return first + newline + _BLOCK_START.sub(_escape_block_start, rest)


def _escape_inline(match: re.Match[str]) -> str:
    return _INLINE_ESCAPES.get(match.group()) or "\\" + match.group()


def _escape_block_start(match: re.Match[str]) -> str:
    marker = match.group(match.lastgroup)
    start = match.start(match.lastgroup) - match.start()
    whole = match.group()
    return whole[:start] + "\\" + marker + whole[start + len(marker) :]


def _bare_number(value: str) -> bool:
    """ "45" needs its unit shown; "3.5%" and "$1.2 billion" already carry theirs."""
    return all(char.isdigit() or char in ",. " for char in value)


def _section(title: str, body: list[str]) -> list[str]:
    return [f"## {title}", "", *body, ""] if body else []


def _at(spans: list[tuple[int, int]]) -> str:
    shown = ", ".join(f"{start}–{end}" for start, end in spans[:_MAX_SPANS_SHOWN])
    more = f" +{len(spans) - _MAX_SPANS_SHOWN}" if len(spans) > _MAX_SPANS_SHOWN else ""
    return f"`@{shown}{more}`" if spans else ""


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
