"""Two statistics of a score against human judgement, written out rather than taken from scipy:
each is a few lines, and the eval would otherwise pull in a large compiled dependency for them.

- `spearman`: Spearman's rank correlation, the Pearson correlation of the two sides' ranks,
  tied values sharing the mean of the ranks they span (the usual tie correction);
- `roc_auc`: the area under the ROC curve, i.e. the probability that a positive case scores
  higher than a negative one, a tie counting one half (the Mann-Whitney form)."""

from __future__ import annotations

import math
from collections.abc import Sequence


def average_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks of `values` in ascending order; equal values share their mean rank."""
    order = sorted(range(len(values)), key=lambda index: values[index])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        shared = (start + end) / 2 + 1  # the mean of ranks start+1 .. end+1
        for position in range(start, end + 1):
            ranks[order[position]] = shared
        start = end + 1
    return ranks


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The Pearson correlation; None when either side is constant (or there are under 2 pairs)."""
    if len(xs) != len(ys):
        raise ValueError("pearson needs as many xs as ys")
    if len(xs) < 2:
        return None
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    dx = [x - mean_x for x in xs]
    dy = [y - mean_y for y in ys]
    spread = math.sqrt(sum(d * d for d in dx) * sum(d * d for d in dy))
    if spread == 0:
        return None
    return sum(a * b for a, b in zip(dx, dy)) / spread


def spearman(pairs: Sequence[tuple[float, float]]) -> float | None:
    """Spearman's rank correlation of (measured, judged) pairs; None when undefined."""
    return pearson(average_ranks([x for x, _ in pairs]), average_ranks([y for _, y in pairs]))


def roc_auc(pairs: Sequence[tuple[float, float]]) -> float | None:
    """The ROC AUC of (score, label) pairs, a label > 0 being a positive case; None without
    both a positive and a negative case."""
    positives = [score for score, label in pairs if label > 0]
    negatives = [score for score, label in pairs if label <= 0]
    if not positives or not negatives:
        return None
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))
