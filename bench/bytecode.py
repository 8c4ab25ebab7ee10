"""Compile the package's bytecode before anything is timed, as installing a wheel does.

With `PYTHONDONTWRITEBYTECODE` set (these sessions set it) Python never rewrites a stale `.pyc`,
so every process of a benchmark compiled each module changed since its `.pyc` was written from
source again (62 of ours at one count: 0.10 s of CPU per process start, paid before the first
request of benchmarks 2 and 6 and by every run of 7 and 8) and the figures depended on how long
ago the files were touched. `py_compile` writes the `.pyc` whatever the variable says."""

from __future__ import annotations

import compileall
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def compile_package() -> None:
    """Bring every `.pyc` of the package (summarizer, prompts, schemas) up to date."""
    for folder in ("summarizer", "prompts", "schemas"):
        compileall.compile_dir(REPO / folder, quiet=1)
