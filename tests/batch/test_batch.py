"""`summarizer batch`: inputs (directory and JSONL), one brief per article plus index and errors,
bounded concurrency, the cache, resume after SIGKILL, token and cost accounting, progress.
Model calls go to a stub server on 127.0.0.1, so these check our code, not a model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from summarizer import Brief
from summarizer.batch.inputs import BatchInput
from summarizer.batch.output import brief_file_name
from summarizer.cli.main import main
from summarizer.errors import ExitCode
from tests.stub_server import Reply, StubServer, draft_reply

REPO = Path(__file__).resolve().parents[2]
CITIES = [
    "Halden",
    "Marlow",
    "Tessaly",
    "Brindon",
    "Oskar",
    "Vennet",
    "Carrow",
    "Duneby",
    "Elsmere",
    "Fairholt",
    "Gorran",
    "Hollin",
]


def news(number: int) -> str:
    """A short news article of our own, different for every number."""
    city = CITIES[number % len(CITIES)]
    return (
        f"{city} Council Approves Budget {number}\n\n"
        f"The {city} council approved a budget of $1.{number} million on Tuesday, Mayor Ana Ruiz said.\n\n"
        f"\u201cThis budget keeps {number + 2} libraries open,\u201d Ruiz said at the meeting.\n"
    )


def write_articles(directory: Path, count: int) -> list[str]:
    directory.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (directory / f"story-{number:03}.txt").write_text(news(number), encoding="utf-8")
    return [f"story-{number:03}" for number in range(count)]


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def index_of(out_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (out_dir / "index.jsonl").read_text(encoding="utf-8").splitlines()]


def errors_of(out_dir: Path) -> dict[str, str]:
    lines = (out_dir / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    errors = {record["id"]: record["reason"] for record in map(json.loads, lines)}
    assert len(errors) == len(lines)
    return errors


def stub_args(server: StubServer, cache: Path | None = None) -> list[str]:
    return ["--base-url", server.base_url, "--max-retries", "0", *(["--cache", cache] if cache else ["--no-cache"])]


def test_a_directory_batch_writes_a_brief_per_article_an_index_and_errors(tmp_path, capsys):
    ids = write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "picture.md").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "in" / "notes.csv").write_text("ignored,because,not an article\n", encoding="utf-8")
    with StubServer(lambda request: draft_reply(headline="Council approves budget")) as server:
        code, out, err = run(["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server)], capsys)
    assert code == ExitCode.SOME_FAILED
    assert [record["id"] for record in index_of(tmp_path / "out")] == ids
    for record in index_of(tmp_path / "out"):
        brief = Brief.model_validate_json((tmp_path / "out" / record["file"]).read_text(encoding="utf-8"))
        text = (tmp_path / "in" / f"{record['id']}.txt").read_text(encoding="utf-8")
        quote = brief.quotes[0]
        assert text[quote.spans[0][0] : quote.spans[0][1]].strip("\u201c\u201d") == quote.text
        assert record["prompt_tokens"] == 100 and record["completion_tokens"] == 20
    errors = errors_of(tmp_path / "out")
    assert set(errors) == {"empty", "picture"}
    assert "empty" in errors["empty"] and "PNG" in errors["picture"]
    assert "articles           5" in out and "failed             2" in out and "briefed            3" in out
    assert err.strip() == f"summarizer: 2 article(s) failed; reasons in {tmp_path / 'out' / 'errors.jsonl'}"


def test_a_jsonl_batch_keeps_meta_and_reports_each_bad_line(tmp_path, capsys):
    lines = [
        json.dumps({"id": "a", "text": news(1), "meta": {"outlet": "Gazette"}}),
        "{not json",
        json.dumps({"text": news(2)}),
        json.dumps({"id": "a", "text": news(3)}),
        json.dumps({"id": 7, "text": news(4)}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps({"id": "list-meta", "text": news(5), "meta": [1]}),
        "",
        json.dumps(["not", "an", "object"]),
    ]
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with StubServer(lambda request: draft_reply()) as server:
        code, out, err = run(["batch", source, "--out", tmp_path / "out", *stub_args(server)], capsys)
    assert code == ExitCode.SOME_FAILED
    index = {record["id"]: record for record in index_of(tmp_path / "out")}
    assert set(index) == {"a", "7"}
    assert index["a"]["meta"] == {"outlet": "Gazette"}
    errors = errors_of(tmp_path / "out")
    assert errors == {
        "line-2": errors["line-2"],
        "line-3": 'line 3: no "id" (a string or number)',
        "a": errors["a"],
        "blank": "line 6: the article is empty",
        "list-meta": 'line 7: "meta" must be an object',
        "line-9": "line 9: not a JSON object",
    }
    assert errors["line-2"].startswith("line 2: not a JSON object")
    assert errors["a"] == "duplicate id (first on line 1)"
    # the first "a" was briefed and stays; the duplicate did not overwrite it
    assert Brief.model_validate_json((tmp_path / "out" / "a.json").read_text()).source.name == "a"


def test_concurrency_is_bounded_by_the_flag(tmp_path, capsys):
    write_articles(tmp_path / "in", 12)
    state = {"now": 0, "most": 0}
    lock = threading.Lock()
    first_four = threading.Barrier(4, timeout=10)

    def answer(request: dict) -> Reply:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
            waiting = state["most"] <= 4 and first_four.n_waiting < 4 and not first_four.broken
        if waiting:
            try:  # hold the first requests until four are in flight at once
                first_four.wait()
            except threading.BrokenBarrierError:
                pass
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        return draft_reply()

    with StubServer(answer) as server:
        code, _, _ = run(
            ["batch", tmp_path / "in", "--out", tmp_path / "out", "--concurrency", 4, *stub_args(server)], capsys
        )
    assert code == ExitCode.OK
    assert state["most"] == 4
    assert len(server.requests) == 12


def test_a_rerun_is_served_from_the_cache_with_zero_model_calls(tmp_path, capsys):
    ids = write_articles(tmp_path / "in", 5)
    cache = tmp_path / "cache"
    with StubServer(lambda request: draft_reply()) as server:
        assert (
            run(["batch", tmp_path / "in", "--out", tmp_path / "first", *stub_args(server, cache)], capsys)[0]
            == ExitCode.OK
        )
        calls = len(server.requests)
        code, out, _ = run(["batch", tmp_path / "in", "--out", tmp_path / "second", *stub_args(server, cache)], capsys)
    assert calls == 5 and len(server.requests) == 5
    assert code == ExitCode.OK and "from the cache     5" in out
    assert [record["id"] for record in index_of(tmp_path / "second")] == ids
    assert all(record["cached"] for record in index_of(tmp_path / "second"))


def test_a_rerun_into_the_same_directory_skips_finished_articles_and_redoes_changed_ones(tmp_path, capsys):
    write_articles(tmp_path / "in", 4)
    with StubServer(lambda request: draft_reply()) as server:
        run(["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server)], capsys)
        (tmp_path / "in" / "story-002.txt").write_text(news(99), encoding="utf-8")
        code, out, _ = run(["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server)], capsys)
    assert code == ExitCode.OK
    assert len(server.requests) == 5  # four, then only the changed one
    assert "already done       3" in out
    assert len(index_of(tmp_path / "out")) == 4


@pytest.mark.slow  # two batch processes, one killed midway
def test_a_batch_killed_with_sigkill_resumes_and_finishes_every_article_exactly_once(tmp_path):
    ids = write_articles(tmp_path / "in", 10)
    out_dir, journal = tmp_path / "out", tmp_path / "out" / ".journal.jsonl"

    def slow(request: dict) -> Reply:
        time.sleep(0.3)
        return draft_reply()

    with StubServer(slow) as server:
        command = [
            sys.executable,
            "-m",
            "summarizer",
            "batch",
            str(tmp_path / "in"),
            "--out",
            str(out_dir),
            "--concurrency",
            "2",
            *map(str, stub_args(server, tmp_path / "cache")),
        ]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not journal.exists() or len(journal.read_text().splitlines()) < 3):
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        finished_before = len(journal.read_text().splitlines())
        assert 3 <= finished_before < 10
        assert not (out_dir / "index.jsonl").exists()  # the index is written only by a run that ends

        again = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert again.returncode == ExitCode.OK, again.stderr
    assert f"already done       {finished_before}" in again.stdout
    records = index_of(out_dir)
    assert sorted(record["id"] for record in records) == ids  # every article exactly once
    for record in records:
        Brief.model_validate_json((out_dir / record["file"]).read_text(encoding="utf-8"))
    assert sorted(path.name for path in out_dir.iterdir() if path.suffix == ".json") == sorted(
        brief_file_name(item_id) for item_id in ids
    )
    assert not [path for path in out_dir.iterdir() if path.name.endswith(".tmp")]
    # Only the articles in flight at the kill were asked for twice.
    assert 10 <= len(server.requests) <= 10 + 2


def test_token_and_cost_accounting_counts_reasks(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(news(1), encoding="utf-8")
    made_up = draft_reply(quotes=[{"text": "We will build a moon base", "speaker": "Ana Ruiz"}])
    with StubServer([made_up, draft_reply()]) as server:
        code, out, _ = run(
            [
                "batch",
                tmp_path / "in",
                "--out",
                tmp_path / "out",
                "--model",
                "gpt-4o-mini",
                "--base-url",
                server.base_url,
                "--max-retries",
                "1",
                "--no-cache",
            ],
            capsys,
        )
    assert code == ExitCode.OK
    brief = Brief.model_validate_json((tmp_path / "out" / "one.json").read_text(encoding="utf-8"))
    assert (brief.usage.model_calls, brief.usage.prompt_tokens, brief.usage.completion_tokens) == (2, 200, 40)
    expected = (200 * 0.15 + 40 * 0.60) / 1_000_000
    assert brief.usage.cost_usd == pytest.approx(expected)
    assert index_of(tmp_path / "out")[0]["cost_usd"] == pytest.approx(expected)
    assert "prompt tokens      200" in out and f"${expected:.4f}" in out


def test_a_price_file_overrides_the_table_and_a_bad_one_is_one_line(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(news(1), encoding="utf-8")
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"house-model": {"input": 1000, "output": 2000}}), encoding="utf-8")
    with StubServer(lambda request: draft_reply()) as server:
        code, out, _ = run(
            [
                "batch",
                tmp_path / "in",
                "--out",
                tmp_path / "out",
                "--model",
                "house-model",
                "--prices",
                prices,
                *stub_args(server),
            ],
            capsys,
        )
    assert code == ExitCode.OK and "$0.1400" in out  # 100 * 1000 + 20 * 2000 per million
    prices.write_text(json.dumps({"house-model": {"input": "cheap"}}), encoding="utf-8")
    code, _, err = run(["batch", tmp_path / "in", "--out", tmp_path / "out", "--prices", prices], capsys)
    assert code == ExitCode.INPUT
    assert err.count("\n") == 1 and "house-model" in err and "Traceback" not in err


def test_an_unknown_model_price_is_reported_as_unknown_not_zero(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(news(1), encoding="utf-8")
    with StubServer(lambda request: draft_reply()) as server:
        _, out, _ = run(["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server)], capsys)
    assert "cost               unknown" in out
    assert index_of(tmp_path / "out")[0]["cost_usd"] is None


def test_a_backend_that_stays_down_stops_the_batch_with_exit_3_and_keeps_what_was_done(tmp_path, capsys, retry_waits):
    write_articles(tmp_path / "in", 6)
    code, out, err = run(
        [
            "batch",
            tmp_path / "in",
            "--out",
            tmp_path / "out",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--timeout",
            "2",
            "--concurrency",
            "1",
            "--no-cache",
        ],
        capsys,
    )
    assert code == ExitCode.BACKEND
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error: stopped: cannot reach the model server")
    assert "run the same command again to resume" in lines[0]
    # Stopped after three in a row, not six: the one other article in flight beside them (two
    # articles per request place, see batch.work.articles_in_flight) ends too, and none starts after.
    assert len(errors_of(tmp_path / "out")) == 4


def test_one_failing_article_does_not_stop_the_others(tmp_path, capsys):
    write_articles(tmp_path / "in", 3)

    def answer(request: dict) -> Reply:
        user = request["messages"][-1]["content"]
        if "Marlow" in user:
            return Reply(status=400, body={"error": {"message": "this one is refused"}})
        return draft_reply()

    with StubServer(answer) as server:
        code, _, _ = run(["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server)], capsys)
    assert code == ExitCode.SOME_FAILED
    assert [record["id"] for record in index_of(tmp_path / "out")] == ["story-000", "story-002"]
    assert "HTTP 400" in errors_of(tmp_path / "out")["story-001"]


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["batch", "missing-dir", "--out", "x"], "missing-dir: no such file or directory"),
        (["batch", "{empty}", "--out", "x"], "no articles in it"),
        (["batch", "{article}", "--concurrency", "0", "--out", "x"], "positive whole number"),
        (["batch", "{article}"], "batch needs --out DIR"),
        (["batch", "{article}", "--out", "{article}"], "exists and is not a directory"),
    ],
)
def test_batch_usage_errors_are_one_line_and_exit_2(tmp_path, capsys, argv, fragment):
    (tmp_path / "empty").mkdir()
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "a", "text": news(1)}) + "\n", encoding="utf-8")
    argv = [part.format(empty=tmp_path / "empty", article=tmp_path / "one.jsonl") for part in argv]
    code, _, err = run(argv, capsys)
    assert code == ExitCode.INPUT
    assert err.count("\n") == 1 and fragment in err and "Traceback" not in err


def test_ids_become_safe_distinct_file_names():
    assert brief_file_name("story-001") == "story-001.json"
    unsafe = [brief_file_name(item_id) for item_id in ("a/b", "a_b", "a:b", "../../etc/passwd", "index", "")]
    assert len(set(unsafe)) == len(unsafe)
    assert all("/" not in name and not name.startswith(".") for name in unsafe)
    assert unsafe[1] == "a_b.json"


def test_directory_ids_keep_the_suffix_only_when_two_files_share_a_stem(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("vote.txt", "vote.html", "other.md", "sub/deep.txt", ".hidden.txt"):
        (tmp_path / name).write_text(news(1), encoding="utf-8")
    assert sorted(item.id for item in BatchInput(tmp_path)) == ["other", "sub/deep", "vote.html", "vote.txt"]


def test_an_output_folder_inside_the_input_folder_is_not_read_back_as_articles(tmp_path, capsys):
    from tests.source.test_html_input import news_page

    ids = write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "tunnel.html").write_text(news_page(), encoding="utf-8")  # leaves briefs/tunnel.txt
    with StubServer(lambda request: draft_reply()) as server:
        for _ in range(2):
            code, out, _ = run(
                ["batch", tmp_path / "in", "--out", tmp_path / "in" / "briefs", *stub_args(server)], capsys
            )
            assert code == ExitCode.OK and "articles           3" in out
    assert (tmp_path / "in" / "briefs" / "tunnel.txt").is_file()
    assert [record["id"] for record in index_of(tmp_path / "in" / "briefs")] == [*ids, "tunnel"]


@pytest.mark.slow  # a second batch in a subprocess on a pseudo-terminal
def test_progress_is_drawn_on_a_terminal_and_absent_otherwise(tmp_path, capsys):
    import pty

    write_articles(tmp_path / "in", 3)
    with StubServer(lambda request: draft_reply()) as server:
        code, out, err = run(["batch", tmp_path / "in", "--out", tmp_path / "piped", *stub_args(server)], capsys)
        assert code == ExitCode.OK and err == "" and "\x1b" not in out

        leader, follower = pty.openpty()
        command = [
            sys.executable,
            "-m",
            "summarizer",
            "batch",
            str(tmp_path / "in"),
            "--out",
            str(tmp_path / "tty"),
            *map(str, stub_args(server)),
        ]
        process = subprocess.Popen(command, stdin=follower, stdout=subprocess.PIPE, stderr=follower, cwd=REPO)
        os.close(follower)
        # Read the terminal while the batch runs: a full terminal buffer would stop its writes.
        chunks: list[bytes] = []
        reader = threading.Thread(target=_read_until_closed, args=(leader, chunks))
        reader.start()
        process.wait(timeout=60)
        reader.join(timeout=10)
        os.close(leader)
        shown = b"".join(chunks)
    assert process.returncode == ExitCode.OK
    assert b"briefing" in shown and b"3/3" in shown and b"0 failed" in shown


def _read_until_closed(leader: int, chunks: list[bytes]) -> None:
    """What a terminal shows, until the last process writing to it has closed it."""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            return
        if not chunk:
            return
        chunks.append(chunk)


@pytest.mark.embedded
def test_the_embedded_model_briefs_a_batch_without_blocking_the_event_loop(tmp_path):
    """While the bundled model computes in its worker thread, the loop keeps ticking."""
    import asyncio

    from summarizer.batch.output import BatchOutput
    from summarizer.batch.runner import run_batch
    from summarizer.config import resolve_settings
    from tests.conftest import SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE

    for seed in (SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")

    async def batch_and_ticker():
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                await asyncio.sleep(0.02)
                ticks += 1

        ticking = asyncio.ensure_future(ticker())
        started = time.perf_counter()
        report = await run_batch(
            BatchInput(tmp_path / "in"), resolve_settings({}), BatchOutput(tmp_path / "out"), concurrency=2
        )
        seconds = time.perf_counter() - started
        ticking.cancel()
        return report, ticks, seconds

    report, ticks, seconds = asyncio.run(batch_and_ticker())
    assert report.done == 2 and report.failed == 0
    assert report.prompt_tokens > 0 and report.cost_usd == 0.0
    assert ticks >= 0.5 * seconds / 0.02, (ticks, seconds)
    assert len(index_of(tmp_path / "out")) == 2


def test_an_html_article_in_a_batch_keeps_the_extracted_text_its_spans_index(tmp_path, capsys):
    from tests.source.test_html_input import CHROME, QUOTE, news_page

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "tunnel.html").write_text(news_page(), encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text(news(1), encoding="utf-8")
    with StubServer(lambda request: draft_reply()) as server:
        code, _, _ = run(["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server)], capsys)
    assert code == ExitCode.OK
    records = {record["id"]: record for record in index_of(tmp_path / "out")}
    assert records["tunnel"]["text_file"] == "tunnel.txt" and records["plain"]["text_file"] is None
    text = (tmp_path / "out" / "tunnel.txt").read_text(encoding="utf-8")
    assert not any(chrome in text for chrome in CHROME)
    brief = Brief.model_validate_json((tmp_path / "out" / "tunnel.json").read_text(encoding="utf-8"))
    spoken = QUOTE.strip("\u201c\u201d,")
    quote = next(quote for quote in brief.quotes if spoken.startswith(quote.text.rstrip(",")))
    start, end = quote.spans[0]
    assert text[start:end].strip("\u201c\u201d") == quote.text


def test_a_rerun_with_another_model_into_the_same_directory_briefs_everything_again(tmp_path, capsys):
    write_articles(tmp_path / "in", 3)
    with StubServer(lambda request: draft_reply()) as server:
        run(["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server)], capsys)
        code, out, _ = run(
            ["batch", tmp_path / "in", "--out", tmp_path / "out", "--model", "bigger", *stub_args(server)], capsys
        )
    assert code == ExitCode.OK and "already done       0" in out
    assert len(server.requests) == 6 and server.requests[-1]["model"] == "bigger"
    assert len(index_of(tmp_path / "out")) == 3


def test_a_batch_keeps_the_publisher_and_date_a_pages_metadata_gives(tmp_path, capsys):
    """The pipeline takes the `Article` the batch read, so a page's og:site_name and published
    time reach its brief, as they do for `summarizer brief page.html` (they used to be lost)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.html").write_text(
        "<!DOCTYPE html><html><head><title>Bridge Reopens</title>"
        '<meta property="og:site_name" content="Harbour Herald">'
        '<meta property="article:published_time" content="2026-11-02T08:00:00Z"></head>'
        "<body><article><h1>Bridge Reopens</h1><p>The Harbour Bridge reopened on Monday after two years of "
        "repairs, Mayor Ana Ruiz said at a ceremony attended by hundreds of residents.</p></article></body></html>",
        encoding="utf-8",
    )
    with StubServer(lambda request: draft_reply()) as server:
        code, _, _ = run(["batch", tmp_path / "in", "--out", tmp_path / "out", *stub_args(server)], capsys)
    assert code == ExitCode.OK
    brief = Brief.model_validate_json((tmp_path / "out" / "story.json").read_text())
    assert (brief.source.publisher, brief.source.date) == ("Harbour Herald", "2026-11-02")
