"""One `Brief` as Markdown, for the terminal and for notes. Rendering never adds facts: it shows
the brief's fields and where they were found; article and model text is escaped
(`markdown_text.escape`) so that it renders as text."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.render.markdown_text import bare_number, clip, escape, quote_block, section, span_marker
from summarizer.schemas import Brief


def _evidence(brief: Brief) -> Callable[[str, str], str]:
    """For a piece of prose, " `@start–end`": where its evidence is in the article ("" if unknown)."""
    spans = {(item.section, item.text): item.spans for item in brief.prose}

    def marker(section: str, text: str) -> str:
        found = spans.get((section, text))
        return f" {span_marker(found)}" if found else ""

    return marker


def _summary(brief: Brief, evidence: Callable[[str, str], str]) -> str:
    """The summary, each sentence followed by its evidence when the brief says where it is."""
    sentences = [item.text for item in brief.prose if item.section == "summary"]
    if " ".join(sentences) != brief.summary:  # a brief made before prose items, or edited since
        return escape(brief.summary, starts_block=True)
    return " ".join(
        escape(sentence, starts_block=index == 0) + evidence("summary", sentence)
        for index, sentence in enumerate(sentences)
    )


def to_markdown(brief: Brief) -> str:
    """The brief as Markdown, with the article's text escaped so that it renders as text."""
    evidence = _evidence(brief)
    headline = escape(brief.headline or brief.source.title or brief.source.name)
    lines = [f"# {headline}", ""]
    source = brief.source
    lines += [f"*Source: {escape(source.name)} · {source.word_count} words*", ""]
    headline_evidence = evidence("headline", brief.headline)
    if headline_evidence:  # kept out of the heading, which people and tools read as the title
        lines[-2] += f" · headline from{headline_evidence}"
    if brief.summary:
        lines += [_summary(brief, evidence), ""]
    lines += section(
        "What happened", [f"- {escape(event, starts_block=True)}{evidence('what', event)}" for event in brief.what]
    )
    lines += section(
        "Who",
        [
            f"- **{escape(item.name)}**"
            + (f", {escape(item.role)}" if item.role else "")
            + f" ({item.kind}) {span_marker(item.spans)}"
            for item in brief.who
        ],
    )
    lines += section(
        "Where", [f"- {escape(place.name, starts_block=True)} {span_marker(place.spans)}" for place in brief.where]
    )
    lines += section(
        "When",
        [
            f"- **{escape(item.text)}**"
            + (f" ({item.date})" if item.date else "")
            + (f" — {escape(clip(item.context, 160))}" if item.context else "")
            + f" {span_marker(item.spans)}"
            for item in brief.when
        ],
    )
    lines += section(
        "Numbers",
        [
            f"- **{escape(n.value)}**"
            + (f" {escape(n.unit)}" if n.unit and bare_number(n.value) else "")
            + (f": {escape(n.measures)}" if n.measures else "")
            + f" {span_marker(n.spans)}"
            for n in brief.numbers
        ],
    )
    lines += section(
        "Quotes", [quote_block(q.text, q.speaker, q.speaker_role, span_marker(q.spans)) for q in brief.quotes]
    )
    lines += section(
        "Dropped (not found in the source)",
        [f"- {d.section}: “{escape(clip(d.content))}” — {escape(d.reason)}" for d in brief.dropped],
    )
    lines += section("Notes", [f"- {escape(note, starts_block=True)}" for note in brief.notes])
    return "\n".join(lines).rstrip() + "\n"
