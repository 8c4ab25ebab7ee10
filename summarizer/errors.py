"""The one exception tree of summarizer, so callers catch one base class and the CLI maps each
branch to a single exit code at one boundary.

    SummarizerError            base: every failure we raise on purpose
    ├── InputError             the article cannot be read as text (exit 2)
    ├── ConfigError            settings are missing or contradictory (exit 2)
    ├── OutputError            the output cannot be written: disk full, another run writing it (exit 4)
    └── BackendError           the model backend failed (exit 3)
        ├── BackendUnavailable cannot reach or load the model at all
        └── ModelOutputError   the model answered, but never with a usable brief

Messages are single lines written for the person at the terminal, and never contain secrets.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The exit codes of every command, in one place: the CLI returns these and nothing else."""

    OK = 0  # every article briefed
    SOME_FAILED = 1  # some articles failed; the others were briefed
    INPUT = 2  # usage or input error: bad flag, missing, empty, binary or non-UTF-8 input
    BACKEND = 3  # the model backend is unavailable or failing
    OUTPUT = 4  # the output cannot be written (disk full, no permission, another run writing it)
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


class SummarizerError(Exception):
    """Base class; `exit_code` is what the CLI returns for it."""

    exit_code = ExitCode.SOME_FAILED


class InputError(SummarizerError):
    """The input is not a readable text article (missing, empty, binary, wrong encoding...)."""

    exit_code = ExitCode.INPUT


class ConfigError(SummarizerError):
    """A setting is missing or invalid; the message says which flag or variable fixes it."""

    exit_code = ExitCode.INPUT


class OutputError(SummarizerError):
    """An output directory or file cannot be written: the disk is full, permission is refused,
    or another run is writing the same directory. What was finished stays finished."""

    exit_code = ExitCode.OUTPUT


class BackendError(SummarizerError):
    """The model backend failed after retries; `attempts` tells how hard we tried."""

    exit_code = ExitCode.BACKEND

    def __init__(self, message: str, *, attempts: int | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts


class BackendUnavailable(BackendError):
    """The model cannot be reached or loaded (no server, bad URL, missing GGUF, auth refused)."""


class ModelOutputError(BackendError):
    """The model answered but its output could not be used, even after re-asks."""
