"""All cores: `batch` and `collect` with 1 and 2 worker processes, and their memory over very
large inputs.

1. `summarizer batch` of N articles against an instant stub server (bench/model_stub.py), the
   whole command, --workers 1 and --workers 2; target 2 workers >= 1.8x one (on 2 idle cores).
   Also in steady state: the rate the command adds from N to 3N articles, the start-up every
   run pays once (imports, tables: about 1.7 s of one core) left out.
2. `summarizer collect` of N results (made by the stub's own answer function from the requests
   `batch --openai-batch` writes), --workers 1 and 2; same target, whole and in steady state.
3. peak RSS (the largest process of the command, workers included) of a batch over a
   100,000-line JSONL input and of a 100,000-result collect: memory must not grow with the input.

    .venv/bin/python bench/workers_speed.py [--articles 600] [--lines 100000]"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from itertools import product
from pathlib import Path

from batch_speed import SUMMARIZER, Stub, make_articles
from bytecode import compile_package
from model_stub import draft_for
from table import Row, print_table


def timed(command: list[str]) -> tuple[float, float]:
    """Seconds and the peak RSS (MiB) of the largest process `command` ran, children included.
    Each command runs in a fresh `python -c` parent, so the peak is this command's alone."""
    probe = (
        "import resource, subprocess, sys, time; started = time.perf_counter(); "
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
        "seconds = time.perf_counter() - started; "
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024; "
        "print(seconds, peak) if done.returncode in (0, 1) else sys.exit(done.stderr[-2000:])"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}... failed: {done.stderr.strip()}")
    seconds, peak = done.stdout.split()
    print(f"{' '.join(command[2:4])} ... {command[-1]}: {float(seconds):.1f} s, {float(peak):.0f} MiB", file=sys.stderr)
    return float(seconds), float(peak)


def jsonl_input(path: Path, lines: int) -> Path:
    """`lines` distinct short articles, one JSONL line each, written as a stream."""
    with path.open("w", encoding="utf-8") as file:
        for number in range(lines):
            text = (
                f"Council Approves Budget {number}\n\nThe council approved a budget of ${number + 1} million on "
                f"Tuesday, Mayor Ana Ruiz said.\n\n\u201cThis budget keeps {number % 97 + 2} libraries open,\u201d "
                "Ruiz said at the meeting.\n"
            )
            file.write(json.dumps({"id": f"a{number}", "text": text}) + "\n")
    return path


