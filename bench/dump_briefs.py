"""Brief every article of the annotated dev sets and write each brief as JSON, one file per
article, so two versions of the code can be compared brief by brief (`bench/compare_briefs.py`).

    .venv/bin/python bench/dump_briefs.py OUT_DIR [--eval-dir ../shared/eval] [--datasets a,b]

Uses only the public API (`summarize`), so the same script runs against any version of the
package. The datasets are read where they are; only briefs are written (they quote the
articles, so keep OUT_DIR out of the repository)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from summarizer import summarize

HERE = Path(__file__).resolve().parent
DATASETS = ("ggt_quotes", "polnear", "conll2003_ner", "giveme5w1h_gold")


def examples(path: Path, dataset: str):
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            example = json.loads(line)
            if dataset == "polnear" and example.get("meta", {}).get("compartment") != "dev":
                continue
            yield example


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--eval-dir", type=Path, default=HERE.parent.parent / "shared" / "eval")
    parser.add_argument("--datasets", default=",".join(DATASETS))
    args = parser.parse_args()
    for dataset in args.datasets.split(","):
        folder = args.out / dataset
        folder.mkdir(parents=True, exist_ok=True)
        for example in examples(args.eval_dir / dataset / "dev.jsonl", dataset):
            target = folder / (example["id"].replace(":", "_").replace("/", "_") + ".json")
            if target.exists():
                continue  # resumable
            try:
                brief = summarize(example["text"], name=example["id"])
            except Exception as error:  # noqa: BLE001 - a failure is itself a result to compare
                target.write_text(json.dumps({"error": str(error)}) + "\n")
                continue
            target.write_text(brief.model_dump_json(indent=1) + "\n")
        print(dataset, "done", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
