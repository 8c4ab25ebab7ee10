"""`summarize_many`: several articles in, their briefs out, or (merge=True) one note of the story
they report. Articles are briefed side by side (a remote server answers several requests at
once; the embedded model takes them in turn behind its lock), then merged without a model."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal, overload

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.merge.story import merge_briefs
from summarizer.pipeline import summarize
from summarizer.schemas import Brief, MergedBrief

__all__ = ["summarize_many"]

_IN_FLIGHT = 4


@overload
def summarize_many(
    texts: Sequence[str],
    *,
    names: Sequence[str] | None = ...,
    merge: Literal[False] = ...,
    client: Any = ...,
    settings: Settings | None = ...,
    **options: Any,
) -> list[Brief]: ...
@overload
def summarize_many(
    texts: Sequence[str],
    *,
    names: Sequence[str] | None = ...,
    merge: Literal[True],
    client: Any = ...,
    settings: Settings | None = ...,
    **options: Any,
) -> MergedBrief: ...


def summarize_many(
    texts: Sequence[str],
    *,
    names: Sequence[str] | None = None,
    merge: bool = False,
    client: Any = None,
    settings: Settings | None = None,
    **options: Any,
) -> list[Brief] | MergedBrief:
    """Brief each of `texts` (named by `names`, else "<text 1>", ...); with `merge`, one
    `MergedBrief` whose sources S1, S2, ... are the texts in the order given. Options are those
    of `summarize`. An article that fails raises, naming it: a merged note of the rest would
    look complete while missing a report."""
    if isinstance(texts, str) or not isinstance(texts, Sequence):
        raise InputError("summarize_many expects a list of article texts")
    if not texts:
        raise InputError("summarize_many needs at least one article")
    names = list(names) if names is not None else [f"<text {number}>" for number in range(1, len(texts) + 1)]
    if len(names) != len(texts):
        raise InputError(f"summarize_many got {len(texts)} texts but {len(names)} names")

    def brief(pair: tuple[str, str]) -> Brief:
        return summarize(pair[0], name=pair[1], client=client, settings=settings, **options)

    with ThreadPoolExecutor(max_workers=min(len(texts), _IN_FLIGHT)) as pool:
        briefs = list(pool.map(brief, zip(texts, names)))
    return merge_briefs(briefs, texts, names=names) if merge else briefs
