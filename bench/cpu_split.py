"""Where the CPU of benchmarks 6 and 7 goes, per process: the batch's own process (before its
first worker starts, and in all), its worker processes, and the stub server. On a machine
shared with other work, wall times mean little; CPU seconds per process still say what each
part costs.

    .venv/bin/python bench/cpu_split.py [--articles 1000] [--latency 0] [--concurrency 16] [--workers 1 2]

The batch runs in this script's child, a `python -c` that runs the CLI in-process and, at its
end, reports its own CPU and its reaped children's (the workers) from `os.times()`; the moment
of the first fork is taken from the first worker's own start. The stub's CPU is read from
/proc around each command. With both 1 and 2 workers it also says how far 2 workers can beat
one on the whole command at all, given the start-up before the first fork (`start_up_bound`)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batch_speed import SUMMARIZER, Stub, make_articles
from bytecode import compile_package

# Runs the CLI in this process; at the end writes its CPU and its children's to the file named
# by argv[1], and the parent's CPU when its first worker process starts (os.register_at_fork).
PROBE = """
import json, os, runpy, sys, time
begun = time.time()
report, sys.argv = sys.argv[1], ["summarizer", *sys.argv[2:]]
forked = []
os.register_at_fork(before=lambda: forked or forked.extend([sum(os.times()[:2]), time.time()]))
try:
    runpy.run_module("summarizer", run_name="__main__")
finally:
    times = os.times()
    with open(report, "w") as file:
        json.dump({"own": times.user + times.system, "children": times.children_user + times.children_system,
                   "before_fork": forked[0] if forked else None, "begun": begun,
                   "forked_at": forked[1] if forked else None, "ended": time.time()}, file)
"""


def stub_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    import os

    return ticks / os.sysconf("SC_CLK_TCK")


def run(articles: Path, out: Path, stub: Stub, concurrency: int, workers: int) -> dict[str, float | None]:
    report = out.with_suffix(".cpu.json")
    command = [*SUMMARIZER[:1], "-c", PROBE, str(report), "batch", str(articles), "--out", str(out)]
    command += ["--base-url", stub.base_url, "--no-cache", "--concurrency", str(concurrency), "--workers", str(workers)]
    stub_before = stub_cpu(stub.process.pid)
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True)
    finished = time.time()
    wall = finished - started
    if done.returncode != 0:
        raise SystemExit(f"batch failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    figures = json.loads(report.read_text())
    figures.update(wall=wall, stub=stub_cpu(stub.process.pid) - stub_before)
    figures.update(startup=figures["begun"] - started, exit=finished - figures["ended"])
    if figures["forked_at"] is not None:
        figures["to_fork"] = figures["forked_at"] - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory(prefix="summarizer-cpu-") as temporary:
        work = Path(temporary)
        (work / "articles").mkdir()
        make_articles(work / "articles", args.articles)
        with Stub(latency=args.latency) as stub:
            for attempt in range(args.repeat):
                runs = {}
                for workers in args.workers:
                    figures = run(work / "articles", work / f"out-{workers}-{attempt}", stub, args.concurrency, workers)
                    runs[workers] = figures
                    before = figures["before_fork"]
                    print(
                        f"workers {workers}: wall {figures['wall']:.2f} s; CPU parent {figures['own']:.2f} s"
                        + (f" ({before:.2f} before forking)" if before is not None else "")
                        + f", workers {figures['children']:.2f} s, stub {figures['stub']:.2f} s"
                        + f"; wall: interpreter start {figures['startup']:.2f} s"
                        + (f", first fork at {figures['to_fork']:.2f} s" if "to_fork" in figures else "")
                        + f", exit after the CLI returned {figures['exit']:.2f} s",
                        flush=True,
                    )
                if {1, 2} <= runs.keys() and runs[2]["before_fork"] is not None:
                    print(start_up_bound(runs[1]["own"], runs[2]["before_fork"]), flush=True)
    return 0


def start_up_bound(one_worker: float, start_up: float) -> str:
    """The most 2 workers can gain on the whole command, from CPU seconds (a load-proof stand-in
    for the wall time of an instant server): the start-up before the first fork (imports, tables:
    every worker needs all of it, and two workers importing in parallel on 2 cores take as long
    as one import shared) runs once, and only the work after it can be halved. Benchmark 7's
    1.8x needs start-up <= (work - 1.8 x work / 2) / 0.8, at a perfect 2x after the fork."""
    work = one_worker - start_up
    bound = one_worker / (start_up + work / 2)
    needed = max(0.0, (work - 1.8 * work / 2) / 0.8)
    return (
        f"  start-up before the first fork {start_up:.2f} s of CPU, one worker's work after it {work:.2f} s: "
        f"2 workers are at most {bound:.2f}x one on the whole command (a perfect 2x after the fork); "
        f"1.8x needs the start-up at <= {needed:.2f} s"
    )


if __name__ == "__main__":
    sys.exit(main())
