"""The API key goes to the model server in the Authorization header and nowhere else. With
OPENAI_API_KEY (or --api-key) set to a known fake value, every CLI mode is run, successes and
failures, quiet and with -v/-vv: the key, and its tail in case something masks only part of it,
must be in no output, log record, written file (briefs, index, journal, errors, cache, request
files, manifests) and no cassette. Model calls go to the scripted stub server, which also shows
that the key was really sent, so the test would notice a key that is simply never used; its error
replies echo the key, as some servers and proxies do."""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli.main import main
from summarizer.errors import ExitCode
from tests.conftest import CASSETTE_ROOT, FAKE_KEY
from tests.openai_batch.test_openai_batch import completion, draft, read_jsonl, success, write_jsonl
from tests.stub_server import Reply, StubServer, draft_reply

CASSETTES = CASSETTE_ROOT
# The whole key, its head (a message cut short) and the tail a partly masked key
# ("sk-...cdefFAKE") would still show.
SECRETS = (FAKE_KEY, FAKE_KEY[:16], FAKE_KEY[-8:])
# The CLI stops the libraries' loggers from propagating; the test listens to them directly (the
# openai SDK sends its requests with `httpx2`; the rest, httpcore among them, reach the root logger).
LIBRARY_LOGGERS = ("openai", "httpx", "httpx2", "instructor")
CLOSED_PORT = "http://127.0.0.1:9/v1"

ARTICLE = (
    "Bridge Reopens\n\nThe Harbour Bridge reopened on Monday after repairs costing $1.2 billion.\n\n"
    "\u201cIt is safe again,\u201d Mayor Ana Ruiz said.\n"
)
GOOD = {
    "headline": "Harbour Bridge reopens",
    "summary": "The Harbour Bridge reopened on Monday after repairs.",
    "who": [{"name": "Ana Ruiz", "role": "Mayor"}],
    "numbers": [{"value": "$1.2 billion", "measures": "cost of the repairs"}],
    "quotes": [{"text": "It is safe again", "speaker": "Ana Ruiz"}],
}


def good(request: dict) -> Reply:
    return draft_reply(**GOOD)


def echoing(status: int, padding: int = 0) -> Reply:
    """An error whose message repeats the key it was sent, as some proxies do, and its masked
    form as OpenAI shows it; `padding` moves the key to where a shortened message is cut.
    Retry-After 0 keeps the retries of transient errors fast."""
    return Reply(
        status=status,
        headers={"retry-after": "0"},
        body={
            "error": {
                "message": f"{'.' * padding}Incorrect API key provided: {FAKE_KEY}, that is sk-te****{FAKE_KEY[-8:]}. "
                f"Authorization: Bearer {FAKE_KEY}",
                "type": "invalid_request_error",
                "code": "invalid_api_key",
            }
        },
    )


