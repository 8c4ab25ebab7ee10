"""One run at a time per output directory: `batch` and `collect` hold `DIR/.lock` while they
write there, and a second run started on the same directory stops at once with one line naming
the first run's process.

A lock rather than cooperation (two runs sharing the articles) because the index and the error
list are rewritten whole when a run ends: two writers would each list only what they saw. Two
runs on one folder is almost always a mistake (a command run twice), and the second run, once the
first has ended, resumes where it stopped at no model cost.

The lock is the kernel's (`flock`), not the file's existence: it is released when its process
ends in any way, SIGKILL included, so the file a killed run leaves behind never blocks the next."""

from __future__ import annotations

import os
import time
from pathlib import Path

from summarizer.errors import OutputError

LOCK = ".lock"

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock; runs there are not guarded
    fcntl = None  # type: ignore[assignment]


class DirectoryLock:
    """The lock on `directory`, taken by `acquire` (or raising `OutputError`), given up by
    `release` or by the end of the process."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / LOCK
        self._fd: int | None = None

    def acquire(self) -> None:
        if fcntl is None:
            return
        # No O_TRUNC: a run that fails to take the lock must not erase the holder's pid.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            by = f" (process {holder})" if holder.isdigit() else ""
            raise OutputError(
                f"--out {self.path.parent}: another summarizer run{by} is writing there; "
                "wait for it to end (then run again to finish what it left) or choose another directory"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        """Give the lock up; the file stays (removing it could race with a run taking it)."""
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None


def _holder(fd: int) -> str:
    """The pid the lock's holder wrote. It writes it just after taking the lock, so a run that
    starts in that instant finds the file empty: it looks again for a moment (a tenth of a
    second at most) rather than name no process."""
    for _ in range(20):
        holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
        if holder.isdigit():
            return holder
        time.sleep(0.005)
    return ""
