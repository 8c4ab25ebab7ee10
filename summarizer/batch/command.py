"""`summarizer batch`: the glue between the command line and the batch runner — where the
briefs come from (cache, earlier run, model), what the terminal shows, and which exit code the
run ends with."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from summarizer.batch.inputs import BatchInput
from summarizer.batch.output import ERRORS, OUTPUT_FILES, BatchOutput
from summarizer.batch.pool import default_workers
from summarizer.batch.progress import LiveProgress, summary_table, wants_live_progress
from summarizer.batch.runner import run_batch
from summarizer.config import Settings
from summarizer.errors import ExitCode, InputError
from summarizer.source.files import refuse_to_overwrite, same_file
from summarizer.storage.cache import BriefCache, model_fingerprint


def refuse_output_over_input(source: Path, out_dir: Path) -> None:
    """A batch never writes where it reads: its output directory may not be the directory of
    articles (an HTML article's extracted `<id>.txt` could replace an article there; a folder
    inside it is fine, as it is never read back), nor may its own files replace a JSONL input."""
    if source.is_dir() and out_dir.exists() and same_file(source, out_dir):
        raise InputError(f"--out {out_dir}: is the input directory; choose another directory")
    refuse_to_overwrite([out_dir / name for name in OUTPUT_FILES], [source], "--out")


def run_batch_command(
    source: BatchInput,
    settings: Settings,
    out_dir: str | Path,
    *,
    concurrency: int,
    cache_dir: str | None,
    use_cache: bool,
    workers: int | None = None,
) -> int:
    """Brief `source` into `out_dir`, print the summary table on stdout and return the exit
    code: 0 all briefed, 1 some failed (listed in errors.jsonl), 3 stopped by the backend, 4
    stopped by the output (a full disk)."""
    refuse_output_over_input(source.path, Path(out_dir))
    output = BatchOutput(out_dir, variant=model_fingerprint(settings))
    cache = BriefCache(cache_dir) if use_cache else None
    live = LiveProgress(source.total) if wants_live_progress(sys.stderr) else None
    workers = workers or default_workers(settings, source.total)
    batch = run_batch(source, settings, output, concurrency=concurrency, cache=cache, progress=live, workers=workers)
    if live is None:
        report = asyncio.run(batch)
    else:
        with live:
            report = asyncio.run(batch)
    sys.stdout.write(summary_table(report))
    if report.stopped and report.stop_code == ExitCode.OUTPUT:
        sys.stderr.write(f"summarizer: error: stopped: {report.stopped}\n")  # says how to resume
        return ExitCode.OUTPUT
    if report.stopped:
        sys.stderr.write(
            f"summarizer: error: stopped: {report.stopped}; the finished briefs are kept, "
            "run the same command again to resume\n"
        )
        return ExitCode.BACKEND
    if report.failed:
        sys.stderr.write(f"summarizer: {report.failed} article(s) failed; reasons in {output.directory / ERRORS}\n")
        return ExitCode.SOME_FAILED
    return ExitCode.OK
