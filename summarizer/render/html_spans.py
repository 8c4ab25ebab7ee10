"""Cutting a source text into pieces at every cited span's edges, for the HTML report.

Spans of different items overlap and nest (a quote holds a name and a figure), and HTML elements
cannot cross, so the text is split at every span boundary instead of being wrapped span by span:
each piece knows every item that covers it, and highlighting an item lights all its pieces. The
pieces always add up to the text exactly once, whatever the spans say: spans past the end, before
the start, reversed or empty are clipped or left out rather than trusted."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from summarizer.schemas.brief import Span


class Segment(NamedTuple):
    start: int
    end: int
    items: tuple[str, ...]  # the items whose spans cover text[start:end], in the order first given


def clip(span: Span, length: int) -> Span | None:
    """`span` cut to a text of `length` characters, or None when nothing of it is left."""
    try:
        start, end = (max(0, min(int(edge), length)) for edge in span)
    except (TypeError, ValueError):
        return None
    return (start, end) if start < end else None


def segment(text: str, spans: Mapping[str, Iterable[Span]]) -> list[Segment]:
    """`text` as consecutive segments, cut wherever a span of any item in `spans` starts or ends.
    A segment no span covers has no items; segments are never empty."""
    length = len(text)
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[str]] = {}
    order = {item: rank for rank, item in enumerate(spans)}
    for item, item_spans in spans.items():
        for span in item_spans:
            clipped = clip(span, length)
            if clipped:
                opening.setdefault(clipped[0], []).append(item)
                closing.setdefault(clipped[1], []).append(item)
    cuts = sorted({0, length, *opening, *closing})
    # An item may cover a piece twice (its own spans overlap): count, so it stays until the last closes.
    covering: Counter[str] = Counter()
    segments = []
    for start, end in zip(cuts, cuts[1:]):
        covering.subtract(closing.get(start, ()))
        covering.update(opening.get(start, ()))
        items = tuple(sorted((item for item, count in covering.items() if count > 0), key=order.__getitem__))
        segments.append(Segment(start, end, items))
    return segments


def render_text(text: str, spans: Mapping[str, Iterable[Span]], id_prefix: str) -> str:
    """`text` as escaped HTML with every covered segment in a `<mark>` listing its items.
    A mark where some span starts has the id `{id_prefix}-{offset}`, the link target for that span
    (see `anchor`); `id_prefix` must be safe in an id and a URL fragment."""
    starts = {clipped[0] for item_spans in spans.values() for span in item_spans if (clipped := clip(span, len(text)))}
    parts = []
    for piece in segment(text, spans):
        content = html.escape(text[piece.start : piece.end], quote=True)
        if not piece.items:
            parts.append(content)
            continue
        anchor_id = f' id="{anchor(id_prefix, piece.start)}"' if piece.start in starts else ""
        depth = min(len(piece.items), 3)  # the style shades text that several items cite a little deeper
        items = html.escape(" ".join(piece.items), quote=True)
        parts.append(f'<mark class="span d{depth}"{anchor_id} data-items="{items}">{content}</mark>')
    return "".join(parts)


def anchor(id_prefix: str, offset: int) -> str:
    """The id of the mark where a span starting at `offset` begins."""
    return f"{id_prefix}-{offset}"