class Harness:
    """Runs the CLI and, after every run, looks for the key everywhere it could have gone."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture) -> None:
        self.tmp_path, self.capsys, self.caplog = tmp_path, capsys, caplog
        self.cache = tmp_path / "cache"
        self.articles = tmp_path / "articles"
        self.articles.mkdir()
        (self.articles / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
        (self.articles / "politics").mkdir()
        (self.articles / "politics" / "vote.txt").write_text(ARTICLE + "\nThe vote is on Friday.\n", encoding="utf-8")
        self.article = self.articles / "harbour.txt"
        self.runs = 0

    def run(self, *argv: Any, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")))  # restored by monkeypatch
        self.caplog.clear()
        code = main([str(arg) for arg in argv])
        out, err = self.capsys.readouterr()
        self.runs += 1
        where = f"run {self.runs}: summarizer {' '.join(str(arg) for arg in argv)}"
        self.assert_no_secret(out, f"{where}: stdout")
        self.assert_no_secret(err, f"{where}: stderr")
        self.assert_no_secret(self.caplog.text, f"{where}: log")
        for record in self.caplog.records:  # the raw record too: arguments, extras, exceptions
            self.assert_no_secret(repr(record.__dict__), f"{where}: log record {record.name}")
        self.assert_no_secret_in_files(where)
        return code, out, err

    @staticmethod
    def assert_no_secret(text: str | bytes, where: str) -> None:
        data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
        for secret in SECRETS:
            assert secret.encode() not in data, f"the API key ({secret!r}) leaked into {where}"

    def assert_no_secret_in_files(self, where: str) -> None:
        roots = [self.tmp_path, Path(os.environ["XDG_CACHE_HOME"]), CASSETTES]
        for root in roots:
            for directory, _, names in os.walk(root):  # hidden files (.journal.jsonl) included
                for name in names:
                    path = Path(directory, name)
                    self.assert_no_secret(path.read_bytes(), f"{where}: {path}")


@pytest.fixture
def listen(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """caplog at DEBUG for every logger, and attached to the libraries' loggers the CLI silences;
    the loggers the CLI configures are put back afterwards."""
    names = ("summarizer", *LIBRARY_LOGGERS)
    saved = {
        name: (logger.level, logger.propagate, list(logger.handlers))
        for name in names
        for logger in [logging.getLogger(name)]
    }
    caplog.set_level(logging.DEBUG)
    for name in names:
        caplog.set_level(logging.DEBUG, logger=name)
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).addHandler(caplog.handler)
    yield caplog
    for name, (level, propagate, handlers) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.propagate = propagate
        logger.handlers[:] = handlers


@pytest.fixture
def cli(
    tmp_path: Path, capsys: pytest.CaptureFixture, listen: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> Harness:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.chdir(tmp_path)  # a stray file would land where it is searched
    monkeypatch.setattr(sys, "stdin", sys.stdin)
    return Harness(tmp_path, capsys, listen)


def assert_key_was_sent(server: StubServer) -> None:
    assert server.headers, "no request reached the stub server"
    assert all(headers.get("authorization") == f"Bearer {FAKE_KEY}" for headers in server.headers)


# --- every mode, succeeding ----------------------------------------------------------------------


def test_brief_in_every_output_form(cli: Harness, tmp_path: Path):
    with StubServer(good) as server:
        # The first brief is cached (and the cache searched for the key below); the others are
        # made afresh, so each output form makes its own request.
        code, out, _ = cli.run("brief", cli.article, "--base-url", server.base_url, "-v")
        stub = ["--base-url", server.base_url, "--no-cache"]
        assert code == ExitCode.OK and out.startswith("# Harbour Bridge reopens\n")
        code, out, _ = cli.run("brief", cli.article, "--format", "json", *stub, "-vv")
        assert code == ExitCode.OK and json.loads(out)["headline"] == "Harbour Bridge reopens"
        code, out, _ = cli.run(
            "brief",
            cli.article,
            cli.articles / "politics" / "vote.txt",
            "--format",
            "json",
            "--out",
            tmp_path / "briefs",
            *stub,
            "-vv",
        )
        assert code == ExitCode.OK and out == ""
        code, _, _ = cli.run("brief", cli.article, "--out", tmp_path / "notes", *stub)
        assert code == ExitCode.OK
        code, out, _ = cli.run("brief", "-", *stub, "-vv", stdin=ARTICLE)
        assert code == ExitCode.OK and "Ana Ruiz" in out
    assert sorted(path.name for path in (tmp_path / "briefs").iterdir()) == ["harbour.json", "vote.json"]
    assert (tmp_path / "notes" / "harbour.md").is_file()
    assert len(server.headers) == 6
    assert_key_was_sent(server)
    assert any(record.name.startswith("openai") for record in cli.caplog.records), "the SDK's log was not heard"


def test_the_key_given_as_a_flag_is_kept_as_quiet(cli: Harness, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("OPENAI_API_KEY")
    with StubServer(good) as server:
        code, _, _ = cli.run("brief", cli.article, "--base-url", server.base_url, "--api-key", FAKE_KEY, "-vv")
    assert code == ExitCode.OK
    assert_key_was_sent(server)


def test_batch_and_its_rerun_from_the_cache(cli: Harness, tmp_path: Path):
    with StubServer(good) as server:
        stub = ["--base-url", server.base_url, "--cache", cli.cache]
        code, out, _ = cli.run("batch", cli.articles, "--out", tmp_path / "first", *stub, "-vv")
        assert code == ExitCode.OK, out
        calls = len(server.headers)
        code, _, _ = cli.run("batch", cli.articles, "--out", tmp_path / "second", *stub, "-v")
        assert code == ExitCode.OK
        assert len(server.headers) == calls == 2  # the re-run came from the cache
    assert any(cli.cache.rglob("*.json")), "nothing was cached, so nothing was checked"
    assert len(list((tmp_path / "second").glob("*.json"))) == 2
    assert_key_was_sent(server)


def test_openai_batch_requests_manifest_and_collect(cli: Harness, tmp_path: Path):
    requests = tmp_path / "requests.jsonl"
    code, _, err = cli.run("batch", cli.articles, "--openai-batch", requests, "-vv")
    assert code == ExitCode.OK, err
    manifest = tmp_path / "requests.articles.jsonl"
    assert requests.is_file() and manifest.is_file()
    answers = [
        success(line["custom_id"], completion(draft(**GOOD)), number)
        for number, line in enumerate(read_jsonl(requests), 1)
    ]
    results = write_jsonl(tmp_path / "results.jsonl", answers)
    code, _, err = cli.run("collect", results, "--out", tmp_path / "collected", "-vv")
    assert code == ExitCode.OK, err
    assert (tmp_path / "collected" / "harbour.json").is_file()
    # A server's address and a key given as a flag are not recorded either.
    code, _, err = cli.run(
        "batch",
        cli.articles,
        "--openai-batch",
        tmp_path / "vllm.jsonl",
        "--base-url",
        "http://127.0.0.1:8000/v1",
        "--api-key",
        FAKE_KEY,
        "-vv",
    )
    assert code == ExitCode.OK, err


def test_eval_and_its_rerun_from_the_cache(cli: Harness, annotated_seed: Path, tmp_path: Path):
    with StubServer(good) as server:
        stub = ["--base-url", server.base_url, "--cache", cli.cache, "--max-retries", "0"]
        code, out, err = cli.run("eval", annotated_seed, *stub, "--json", tmp_path / "run.json", "-vv")
        assert code == ExitCode.OK, err
        assert out.strip()  # the score table
        calls = len(server.headers)
        code, _, err = cli.run("eval", annotated_seed, *stub, "-v")
        assert code == ExitCode.OK, err
        assert len(server.headers) == calls
    assert_key_was_sent(server)


def test_schema(cli: Harness):
    code, out, _ = cli.run("schema", "-vv")
    assert code == ExitCode.OK and json.loads(out)["title"] == "Brief"


# --- failures ------------------------------------------------------------------------------------


@pytest.mark.parametrize("status, calls", [(401, 1), (403, 1), (400, 1), (429, 4), (500, 4)])
def test_refused_and_failing_requests(cli: Harness, status: int, calls: int):
    with StubServer(lambda request: echoing(status)) as server:
        code, _, err = cli.run("brief", cli.article, "--base-url", server.base_url, "-vv")
    assert err.strip().splitlines()[-1].startswith("summarizer: error: ")
    assert f"HTTP {status}" in err and "Traceback" not in err
    assert code == ExitCode.BACKEND  # `brief` stops at a failing backend
    assert len(server.headers) == calls  # 429 and 5xx were retried until the retries ran out
    assert_key_was_sent(server)


@pytest.mark.parametrize("padding", [0, 60, 75])
def test_a_key_quoted_where_the_message_is_cut_short(cli: Harness, padding: int):
    with StubServer(lambda request: echoing(400, padding)) as server:
        code, _, err = cli.run("brief", cli.article, "--base-url", server.base_url)
    assert code == ExitCode.BACKEND and "HTTP 400: Error code: 400" in err
    assert_key_was_sent(server)


def test_failures_recorded_by_batch_and_eval(cli: Harness, annotated_seed: Path, tmp_path: Path):
    with StubServer(lambda request: echoing(500)) as server:
        stub = ["--base-url", server.base_url, "--no-cache"]
        code, _, _ = cli.run("batch", cli.articles, "--out", tmp_path / "briefs", *stub, "-vv")
        assert code in (ExitCode.SOME_FAILED, ExitCode.BACKEND)
        assert (tmp_path / "briefs" / "errors.jsonl").read_text(encoding="utf-8").strip()
        code, _, _ = cli.run("eval", annotated_seed, *stub, "-vv")
        assert code in (ExitCode.SOME_FAILED, ExitCode.BACKEND)
    with StubServer(lambda request: echoing(401)) as server:
        code, _, _ = cli.run(
            "batch",
            cli.articles,
            "--out",
            tmp_path / "refused",
            "--base-url",
            server.base_url,
            "--api-key",
            FAKE_KEY,
            "--no-cache",
            "-vv",
        )
        assert code in (ExitCode.SOME_FAILED, ExitCode.BACKEND)
    assert_key_was_sent(server)


def test_an_unreachable_server(cli: Harness, retry_waits: list[float]):
    code, _, err = cli.run("brief", cli.article, "--base-url", CLOSED_PORT, "--timeout", "2", "-vv")
    assert code == ExitCode.BACKEND and "cannot reach the model server" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["brief", "missing.txt", "-vv"],
        ["brief", "empty.txt", "--api-key", FAKE_KEY, "-vv"],
        ["batch", "missing-dir", "--out", "briefs", "--api-key", FAKE_KEY, "-vv"],
        ["brief", "empty.txt", "--api-key", FAKE_KEY, "--temperature", "9"],
        ["brief", "empty.txt", "--api-key", FAKE_KEY, "--temperature", "hot"],
        ["collect", "results.jsonl", "--out", "briefs", "--api-key", FAKE_KEY],
        ["schema", f"--api-key={FAKE_KEY}"],
        ["--api-key", FAKE_KEY, "brief", "empty.txt"],
        ["-v", "--api", FAKE_KEY, "brief", "empty.txt"],
        ["brief", "empty.txt", "--api-key"],
        ["eval", "missing.jsonl", "--api-key", FAKE_KEY, "-vv"],
    ],
)
def test_bad_input_and_usage_errors(cli: Harness, tmp_path: Path, argv: list[str]):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = cli.run(*argv)
    assert code in (ExitCode.INPUT, ExitCode.SOME_FAILED) and out == ""
    assert err.startswith("summarizer: error: ") and "Traceback" not in err
