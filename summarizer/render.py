"""Turning a `Brief` into what people read: Markdown for the terminal and notes, JSON for
programs. Rendering never adds facts: it shows the brief's fields and where they were found."""

from __future__ import annotations

from .schemas import Brief

FORMATS = ("markdown", "json")
_MAX_SPANS_SHOWN = 3


def render(brief: Brief, format: str = "markdown") -> str:
    """The brief in `format` (one of FORMATS), ending with a newline."""
    if format == "json":
        return brief.model_dump_json(indent=2) + "\n"
    if format == "markdown":
        return to_markdown(brief)
    raise ValueError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")


def to_markdown(brief: Brief) -> str:
    lines = [f"# {brief.headline or brief.source.title or brief.source.name}", ""]
    source = brief.source
    lines += [f"*Source: {source.name} · {source.word_count} words*", ""]
    if brief.summary:
        lines += [brief.summary, ""]
    lines += _section("What happened", [f"- {event}" for event in brief.what])
    lines += _section("Who", [
        f"- **{item.name}**" + (f", {item.role}" if item.role else "") + f" ({item.kind}) {_at(item.spans)}"
        for item in brief.who
    ])
    lines += _section("Where", [f"- {place.name} {_at(place.spans)}" for place in brief.where])
    lines += _section("Numbers", [
        f"- **{n.value}**" + (f" {n.unit}" if n.unit and _bare_number(n.value) else "")
        + (f": {n.measures}" if n.measures else "") + f" {_at(n.spans)}"
        for n in brief.numbers
    ])
    lines += _section("Quotes", [
        f"> “{q.text}”\n> — {q.speaker or 'unattributed'}" + (f", {q.speaker_role}" if q.speaker_role else "")
        + f" {_at(q.spans)}\n"
        for q in brief.quotes
    ])
    if brief.dropped:
        lines += _section("Dropped (not found in the source)", [
            f"- {d.section}: “{_clip(d.content)}” — {d.reason}" for d in brief.dropped
        ])
    if brief.notes:
        lines += _section("Notes", [f"- {note}" for note in brief.notes])
    return "\n".join(lines).rstrip() + "\n"


def _bare_number(value: str) -> bool:
    """"45" needs its unit shown; "3.5%" and "$1.2 billion" already carry theirs."""
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
