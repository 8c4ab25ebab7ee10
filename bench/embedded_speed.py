"""Speed and memory of the embedded default on the seed articles: model load time, seconds per
article, tokens per article (what the fixed prompt costs versus the article itself), and the
process's peak memory.

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
from pathlib import Path

from summarizer import summarize
from summarizer.backends.embedded import _loaded_model, bundled_model_path
from summarizer.prompting import build_messages

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def fixed_prompt_tokens() -> int:
    """Tokens the prompt costs with an empty article: paid on every article."""
    llama, _ = _loaded_model(str(bundled_model_path()))
    messages = build_messages("", [], [], full=False)
    return len(llama.tokenize("\n".join(m["content"] for m in messages).encode()))


def main() -> int:
    argparse.ArgumentParser(description=__doc__).parse_args()
    started = time.perf_counter()
    _loaded_model(str(bundled_model_path()))
    load_seconds = time.perf_counter() - started
    print(f"{'article':34} {'words':>6} {'s/article':>10} {'prompt tok':>11} {'output tok':>11}")
    seconds = []
    for seed in SEEDS:
        brief = summarize(seed.read_text(encoding="utf-8"), name=seed.name)
        usage = brief.usage
        seconds.append(usage.seconds)
        print(f"{seed.name:34} {brief.source.word_count:>6} {usage.seconds:>10.2f} "
              f"{usage.prompt_tokens:>11} {usage.completion_tokens:>11}")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"mean {statistics.mean(seconds):.2f} s/article; model load {load_seconds:.2f} s; "
          f"fixed prompt overhead {fixed_prompt_tokens()} tokens per article; peak RSS {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
