"""The record `batch --openai-batch` keeps beside its request file, so `collect` can turn the
results into briefs without the original input: `requests.articles.jsonl`, one line per article
with its text, id, name, meta, the custom_ids of its requests, and the settings that shaped them.

It never holds a key or a server's address: neither is needed to assemble a brief."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError

MANIFEST_SUFFIX = ".articles.jsonl"
MANIFEST_FORMAT = "summarizer-openai-batch/1"
ENDPOINT = "/v1/chat/completions"
#: `Usage.backend` of a brief made from batch results (priced at the Batch API's discount).
BATCH_BACKEND = "openai-batch"
# OpenAI documents no limit on custom_id; 64 characters of a plain alphabet keeps ids safe for
# every tool that reads these files (Anthropic's batches refuse longer ones).
MAX_CUSTOM_ID = 64
_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
# The settings that decide the requests and the assembly; stored so collect rebuilds the same job.
_RECORDED_SETTINGS = ("backend", "model", "output_mode", "temperature", "max_tokens", "context_chars")


@dataclass(frozen=True)
class ArticleRecord:
    """One line of the manifest: an article and the requests written for it, in part order."""

    id: str
    name: str
    text: str
    custom_ids: list[str]
    model: str
    response_model: str
    settings: dict[str, Any]
    meta: dict[str, Any] = field(default_factory=dict)
    format: str = MANIFEST_FORMAT

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str | bytes, where: str) -> ArticleRecord:
        """Parse one manifest line; `where` ("FILE line N") starts the error message."""
        try:
            data = json.loads(line)
        except (UnicodeDecodeError, ValueError):
            raise InputError(
                f"{where}: not JSON; is this the .articles.jsonl written by `batch --openai-batch`?"
            ) from None
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise InputError(f"{where}: not an article record of `batch --openai-batch` (format {MANIFEST_FORMAT})")
        try:
            record = cls(**data)
        except TypeError:
            raise InputError(f"{where}: an article record with missing or unknown fields") from None
        if not (
            isinstance(record.text, str)
            and isinstance(record.custom_ids, list)
            and record.custom_ids
            and isinstance(record.settings, dict)
        ):
            raise InputError(f"{where}: an article record without its text or custom_ids")
        return record

    def job_settings(self) -> Settings:
        """The settings the requests were written with (no key, no address: none is needed)."""
        known = {name: self.settings[name] for name in _RECORDED_SETTINGS if name in self.settings}
        return replace(Settings(), **known)


def recorded_settings(settings: Settings) -> dict[str, Any]:
    """What the manifest keeps of `settings`: resolved values, so defaults changed later do not
    change how an old batch is read."""
    values = {name: getattr(settings, name) for name in _RECORDED_SETTINGS}
    values.update(
        backend=settings.resolved_backend, model=settings.resolved_model, output_mode=settings.resolved_output_mode
    )
    return values


def request_settings(settings: Settings) -> Settings:
    """The settings requests are written with: a remote backend's, since a batch file is sent to
    OpenAI (or to a server with `vllm run-batch`); `auto` without a key or URL means OpenAI."""
    if settings.backend == "embedded":
        raise ConfigError(
            "--openai-batch writes requests for OpenAI or an OpenAI-compatible server; "
            "drop --backend embedded (or SUMMARIZER_BACKEND=embedded)"
        )
    if settings.resolved_backend == "embedded":
        return replace(settings, backend="openai")
    return settings


def custom_ids(article_id: str, parts: int) -> list[str]:
    """`id` for one request, `id#part-k-of-n` for the parts of a long article; an id that is long
    or has other characters than letters, digits and `._:-` is replaced by a hash of it (the
    manifest keeps the mapping)."""
    suffix = "" if parts == 1 else f"#part-{parts}-of-{parts}"
    base = article_id
    if not _PLAIN_ID.fullmatch(article_id) or len(article_id) + len(suffix) > MAX_CUSTOM_ID:
        base = "sha256-" + hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    if parts == 1:
        return [base]
    return [f"{base}#part-{k}-of-{parts}" for k in range(1, parts + 1)]


def manifest_path_for(requests_path: Path) -> Path:
    """`requests.jsonl` -> `requests.articles.jsonl`, beside it."""
    stem = requests_path.name[: -len(".jsonl")] if requests_path.name.endswith(".jsonl") else requests_path.name
    return requests_path.with_name(stem + MANIFEST_SUFFIX)


def find_manifest(results_path: str | Path, explicit: str | Path | None = None) -> Path:
    """The manifest to read `results_path` with: `explicit` if given, else the one
    `*.articles.jsonl` beside the results file, else the one in the current directory."""
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise InputError(f"{explicit}: no such file (--articles)")
        return path
    results_dir = Path(results_path).resolve().parent
    for directory in dict.fromkeys([results_dir, Path.cwd().resolve()]):
        found = sorted(directory.glob("*" + MANIFEST_SUFFIX))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(path.name for path in found[:3]) + (", ..." if len(found) > 3 else "")
            raise InputError(
                f"{directory}: several article records ({names}); pass the one written "
                f"with these requests as --articles FILE"
            )
    raise InputError(
        f"no *{MANIFEST_SUFFIX} beside {results_path} or in the current directory; pass the file "
        "`batch --openai-batch` wrote beside the requests as --articles FILE"
    )
