"""Settings for one run, resolved flag > environment > default in one place, so the CLI, the
Python API and the tests agree on what a bare `summarize(text)` means."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Literal

from summarizer.errors import ConfigError

if TYPE_CHECKING:
    from summarizer.pricing import PriceTable

BackendName = Literal["auto", "openai", "server", "embedded"]
OutputMode = Literal["json_schema", "json_object"]

BACKENDS: tuple[str, ...] = ("auto", "openai", "server", "embedded")
OUTPUT_MODES: tuple[str, ...] = ("json_schema", "json_object")

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_SERVER_MODEL = "default"
EMBEDDED_MODEL_NAME = "SmolLM2-135M-Instruct.Q4_1"

# Environment variable for each setting that has one.
ENVIRONMENT = {
    "api_key": "OPENAI_API_KEY",
    "base_url": "OPENAI_BASE_URL",
    "model": "SUMMARIZER_MODEL",
    "model_path": "SUMMARIZER_MODEL_PATH",
    "backend": "SUMMARIZER_BACKEND",
    "output_mode": "SUMMARIZER_OUTPUT_MODE",
    "context_chars": "SUMMARIZER_CONTEXT_CHARS",
    "prices": "SUMMARIZER_PRICES",
    "threads": "SUMMARIZER_THREADS",
}
# Fewer characters per request would split an article into more requests than sentences.
MIN_CONTEXT_CHARS = 100


@dataclass(frozen=True)
class Settings:
    """Everything that decides how a brief is produced. `None` means "use the default"."""

    backend: str = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    model_path: str | None = None
    temperature: float = 0.0
    max_retries: int = 1
    timeout: float = 120.0
    output_mode: str | None = None
    #: Room for a full answer: the limits the prompt states (`schemas.draft.LIMITS`) add up to about
    #: 1,700 tokens of JSON; at 700 a capable model had to choose between them and being cut off.
    max_tokens: int = 1800
    #: How many characters of article one request may carry; longer articles are read in parts.
    context_chars: int | None = None
    #: A price file (`{"model": {"input": USD, "output": USD}}` per million tokens) over the built-in table.
    prices: str | None = None
    #: CPU threads the embedded model computes with (default: the physical cores this process may use).
    threads: int | None = None

    def __repr__(self) -> str:  # the key must never reach logs or tracebacks
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        if shown["api_key"]:
            shown["api_key"] = "***"
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    def price_table(self) -> PriceTable:
        """The prices this run's costs are reckoned at: the built-in table, overridden by `prices`."""
        from summarizer.pricing import price_table

        return price_table(self.prices)

    @property
    def resolved_backend(self) -> str:
        """`auto` picks a server when a base URL is given, OpenAI when a key is, else embedded."""
        if self.backend != "auto":
            return self.backend
        if self.base_url:
            return "server"
        if self.api_key:
            return "openai"
        return "embedded"

    @property
    def resolved_model(self) -> str:
        if self.model:
            return self.model
        return {
            "openai": DEFAULT_OPENAI_MODEL,
            "server": DEFAULT_SERVER_MODEL,
        }.get(self.resolved_backend, EMBEDDED_MODEL_NAME)

    @property
    def resolved_output_mode(self) -> str:
        """How structured output is requested; llama-cpp-python wants `json_object` + schema."""
        if self.output_mode:
            return self.output_mode
        return "json_object" if self.resolved_backend == "embedded" else "json_schema"


def resolve_settings(
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Merge explicit values (flags or keyword arguments) over environment over defaults.

    `None` in `overrides` means "not given", so an unset flag never hides an environment value.
    """
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for name, variable in ENVIRONMENT.items():
        if environ.get(variable):
            values[name] = environ[variable]
    for name, value in (overrides or {}).items():
        if value is not None:
            values[name] = value
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    if "threads" in values:
        values["threads"] = _whole_number(values["threads"], "--threads or SUMMARIZER_THREADS")
    if "context_chars" in values:
        values["context_chars"] = _whole_number(values["context_chars"], "--context-chars or SUMMARIZER_CONTEXT_CHARS")
    settings = replace(Settings(), **values)
    _validate(settings)
    settings.price_table()  # a bad price file is one line now, not after the first brief
    return settings


def _whole_number(value: Any, where: str) -> int:
    """Environment values arrive as text; a number that is not whole is a mistake, not a hint."""
    try:
        return int(str(value).strip())
    except ValueError:
        raise ConfigError(f"{value!r} is not a whole number ({where})") from None


def _validate(settings: Settings) -> None:
    if settings.backend not in BACKENDS:
        raise ConfigError(
            f"unknown backend {settings.backend!r}: choose one of {', '.join(BACKENDS)} "
            "(--backend or SUMMARIZER_BACKEND)"
        )
    if settings.output_mode is not None and settings.output_mode not in OUTPUT_MODES:
        raise ConfigError(f"unknown output mode {settings.output_mode!r}: choose one of {', '.join(OUTPUT_MODES)}")
    if settings.resolved_backend == "openai" and not settings.api_key:
        raise ConfigError("the openai backend needs a key: set OPENAI_API_KEY or pass --api-key")
    if settings.resolved_backend == "server" and not settings.base_url:
        raise ConfigError("the server backend needs --base-url (or OPENAI_BASE_URL)")
    if not 0.0 <= float(settings.temperature) <= 2.0:
        raise ConfigError(f"temperature must be between 0 and 2, not {settings.temperature}")
    if int(settings.max_retries) < 0:
        raise ConfigError(f"max retries must be 0 or more, not {settings.max_retries}")
    if settings.threads is not None and settings.threads < 1:
        raise ConfigError(f"threads must be 1 or more, not {settings.threads} (--threads or SUMMARIZER_THREADS)")
    if settings.context_chars is not None and settings.context_chars < MIN_CONTEXT_CHARS:
        raise ConfigError(
            f"context chars must be at least {MIN_CONTEXT_CHARS}, not {settings.context_chars} "
            "(--context-chars or SUMMARIZER_CONTEXT_CHARS)"
        )
