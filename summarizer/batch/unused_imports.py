"""Modules the libraries of a batch's start-up import and a batch never uses, left out of it.

What a batch's process imports before its first fork (`work.import_pipeline`) is serial: no
worker starts before it ends, so it bounds what `--workers` can gain (README, benchmarks 6-7).
Three imports in it serve nothing a batch does, 0.25 s of its CPU in all:

- `spacy.cli` (0.13 s: its download and project commands, `requests`, `weasel`): `import spacy`
  imports the whole command-line package for the one name `spacy.info`;
- `aiohttp` (0.09 s): the openai SDK imports it when installed (instructor requires it) to offer
  `DefaultAioHttpClient`; a batch's client is the SDK's default httpx one;
- `trio` (0.045 s): httpcore imports it when installed, to serve under trio's event loop; a
  batch runs on asyncio.

While `skipping_unused_modules()` is open, `import aiohttp` and `import trio` raise ImportError,
which the SDK and httpcore expect (they then leave out what needs them), and `spacy.cli.info`
is a stand-in whose `info` imports the real one when called. On leaving, the stand-ins are
removed: anything imported later imports those modules as ever. Only batch and collect
processes open it; a library caller's imports are left alone."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: Modules an import fails for, as when they are not installed.
_UNAVAILABLE = ("aiohttp", "trio")
#: spaCy's command-line package, which `import spacy` imports for `spacy.info` alone.
_SPACY_CLI = ("spacy.cli", "spacy.cli.info")


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextmanager
def skipping_unused_modules() -> Iterator[None]:
    """Imports made inside leave out `aiohttp`, `trio` and `spacy.cli` (see the module's doc);
    those already imported stay as they are."""
    stand_ins: dict[str, types.ModuleType | None] = {name: None for name in _UNAVAILABLE}
    if "spacy" not in sys.modules:
        for name in _SPACY_CLI:
            module = types.ModuleType(name, "Stands in for spaCy's command-line package while spaCy is imported.")
            module.__path__ = []  # a package, as `spacy.cli` is
            module.info = _spacy_info  # type: ignore[attr-defined]
            stand_ins[name] = module
    placed = [name for name in stand_ins if name not in sys.modules]
    sys.modules.update({name: stand_ins[name] for name in placed})  # type: ignore[misc]
    try:
        yield
    finally:
        for name in placed:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