def results_for(requests: Path) -> Path:
    """A Batch API results file answering every request, as the stub server would."""
    results = requests.with_name(requests.stem + ".results")
    with requests.open(encoding="utf-8") as source, results.open("w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            request = json.loads(line)
            body = draft_for(request["body"])
            response = {"status_code": 200, "request_id": f"req_{number}", "body": body}
            target.write(
                json.dumps(
                    {
                        "id": f"batch_req_{number}",
                        "custom_id": request["custom_id"],
                        "response": response,
                        "error": None,
                    }
                )
                + "\n"
            )
    return results


def openai_batch_files(source: Path, work: Path) -> tuple[Path, Path]:
    """The manifest and a results file for every article of `source`: the request files (split
    at the Batch API's 50,000 requests) answered and joined into one of each, as collect takes."""
    requests = work / f"{source.stem}-requests.jsonl"
    subprocess.run(
        [*SUMMARIZER, "batch", str(source), "--openai-batch", str(requests), "--model", "gpt-4o-mini"],
        check=True,
        capture_output=True,
        env={**os.environ, "OPENAI_API_KEY": "not-needed"},
    )
    pieces = sorted(work.glob(f"{source.stem}-requests*.jsonl"))
    manifests = [piece for piece in pieces if piece.name.endswith(".articles.jsonl")]
    manifest, results = work / f"{source.stem}.articles.jsonl", work / f"{source.stem}-results.jsonl"
    with manifest.open("wb") as joined:
        for piece in manifests:
            joined.write(piece.read_bytes())
    with results.open("w", encoding="utf-8") as joined:
        for piece in pieces:
            if piece not in manifests:
                joined.write(results_for(piece).read_text(encoding="utf-8"))
    return manifest, results


def speedup_rows(count: int, work: Path) -> list[Row]:
    """Benchmarks 7 and 8, each as the whole command over `count` articles (start-up included: the
    imports and tables every run loads once, about 1.7 s of one core) and in steady state: the
    articles a second the command adds from `count` to `STEADY_FACTOR * count` articles, which is
    what more cores buy on a large run, where the fixed start-up is spread thin."""
    sizes = (count, STEADY_FACTOR * count)
    articles = {size: work / f"articles-{size}" for size in sizes}
    for size, folder in articles.items():
        folder.mkdir()
        make_articles(folder, size)
    batch: dict[tuple[int, int], float] = {}
    with Stub(latency=0.0) as stub:
        for size, workers in product(sizes, (1, 2)):
            command = [*SUMMARIZER, "batch", str(articles[size]), "--out", str(work / f"batch-{size}-{workers}")]
            command += ["--base-url", stub.base_url, "--no-cache", "--concurrency", "16", "--workers", str(workers)]
            batch[size, workers], _ = timed(command)
    collect: dict[tuple[int, int], float] = {}
    for size in sizes:
        manifest, results = openai_batch_files(articles[size], work)
        for workers in (1, 2):
            command = [*SUMMARIZER, "collect", str(results), "--articles", str(manifest)]
            command += ["--out", str(work / f"collect-{size}-{workers}"), "--workers", str(workers)]
            collect[size, workers], _ = timed(command)
    return [
        *ratio_rows(f"7. batch, {count} articles, instant server, 1 vs 2 workers", batch, sizes),
        *ratio_rows(f"8. collect, {count} results, 1 vs 2 workers", collect, sizes),
    ]


# Benchmarks 7 and 8 in steady state time this many times the articles beside the whole command.
STEADY_FACTOR = 3


def ratio_rows(title: str, seconds: dict[tuple[int, int], float], sizes: tuple[int, int]) -> list[Row]:
    """The 2-worker speed-up of one command: over its smaller size whole, and in steady state (the
    added articles over the added seconds from the smaller size to the larger)."""
    small, large = sizes
    whole = {workers: small / seconds[small, workers] for workers in (1, 2)}
    steady = {workers: (large - small) / (seconds[large, workers] - seconds[small, workers]) for workers in (1, 2)}
    rows = []
    for label, rates in (("whole command", whole), (f"steady state, {small} -> {large}", steady)):
        ratio = rates[2] / rates[1]
        rows.append(
            Row(
                f"{title}, {label}",
                f"{rates[1]:.0f} vs {rates[2]:.0f} articles/s = {ratio:.2f}x",
                ">= 1.8x",
                ratio >= 1.8,
            )
        )
    return rows


def memory_rows(lines: int, work: Path) -> list[Row]:
    rows = []
    small, large = jsonl_input(work / "small.jsonl", lines // 10), jsonl_input(work / "large.jsonl", lines)
    with Stub(latency=0.0) as stub:
        peaks = {}
        for source in (small, large):
            command = [*SUMMARIZER, "batch", str(source), "--out", str(work / f"out-{source.stem}")]
            seconds, peaks[source] = timed([*command, "--base-url", stub.base_url, "--no-cache", "--concurrency", "16"])
    rows.append(
        Row(
            f"9. batch peak RSS, {lines // 10:,} / {lines:,} JSONL lines",
            f"{peaks[small]:.0f} / {peaks[large]:.0f} MiB ({seconds:.0f} s)",
            "flat",
            peaks[large] <= 1.25 * peaks[small],
        )
    )
    peaks = {}
    for source in (small, large):
        manifest, results = openai_batch_files(source, work)
        command = [*SUMMARIZER, "collect", str(results), "--articles", str(manifest)]
        seconds, peaks[source] = timed([*command, "--out", str(work / f"collected-{source.stem}")])
    rows.append(
        Row(
            f"10. collect peak RSS, {lines // 10:,} / {lines:,} results",
            f"{peaks[small]:.0f} / {peaks[large]:.0f} MiB ({seconds:.0f} s)",
            "flat",
            peaks[large] <= 1.25 * peaks[small],
        )
    )
    return rows


def measure(count: int = 600, lines: int = 0) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="summarizer-workers-") as temporary:
        work = Path(temporary)
        rows = speedup_rows(count, work)
        if lines:
            rows += memory_rows(lines, work)
        return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="articles for the 1 vs 2 workers figures")
    parser.add_argument("--lines", type=int, default=100_000, help="JSONL lines and results for peak RSS; 0: skip")
    args = parser.parse_args()
    compile_package()
    print_table(measure(args.articles, args.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
