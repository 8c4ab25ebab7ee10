"""`collect` at cluster scale, on Dask: the results file(s) and the manifest read in partitions by
the cluster's workers, each article's answers brought together by one shuffle, and each article
briefed and written by `results.brief_and_store`, the very function `collect` runs, so the
outputs are the same files.

    from dask.distributed import Client
    Client("tcp://scheduler:8786")             # or a LocalCluster; without one, Dask's default
    collect_on_dask(["results.jsonl"], "requests.articles.jsonl", "briefs/")

Dask rather than Ray: pure-Python wheels and a LocalCluster in CI with no service to run. The
workers write the briefs themselves, so DIR must be on a filesystem every worker sees (NFS, a
mounted bucket); this process holds DIR's lock, journals what they report and writes the index,
in manifest order, and the error list, as `collect` does."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.batch.output import BatchOutput, Finished
from summarizer.errors import OutputError
from summarizer.openai_batch.manifest import ArticleRecord
from summarizer.openai_batch.results import brief_and_store
from summarizer.openai_batch.results import succeeded as is_success

# The part suffix of a long article's custom_ids (manifest.custom_ids): what is left is the same
# for every part of one article, and is the key its answers are grouped by.
_PART = re.compile(r"#part-\d+-of-\d+$")

#: Where a manifest line is: (partition, line within it), to write the index in manifest order.
Position = tuple[int, int]


@dataclass
class ClusterSummary:
    """What a cluster collect did; `problems` are the results file's own (bad lines, unknown ids)."""

    briefed: int = 0
    failed: int = 0
    problems: list[str] = field(default_factory=list)


def collect_on_dask(
    results_paths: Iterable[str | Path],
    manifest_path: str | Path,
    out_dir: str | Path,
    *,
    prices: str | None = None,
    blocksize: str | int = "64MiB",
) -> ClusterSummary:
    """Brief the results into `out_dir` on the current Dask scheduler (a `distributed.Client`
    made before the call, else Dask's default). `blocksize` is how much of a file one task reads.
    A brief that cannot be written (a full disk) stops the run with `OutputError`, as `collect`
    does: what was journalled stays, and the index lists it."""
    import dask
    import dask.bag as db
    from dask.distributed import as_completed, default_client

    manifest = str(manifest_path)
    parts = db.read_text(manifest, blocksize=blocksize).to_delayed()
    records = db.from_delayed([dask.delayed(_numbered)(part, number) for number, part in enumerate(parts)])
    wanted = records.map(_keyed_record)
    results = db.read_text([str(path) for path in results_paths], blocksize=blocksize)
    answers = results.filter(str.strip).map(_keyed_answer)
    grouped = db.concat([wanted, answers]).groupby(_key, shuffle="tasks")
    briefed = grouped.map(_brief_group, str(out_dir), prices).flatten()

    output = BatchOutput(Path(out_dir))
    summary = ClusterSummary()
    placed: list[tuple[Position, str]] = []
    failures: list[tuple[Position, dict[str, Any]]] = []
    try:
        client = default_client()
        futures = client.compute(briefed.to_delayed())
        for future in as_completed(futures):
            for position, kind, payload in future.result():
                if kind == "unwritable":
                    client.cancel(futures)
                    raise OutputError(payload)
                if kind == "briefed":
                    output.journal(Finished(**payload))
                    placed.append((position, payload["id"]))
                    summary.briefed += 1
                elif kind == "failed":
                    failures.append((position, payload))
                    summary.failed += 1
                else:
                    summary.problems.append(payload)
            future.release()
    except BaseException:
        output.close([item_id for _, item_id in sorted(placed)])
        raise
    for _, failure in sorted(failures, key=lambda pair: pair[0]):
        output.record_failure(**failure)
    output.close([item_id for _, item_id in sorted(placed)])
    return summary


def _numbered(lines: list[str], partition: int) -> list[tuple[Position, str]]:
    return [((partition, number), line) for number, line in enumerate(lines) if line.strip()]


def _key(item: tuple[str, Any]) -> str:
    return item[0]


def _request_key(custom_id: str) -> str:
    return _PART.sub("", custom_id)


def _keyed_record(numbered: tuple[Position, str]) -> tuple[str, Any]:
    position, line = numbered
    record = ArticleRecord.from_json(line, f"manifest partition {position[0]} line {position[1] + 1}")
    return _request_key(record.custom_ids[0]), ("article", position, line)


def _keyed_answer(line: str) -> tuple[str, Any]:
    try:
        data = json.loads(line)
    except ValueError:
        return "", ("problem", "a results line is not valid JSON")
    if not isinstance(data, dict) or not isinstance(data.get("custom_id"), str):
        return "", ("problem", "a results line is not a batch result (custom_id with response or error)")
    return _request_key(data["custom_id"]), ("answer", data)


def _brief_group(group: tuple[str, list[Any]], out_dir: str, prices: str | None) -> list[tuple[Any, str, Any]]:
    """One article's manifest line and answers, briefed and written: (position, "briefed",
    journal entry), (position, "failed", failure), (position, "unwritable", the one line saying
    the output cannot be written), or (None, "problem", reason) for answers no article asked for."""
    _, keyed = group
    items = [value for _, value in keyed]
    articles = [item for item in items if item[0] == "article"]
    answers = [item[1] for item in items if item[0] == "answer"]
    problems = [(None, "problem", item[1]) for item in items if item[0] == "problem"]
    if not articles:
        return problems + [
            (None, "problem", f"custom_id {answer['custom_id']!r} is not in the manifest") for answer in answers
        ]
    _, position, line = articles[0]
    record = ArticleRecord.from_json(line, f"manifest partition {position[0]}")
    lines = [(custom_id, _chosen(custom_id, answers)) for custom_id in record.custom_ids]
    try:
        _, entry, reason = brief_and_store(record, lines, prices, Path(out_dir))
    except OutputError as error:  # a full disk: not this article's failure, the run's end
        return [*problems, (position, "unwritable", str(error))]
    if entry is None:
        failure = {"item_id": record.id, "reason": reason or "no brief", "custom_ids": record.custom_ids}
        return [*problems, (position, "failed", failure)]
    return [*problems, (position, "briefed", entry.as_record())]


def _chosen(custom_id: str, answers: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The answer to `custom_id`: a successful one before an error, as `collect` chooses."""
    mine = [answer for answer in answers if answer["custom_id"] == custom_id]
    succeeded = [answer for answer in mine if is_success(answer)]
    chosen = succeeded or mine
    return chosen[0] if chosen else None
