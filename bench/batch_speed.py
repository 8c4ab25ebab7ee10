"""Our own code's speed, with the model taken out: an OpenAI-compatible stub (bench/model_stub.py,
its own process) answers schema-valid drafts after a fixed latency.

1. overhead: articles per second through the whole pipeline (read the file, prompt, parse,
   validate, ground, render) with an instant server; target at least 50.
2. concurrency: the whole `summarizer batch` command over 200 articles at 500 ms latency with
   --concurrency 16; target within 1.2x of the ideal 200 x 0.5 / 16 = 6.25 s.
3. cache: the same command again into a new directory, every brief from the cache; target
   under 1 s, start-up included.
6. steady state: the whole `summarizer batch` command over 2,000 articles at 500 ms latency with
   --concurrency 64 (worker processes by default); target within 1.15x of the ideal 15.6 s.
2a. for reference, the floor of 2: the same requests as bare SDK calls, in-process, no work of ours.

    .venv/bin/python bench/batch_speed.py [--articles 200]

The 200 articles are the two seed reports, each copy made distinct by a numbered last line (so
none is a cache hit of another)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import compile_package
from table import Row, print_table

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
SUMMARIZER = [sys.executable, "-m", "summarizer"]


def make_articles(directory: Path, count: int) -> list[Path]:
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    paths = []
    for number in range(count):
        path = directory / f"article-{number:04}.txt"
        path.write_text(texts[number % len(texts)].rstrip() + f"\n\n(Benchmark copy {number}.)\n", encoding="utf-8")
        paths.append(path)
    return paths


class Stub:
    """bench/model_stub.py in a child process."""

    def __init__(self, latency: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(BENCH / "model_stub.py"), "--latency", str(latency)], stdout=subprocess.PIPE, text=True
        )
        self.base_url = self.process.stdout.readline().strip()

    def __enter__(self) -> Stub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.kill()
        self.process.wait()


def overhead(paths: list[Path]) -> Row:
    import openai

    from summarizer import summarize
    from summarizer.render.dispatch import render
    from summarizer.source.article import read_article

    with Stub(latency=0.0) as stub:
        client = openai.OpenAI(base_url=stub.base_url, api_key="not-needed", max_retries=0)
        options = {"client": client, "backend": "server", "base_url": stub.base_url}
        summarize(read_article(str(paths[0])).text, **options)  # warm-up: imports, connection
        started = time.perf_counter()
        for path in paths:
            article = read_article(str(path))
            render(summarize(article.text, name=article.name, **options), "json")
        rate = len(paths) / (time.perf_counter() - started)
    return Row(f"1. overhead, instant server ({len(paths)} articles)", f"{rate:.0f} articles/s", ">= 50/s", rate >= 50)


def sdk_floor(paths: list[Path], latency: float = 0.5, concurrency: int = 16) -> Row:
    """The same requests as bare openai SDK calls in this process, no work of ours: what the
    stub, the SDK and the rounds of `concurrency` requests cost by themselves."""
    import asyncio

    import openai
    from openai.types.chat import ChatCompletion

    texts = [path.read_text(encoding="utf-8") for path in paths]

    async def send_all(base_url: str) -> float:
        client = openai.AsyncOpenAI(base_url=base_url, api_key="not-needed", max_retries=0)
        slots = asyncio.Semaphore(concurrency)

        async def send(text: str) -> None:
            async with slots:
                body = {"model": "stub", "messages": [{"role": "user", "content": f"<<<ARTICLE\n{text}\nARTICLE>>>"}]}
                await client.post("/chat/completions", body=body, cast_to=ChatCompletion)

        started = time.perf_counter()
        await asyncio.gather(*(send(text) for text in texts))
        return time.perf_counter() - started

    with Stub(latency=latency) as stub:
        seconds = asyncio.run(send_all(stub.base_url))
    return Row("2a. floor: bare SDK calls in-process, same stub", f"{seconds:.2f} s")


def batch_seconds(source: Path, out: Path, base_url: str, *options: str) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [*SUMMARIZER, "batch", str(source), "--out", str(out), "--base-url", base_url, *options],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"batch failed ({done.returncode}): {done.stderr.strip()}")
    return seconds


def concurrency_and_cache(source: Path, count: int, work: Path) -> list[Row]:
    latency, concurrency = 0.5, 16
    ideal = count * latency / concurrency
    with Stub(latency=latency) as stub:
        cache = str(work / "cache")
        wall = batch_seconds(source, work / "first", stub.base_url, "--concurrency", str(concurrency), "--cache", cache)
        again = batch_seconds(
            source, work / "second", stub.base_url, "--concurrency", str(concurrency), "--cache", cache
        )
    return [
        Row(
            f"2. batch, {count} articles, 500 ms latency, conc. 16",
            f"{wall:.2f} s = {wall / ideal:.2f}x ideal",
            f"<= 1.2x {ideal:.2f} s",
            wall <= 1.2 * ideal,
        ),
        Row(f"3. batch re-run from the cache ({count} articles)", f"{again:.2f} s", "< 1 s", again < 1.0),
    ]


def steady_state(work: Path, count: int = 2000, latency: float = 0.5, concurrency: int = 64) -> Row:
    (work / "steady").mkdir()
    make_articles(work / "steady", count)
    ideal = count * latency / concurrency
    with Stub(latency=latency) as stub:
        wall = batch_seconds(
            work / "steady", work / "steady-out", stub.base_url, "--concurrency", str(concurrency), "--no-cache"
        )
    return Row(
        f"6. batch, {count} articles, 500 ms latency, conc. {concurrency}",
        f"{wall:.2f} s = {wall / ideal:.2f}x ideal",
        f"<= 1.15x {ideal:.1f} s",
        wall <= 1.15 * ideal,
    )


def measure(count: int = 200, steady: int = 0) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as temporary:
        work = Path(temporary)
        (work / "articles").mkdir()
        paths = make_articles(work / "articles", count)
        rows = [overhead(paths), *concurrency_and_cache(work / "articles", count, work)]
        rows = rows[:2] + [sdk_floor(paths)] + rows[2:]
        if steady:
            rows.append(steady_state(work, steady))
        return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--steady", type=int, default=2000, help="articles of the steady-state run (0: skip)")
    args = parser.parse_args()
    compile_package()
    print_table(measure(args.articles, args.steady))
    return 0


if __name__ == "__main__":
    sys.exit(main())
