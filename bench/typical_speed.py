"""Seconds per *typical* article (600-900 words, the issue's yardstick) with the embedded
default, on annotated news read in place (the texts are never copied):

    .venv/bin/python bench/typical_speed.py ../shared/eval/ggt_quotes/dev.jsonl [--min-words 600] [--max-words 900]

The model is loaded once before timing starts (as in any run of several articles); each
article is briefed once, end to end: evidence, prompt, model, grounding, assembly."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from summarizer import summarize


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--min-words", type=int, default=600)
    parser.add_argument("--max-words", type=int, default=900)
    args = parser.parse_args()
    with open(args.path, encoding="utf-8") as file:
        texts = [json.loads(line)["text"] for line in file if line.strip()]
    typical = [t for t in texts if args.min_words <= len(t.split()) <= args.max_words]
    if not typical:
        print("no article in that word range", file=sys.stderr)
        return 1
    summarize("Warm-up.\n\nThe model is loaded once, before timing.")
    seconds = []
    for text in typical:
        started = time.perf_counter()
        summarize(text)
        seconds.append(time.perf_counter() - started)
    print(
        f"{len(typical)} articles of {args.min_words}-{args.max_words} words: "
        f"mean {statistics.mean(seconds):.2f} s, median {statistics.median(seconds):.2f} s, "
        f"max {max(seconds):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
