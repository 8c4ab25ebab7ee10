"""A merged briefing note as one self-contained HTML page: the note on the left, the source texts
on the right, and every item of the note linked to the passages it was found in.

The page is meant to be mailed, archived and opened from disk, so it carries its own style and
script and asks for nothing from the network. Everything in it that came from an article or a
model is escaped, and a Content-Security-Policy allows only the one inline script whose hash it
names: even text that slipped through as markup could neither run nor load anything."""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
from collections.abc import Sequence
from typing import NamedTuple

from summarizer.render.html_assets import SCRIPT, STYLE
from summarizer.render.html_spans import anchor, clip, render_text
from summarizer.render.markdown_text import clip as clip_text
from summarizer.schemas import MergedBrief, MergedDate, MergedPerson, MergedQuote, MergedSource, NumberGroup
from summarizer.schemas.merged import Cited

_PALETTE_SIZE = 6  # source colours (.c1 ... .c6 in the style), reused round-robin past that


def to_html(merged: MergedBrief, texts: Sequence[str]) -> str:
    """`merged` as a complete HTML5 document; `texts[i]` is the full text of `merged.sources[i]`,
    the text its citations' spans point into."""
    if len(texts) != len(merged.sources):
        raise ValueError(f"{len(merged.sources)} sources but {len(texts)} texts: give one text per source, in order")
    note = _Note(merged, texts)
    body = note.render()  # first: it registers every item's spans, which the source texts then mark
    return _page(_headline(merged), body, note.render_sources())


def script_hash(script: str = SCRIPT) -> str:
    """The CSP source expression that allows exactly `script` to run inline."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _page(title: str, note: str, sources: str) -> str:
    # default-src does not cover base-uri and form-action, so they are closed too.
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash()}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>{_e(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<div class="layout">
<main class="note" id="note">
{note}
</main>
<aside class="sources" id="sources" aria-label="Source texts">
<h2 class="pane-title">Source texts</h2>
{sources}
</aside>
</div>
<script>{SCRIPT}</script>
</body>
</html>
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _headline(merged: MergedBrief) -> str:
    return merged.headline or "Briefing note"


class _Item(NamedTuple):
    """One linkable thing in the note: its id, and the mark of its first span in each source
    (by source id; empty when none of its spans falls inside a text)."""

    id: str
    targets: dict[str, str]

    def link(self, content: str, css: str) -> str:
        """`content` (HTML) linked to the item's first span; plain when it has none."""
        if not self.targets:
            return f'<span class="item {css} unlinked">{content}</span>'
        return f'<a class="item {css}" href="#{next(iter(self.targets.values()))}" data-item="{self.id}">{content}</a>'


