"""What `batch` and `collect` remember per article, alone, without briefing anything: peak RSS of
the output's bookkeeping (journal, input order, index, then a resumed run reading it all back) over
N articles, and of collect's results index over N result lines, for N/10 and N. Memory must not
grow with N (the per-article records live on disk, summarizer/batch/ledger.py). A quick stand-in
for benchmarks 9-10, which brief every article and take hours at 100,000.

    .venv/bin/python bench/bookkeeping_memory.py [--lines 100000]"""

from __future__ import annotations

import argparse
import subprocess
import sys

from table import Row, print_table

OUTPUT = """
import sys, tempfile
from pathlib import Path
from summarizer.batch.output import BatchOutput, Finished
count = int(sys.argv[1])
with tempfile.TemporaryDirectory() as directory:
    for run in range(2):  # the first run journals every article, the second resumes over them
        output = BatchOutput(Path(directory) / "out")
        entries = []
        for number in range(count):
            output.list_id(f"a{number}")
            if output.finished.get(f"a{number}") is None:
                entries.append(Finished(f"a{number}", f"a{number}.json", "0123456789abcdef", 300, 80, 0.0001))
            if len(entries) == 16:
                output.journal_many(entries)
                entries = []
        output.journal_many(entries)
        output.close()
print(next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) / 1024)
"""

RESULTS = """
import json, sys, tempfile
from pathlib import Path
from summarizer.openai_batch.results import index_results
count = int(sys.argv[1])
with tempfile.TemporaryDirectory() as directory:
    path = Path(directory) / "results.jsonl"
    with path.open("w") as file:
        for number in range(count):
            body = {"status_code": 200, "body": {"choices": [], "padding": "x" * 200}}
            file.write(json.dumps({"custom_id": f"article-{number}", "response": body, "error": None}) + "\\n")
    index, _ = index_results([path])
    for number in range(count):
        index.pop(f"article-{number}")
print(next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) / 1024)
"""


def peak_mib(script: str, count: int) -> float:
    """The child's own peak (VmHWM, reset at exec): its `ru_maxrss` would carry over the parent's
    peak at fork, which in `run.py` already holds the embedded model (539 MiB)."""
    done = subprocess.run([sys.executable, "-c", script, str(count)], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def measure(lines: int = 100_000) -> list[Row]:
    rows = []
    for label, script in (("batch output bookkeeping", OUTPUT), ("collect results index", RESULTS)):
        small, large = peak_mib(script, lines // 10), peak_mib(script, lines)
        rows.append(
            Row(
                f"9-10b. {label}, {lines // 10:,} / {lines:,} articles",
                f"{small:.0f} / {large:.0f} MiB",
                "flat",
                large <= 1.1 * small,
            )
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=100_000)
    args = parser.parse_args()
    print_table(measure(args.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
