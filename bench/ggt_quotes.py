"""Quote quality of the embedded default on the GGT annotated news (read in place, never copied):
share of kept quotes that are verbatim, recall of the gold direct quotes (a gold quote is found
when a kept quote covers at least 80% of its word tokens, or it covers 80% of ours), speaker
accuracy on found quotes, and seconds per article.

    .venv/bin/python bench/ggt_quotes.py ../shared/eval/ggt_quotes/dev.jsonl [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time

from summarizer import summarize
from summarizer.textmatch import fold

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def covers(a: list[str], b: list[str], threshold: float = 0.8) -> bool:
    """Whether one token list covers at least `threshold` of the other's tokens."""
    if not a or not b:
        return False
    shared = sum(min(a.count(t), b.count(t)) for t in set(a))
    return shared / len(b) >= threshold or shared / len(a) >= threshold


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return False
    p, g = predicted.lower().split(), gold.lower().split()
    return p == g or p[-1] == g[-1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.path, encoding="utf-8")][: args.limit]
    kept = verbatim = gold_total = found = speaker_right = 0
    seconds = []
    for row in rows:
        text = row["text"]
        started = time.perf_counter()
        brief = summarize(text, name=row["id"])
        seconds.append(time.perf_counter() - started)
        for quote in brief.quotes:
            kept += 1
            verbatim += all(fold(text[s:e]) == fold(quote.text) for s, e in quote.spans)
        predicted = [(tokens(q.text), q.speaker) for q in brief.quotes]
        gold = {(q["start"], q["end"]): q for q in row["gold"]["quotes"] if q["is_direct"]}
        for quote in gold.values():
            gold_total += 1
            match = next((speaker for toks, speaker in predicted if covers(toks, tokens(quote["quote"]))), False)
            if match is not False:
                found += 1
                speaker_right += same_speaker(match, quote["speaker"])
        print(f"{row['id']}: {len(brief.quotes)} quotes, {seconds[-1]:.1f}s", file=sys.stderr)
    print(f"articles: {len(rows)}")
    print(f"kept quotes verbatim: {verbatim}/{kept} = {verbatim / max(kept, 1):.1%}")
    print(f"gold direct-quote recall: {found}/{gold_total} = {found / max(gold_total, 1):.3f}")
    print(f"speaker accuracy on found quotes (surname level): {speaker_right}/{found} = {speaker_right / max(found, 1):.3f}")
    print(f"seconds per article: mean {statistics.mean(seconds):.2f}, median {statistics.median(seconds):.2f}, max {max(seconds):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
