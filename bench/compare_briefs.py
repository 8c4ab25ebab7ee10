"""Compare two folders written by `bench/dump_briefs.py`: which briefs differ, and in which
fields. Timings (`usage.seconds`) are left out, since they differ from run to run.

    python bench/compare_briefs.py OLD_DIR NEW_DIR [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

IGNORED = {("usage", "seconds")}


def flatten(value, path=()):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from flatten(inner, path + (key,))
    elif isinstance(value, list):
        yield path, json.dumps(value, sort_keys=True, ensure_ascii=False)
    else:
        yield path, value


def differences(old: dict, new: dict) -> list[str]:
    a = {path: value for path, value in flatten(old) if path not in IGNORED}
    b = {path: value for path, value in flatten(new) if path not in IGNORED}
    return sorted(".".join(path) for path in set(a) | set(b) if a.get(path) != b.get(path))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--show", type=int, default=5, help="list this many differing files per field")
    args = parser.parse_args()
    fields: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    compared = missing = differing = 0
    for old_file in sorted(args.old.rglob("*.json")):
        relative = old_file.relative_to(args.old)
        new_file = args.new / relative
        if not new_file.exists():
            missing += 1
            continue
        compared += 1
        changed = differences(json.loads(old_file.read_text()), json.loads(new_file.read_text()))
        differing += bool(changed)
        for field in changed:
            fields[field] += 1
            examples.setdefault(field, []).append(str(relative))
    print(f"{compared} briefs compared, {differing} differ, {missing} missing from {args.new}")
    for field, count in fields.most_common():
        print(f"  {field}: {count}  e.g. {', '.join(examples[field][: args.show])}")
    return 1 if differing or missing else 0


if __name__ == "__main__":
    sys.exit(main())
