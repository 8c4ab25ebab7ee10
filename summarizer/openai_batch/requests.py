"""Writing an OpenAI Batch API request file: one line per request,
`{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}`, where `body` is exactly
what `summarize` would send the remote backend for that article (or for each part of a long one),
and beside it the manifest `collect` reads the results with (`openai_batch_manifest`).

The Batch API takes at most 50,000 requests and 200 MB per file, so a larger batch is written as
several files, `requests-001.jsonl`, `requests-002.jsonl`, ... each with its own manifest and
each submitted as its own batch; the parts of one article always share a file."""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from summarizer.config import Settings
from summarizer.drafting.job import prepare
from summarizer.errors import InputError, SummarizerError
from summarizer.openai_batch.manifest import (
    ENDPOINT,
    MANIFEST_SUFFIX,
    ArticleRecord,
    custom_ids,
    manifest_path_for,
    recorded_settings,
    request_settings,
)
from summarizer.pricing import cost_usd
from summarizer.source.files import same_file

MAX_REQUESTS_PER_FILE = 50_000
MAX_BYTES_PER_FILE = 200 * 1000 * 1000
CHARS_PER_TOKEN = 4  # a rough English average, for the estimate shown before submitting


class BatchItemLike(Protocol):
    id: str
    name: str
    text: str | None
    meta: dict[str, Any]


@dataclass(frozen=True)
class BatchFileSummary:
    """What was written. `cost_usd` is an upper bound at Batch API prices (every answer as long
    as max_tokens allows); None when the model's price is not known."""

    requests_paths: tuple[Path, ...]
    manifest_paths: tuple[Path, ...]
    model: str
    articles: int
    requests: int
    prompt_tokens: int  # estimated: characters / 4 of the messages and the schema
    max_completion_tokens: int
    cost_usd: float | None
    failures: tuple[tuple[str, str], ...] = ()  # (article id, reason) for articles not written


