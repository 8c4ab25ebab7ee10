"""Speed and memory of the embedded default on the seed articles: model load time, seconds per
article, and where the prompt's tokens go: the fixed part (instructions and chat template, paid
on every article) versus the article itself. The JSON schema costs no prompt tokens here:
llama.cpp turns it into a grammar that constrains decoding instead.

Each article is briefed once: llama.cpp reuses its KV cache when a prompt repeats, so a second
run of the same article would measure the cache, not the work.

    .venv/bin/python bench/embedded_speed.py
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@dataclass
class SeedRun:
    name: str
    words: int
    seconds: float
    prompt_tokens: int
    article_tokens: int
    completion_tokens: int

    @property
    def fixed_tokens(self) -> int:
        return self.prompt_tokens - self.article_tokens


def article_tokens(text: str) -> int:
    """Tokens of the article text the small model reads (its lead), counted by the model's own
    tokenizer."""
    from summarizer.backends.embedded import SMALL_MODEL_LEAD_CHARS, _loaded_model, bundled_model_path
    from summarizer.drafting.request import lead_within
    from summarizer.source.article import Article

    story = Article.from_text(text).story_text()
    lead = lead_within(story, SMALL_MODEL_LEAD_CHARS) if len(story) > SMALL_MODEL_LEAD_CHARS else story
    llama, _ = _loaded_model(str(bundled_model_path()))
    return len(llama.tokenize(lead.encode(), add_bos=False))


def measure() -> tuple[float, list[SeedRun], float]:
    """Model load seconds, one run per seed, and the process's peak memory in MiB."""
    from summarizer import summarize
    from summarizer.backends.embedded import _loaded_model, bundled_model_path

    started = time.perf_counter()
    _loaded_model(str(bundled_model_path()))
    load_seconds = time.perf_counter() - started
    runs = []
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        brief = summarize(text, name=seed.name)
        usage = brief.usage
        runs.append(
            SeedRun(
                seed.name,
                brief.source.word_count,
                usage.seconds,
                usage.prompt_tokens,
                article_tokens(text),
                usage.completion_tokens,
            )
        )
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return load_seconds, runs, peak_mib


def main() -> int:
    argparse.ArgumentParser(description=__doc__).parse_args()
    load_seconds, runs, peak_mib = measure()
    print(
        f"{'article':28} {'words':>6} {'s/article':>10} {'prompt tok':>11} {'= fixed':>8} {'+ article':>10} "
        f"{'output tok':>11}"
    )
    for run in runs:
        print(
            f"{run.name:28} {run.words:>6} {run.seconds:>10.2f} {run.prompt_tokens:>11} {run.fixed_tokens:>8} "
            f"{run.article_tokens:>10} {run.completion_tokens:>11}"
        )
    print(
        f"mean {statistics.mean(run.seconds for run in runs):.2f} s/article; model load {load_seconds:.2f} s; "
        f"peak RSS {peak_mib:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
