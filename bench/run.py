"""Every benchmark of the project in one run, ending in one table:

1-3. our code's overhead, batch concurrency and cache re-run against a stub server (batch_speed.py)
4.   the embedded model on the seeds: seconds beside llama.cpp alone on the same requests, and prompt
     tokens fixed versus article (embedded_speed.py)
5.   LangExtract against the same local model server on the same articles (peer_langextract.py; its
     own environment, .venv-peer/, is built on first use)
6.   2,000 articles at 500 ms latency and concurrency 64, the whole batch command (batch_speed.py)
7-8. batch and collect with 1 and 2 worker processes (workers_speed.py)
9-10. peak RSS of a batch over a 100,000-line JSONL input and of a 100,000-result collect
     (workers_speed.py; --lines 0 skips them, they take the longest); 9-10b. the same commands'
     bookkeeping alone over 10,000 / 100,000 articles, briefing nothing (bookkeeping_memory.py)
11.  merging the two seed reports' briefs into one note, and rendering it (merge_speed.py)

    nice .venv/bin/python bench/run.py [--skip-peer] [--lines 100000]

Timing figures are only meaningful on an otherwise idle machine."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

import batch_speed
import bookkeeping_memory
import embedded_speed
import merge_speed
import workers_speed
from bytecode import compile_package
from table import Row, print_table

BENCH = Path(__file__).resolve().parent
PEER_RESULTS = BENCH / "results" / "peer_langextract.json"


def embedded_rows() -> list[Row]:
    load_seconds, runs, peak_mib = embedded_speed.measure()
    rows = [
        Row(
            f"4. embedded, {run.name[:18]} ({run.words} words)",
            f"{run.seconds:.2f} s; {run.fixed_tokens} fixed + {run.article_tokens} article tok",
        )
        for run in runs
    ]
    mean = statistics.mean(run.seconds for run in runs)
    fixed = statistics.mean(run.fixed_tokens / run.prompt_tokens for run in runs)
    rows.append(Row("4. embedded, mean over the seeds", f"{mean:.2f} s/article; fixed {fixed:.0%} of prompt"))
    ratio = sum(run.seconds for run in runs) / sum(run.alone_seconds for run in runs)
    alone = statistics.mean(run.alone_seconds for run in runs)
    rows.append(
        Row(
            "4. embedded, full brief / llama.cpp alone",
            f"{mean:.2f} / {alone:.2f} s = {ratio:.2f}x",
            "<= 1.2x",
            ratio <= 1.2,
        )
    )
    rows.append(Row("4. embedded, model load / peak memory", f"{load_seconds:.2f} s / {peak_mib:.0f} MiB RSS"))
    return rows


def peer_rows() -> list[Row]:
    subprocess.run([sys.executable, str(BENCH / "peer_langextract.py")], check=True, stdout=subprocess.DEVNULL)
    table = json.loads(PEER_RESULTS.read_text(encoding="utf-8"))["table"]
    return [
        Row(
            f"5. peer, {tool['tool']} on the local server",
            f"{tool['seconds_per_article']:.1f} s, {tool['prompt_tokens_per_article']:.0f}+"
            f"{tool['completion_tokens_per_article']:.0f} tok, {tool['model_calls_per_article']:.1f} calls; "
            f"{tool['quotes_verbatim']}/{tool['quotes_extracted']} quotes verbatim",
        )
        for tool in table
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-peer", action="store_true", help="leave out the LangExtract comparison")
    parser.add_argument("--articles", type=int, default=200, help="articles for benchmarks 1-3")
    parser.add_argument("--steady", type=int, default=2000, help="articles for benchmark 6 (0: skip)")
    parser.add_argument("--workers-articles", type=int, default=1000, help="articles for benchmarks 7-8")
    parser.add_argument("--lines", type=int, default=100_000, help="JSONL lines for benchmarks 9-10 (0: skip)")
    args = parser.parse_args()
    compile_package()
    rows = batch_speed.measure(args.articles, args.steady) + embedded_rows()
    rows += workers_speed.measure(args.workers_articles, args.lines)
    rows += bookkeeping_memory.measure()
    if not args.skip_peer:
        rows += peer_rows()
    rows += merge_speed.measure()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
