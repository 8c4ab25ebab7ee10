"""Speed and memory of the embedded default on the seed articles: model load time, seconds per
article, and where the prompt's tokens go: the fixed part (instructions and chat template, paid
on every article) versus the article itself. The JSON schema costs no prompt tokens here:
llama.cpp turns it into a grammar that constrains decoding instead.

Beside each brief, llama.cpp alone: every request the brief made to the model (re-asks included),
recorded as llama_cpp.Llama received it, is sent again straight to the same loaded model (same
prompt, grammar, sampling settings and n_threads) and timed; the ratio full brief / llama.cpp
alone is what our own code adds (target <= 1.2x).

llama.cpp reuses its KV cache when a prompt shares a prefix with the last one (the instructions
are the same for every article), so the model is reset before each brief and each replayed
request: both sides evaluate their whole prompt.

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
    alone_seconds: float = 0.0  # the same model requests sent straight to llama.cpp
    model_calls: int = 0

    @property
    def ratio(self) -> float:
        return self.seconds / self.alone_seconds if self.alone_seconds else float("nan")

    @property
    def fixed_tokens(self) -> int:
        return self.prompt_tokens - self.article_tokens


def article_tokens(text: str) -> int:
    """Tokens of the article text the small model reads (its lead), counted by the model's own
    tokenizer."""
    from summarizer.backends.embedded import SMALL_MODEL_LEAD_CHARS
    from summarizer.drafting.request import lead_within
    from summarizer.source.article import Article

    story = Article.from_text(text).story_text()
    lead = lead_within(story, SMALL_MODEL_LEAD_CHARS) if len(story) > SMALL_MODEL_LEAD_CHARS else story
    llama, _ = embedded_backend().loaded()
    return len(llama.tokenize(lead.encode(), add_bos=False))


def embedded_backend():
    """The embedded backend as `summarize` makes it with no setting: the same loaded model."""
    from summarizer.backends.embedded import EmbeddedBackend
    from summarizer.config import resolve_settings

    return EmbeddedBackend(resolve_settings({"backend": "embedded"}))


def measure() -> tuple[float, list[SeedRun], float]:
    """Model load seconds, one run per seed, and the process's peak memory in MiB."""
    from summarizer import summarize

    started = time.perf_counter()
    llama, _ = embedded_backend().loaded()
    load_seconds = time.perf_counter() - started
    send = llama.create_chat_completion_openai_v1
    requests: list[dict] = []

    def recording(**request):
        requests.append(request)
        return send(**request)

    llama.create_chat_completion_openai_v1 = recording  # what the brief asks, exactly as llama.cpp gets it
    runs = []
    try:
        for seed in SEEDS:
            text = seed.read_text(encoding="utf-8")
            requests.clear()
            llama.reset()
            started = time.perf_counter()
            brief = summarize(text, name=seed.name, backend="embedded")
            seconds = time.perf_counter() - started
            alone = 0.0
            for request in list(requests):
                llama.reset()
                started = time.perf_counter()
                send(**request)
                alone += time.perf_counter() - started
            usage = brief.usage
            runs.append(
                SeedRun(
                    seed.name,
                    brief.source.word_count,
                    seconds,
                    usage.prompt_tokens,
                    article_tokens(text),
                    usage.completion_tokens,
                    alone,
                    len(requests),
                )
            )
    finally:
        llama.create_chat_completion_openai_v1 = send
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return load_seconds, runs, peak_mib


def main() -> int:
    argparse.ArgumentParser(description=__doc__).parse_args()
    load_seconds, runs, peak_mib = measure()
    print(
        f"{'article':28} {'words':>6} {'s/article':>10} {'llama alone':>12} {'ratio':>6} {'prompt tok':>11} "
        f"{'= fixed':>8} {'+ article':>10} {'output tok':>11}"
    )
    for run in runs:
        print(
            f"{run.name:28} {run.words:>6} {run.seconds:>10.2f} {run.alone_seconds:>12.2f} {run.ratio:>6.2f} "
            f"{run.prompt_tokens:>11} {run.fixed_tokens:>8} {run.article_tokens:>10} {run.completion_tokens:>11}"
        )
    total, alone = sum(run.seconds for run in runs), sum(run.alone_seconds for run in runs)
    print(
        f"mean {statistics.mean(run.seconds for run in runs):.2f} s/article, llama.cpp alone "
        f"{statistics.mean(run.alone_seconds for run in runs):.2f} s: {total / alone:.2f}x (target <= 1.2x); "
        f"model load {load_seconds:.2f} s; peak RSS {peak_mib:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
