"""A merged note (`MergedBrief`) as Markdown: the single brief's layout, with every item followed
by the sources it is found in and its spans in each ("S1 `@882–894` · S2 `@326–338`"), so
a reader can check any line against any report. Text from the articles is escaped as in
`render` (an article's markup is shown, never rendered)."""

from __future__ import annotations

from summarizer.render.dispatch import _at, _bare_number, _clip, _md, _quote, _section
from summarizer.schemas import Cited, MergedBrief, MergedSource, NumberGroup

__all__ = ["merged_to_markdown"]


def merged_to_markdown(merged: MergedBrief) -> str:
    lines = [f"# {_md(merged.headline)}", ""]
    lines += [f"*One note from {len(merged.sources)} reports.*", ""]
    lines += _section("Sources", [f"- {_source_line(source)}" for source in merged.sources])
    lines += _section("Summary", [f"{_md(s.text, starts_block=True)} {_where(s)}\n" for s in merged.summary])
    lines += _section(
        "What happened", [f"- {_md(event.text, starts_block=True)} {_where(event)}" for event in merged.what]
    )
    lines += _section(
        "Who",
        [
            f"- **{_md(person.name)}** ({person.kind})"
            + "".join(f"; {_md(role.text)} [{role.source}]" for role in person.roles)
            + (f"; also “{'”, “'.join(_md(alias) for alias in person.aliases)}”" if person.aliases else "")
            + f" {_where(person)}"
            for person in merged.who
        ],
    )
    lines += _section(
        "Where",
        [
            f"- {_md(place.name, starts_block=True)}"
            + (f" (also “{'”, “'.join(_md(alias) for alias in place.aliases)}”)" if place.aliases else "")
            + f" {_where(place)}"
            for place in merged.where
        ],
    )
    lines += _section("Numbers", [_number_lines(group) for group in merged.numbers])
    lines += _section("Quotes", [_quote(q.text, q.speaker, q.speaker_role, _where(q)) for q in merged.quotes])
    lines += _section(
        "Dropped (not found in the sources)",
        [
            f"- {item.source} {item.section}: “{_md(_clip(item.content))}” — {_md(item.reason)}"
            for item in merged.dropped
        ],
    )
    lines += _section("Notes", [f"- {_md(note, starts_block=True)}" for note in merged.notes])
    return "\n".join(lines).rstrip() + "\n"


def _source_line(source: MergedSource) -> str:
    facts = [
        f"“{_md(source.title)}”" if source.title else None,
        _md(source.publisher) if source.publisher else None,
        _md(source.date) if source.date else None,
        f"`{_md(source.name)}`",
        f"{source.word_count} words",
    ]
    return f"**{source.id}** " + " · ".join(fact for fact in facts if fact)


def _where(item: Cited) -> str:
    """ "S1 `@882–894` · S2 `@326–338`": each source the item is in, with its spans there."""
    return " · ".join(f"{citation.source} {_at(citation.spans)}".rstrip() for citation in item.citations)


def _number_lines(group: NumberGroup) -> str:
    label = f"**{_md(group.measures)}**" if group.measures else "**(what it counts is not stated)**"
    values = " · ".join(
        f"{_md(figure.value)}"
        + (f" {_md(figure.unit)}" if figure.unit and _bare_number(figure.value) else "")
        + f" {_where(figure)}"
        for figure in group.values
    )
    line = f"- {label}: {values}"
    if group.agreement == "differ" and group.note:
        line += f"\n  - ⚠ {_md(group.note)}"
    elif group.agreement == "agree":
        line += "\n  - the sources agree"
    return line
