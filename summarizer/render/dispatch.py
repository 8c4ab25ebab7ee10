"""Turning a `Brief` (or a merged note) into what people read: Markdown for the terminal and
notes, JSON for programs, HTML for a page beside the articles. Rendering never adds facts: it
shows the brief's fields and where they were found.

Markdown viewers pass raw HTML through, so every piece of text that comes from the article (or
from a model that read it) is escaped before it is placed in the note: an article's `<script>`
is shown as text, never run. Only what would otherwise be markup is escaped, so ordinary news
text looks the same in a terminal. JSON is data and is never escaped."""

from collections.abc import Sequence

from summarizer.schemas import Brief, MergedBrief

FORMATS = ("markdown", "json", "html")


def render(brief: Brief | MergedBrief, format: str = "markdown", *, texts: str | Sequence[str] | None = None) -> str:
    """The brief or merged note in `format` (one of FORMATS), ending with a newline. HTML shows
    the note beside the articles, so it needs their `texts` (one per source, in order)."""
    if format == "json":
        return brief.model_dump_json(indent=2) + "\n"
    if format == "markdown":
        if isinstance(brief, MergedBrief):
            from summarizer.render.merged_markdown import merged_to_markdown

            return merged_to_markdown(brief)
        from summarizer.render.markdown import to_markdown

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
