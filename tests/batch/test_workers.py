"""`batch --workers N`: articles briefed in worker processes give the very outputs one process
gives (the time each brief took aside), through the cache as well as the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.batch.pool import ARTICLES_PER_WORKER, default_workers
from summarizer.batch.work import ArticleWorker
from summarizer.config import resolve_settings
from summarizer.errors import ExitCode
from tests.batch.test_batch import index_of, run, stub_args, write_articles
from tests.stub_server import StubServer, draft_reply


def outputs(out_dir: Path) -> dict[str, object]:
    """Every file a batch wrote, briefs with their timing taken out (it differs run to run)."""
    files: dict[str, object] = {}
    for path in sorted(out_dir.iterdir()):
        if path.name.startswith("."):
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            brief = json.loads(text)
            brief["usage"].pop("seconds")
            files[path.name] = brief
        else:
            files[path.name] = text
    return files


def test_two_workers_write_what_one_process_writes(tmp_path, capsys, monkeypatch):
    ids = write_articles(tmp_path / "in", 12)
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    with StubServer(lambda request: draft_reply(headline="Council approves budget")) as server:
        common = ["--concurrency", "4", *stub_args(server, tmp_path / "cache")]
        one = run(["batch", tmp_path / "in", "--out", tmp_path / "one", "--workers", "1", *common], capsys)
        requests_by_one = len(server.requests)

        async def not_here(*args, **kwargs):
            raise AssertionError("briefed in the batch's own process")

        # The workers are new processes: this patch reaches only the batch's own.
        monkeypatch.setattr(ArticleWorker, "brief", not_here)
        monkeypatch.setattr(ArticleWorker, "from_cache", lambda *args: None)
        two = run(["batch", tmp_path / "in", "--out", tmp_path / "two", "--workers", "2", *stub_args(server)], capsys)
        requests_by_two = len(server.requests) - requests_by_one
        cached = run(["batch", tmp_path / "in", "--out", tmp_path / "cached", "--workers", "2", *common], capsys)
    assert one[0] == two[0] == cached[0] == ExitCode.SOME_FAILED  # the empty file
    assert requests_by_one == requests_by_two == len(ids)
    assert len(server.requests) == 2 * len(ids)  # the third run came from the cache, in the workers
    assert [record["id"] for record in index_of(tmp_path / "two")] == ids
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")
    cached_outputs = outputs(tmp_path / "cached")
    assert {name for name in cached_outputs} == {name for name in outputs(tmp_path / "one")}
    assert all(record["cached"] for record in index_of(tmp_path / "cached"))
    assert "from the cache     12" in cached[1]


@pytest.mark.parametrize(
    ("backend", "articles", "expected"),
    [("server", 10, 1), ("server", ARTICLES_PER_WORKER, 1), ("server", 10**6, None), ("embedded", 10**6, 1)],
)
def test_default_workers_follow_the_machine_and_the_batch(monkeypatch, backend, articles, expected):
    monkeypatch.setattr("summarizer.backends.embedded.physical_cores", lambda: 6)
    options = {"base_url": "http://127.0.0.1:9/v1"} if backend == "server" else {}
    settings = resolve_settings(options, environ={})
    assert settings.resolved_backend == backend
    assert default_workers(settings, articles) == (expected or 6)


def children_of(pid: int) -> set[int]:
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.add(int(stat.parent.name))
    return children


@pytest.mark.slow  # a batch process killed while its workers wait on the model
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_workers_end_when_the_batch_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import threading
    import time

    write_articles(tmp_path / "in", 4)
    released = threading.Event()

    def held(request: dict):
        released.wait(timeout=60)
        return draft_reply()

    with StubServer(held) as server:
        command = [sys.executable, "-m", "summarizer", "batch", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
        process = subprocess.Popen([*command, "--workers", "2", *map(str, stub_args(server))], cwd=tmp_path)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.count < 2:
            time.sleep(0.05)
        workers = children_of(process.pid)
        assert len(workers) >= 2  # the two workers (a resource tracker may be there too)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        released.set()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
            time.sleep(0.1)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in alive:  # do not leave them behind if the test fails
        os.kill(pid, signal.SIGKILL)
    assert not alive


def test_a_worker_that_dies_stops_the_batch_and_the_next_run_finishes(tmp_path, capsys):
    import multiprocessing
    import os
    import signal
    import threading

    ids = write_articles(tmp_path / "in", 12)
    killed = threading.Event()

    def kill_a_worker_once(request: dict):
        if not killed.is_set():
            killed.set()
            [worker] = [child for child in multiprocessing.active_children() if child.name == "summarizer-worker-0"]
            assert worker.pid is not None
            os.kill(worker.pid, signal.SIGKILL)  # as the OOM killer would, with an article in flight in it
        return draft_reply()

    argv = ["batch", tmp_path / "in", "--out", tmp_path / "out", "--workers", "2", "--concurrency", "4"]
    with StubServer(kill_a_worker_once) as server:
        code, _, err = run([*argv, *stub_args(server)], capsys)
        assert code == ExitCode.BACKEND
        assert "stopped: worker process died (exit code -9)" in err and "run the same command again" in err
        code, out, err = run([*argv, *stub_args(server)], capsys)
    assert code == ExitCode.OK, err
    assert [record["id"] for record in index_of(tmp_path / "out")] == ids
    assert "already done       0" not in out  # the first run's briefs were kept


def test_the_result_reader_ends_when_told_not_at_its_next_liveness_check(tmp_path):
    """The pool's reader thread waits on the results queue up to a second at a time to look
    whether a worker died; at the end of a batch it is woken by a None on the queue, so the
    command does not sit out that second. The results sent before the None are still settled."""
    import asyncio
    import queue
    import threading

    from summarizer.batch.pool import WorkerPool

    pool = WorkerPool(2, 4, resolve_settings({}), tmp_path, "brief", None)
    results: queue.Queue = queue.Queue()
    results.put((0, [], True))
    results.put(None)
    settled: list[tuple] = []
    loop = asyncio.new_event_loop()
    try:
        loop.call_soon_threadsafe = lambda callback, *args: settled.append(args)  # type: ignore[method-assign]
        raised: list[BaseException] = []

        def read() -> None:
            try:
                pool._read_results(loop, results, [], threading.Event())
            except BaseException as error:
                raised.append(error)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(timeout=30)  # never told to close: without the None it would wait for ever
        assert not reader.is_alive()
    finally:
        loop.close()
    assert raised == []
    assert settled == [(0, [], True)]