class _Note:
    """Renders the note, giving each cited item an id ("i0", "i1", ...) and remembering its spans
    per source, so that the source texts can mark them and the note can link to them."""

    def __init__(self, merged: MergedBrief, texts: Sequence[str]) -> None:
        self.merged = merged
        self.texts = texts
        self.index: dict[str, int] = {}
        for index, source in enumerate(merged.sources):
            self.index.setdefault(source.id, index)
        self.spans: list[dict[str, list[tuple[int, int]]]] = [{} for _ in texts]  # per source: item -> spans
        self.ids = itertools.count()

    # --- items, links and badges -------------------------------------------------------------
    def register(self, cited: Cited) -> _Item:
        """A new item for `cited`, its spans recorded for marking; spans outside the text are left out."""
        item = _Item(f"i{next(self.ids)}", {})
        for citation in cited.citations:
            index = self.index.get(citation.source)
            if index is None:
                continue
            valid = [span for span in (clip(span, len(self.texts[index])) for span in citation.spans) if span]
            self.spans[index].setdefault(item.id, []).extend(valid)
            if valid:
                item.targets.setdefault(citation.source, anchor(_dom(index), valid[0][0]))
        return item

    def cited(self, content: str, cited: Cited, css: str = "") -> str:
        """`content` (HTML) linked to `cited`'s first span, followed by its source badges."""
        item = self.register(cited)
        return item.link(content, css) + self.badges(cited, item)

    def badges(self, cited: Cited, item: _Item) -> str:
        return "".join(self.badge(source, item) for source in dict.fromkeys(cited.sources))

    def badge(self, source_id: str, item: _Item | None = None) -> str:
        """[S1]: a link to the item's first span in that source, or to the source when it has none."""
        index = self.index.get(source_id)
        if index is None:
            return f' <span class="badge unknown" title="not among the sources">{_e(source_id)}</span>'
        target = item.targets.get(source_id) if item else None
        link = f'href="#{target}" data-item="{item.id}"' if item and target else f'href="#src-{_dom(index)}"'
        return (
            f' <a class="badge c{_colour(index)}" {link} '
            f'title="{_e(self.merged.sources[index].label)}">{_e(source_id)}</a>'
        )

    # --- the note ----------------------------------------------------------------------------
    def render(self) -> str:
        m = self.merged
        parts = [
            f'<header class="masthead"><p class="kicker">Briefing note · {len(m.sources)} '
            f'source{"s" if len(m.sources) != 1 else ""}</p><h1>{_e(_headline(m))}</h1></header>'
        ]
        parts += _section("Sources", "ol", [self.source_entry(i) for i in range(len(m.sources))], "source-list")
        if m.summary:
            sentences = " ".join(f'<span class="sentence">{self.cited(_e(s.text), s)}</span>' for s in m.summary)
            parts.append(f'<section><h2>Summary</h2><p class="summary">{sentences}</p></section>')
        parts += _section("What happened", "ul", [self.cited(_e(event.text), event) for event in m.what], "events")
        parts += _section("Who", "ul", [self.person(person) for person in m.who], "people")
        parts += _section(
            "Where",
            "ul",
            [self.cited(_e(place.name), place, "name") + _aliases(place.aliases) for place in m.where],
            "places",
        )
        parts += _section("When", "ul", [self.dated(item) for item in m.when], "dates")
        if m.numbers:
            groups = "".join(self.number_group(group) for group in m.numbers)
            parts.append(f'<section><h2>Numbers</h2><div class="numbers">{groups}</div></section>')
        parts += _section("Quotes", "ul", [self.quote(quote) for quote in m.quotes], "quotes")
        parts += _section(
            "Dropped (not found in the sources)",
            "ul",
            [
                f'<span class="chip">{_e(d.section)}</span> <q>{_e(d.content)}</q>{self.badge(d.source)}'
                f'<span class="reason">{_e(d.reason)}</span>'
                for d in m.dropped
            ],
            "dropped",
        )
        parts += _section("Notes", "ul", [_e(note) for note in m.notes], "notes")
        return "\n".join(parts)

    def dated(self, item: MergedDate) -> str:
        """ "Oct. 29 (2024-10-29) [S1] [S2]", what it dates beneath."""
        iso = f' <span class="chip">{_e(item.date)}</span>' if item.date else ""
        context = f'<span class="reason">{_e(clip_text(item.context, 160))}</span>' if item.context else ""
        return self.cited(_e(item.text), item, "name") + iso + _aliases(item.aliases) + context

    def source_entry(self, index: int) -> str:
        source = self.merged.sources[index]
        return (
            f'<a href="#src-{_dom(index)}" class="source-link">{_e(source.label)}</a>{self.badge(source.id)}'
            f'<span class="meta">{_source_meta(source, self.texts[index])}</span>'
        )

    def person(self, person: MergedPerson) -> str:
        item = self.register(person)
        head = (
            item.link(f"<strong>{_e(person.name)}</strong>", "name")
            + f' <span class="chip">{_e(person.kind)}</span>'
            + self.badges(person, item)
        )
        sources_by_role: dict[str, list[str]] = {}  # "Mayor [S1] [S2]", not "Mayor [S1]", "Mayor [S2]"
        for role in person.roles:
            sources_by_role.setdefault(role.text, []).append(role.source)
        roles = "".join(
            f"<li>{_e(role)}{''.join(self.badge(source, item) for source in dict.fromkeys(sources))}</li>"
            for role, sources in sources_by_role.items()
        )
        return head + (f'<ul class="roles">{roles}</ul>' if roles else "") + _aliases(person.aliases)

    def number_group(self, group: NumberGroup) -> str:
        values = []
        for figure in group.values:
            shown = _e(figure.value) + (f' <span class="unit">{_e(figure.unit)}</span>' if figure.unit else "")
            own = (
                f' <span class="measures">{_e(figure.measures)}</span>'
                if figure.measures and figure.measures != group.measures
                else ""
            )
            values.append(f"<li>{self.cited(shown, figure, 'figure')}{own}</li>")
        agreement = _e(group.agreement)
        if group.agreement == "differ":  # the one thing a reader must not miss
            flag = (
                f'<div class="callout" role="note"><strong>Sources differ</strong>'
                f'<span>{_e(group.note or "The sources give different values for this.")}</span></div>'
            )
        else:
            label = "sources agree" if group.agreement == "agree" else "one source"
            flag = f'<span class="chip {agreement}">{label}</span>'
            flag += f'<p class="group-note">{_e(group.note)}</p>' if group.note else ""
        return (
            f'<div class="group {agreement}"><h3>{_e(group.measures or "Figure")}</h3>{flag}'
            f'<ul class="values">{"".join(values)}</ul></div>'
        )

    def quote(self, quote: MergedQuote) -> str:
        item = self.register(quote)
        role = f', <span class="role">{_e(quote.speaker_role)}</span>' if quote.speaker_role else ""
        return (
            f'<figure class="quote"><blockquote>{item.link(f"“{_e(quote.text)}”", "quote-text")}</blockquote>'
            f'<figcaption>— <span class="speaker">{_e(quote.speaker or "Unattributed")}</span>{role}'
            f'{self.badges(quote, item)}</figcaption></figure>'
        )

    # --- the source texts --------------------------------------------------------------------
    def render_sources(self) -> str:
        return "\n".join(self.render_source(index) for index in range(len(self.texts)))

    def render_source(self, index: int) -> str:
        source, text, dom, colour = self.merged.sources[index], self.texts[index], _dom(index), _colour(index)
        return (
            f'<section class="source c{colour}" id="src-{dom}" aria-labelledby="head-{dom}">'
            f'<header class="source-head" id="head-{dom}"><span class="badge c{colour}">{_e(source.id)}</span>'
            f'<h3>{_e(source.label)}</h3><p class="meta">{_source_meta(source, text)}</p></header>'
            f'<div class="text">{render_text(text, self.spans[index], dom)}</div></section>'
        )


def _dom(index: int) -> str:
    """A source's part of ids and fragments: from its position, never from its id (a model wrote that)."""
    return f"s{index + 1}"


def _colour(index: int) -> int:
    return index % _PALETTE_SIZE + 1


def _section(title: str, tag: str, items: list[str], css: str) -> list[str]:
    if not items:
        return []
    body = "".join(f"<li>{item}</li>" for item in items)
    return [f'<section><h2>{_e(title)}</h2><{tag} class="{css}">{body}</{tag}></section>']


def _aliases(aliases: list[str]) -> str:
    return f'<p class="aliases">Also: {_e(", ".join(aliases))}</p>' if aliases else ""


def _source_meta(source: MergedSource, text: str) -> str:
    words = source.word_count or len(text.split())
    parts = [source.name if source.title else None, source.publisher, source.date, f"{words:,} words"]
    return " · ".join(_e(part) for part in parts if part)
