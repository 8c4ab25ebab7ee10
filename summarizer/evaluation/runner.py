"""Producing the briefs of a dataset (from the cache when they were made before) and summing
their scores. One article failing is recorded and the run goes on; a backend that cannot be
reached stops the run, since every later article would fail the same way."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from summarizer.config import Settings
from summarizer.errors import BackendUnavailable, SummarizerError
from summarizer.evaluation.datasets import REPLAYED_ANSWER, Dataset, Example
from summarizer.evaluation.replay import RECORDED_MODEL, replay_answer
from summarizer.evaluation.scorers import score, skip_reason
from summarizer.evaluation.tally import Tally
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


#: The backend a run names when no configured model made its briefs.
REPLAY_BACKEND = "replay"
MODEL_FREE_BACKEND = "none (model-free)"


def run_eval(
    dataset: Dataset,
    settings: Settings,
    cache: BriefCache | None = None,
    progress: Progress | None = None,
    *,
    model_free: bool = False,
) -> EvalRun:
    """Brief and score every example of `dataset`; `progress(done, total, example, outcome)` is
    called after each one. A dataset that holds the model's answers has them replayed instead
    of briefing; `model_free` briefs nothing and scores only what needs no brief."""
    if dataset.kind in REPLAYED_ANSWER:
        run = EvalRun(dataset, REPLAY_BACKEND, RECORDED_MODEL)
    elif model_free:
        run = EvalRun(dataset, MODEL_FREE_BACKEND, "-")
    else:
        run = EvalRun(dataset, settings.resolved_backend, settings.resolved_model)
    started = time.perf_counter()
    total = len(dataset.examples)
    for done, example in enumerate(dataset.examples, 1):
        outcome = _evaluate_one(run, example, settings, cache, model_free)
        if progress is not None:
            progress(done, total, example, outcome)
    run.seconds = time.perf_counter() - started
    return run


def _evaluate_one(
    run: EvalRun, example: Example, settings: Settings, cache: BriefCache | None, model_free: bool
) -> str:
    reason = skip_reason(run.dataset.kind, example)
    if reason is not None:
        run.skipped[example.id] = reason
        return f"skipped ({reason})"
    try:
        brief, outcome = _brief_of(run.dataset.kind, example, settings, cache, model_free)
    except BackendUnavailable:
        raise
    except SummarizerError as error:
        run.failed[example.id] = " ".join(str(error).split())
        return f"failed: {run.failed[example.id]}"
    run.tally.merge(score(run.dataset.kind, example, brief))
    run.scored += 1
    run.cached += outcome == "cached"
    return outcome


def _brief_of(
    kind: str, example: Example, settings: Settings, cache: BriefCache | None, model_free: bool
) -> tuple[Brief | None, str]:
    """The brief to score: the gold answer replayed (never cached: it costs no model call), none
    in a model-free run, else the configured backend's."""
    if (field_name := REPLAYED_ANSWER.get(kind)) is not None:
        brief = replay_answer(example.text, example.id, example.gold[field_name])
        return brief, "replayed"
    if model_free:
        return None, "model-free"
    return _brief(example, settings, cache)


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
