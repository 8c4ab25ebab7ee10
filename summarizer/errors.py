"""The one exception tree of summarizer, so callers catch one base class and the CLI maps each
branch to a single exit code at one boundary.

    SummarizerError            base: every failure we raise on purpose
    ├── InputError             the article cannot be read as text (exit 2)
    ├── ConfigError            settings are missing or contradictory (exit 2)
    └── BackendError           the model backend failed (exit 3)
        ├── BackendUnavailable cannot reach or load the model at all
        └── ModelOutputError   the model answered, but never with a usable brief

Messages are single lines written for the person at the terminal, and never contain secrets.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class; `exit_code` is what the CLI returns for it."""

    exit_code = 1


class InputError(SummarizerError):
    """The input is not a readable text article (missing, empty, binary, wrong encoding...)."""

    exit_code = 2


class ConfigError(SummarizerError):
    """A setting is missing or invalid; the message says which flag or variable fixes it."""

    exit_code = 2


class BackendError(SummarizerError):
    """The model backend failed after retries; `attempts` tells how hard we tried."""

    exit_code = 3

    def __init__(self, message: str, *, attempts: int | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts


class BackendUnavailable(BackendError):
    """The model cannot be reached or loaded (no server, bad URL, missing GGUF, auth refused)."""


class ModelOutputError(BackendError):
    """The model answered but its output could not be used, even after re-asks."""
