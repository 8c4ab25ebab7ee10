"""`summarizer batch INPUT --openai-batch REQUESTS.jsonl` and `summarizer collect RESULTS.jsonl
--out DIR`: the commands around `openai_batch`. Each returns the exit code; domain errors
(`InputError`, `ConfigError`) are raised for the CLI's one boundary to report:

    0  every request written / every article briefed
    1  some articles could not be written or briefed, or the results file had bad lines (each is
       one line on stderr; collect also lists failed articles in DIR/errors.jsonl)
    2  (raised) a missing or unreadable input, results or manifest file, no manifest found"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from summarizer.batch.output import OUTPUT_FILES, BatchOutput
from summarizer.config import Settings
from summarizer.errors import ExitCode, InputError
from summarizer.openai_batch import find_manifest, write_openai_batch
from summarizer.openai_batch.manifest import ENDPOINT
from summarizer.openai_batch.requests import BatchFileSummary, BatchItemLike, writes_over
from summarizer.openai_batch.results import collect_into
from summarizer.pricing import PRICES_ENVIRONMENT
from summarizer.source.files import refuse_to_overwrite


def write_requests(
    items: Iterable[BatchItemLike], settings: Settings, requests_path: str | Path, *, inputs: Sequence[Path] = ()
) -> int:
    """Write the Batch API request file for `items`, then say on stderr what was written and
    how to submit it. `inputs` are the files the items are read from: none may be written over."""
    for source in inputs:
        if writes_over(requests_path, source):
            raise InputError(
                f"--openai-batch {requests_path}: this would overwrite the input {source}; choose another file"
            )
    summary = write_openai_batch(items, settings, requests_path)
    for item_id, reason in summary.failures:
        _say(f"error: {item_id}: {reason}")
    _say(describe(summary))
    return ExitCode.SOME_FAILED if summary.failures else ExitCode.OK


def describe(summary: BatchFileSummary) -> str:
    """One paragraph: what was written, what it may cost, how to submit it and what comes next."""
    files = ", ".join(str(path) for path in summary.requests_paths)
    manifests = ", ".join(str(path) for path in summary.manifest_paths)
    first = summary.requests_paths[0]
    cost = "" if summary.cost_usd is None else f"; at most {_dollars(summary.cost_usd)} at Batch API prices"
    several = (
        f" The Batch API takes at most 50,000 requests and 200 MB per file, so there are "
        f"{len(summary.requests_paths)} files: submit each as its own batch and collect each "
        f"results file with --articles set to its manifest."
        if len(summary.requests_paths) > 1
        else ""
    )
    skipped = f" {len(summary.failures)} article(s) could not be written (listed above)." if summary.failures else ""
    return (
        f"wrote {summary.requests:,} request(s) for {summary.articles:,} article(s) to {files} "
        f"(model {summary.model}; about {summary.prompt_tokens:,} prompt tokens, at most "
        f"{summary.max_completion_tokens:,} completion tokens{cost}), and what collect needs to {manifests}: "
        f"keep it.{several}{skipped} Submit with the openai SDK: "
        f"client.batches.create(input_file_id=client.files.create(file=open({str(first)!r}, 'rb'), "
        f"purpose='batch').id, endpoint='{ENDPOINT}', completion_window='24h'); when it is done, save "
        f"client.files.content(batch.output_file_id) (and batch.error_file_id, if any) as results.jsonl. "
        f"On a vLLM cluster: vllm run-batch -i {first} -o results.jsonl --model {summary.model}. "
        f"Then: summarizer collect results.jsonl --out DIR."
    )


def collect(
    results_path: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    articles_path: str | Path | None = None,
    write: Callable[[Path], Any] = BatchOutput,
    *,
    prices: str | None = None,
    workers: int | None = None,
) -> int:
    """Turn a Batch API results file (or several: the output file and the error file) into
    briefs in `out_dir` (one JSON file per article, with index.jsonl and errors.jsonl, as `batch`
    writes them). `articles_path` is the manifest written beside the requests; by default the one
    beside the (first) results file or in the current directory. `write` makes the output writer
    (a `BatchOutput` unless a test says otherwise); `prices` a price file over the built-in table
    (else SUMMARIZER_PRICES); `workers` the processes that brief (default: sized to the machine
    and the results)."""
    paths = [results_path] if isinstance(results_path, (str, Path)) else list(results_path)
    manifest = find_manifest(paths[0], articles_path)
    refuse_to_overwrite([Path(out_dir) / name for name in OUTPUT_FILES], [*paths, manifest], "--out")
    prices = prices or os.environ.get(PRICES_ENVIRONMENT) or None
    # Checks every file before any output; each brief is written by whoever made it.
    results = collect_into(paths, manifest, Path(out_dir), prices=prices, workers=workers)
    output = write(Path(out_dir))
    briefed = failed = problems = 0
    try:
        for record, entry, reason in results:
            if record is None:
                problems += 1
                _say(f"error: {reason}")
            elif entry is None:
                failed += 1
                output.record_failure(record.id, reason or "no brief", custom_ids=record.custom_ids)
                _say(f"error: {record.id}: {reason}")
            else:
                briefed += 1
                output.journal(entry)
    finally:
        output.close()
    problem_text = f"; {problems} problem(s) with the results file (above)" if problems else ""
    _say(
        f"{briefed:,} brief(s) written to {out_dir}; {failed:,} article(s) failed"
        f"{' (listed in errors.jsonl)' if failed else ''}{problem_text}"
    )
    return ExitCode.SOME_FAILED if failed or problems else ExitCode.OK


def collect_on_cluster(
    results_path: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    scheduler: str,
    articles_path: str | Path | None = None,
    *,
    prices: str | None = None,
) -> int:
    """`collect` on the Dask cluster whose scheduler is at `scheduler` (`tcp://host:8786`), or
    on a LocalCluster of this machine's cores for `local`; the same files, the same exit codes.
    Needs the `cluster` extra, and `out_dir` on a filesystem every worker sees."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--dask needs Dask: pip install 'summarizer[cluster]'") from None
    from summarizer.openai_batch.cluster import collect_on_dask

    paths = [results_path] if isinstance(results_path, (str, Path)) else list(results_path)
    manifest = find_manifest(paths[0], articles_path)
    refuse_to_overwrite([Path(out_dir) / name for name in OUTPUT_FILES], [*paths, manifest], "--out")
    prices = prices or os.environ.get(PRICES_ENVIRONMENT) or None
    cluster = LocalCluster(dashboard_address=None) if scheduler == "local" else None
    try:
        with Client(cluster or scheduler):
            summary = collect_on_dask(paths, manifest, out_dir, prices=prices)
    except OSError as error:
        raise InputError(f"--dask {scheduler}: cannot reach the scheduler ({error})") from None
    finally:
        if cluster is not None:
            cluster.close()
    for problem in summary.problems:
        _say(f"error: {problem}")
    problem_text = f"; {len(summary.problems)} problem(s) with the results file (above)" if summary.problems else ""
    _say(
        f"{summary.briefed:,} brief(s) written to {out_dir}; {summary.failed:,} article(s) failed"
        f"{' (listed in errors.jsonl)' if summary.failed else ''}{problem_text}"
    )
    return ExitCode.SOME_FAILED if summary.failed or summary.problems else ExitCode.OK


def _dollars(amount: float) -> str:
    return f"${amount:,.2f}" if amount >= 0.01 or amount == 0 else f"${amount:.4f}"


def _say(message: str) -> None:
    sys.stderr.write(f"summarizer: {' '.join(message.split())}\n")
