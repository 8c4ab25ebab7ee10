"""What scoring one article yields, summed over a dataset: ratios of counts (hits / total, so
figures are micro-averages) and paired observations (a score beside a human judgement), from
which the report computes statistics that do not sum, such as a rank correlation."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass
class Ratio:
    hits: float = 0
    total: float = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


class Tally(defaultdict):
    """Metric name -> Ratio, summed across articles; `pairs` holds each named series of
    (measured, judged) observations, concatenated across articles."""

    def __init__(self) -> None:
        super().__init__(Ratio)
        self.pairs: dict[str, list[tuple[float, float]]] = defaultdict(list)

    def add(self, name: str, hits: float, total: float) -> None:
        self[name].hits += hits
        self[name].total += total

    def pair(self, name: str, measured: float, judged: float) -> None:
        self.pairs[name].append((measured, judged))

    def merge(self, other: Tally) -> None:
        for name, ratio in other.items():
            self.add(name, ratio.hits, ratio.total)
        for name, pairs in other.pairs.items():
            self.pairs[name].extend(pairs)
