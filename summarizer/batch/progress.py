"""What a batch shows while it runs and when it ends. The live bar (rich) appears only on a
terminal, so logs and pipes get nothing but the final table; rich itself honours NO_COLOR."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from summarizer.batch.runner import BatchReport


class LiveProgress:
    """A progress bar on stderr with done and failed counts, tokens spent and an ETA."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("[bold]briefing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            TimeRemainingColumn(),
            console=Console(file=stream or sys.stderr),
            transient=False,
        )
        self._task = self._progress.add_task("batch", total=total, counts="")

    def __enter__(self) -> LiveProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._progress.stop()

    def __call__(self, report: BatchReport, item_id: str, outcome: str) -> None:
        finished = report.done + report.failed + report.resumed
        counts = f"{report.failed} failed · {report.prompt_tokens + report.completion_tokens:,} tokens"
        self._progress.update(self._task, completed=finished, counts=counts)


def wants_live_progress(stream: TextIO) -> bool:
    return stream.isatty()


def summary_table(report: BatchReport) -> str:
    """The end-of-run table: what was done, what it cost, how long it took. Model calls count
    re-asks (one call per article or part otherwise); retries are transport retries."""
    cost = "unknown (no price for this model)" if report.cost_usd is None else f"${report.cost_usd:.4f}"
    rate = (report.done - report.cached) / report.seconds if report.seconds > 0 else 0.0
    rows = [
        ("articles", f"{report.total}"),
        ("briefed", f"{report.done - report.cached}"),
        ("from the cache", f"{report.cached}"),
        ("already done", f"{report.resumed}"),
        ("failed", f"{report.failed}"),
        ("model calls", f"{report.model_calls:,}"),
        ("retries", f"{report.retries:,}"),
        ("prompt tokens", f"{report.prompt_tokens:,}"),
        ("completion tokens", f"{report.completion_tokens:,}"),
        ("cost", cost),
        ("time", f"{report.seconds:.1f} s ({rate:.1f} briefed/s)"),
    ]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in rows) + "\n"
