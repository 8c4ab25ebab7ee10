"""Score briefs written by `bench/dump_briefs.py` with the eval's own scorers, without making
them again: two versions of the code compared on quality in seconds, once both are dumped.

    .venv/bin/python bench/score_briefs.py OLD_DIR [NEW_DIR] [--eval-dir ../shared/eval]

Prints each dataset's metrics (and the change, with NEW_DIR). Articles missing from a folder
(a dump still running) are left out of both sides, so the figures always compare like with like."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from summarizer.evaluation.datasets import load_dataset
from summarizer.evaluation.report import METRICS
from summarizer.evaluation.scorers import Tally, score, skip_reason
from summarizer.schemas import Brief

HERE = Path(__file__).resolve().parent
DATASETS = ("ggt_quotes", "polnear", "conll2003_ner", "giveme5w1h_gold")


def brief_path(folder: Path, dataset: str, example_id: str) -> Path:
    return folder / dataset / (example_id.replace(":", "_").replace("/", "_") + ".json")


def load_brief(path: Path) -> Brief | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return None if "error" in data else Brief.model_validate(data)


def tallies(folders: list[Path], eval_dir: Path, dataset: str) -> list[Tally]:
    filters = {"compartment": "dev"} if dataset == "polnear" else None
    data = load_dataset(eval_dir / dataset / "dev.jsonl", filters=filters)
    totals = [Tally() for _ in folders]
    for example in data.examples:
        if skip_reason(data.kind, example) is not None:
            continue
        briefs = [load_brief(brief_path(folder, dataset, example.id)) for folder in folders]
        if any(brief is None for brief in briefs):
            continue
        for total, brief in zip(totals, briefs):
            assert brief is not None
            total.merge(score(data.kind, example, brief))
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--eval-dir", type=Path, default=HERE.parent.parent / "shared" / "eval")
    parser.add_argument("--datasets", default=",".join(DATASETS))
    args = parser.parse_args()
    for dataset in args.datasets.split(","):
        sides = [dict(tally) for tally in tallies(args.folders, args.eval_dir, dataset)]
        print(f"## {dataset}")
        for metric in METRICS:
            ratios = [side.get(metric.key) for side in sides]
            if any(ratio is None or ratio.value is None for ratio in ratios):
                continue
            values = [ratio.value for ratio in ratios if ratio is not None and ratio.value is not None]
            change = f"  ({values[-1] - values[0]:+.3f})" if len(values) > 1 else ""
            counts = " -> ".join(f"{value:.3f}" for value in values)
            print(f"{metric.label:40} {counts}{change}  n={ratios[0].total if ratios[0] else 0}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
