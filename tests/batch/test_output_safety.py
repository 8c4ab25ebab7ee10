"""Two runs on one output folder, a full disk mid-batch and a corrupt cache entry: each ends with
every article exactly once, no file half-written, one line on stderr and an exit code."""

from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from summarizer import Brief
from summarizer.batch.output import JOURNAL, BatchOutput, brief_file_name
from summarizer.config import resolve_settings
from summarizer.errors import ExitCode
from summarizer.schemas.brief import SourceInfo
from summarizer.source import files as source_files
from summarizer.storage.cache import BriefCache, brief_key
from tests.batch.test_batch import index_of, run, stub_args, write_articles
from tests.stub_server import Reply, StubServer, draft_reply


def assert_whole(out_dir: Path, ids: list[str]) -> None:
    """Every article exactly once in the index, every brief file whole, no temporary file."""
    records = index_of(out_dir)
    assert sorted(record["id"] for record in records) == sorted(ids)
    for record in records:
        Brief.model_validate_json((out_dir / record["file"]).read_text(encoding="utf-8"))
    assert sorted(path.name for path in out_dir.iterdir() if path.suffix == ".json") == sorted(
        brief_file_name(item_id) for item_id in ids
    )
    assert not [path for path in out_dir.iterdir() if path.name.endswith(".tmp")]


@pytest.mark.slow  # two batch processes
def test_two_batches_started_together_on_one_folder_one_runs_and_the_other_says_why(tmp_path):
    ids = write_articles(tmp_path / "in", 6)
    out_dir = tmp_path / "out"
    released = threading.Event()

    def held(request: dict) -> Reply:
        # No answer until the test has seen the second run stop: if both ran, neither would end.
        released.wait(timeout=60)
        return draft_reply()

    with StubServer(held) as server:
        command = [sys.executable, "-m", "summarizer", "batch", str(tmp_path / "in"), "--out", str(out_dir)]
        command += [*map(str, stub_args(server, tmp_path / "cache"))]
        runs = [
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
            for _ in range(2)
        ]
        deadline = time.monotonic() + 50
        while time.monotonic() < deadline and all(process.poll() is None for process in runs):
            time.sleep(0.05)
        stopped = next(process for process in runs if process.poll() is not None)
        released.set()
        first = next(process for process in runs if process is not stopped)
        out, err = first.communicate(timeout=60)
        stopped_out, stopped_err = stopped.communicate()
    assert first.returncode == ExitCode.OK, err
    assert stopped.returncode == ExitCode.OUTPUT
    assert stopped_err == (
        f"summarizer: error: --out {out_dir}: another summarizer run (process {first.pid}) is writing there; "
        "wait for it to end (then run again to finish what it left) or choose another directory\n"
    )
    assert stopped_out == ""
    assert len(server.requests) == len(ids)  # the refused run asked the model nothing
    assert_whole(out_dir, ids)


