"""A content-addressed store of finished briefs, so a re-run of the same articles with the same
settings makes no model calls.

The key is everything that decides what a brief says: the article text, the backend, model and
generation settings, the prompt and schema versions, and a fingerprint of this package's code
(prompts and extractors included), so a brief made by older code is never served as current.
The API key, timeouts and retry policy do not change a brief and stay out of the key; the key is
a hash, and the files hold only briefs, so no secret can reach the cache directory."""

from __future__ import annotations

import hashlib
import json
import logging
from functools import lru_cache
from pathlib import Path

from summarizer.config import Settings
from summarizer.drafting.prompts import PROMPT_VERSION
from summarizer.schemas import Brief
from summarizer.schemas.brief import SCHEMA_VERSION
from summarizer.source.files import write_atomically
from summarizer.storage.responses import ResponseCache

# Settings that change what a brief says; the rest (key, timeout) only change how it is fetched.
_KEYED_SETTINGS = ("temperature", "max_retries", "max_tokens", "base_url", "model_path", "context_chars")


def default_cache_dir() -> Path:
    """The user's cache directory for this tool (e.g. ~/.cache/summarizer on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer")) / "briefs"


#: The packages whose files shape a brief: the code, and the prompt templates and schemas, which
#: install as `summarizer.prompts` and `summarizer.schemas` but live in top-level folders of the
#: repository (so in an editable install they are not under the code's directory).
SHAPING_PACKAGES = ("summarizer", "summarizer.prompts", "summarizer.schemas")
_SHAPING_SUFFIXES = frozenset({".py", ".jinja"})


def shaping_directories() -> list[Path]:
    """Where each of `SHAPING_PACKAGES` is on disk, as Python imports it."""
    import importlib

    return [Path(next(iter(importlib.import_module(name).__path__))).resolve() for name in SHAPING_PACKAGES]


def fingerprint_files(directories: list[Path]) -> str:
    """A hash of every source and template file under `directories` (names and bytes)."""
    digest = hashlib.sha256()
    seen: set[Path] = set()
    for directory in directories:
        for path in sorted(directory.rglob("*")):
            if path.suffix in _SHAPING_SUFFIXES and "__pycache__" not in path.parts and path not in seen:
                seen.add(path)
                digest.update(path.relative_to(directory.parent).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The fingerprint of everything that shapes a brief, computed once per process."""
    return fingerprint_files(shaping_directories())


def brief_key(text: str, settings: Settings) -> str:
    """The cache key of the brief `settings` would make of `text`."""
    parts = {
        "text": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        "code": code_fingerprint(),
        **_model_parts(settings),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def model_fingerprint(settings: Settings) -> str:
    """What decides a brief apart from the text and this package's code: a batch resumed with
    another model or prompt version briefs its articles again; one resumed after an upgrade of
    the code alone keeps what it finished."""
    return hashlib.sha256(json.dumps(_model_parts(settings), sort_keys=True, default=str).encode()).hexdigest()[:16]


def _model_parts(settings: Settings) -> dict[str, object]:
    return {
        "backend": settings.resolved_backend,
        "model": settings.resolved_model,
        "output_mode": settings.resolved_output_mode,
        "prompt": PROMPT_VERSION,
        "schema": SCHEMA_VERSION,
        **{name: getattr(settings, name, None) for name in _KEYED_SETTINGS},
    }


class BriefCache:
    """Briefs stored as one JSON file each under `directory`, written atomically."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    @property
    def responses(self) -> ResponseCache:
        """The model answers kept beside these briefs (`DIR/responses`): a brief made again by
        changed code re-uses the answer to a request it sends unchanged."""
        return ResponseCache(self.directory / "responses")

    def get(self, key: str) -> Brief | None:
        """The stored brief, or None when there is none or it cannot be read back."""
        try:
            return Brief.model_validate_json(self._path(key).read_bytes())
        except (OSError, ValueError):
            return None

    def put(self, key: str, brief: Brief) -> None:
        """Store `brief`; a cache that cannot be written (full, read-only) is only slower next
        time, so the failure is logged, not raised."""
        try:
            write_atomically(self._path(key), brief.model_dump_json())
        except OSError as error:
            logging.getLogger("summarizer").warning("cache %s: cannot write (%s)", self.directory, error.strerror)
