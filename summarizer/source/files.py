"""Reading input files with one-line errors, and writing files so that a run killed at any
instant leaves either the old file or the new one, never half of one a later run would trust."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from summarizer.errors import InputError

# The process's umask, read once at import (reading it means setting it): files we create get
# the permissions any other new file would, not mkstemp's owner-only 0600.
_UMASK = os.umask(0)
os.umask(_UMASK)


def open_input(path: str | Path) -> BinaryIO:
    """A file the user named, opened for reading in binary; every way that fails is an
    `InputError` saying which."""
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        return file.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def read_input(path: str | Path) -> bytes:
    """The bytes of a file the user named, with `open_input`'s one-line errors."""
    with open_input(path) as file:
        try:
            return file.read()
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror})") from None


def same_file(first: str | Path, second: str | Path) -> bool:
    """Whether two paths name one existing file (links and relative paths included)."""
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        return False


def refuse_to_overwrite(targets: Iterable[str | Path], inputs: Iterable[str | Path], flag: str) -> None:
    """Raise `InputError` (exit 2, before anything is written) when an output would replace one
    of the command's inputs: no command ever overwrites what it was given to read."""
    inputs = [path for path in inputs if path != "-"]
    for target in targets:
        for source in inputs:
            if same_file(target, source):
                raise InputError(f"{flag} {target}: this would overwrite the input {source}; choose another output")


def write_atomically(target: Path, content: str | bytes | Iterable[str]) -> None:
    """Write via a temporary file in the same directory, then rename over the target. `content`
    may be a stream of strings (an index of a million lines), written as it comes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    pieces = [content] if isinstance(content, (str, bytes)) else content
    try:
        with os.fdopen(handle, "wb") as file:
            for piece in pieces:
                file.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
        os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
