"""`summarizer eval`: load, brief (cached), score, print the table, write and compare figures.
Progress goes to stderr and only to a terminal; the table goes to stdout."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.evaluation.datasets import REPLAYED_ANSWER, Example, load_dataset
from summarizer.evaluation.report import figures, load_figures, table
from summarizer.evaluation.runner import run_eval
from summarizer.evaluation.scorers import MODEL_FREE_SCORERS, check_ready
from summarizer.source.files import write_atomically
from summarizer.storage.cache import BriefCache


def evaluate(
    dataset_path: str,
    settings: Settings,
    *,
    limit: int | None = None,
    filters: Mapping[str, str] | None = None,
    half: str | None = None,
    json_path: str | None = None,
    compare_path: str | None = None,
    cache_dir: str | None = None,
    use_cache: bool = True,
    model_free: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the evaluation and report it; returns how many articles failed. `model_free` briefs
    nothing and scores only what needs no model (a dataset of recorded answers never calls one)."""
    out, err = out or sys.stdout, err or sys.stderr
    previous = load_figures(compare_path) if compare_path else None  # fail fast, before the long run
    dataset = load_dataset(dataset_path, limit=limit, filters=filters, half=half)
    if model_free and dataset.kind not in MODEL_FREE_SCORERS and dataset.kind not in REPLAYED_ANSWER:
        raise InputError(f"{dataset.kind}: every metric of this dataset needs a brief; run it without --model-free")
    check_ready(dataset.kind)
    cache = BriefCache(cache_dir) if use_cache else None
    run = run_eval(dataset, settings, cache, _progress_printer(err), model_free=model_free)
    current = figures(run)
    if json_path:
        write_atomically(Path(json_path), json.dumps(current, indent=2) + "\n")
    out.write(table(current, previous))
    for example_id, reason in run.failed.items():
        err.write(f"summarizer: {example_id} failed: {reason}\n")
    return len(run.failed)


def _progress_printer(err: TextIO):
    """One overwritten status line on a terminal; nothing when stderr is a file or a pipe."""
    if not err.isatty():
        return None

    def show(done: int, total: int, example: Example, outcome: str) -> None:
        line = f"[{done}/{total}] {example.id[:48]}: {outcome[:60]}"
        err.write("\r" + line.ljust(100) + ("\n" if done == total else ""))
        err.flush()

    return show
