"""Tables a process builds from a package's data file on first use, kept in the user cache in
`marshal` form so that the next process reads them instead of parsing the file again.

Every process of a batch pays its start-up before its first article, and none of it runs in
parallel (see README, benchmarks 6 and 7): parsing lemminflect's two gzipped CSV tables took
0.15 s of it, and decoding them from marshal takes 0.035 s. A copy is keyed by what it was made
from (the data file's path, size and modification time, and the Python version, which fixes
marshal's format), so a new package or interpreter makes a new copy; a missing, unreadable or
corrupt copy is parsed again as before, and a cache that cannot be written is only slower.

In `text`, the first stage, as the tables it keeps are the text stage's (lemminflect's, the
world's cities); so it writes its copies itself rather than with `source.files.write_atomically`."""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

Table = TypeVar("Table")


def tables_dir() -> Path:
    """Where the copies go (e.g. ~/.cache/summarizer/tables on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer")) / "tables"


def parsed_once(name: str, source: Path | str, parse: Callable[[], Table]) -> Table:
    """The table `parse()` builds from the file `source`, read from its cached copy when one was
    made from the same file. `parse` must return only what marshal stores (dicts, lists, tuples,
    sets, strings, numbers), so that the copy read back equals what it returns."""
    try:
        stat = Path(source).stat()
    except OSError:
        return parse()
    made_from = f"{name}\0{Path(source).resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{sys.version}"
    copy = tables_dir() / f"{name}-{hashlib.sha256(made_from.encode()).hexdigest()[:16]}.marshal"
    try:
        return marshal.loads(copy.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # none yet, or unreadable: a miss
        pass
    table = parse()
    try:
        _write_copy(copy, marshal.dumps(table))  # type: ignore[arg-type]  # see parse's contract
    except (OSError, ValueError):  # a read-only cache, a full disk, or an unmarshallable value
        pass
    return table


def _write_copy(copy: Path, content: bytes) -> None:
    """Written whole or not at all: other processes may be reading or writing the same copy."""
    copy.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=copy.parent, prefix=f".{copy.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, copy)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
