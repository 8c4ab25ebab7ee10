"""Benchmark 6: what merging costs once the reports are briefed. The two seed reports are briefed
from evidence alone (no model: the merge and the renderers are what is timed), then merged into
one note and rendered as Markdown and as the HTML page, many times over.

    .venv/bin/python bench/merge_speed.py"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from table import Row, print_table

from summarizer.extract.evidence import gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.merge.story import merge_briefs
from summarizer.render.dispatch import render
from summarizer.schemas import Usage
from summarizer.source.article import Article

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
_ROUNDS = 50


def measure() -> list[Row]:
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    articles = [Article.from_text(text, seed.name) for text, seed in zip(texts, SEEDS)]
    briefs = [build_brief(article, gather_evidence(article), None, Usage()) for article in articles]
    merge_briefs(briefs, texts)  # the first call fills caches that every later one shares
    merged = _per_call(lambda: merge_briefs(briefs, texts))
    note = merge_briefs(briefs, texts)
    markdown = _per_call(lambda: render(note, "markdown"))
    page = render(note, "html", texts=texts)
    html = _per_call(lambda: render(note, "html", texts=texts))
    size = f"{len(page.encode()) / 1024:.0f} KiB"
    return [
        Row("11. merge the two seed briefs into one note", f"{merged * 1000:.1f} ms"),
        Row(
            "11. render the merged note as Markdown / as HTML",
            f"{markdown * 1000:.1f} ms / {html * 1000:.1f} ms ({size})",
        ),
    ]


def _per_call(work) -> float:
    started = time.perf_counter()
    for _ in range(_ROUNDS):
        work()
    return (time.perf_counter() - started) / _ROUNDS


if __name__ == "__main__":
    print_table(measure())
    sys.exit(0)
