"""What a user running the command expects of a well-made tool: --version, a cache on `brief`
(--cache, --no-cache), -v telling each article's start and end, Markdown fit for a terminal, and
the embedded model's thread count as a setting."""

from __future__ import annotations

import os
import sys
from importlib.metadata import version

import pytest

from summarizer import resolve_settings
from summarizer.backends.embedded import physical_cores
from summarizer.errors import ConfigError, ExitCode
from summarizer.render.markdown_text import escape, for_terminal
from tests.cli.test_cli import _stub_args, run
from tests.stub_server import StubServer, draft_reply


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text("Bridge Reopens\n\nThe Harbour Bridge reopened on Monday, Mayor Ana Ruiz said.\n", encoding="utf-8")
    return path


def test_version(capsys):
    code, out, _ = run(["--version"], capsys)
    assert code == ExitCode.OK
    assert out.strip() == f"summarizer {version('summarizer')}"


def test_brief_is_cached_unless_told_not_to(article, tmp_path, capsys):
    cache = tmp_path / "cache"
    with StubServer(lambda request: draft_reply()) as server:
        first = run(["brief", article, "--format", "json", "--cache", cache, *_stub_args(server)], capsys)
        again = run(["brief", article, "--format", "json", "--cache", cache, *_stub_args(server)], capsys)
        assert server.count == 1  # the second run was served from the cache
        fresh = run(["brief", article, "--format", "json", "--no-cache", *_stub_args(server)], capsys)
        assert server.count == 2
    assert first[0] == again[0] == fresh[0] == ExitCode.OK
    assert first[1] == again[1]
    assert list(cache.rglob("*.json"))


def test_verbose_logs_each_articles_start_and_end(article, capsys):
    with StubServer([draft_reply()]) as server:
        code, _, err = run(["brief", article, "-v", "--no-cache", *_stub_args(server)], capsys)
    assert code == ExitCode.OK
    lines = [line for line in err.splitlines() if str(article) in line]
    assert "briefing" in lines[0] and "words" in lines[0]
    assert "done in" in lines[-1] and "1 model call(s)" in lines[-1] and "0 transport retries" in lines[-1]


def test_markdown_on_a_terminal_shows_plain_text(tmp_path, capsys, monkeypatch):
    path = tmp_path / "tags.txt"
    path.write_text("Parsers <b> and AT&amp; T\n\nThe council voted on Monday to ban <script> tags, the mayor said.\n")
    with StubServer(lambda request: draft_reply()) as server:
        piped = run(["brief", path, "--no-cache", *_stub_args(server)], capsys)[1]
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        shown = run(["brief", path, "--no-cache", *_stub_args(server)], capsys)[1]
    assert "&lt;script>" in piped and "<script>" not in piped
    assert "<script>" in shown and "&lt;" not in shown and "AT&amp; T" in shown


def test_for_terminal_undoes_the_escapes_and_neutralises_control_characters():
    text = "a <b> & &amp; \x1b[31mred\x07"
    shown = for_terminal(escape(text))
    assert shown == "a <b> & &amp; \ufffd[31mred\ufffd"


def test_threads_come_from_the_flag_the_environment_or_the_machine(monkeypatch):
    assert resolve_settings().threads is None
    assert resolve_settings({"threads": 3}).threads == 3
    assert resolve_settings(environ={"SUMMARIZER_THREADS": "2"}).threads == 2
    with pytest.raises(ConfigError, match="SUMMARIZER_THREADS"):
        resolve_settings(environ={"SUMMARIZER_THREADS": "two"})
    with pytest.raises(ConfigError, match="threads"):
        resolve_settings({"threads": 0})
    allowed = len(os.sched_getaffinity(0))
    assert 1 <= physical_cores() <= allowed


def test_a_bad_thread_count_is_one_line(article, capsys):
    code, _, err = run(["brief", article, "--threads", "0"], capsys)
    assert code == ExitCode.INPUT and "--threads" in err and len(err.strip().splitlines()) == 1