def test_a_lock_left_by_a_killed_run_does_not_block_the_next(tmp_path, capsys):
    ids = write_articles(tmp_path / "in", 2)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from summarizer.batch.lock import DirectoryLock; "
            "DirectoryLock(Path(sys.argv[1])).acquire(); print('held', flush=True); time.sleep(120)",
            str(out_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with StubServer(lambda request: draft_reply()) as server:
            code, _, err = run(["batch", tmp_path / "in", "--out", out_dir, *stub_args(server)], capsys)
            assert code == ExitCode.OUTPUT
            assert f"(process {holder.pid}) is writing there" in err and err.count("\n") == 1
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait()
            assert (out_dir / ".lock").exists()  # the killed run's file is still there...
            code, _, err = run(["batch", tmp_path / "in", "--out", out_dir, *stub_args(server)], capsys)
    finally:
        holder.kill()
        holder.wait()
    assert code == ExitCode.OK, err  # ...and blocks nothing: the kernel released its lock
    assert_whole(out_dir, ids)


class _FullDisk:
    """`os.fdopen` for `write_atomically` on a disk that fills up at the `at`-th file written:
    that write gets half its bytes on disk, then ENOSPC, as does every write after it."""

    def __init__(self, at: int) -> None:
        self.at, self.count = at, 0
        self.real_fdopen = os.fdopen  # patched into `os` itself, so kept from before

    def __call__(self, handle: int, mode: str = "r") -> io.BufferedWriter:
        file = self.real_fdopen(handle, mode)
        self.count += 1
        if self.count < self.at:
            return file
        real_write = file.write

        def write(data: bytes) -> int:
            real_write(data[: len(data) // 2])
            file.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        file.write = write  # type: ignore[method-assign]
        return file


def test_a_full_disk_stops_the_batch_in_one_line_and_the_next_run_finishes(tmp_path, capsys, monkeypatch):
    ids = write_articles(tmp_path / "in", 8)
    out_dir = tmp_path / "out"
    full = _FullDisk(at=4)
    with StubServer(lambda request: draft_reply()) as server:
        argv = ["batch", tmp_path / "in", "--out", out_dir, "--concurrency", "1", *stub_args(server)]
        with monkeypatch.context() as patch:
            patch.setattr(source_files.os, "fdopen", full)
            code, _, err = run(argv, capsys)
        assert code == ExitCode.OUTPUT
        assert err.count("\n") == 1 and err.startswith(f"summarizer: error: --out {out_dir}: cannot write (")
        assert "No space left on device" in err and "run the same command again to resume" in err
        assert not [path for path in out_dir.iterdir() if path.name.endswith(".tmp")]
        written = [path for path in out_dir.iterdir() if path.suffix == ".json"]
        assert len(written) == 3
        for path in written:  # what is there is whole
            Brief.model_validate_json(path.read_text(encoding="utf-8"))
        requests_before = len(server.requests)

        code, out, err = run(argv, capsys)  # the disk has room again
    assert code == ExitCode.OK, err
    assert "already done       3" in out
    assert len(server.requests) - requests_before == 5
    assert_whole(out_dir, ids)


def test_a_journal_line_cut_short_is_briefed_again_and_does_not_swallow_the_next(tmp_path):
    output = BatchOutput(tmp_path)
    brief = Brief(headline="Bridge reopens", summary="It reopened.", source=SourceInfo(name="a.txt"))
    output.write_brief("a", brief, text="A.")
    output.close(["a"])
    journal = tmp_path / JOURNAL
    journal.write_text(journal.read_text() + '{"id": "b", "fi', encoding="utf-8")  # a full disk's torn line
    output = BatchOutput(tmp_path)
    assert set(output.finished) == {"a"}
    output.write_brief("c", brief, text="C.")
    output.close(["a", "c"])
    assert set(BatchOutput(tmp_path).finished) == {"a", "c"}


@pytest.mark.parametrize("corruption", [b'{"headline": "cut', b"\xff\xfe\x00garbage", b"", b"[]"])
def test_a_corrupt_cache_entry_is_a_miss_and_is_replaced(tmp_path, capsys, corruption):
    write_articles(tmp_path / "in", 1)
    cache_dir = tmp_path / "cache"
    with StubServer(lambda request: draft_reply()) as server:
        argv = ["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server, cache_dir)]
        assert run(argv, capsys)[0] == ExitCode.OK
        text = (tmp_path / "in" / "story-000.txt").read_text(encoding="utf-8")
        settings = resolve_settings({"base_url": server.base_url, "max_retries": 0})
        key = brief_key(text, settings)
        [entry] = [path for path in cache_dir.rglob("*.json") if path.stem == key]
        entry.write_bytes(corruption)
        assert BriefCache(cache_dir).get(key) is None
        code, _, err = run([*argv[:3], tmp_path / "again", *argv[4:]], capsys)
    assert code == ExitCode.OK, err
    assert len(server.requests) == 2  # the corrupt entry was a miss: briefed again
    assert BriefCache(cache_dir).get(key) is not None  # and replaced


def test_a_run_that_starts_as_the_holder_takes_the_lock_still_names_it(tmp_path):
    """The holder writes its pid just after taking the lock: a second run in that instant waits
    for it rather than name no process."""
    import fcntl

    from summarizer.batch.lock import LOCK, DirectoryLock
    from summarizer.errors import OutputError

    holder = os.open(tmp_path / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # taken, pid not written yet
    writer = threading.Timer(0.03, lambda: os.write(holder, b"4242\n"))
    writer.start()
    try:
        with pytest.raises(OutputError, match=r"another summarizer run \(process 4242\) is writing there"):
            DirectoryLock(tmp_path).acquire()
    finally:
        writer.join()
        os.close(holder)
