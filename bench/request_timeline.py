"""Where the wall time of benchmark 6 goes: the whole `summarizer batch` command (2,000 articles,
500 ms latency, `--concurrency 64`) against the stub, which notes when each request arrives.

    .venv/bin/python bench/request_timeline.py [--articles 2000] [--latency 0.5] [--concurrency 64]

It prints the head (the command's start to its first request: start-up and the first
article's evidence), the tail (the last request's answer to the command's end) and, between
them, how long a request place stood empty on average: the k-th request after the first
`concurrency` could have gone out when the (k - concurrency)-th was answered, and the mean of
how much later it arrived is what each round of requests lost to the CPU work of ours (and of
the stub) waiting on the same cores. Timing figures mean something only on an idle machine."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from batch_speed import SUMMARIZER, make_articles
from bytecode import compile_package
from model_stub import serve


def stub_in_thread(latency: float, arrivals: list[float]) -> str:
    """The stub on an event loop of its own thread; returns its base URL."""
    urls: list[str] = []
    ready = threading.Event()

    def announce(url: str) -> None:
        urls.append(url)
        ready.set()

    def run() -> None:
        asyncio.run(serve(latency, on_request=lambda: arrivals.append(time.perf_counter()), announce=announce))

    threading.Thread(target=run, daemon=True).start()
    ready.wait()
    return urls[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    compile_package()
    arrivals: list[float] = []
    base_url = stub_in_thread(args.latency, arrivals)
    with tempfile.TemporaryDirectory(prefix="summarizer-timeline-") as temporary:
        work = Path(temporary)
        (work / "articles").mkdir()
        make_articles(work / "articles", args.articles)
        command = [*SUMMARIZER, "batch", str(work / "articles"), "--out", str(work / "out"), "--base-url", base_url]
        command += ["--concurrency", str(args.concurrency), "--no-cache"]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"batch failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    times = sorted(arrival - started for arrival in arrivals)
    places, latency = args.concurrency, args.latency
    lost = [times[k] - (times[k - places] + latency) for k in range(places, len(times))]
    ideal = args.articles * latency / places
    print(f"whole command {wall:.2f} s = {wall / ideal:.2f}x the ideal {ideal:.2f} s; {len(times)} requests")
    print(f"head: first request at {times[0]:.2f} s, the {places}th at {times[min(places, len(times)) - 1]:.2f} s")
    print(f"tail: {wall - times[-1] - latency:.2f} s from the last answer to the end")
    if lost:
        print(
            f"a place stood empty {statistics.mean(lost) * 1000:.0f} ms on average before its next request "
            f"(median {statistics.median(lost) * 1000:.0f} ms): {sum(lost) / places:.2f} s of the command"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
