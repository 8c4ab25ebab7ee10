"""A merged note (`MergedBrief`) as Markdown: the single brief's layout, with every item followed
by the sources it is found in and its spans in each ("S1 `@882–894` · S2 `@326–338`"), so
a reader can check any line against any report. Text from the articles is escaped as in
`render` (an article's markup is shown, never rendered)."""

from __future__ import annotations

from summarizer.render.markdown_text import bare_number, clip, escape, quote_block, section, span_marker
from summarizer.schemas import Cited, MergedBrief, MergedSource, NumberGroup

__all__ = ["merged_to_markdown"]


def merged_to_markdown(merged: MergedBrief) -> str:
    lines = [f"# {escape(merged.headline)}", ""]
    lines += [f"*One note from {len(merged.sources)} reports.*", ""]
    lines += section("Sources", [f"- {_source_line(source)}" for source in merged.sources])
    lines += section("Summary", [f"{escape(s.text, starts_block=True)} {_where(s)}\n" for s in merged.summary])
    lines += section(
        "What happened", [f"- {escape(event.text, starts_block=True)} {_where(event)}" for event in merged.what]
    )
    lines += section(
        "Who",
        [
            f"- **{escape(person.name)}** ({person.kind})"
            + "".join(f"; {escape(role.text)} [{role.source}]" for role in person.roles)
            + (f"; also “{'”, “'.join(escape(alias) for alias in person.aliases)}”" if person.aliases else "")
            + f" {_where(person)}"
            for person in merged.who
        ],
    )
    lines += section(
        "Where",
        [
            f"- {escape(place.name, starts_block=True)}"
            + (f" (also “{'”, “'.join(escape(alias) for alias in place.aliases)}”)" if place.aliases else "")
            + f" {_where(place)}"
            for place in merged.where
        ],
    )
    lines += section(
        "When",
        [
            f"- **{escape(item.text)}**"
            + (f" ({item.date})" if item.date else "")
            + (f" (also “{'”, “'.join(escape(alias) for alias in item.aliases)}”)" if item.aliases else "")
            + (f" — {escape(clip(item.context, 160))}" if item.context else "")
            + f" {_where(item)}"
            for item in merged.when
        ],
    )
    lines += section("Numbers", [_number_lines(group) for group in merged.numbers])
    lines += section("Quotes", [quote_block(q.text, q.speaker, q.speaker_role, _where(q)) for q in merged.quotes])
    lines += section(
        "Dropped (not found in the sources)",
        [
            f"- {item.source} {item.section}: “{escape(clip(item.content))}” — {escape(item.reason)}"
            for item in merged.dropped
        ],
    )
    lines += section("Notes", [f"- {escape(note, starts_block=True)}" for note in merged.notes])
    return "\n".join(lines).rstrip() + "\n"


def _source_line(source: MergedSource) -> str:
    facts = [
        f"“{escape(source.title)}”" if source.title else None,
        escape(source.publisher) if source.publisher else None,
        escape(source.date) if source.date else None,
        f"`{escape(source.name)}`",
        f"{source.word_count} words",
    ]
    return f"**{source.id}** " + " · ".join(fact for fact in facts if fact)


def _where(item: Cited) -> str:
    """ "S1 `@882–894` · S2 `@326–338`": each source the item is in, with its spans there."""
    return " · ".join(f"{citation.source} {span_marker(citation.spans)}".rstrip() for citation in item.citations)


def _number_lines(group: NumberGroup) -> str:
    label = f"**{escape(group.measures)}**" if group.measures else "**(what it counts is not stated)**"
    values = " · ".join(
        f"{escape(figure.value)}"
        + (f" {escape(figure.unit)}" if figure.unit and bare_number(figure.value) else "")
        + f" {_where(figure)}"
        for figure in group.values
    )
    line = f"- {label}: {values}"
    if group.agreement == "differ" and group.note:
        line += f"\n  - ⚠ {escape(group.note)}"
    elif group.agreement == "agree":
        line += "\n  - the sources agree"
    return line
