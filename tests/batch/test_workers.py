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