def request_lines(item: BatchItemLike, settings: Settings) -> tuple[ArticleRecord, list[dict[str, Any]]]:
    """The manifest record and the request lines for one article. `settings` should already be
    a remote backend's (see `request_settings`)."""
    article_id = str(item.id)
    job = prepare(item.text, item.name, settings)  # type: ignore[arg-type]
    ids = custom_ids(article_id, job.part_count)
    lines = [
        {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": job.request_body(part)}
        for part, custom_id in enumerate(ids)
    ]
    record = ArticleRecord(
        id=article_id,
        name=item.name,
        text=job.article.text,
        custom_ids=ids,
        model=job.backend.model,
        response_model=job.request.response_model.__name__,
        settings=recorded_settings(settings),
        meta=dict(item.meta or {}),
    )
    return record, lines


def write_openai_batch(
    items: Iterable[BatchItemLike],
    settings: Settings,
    requests_path: str | Path,
    *,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_BYTES_PER_FILE,
) -> BatchFileSummary:
    """Write the request file(s) for `items` and the manifest beside each, all atomically (a
    killed run leaves no half file). An article that cannot be written (unreadable, empty,
    a repeated id) is left out and listed in `failures`; none written at all is an InputError."""
    settings = request_settings(settings)
    target = Path(requests_path)
    shards = _Shards(target, max_requests, max_bytes)
    failures: list[tuple[str, str]] = []
    seen_ids: set[str] = set()
    seen_custom_ids: set[str] = set()
    tokens = articles = 0
    try:
        for item in items:
            article_id = str(item.id)
            reason = getattr(item, "error", None)
            if reason is None and article_id in seen_ids:
                reason = "a repeated id: only its first article is in the batch"
            if reason is None:
                try:
                    record, lines = request_lines(item, settings)
                except SummarizerError as error:
                    reason = " ".join(str(error).split())
            if reason is not None:
                failures.append((article_id, reason))
                continue
            clash = seen_custom_ids.intersection(record.custom_ids)
            if clash:  # a hashed id equal to another article's literal id: not worth a scheme of its own
                failures.append((article_id, f"custom_id {sorted(clash)[0]} is another article's too"))
                continue
            seen_ids.add(article_id)
            seen_custom_ids.update(record.custom_ids)
            shards.add(record, lines)
            articles += 1
            tokens += sum(_estimated_tokens(line["body"]) for line in lines)
        if articles == 0:
            raise InputError(f"{target}: not written: no article could be turned into a request")
        written = shards.commit()
    finally:
        shards.discard()
    requests = shards.requests
    completion = requests * settings.max_tokens
    return BatchFileSummary(
        requests_paths=tuple(path for path, _ in written),
        manifest_paths=tuple(manifest for _, manifest in written),
        model=settings.resolved_model,
        articles=articles,
        requests=requests,
        prompt_tokens=tokens,
        max_completion_tokens=completion,
        cost_usd=cost_usd(settings.resolved_model, tokens, completion, batch=True),
        failures=tuple(failures),
    )


def _estimated_tokens(body: dict[str, Any]) -> int:
    characters = sum(len(message.get("content") or "") for message in body.get("messages", []))
    response_format = body.get("response_format")
    if response_format:  # structured outputs put the schema in front of the model too
        characters += len(json.dumps(response_format))
    return characters // CHARS_PER_TOKEN + 1


class _Shard:
    """One request file and its manifest, being written under temporary names."""

    def __init__(self, target: Path) -> None:
        self.temporary = [target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp") for _ in range(2)]
        # os.open with 0o666: the umask applies, as to any new file (mkstemp's would be owner-only).
        self.files = [open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb") for path in self.temporary]
        self.requests = 0
        self.bytes = 0

    def write(self, requests: bytes, manifest_line: bytes, count: int) -> None:
        self.files[0].write(requests)
        self.files[1].write(manifest_line)
        self.requests += count
        self.bytes += len(requests)

    def commit(self, requests_path: Path) -> Path:
        """Rename into place, the manifest first: a request file never stands without it."""
        manifest_path = manifest_path_for(requests_path)
        for file in self.files:
            file.close()
        os.replace(self.temporary[1], manifest_path)
        os.replace(self.temporary[0], requests_path)
        return manifest_path

    def discard(self) -> None:
        for file, path in zip(self.files, self.temporary):
            file.close()
            path.unlink(missing_ok=True)


@dataclass
class _Shards:
    """The files of one batch, renamed into place by `commit`, or removed by `discard`."""

    target: Path
    max_requests: int
    max_bytes: int
    shards: list[_Shard] = field(default_factory=list)
    requests: int = 0

    def add(self, record: ArticleRecord, lines: list[dict[str, Any]]) -> None:
        data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode("utf-8")
        shard = self.shards[-1] if self.shards else None
        if shard is None or (
            shard.requests
            and (shard.requests + len(lines) > self.max_requests or shard.bytes + len(data) > self.max_bytes)
        ):
            self.target.parent.mkdir(parents=True, exist_ok=True)
            shard = _Shard(self.target)
            self.shards.append(shard)
        shard.write(data, (record.to_json() + "\n").encode("utf-8"), len(lines))
        self.requests += len(lines)

    def commit(self) -> list[tuple[Path, Path]]:
        """`requests.jsonl` alone, or `requests-001.jsonl`, ... when there are several."""
        if len(self.shards) == 1:
            names = [self.target]
        else:
            stem, suffix = _stem_and_suffix(self.target)
            names = [self.target.with_name(f"{stem}-{number:03d}{suffix}") for number in range(1, len(self.shards) + 1)]
        written = [(requests_path, shard.commit(requests_path)) for shard, requests_path in zip(self.shards, names)]
        self.shards = []
        return written

    def discard(self) -> None:
        for shard in self.shards:
            shard.discard()
        self.shards = []


def writes_over(requests_path: str | Path, candidate: str | Path) -> bool:
    """Whether writing the request file(s) for `requests_path` could replace `candidate`: the
    file itself, a numbered part (`requests-001.jsonl`), or the manifest beside either."""
    target, other = Path(requests_path), Path(candidate)
    if not other.exists() or not target.parent.exists() or not same_file(target.parent, other.parent):
        return False
    stem, suffix = _stem_and_suffix(target)
    pattern = rf"{re.escape(stem)}(?:-\d{{3}})?(?:{re.escape(suffix)}|{re.escape(MANIFEST_SUFFIX)})"
    return re.fullmatch(pattern, other.name) is not None


def _stem_and_suffix(path: Path) -> tuple[str, str]:
    if path.name.endswith(".jsonl"):
        return path.name[: -len(".jsonl")], ".jsonl"
    return path.stem, path.suffix
