"""Producing the briefs of a dataset (from the cache when they were made before) and summing
their scores. One article failing is recorded and the run goes on; a backend that cannot be
reached stops the run, since every later article would fail the same way."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from summarizer.config import Settings
from summarizer.errors import BackendUnavailable, SummarizerError
from summarizer.evaluation.datasets import Dataset, Example
from summarizer.evaluation.scorers import Tally, score, skip_reason
from summarizer.pipeline import summarize
from summarizer.schemas import Brief
from summarizer.storage.cache import BriefCache, brief_key


@dataclass
class EvalRun:
    dataset: Dataset
    backend: str
    model: str
    tally: Tally = field(default_factory=Tally)
    scored: int = 0
    cached: int = 0
    skipped: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


Progress = Callable[[int, int, Example, str], None]


def run_eval(
    dataset: Dataset, settings: Settings, cache: BriefCache | None = None, progress: Progress | None = None
) -> EvalRun:
    """Brief and score every example of `dataset`; `progress(done, total, example, outcome)` is
    called after each one."""
    run = EvalRun(dataset, settings.resolved_backend, settings.resolved_model)
    started = time.perf_counter()
    total = len(dataset.examples)
    for done, example in enumerate(dataset.examples, 1):
        outcome = _evaluate_one(run, example, settings, cache)
        if progress is not None:
            progress(done, total, example, outcome)
    run.seconds = time.perf_counter() - started
    return run


def _evaluate_one(run: EvalRun, example: Example, settings: Settings, cache: BriefCache | None) -> str:
    reason = skip_reason(run.dataset.kind, example)
    if reason is not None:
        run.skipped[example.id] = reason
        return f"skipped ({reason})"
    try:
        brief, outcome = _brief(example, settings, cache)
    except BackendUnavailable:
        raise
    except SummarizerError as error:
        run.failed[example.id] = " ".join(str(error).split())
        return f"failed: {run.failed[example.id]}"
    run.tally.merge(score(run.dataset.kind, example, brief))
    run.scored += 1
    run.cached += outcome == "cached"
    return outcome


def _brief(example: Example, settings: Settings, cache: BriefCache | None) -> tuple[Brief, str]:
    key = brief_key(example.text, settings) if cache is not None else ""
    if cache is not None and (brief := cache.get(key)) is not None:
        brief.usage = brief.usage.priced(settings.price_table())
        return brief, "cached"
    responses = cache.responses if cache is not None else None
    brief = summarize(example.text, name=example.id, settings=settings, responses=responses)
    if cache is not None:
        cache.put(key, brief)
    return brief, f"{brief.usage.seconds:.1f}s"
