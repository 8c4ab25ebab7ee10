"""The CLI through `main(argv)`: exit codes, one-line errors, output files. Model calls go to a
scripted stub server on 127.0.0.1 so these tests check our code, not a model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import Brief, MergedBrief
from summarizer.cli.main import main
from summarizer.errors import ExitCode
from tests.conftest import SEED_NORTH_KOREA
from tests.stub_server import StubServer, draft_reply


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text("Bridge Reopens\n\nThe Harbour Bridge reopened on Monday, Mayor Ana Ruiz said.\n", encoding="utf-8")
    return path


def _stub_args(server: StubServer) -> list[str]:
    return ["--base-url", server.base_url, "--max-retries", "0"]


@pytest.mark.parametrize(
    "name, content, fragment",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("binary.bin", b"abc\x00\x01\x02def", "binary"),
        ("latin1.txt", "Caf\u00e9 society re-opens".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_inputs_get_one_line_and_exit_2(tmp_path, capsys, name, content, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(["brief", path], capsys)
    assert code == ExitCode.INPUT
    assert out == ""
    assert_one_line_error(err, str(path), fragment)


def test_missing_file_and_directory(tmp_path, capsys):
    code, _, err = run(["brief", tmp_path / "nope.txt"], capsys)
    assert code == ExitCode.INPUT
    assert_one_line_error(err, "no such file")
    code, _, err = run(["brief", tmp_path], capsys)
    assert code == ExitCode.INPUT
    assert_one_line_error(err, "is a directory")


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["brief"], "FILE"),
        (["brief", "x.txt", "--format", "pdf"], "--format"),
        (["frobnicate"], "frobnicate"),
        (["brief", "x.txt", "--temperature", "hot"], "--temperature"),
        (["brief", "x.txt", "--backend", "server"], "--base-url"),
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, argv, fragment):
    code, out, err = run(argv, capsys)
    assert code == ExitCode.INPUT
    assert out == ""
    assert_one_line_error(err, fragment)


def test_schema_prints_the_brief_json_schema(capsys):
    code, out, _ = run(["schema"], capsys)
    assert code == ExitCode.OK
    schema = json.loads(out)
    assert schema["title"] == "Brief"
    assert {"headline", "summary", "what", "who", "where", "numbers", "quotes", "source", "dropped"} <= set(
        schema["properties"]
    )


def test_schema_of_a_merged_note_names_the_sources_of_every_item(capsys):
    code, out, _ = run(["schema", "--merged"], capsys)
    assert code == ExitCode.OK
    schema = json.loads(out)
    assert schema["title"] == "MergedBrief"
    assert {"sources", "summary", "who", "numbers", "quotes"} <= set(schema["properties"])
    assert {"citations", "sources"} <= set(schema["$defs"]["MergedQuote"]["properties"])
    assert set(schema["$defs"]["NumberGroup"]["properties"]["agreement"]["enum"]) == {"single", "agree", "differ"}


def test_brief_prints_markdown_from_a_server(article, capsys):
    reply = draft_reply(headline="Harbour Bridge reopens", summary="The Harbour Bridge reopened on Monday.")
    with StubServer([reply]) as server:
        code, out, err = run(["brief", article, *_stub_args(server)], capsys)
    assert code == ExitCode.OK, err
    assert out.startswith("# Harbour Bridge reopens\n")
    assert "Ana Ruiz" in out


def test_stdin_is_read_with_a_dash(capsys, monkeypatch):
    import io
    import sys

    text = "Bridge Reopens\n\nThe Harbour Bridge reopened on Monday, Mayor Ana Ruiz said.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    with StubServer([draft_reply(summary="The Harbour Bridge reopened on Monday.")]) as server:
        code, out, _ = run(["brief", "-", "--format", "json", *_stub_args(server)], capsys)
    assert code == ExitCode.OK
    assert Brief.model_validate_json(out).source.name == "<stdin>"


def test_a_batch_survives_one_bad_article_and_writes_files(article, tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out_dir = tmp_path / "briefs"
    with StubServer([draft_reply(), draft_reply()]) as server:
        code, out, err = run(
            ["brief", article, bad, SEED_NORTH_KOREA, "--out", out_dir, "--format", "json", *_stub_args(server)], capsys
        )
    assert code == ExitCode.SOME_FAILED
    assert out == ""
    assert_one_line_error(err, "bad.txt", "empty")
    written = sorted(p.name for p in out_dir.iterdir())
    assert written == ["004_3a4610236f4fc0e8.json", "harbour.json"]
    brief = Brief.model_validate_json((out_dir / "harbour.json").read_text())
    assert brief.source.name == str(article)


def test_several_files_as_json_lines(article, capsys):
    with StubServer([draft_reply(), draft_reply()]) as server:
        code, out, _ = run(["brief", article, article, "--format", "json", *_stub_args(server)], capsys)
    assert code == ExitCode.OK
    lines = out.strip().splitlines()
    assert len(lines) == 2 and all(Brief.model_validate_json(line) for line in lines)


def test_unreachable_server_is_exit_3_with_one_line(article, capsys, retry_waits):
    code, out, err = run(["brief", article, "--base-url", "http://127.0.0.1:9/v1", "--timeout", "2"], capsys)
    assert len(retry_waits) == 3  # a refused connection is retried, with backoff, until the attempts run out
    assert code == ExitCode.BACKEND
    assert out == ""
    assert_one_line_error(err, "cannot reach the model server")


def test_inputs_with_the_same_name_do_not_overwrite_each_other(article, tmp_path, capsys):
    twin = tmp_path / "other" / article.name
    twin.parent.mkdir()
    twin.write_text(article.read_text(encoding="utf-8").replace("Monday", "Tuesday"), encoding="utf-8")
    out_dir = tmp_path / "briefs"
    with StubServer([draft_reply(), draft_reply()]) as server:
        code, _, _ = run(["brief", article, twin, "--out", out_dir, *_stub_args(server)], capsys)
    assert code == ExitCode.OK
    assert sorted(p.name for p in out_dir.iterdir()) == ["harbour-2.md", "harbour.md"]
    assert "Tuesday" in (out_dir / "harbour-2.md").read_text()


def test_merge_survives_one_bad_article_and_says_which_is_missing(article, tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    with StubServer([draft_reply(), draft_reply()]) as server:
        code, out, err = run(
            ["brief", article, bad, SEED_NORTH_KOREA, "--merge", "--format", "json", *_stub_args(server)], capsys
        )
    assert code == ExitCode.SOME_FAILED
    assert_one_line_error(err, "bad.txt", "empty")
    note = MergedBrief.model_validate_json(out)
    assert [source.name for source in note.sources] == [str(article), str(SEED_NORTH_KOREA)]
    assert any("could not be briefed" in line and "bad.txt" in line for line in note.notes)


def test_merge_writes_merged_file_into_out_dir(article, tmp_path, capsys):
    out_dir = tmp_path / "notes"
    with StubServer([draft_reply(), draft_reply()]) as server:
        code, out, _ = run(
            ["brief", article, SEED_NORTH_KOREA, "--merge", "--out", out_dir, *_stub_args(server)], capsys
        )
    assert code == ExitCode.OK and out == ""
    assert [p.name for p in out_dir.iterdir()] == ["merged.md"]
    assert "## Sources" in (out_dir / "merged.md").read_text(encoding="utf-8")


def test_html_of_one_article_shows_it_beside_its_note(article, capsys):
    with StubServer([draft_reply()]) as server:
        code, out, _ = run(["brief", article, "--format", "html", *_stub_args(server)], capsys)
    assert code == ExitCode.OK
    assert out.lower().startswith("<!doctype html>")
    assert "The Harbour Bridge reopened on Monday" in out and "Ana Ruiz" in out


def test_html_of_several_articles_needs_merge_or_a_directory(article, tmp_path, capsys):
    code, out, err = run(["brief", article, SEED_NORTH_KOREA, "--format", "html"], capsys)
    assert code == ExitCode.INPUT and out == ""
    assert_one_line_error(err, "--merge", "--out")
    with StubServer([draft_reply(), draft_reply()]) as server:
        code, _, _ = run(
            ["brief", article, SEED_NORTH_KOREA, "--format", "html", "--out", tmp_path / "pages", *_stub_args(server)],
            capsys,
        )
    assert code == ExitCode.OK
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == ["004_3a4610236f4fc0e8.html", "harbour.html"]


def test_merged_sources_show_the_publisher_and_date_a_page_or_a_byline_states(tmp_path, capsys):
    page = tmp_path / "story.html"
    page.write_text(
        '<!DOCTYPE html><html><head><title>Bridge Reopens</title>'
        '<meta property="og:site_name" content="Harbour Herald">'
        '<meta property="article:published_time" content="2026-11-02T08:00:00Z"></head>'
        "<body><article><h1>Bridge Reopens</h1><p>The Harbour Bridge reopened on Monday after two years of "
        "repairs, Mayor Ana Ruiz said at a ceremony attended by hundreds of residents.</p></article></body></html>",
        encoding="utf-8",
    )
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "Bridge open again\n\nBy Tom Lee, Reuters\n\nPORTVILLE (Reuters) - The Harbour Bridge reopened "
        "on Monday, Mayor Ana Ruiz said.\n",
        encoding="utf-8",
    )
    with StubServer([draft_reply(), draft_reply()]) as server:
        code, out, _ = run(["brief", page, wire, "--merge", "--format", "json", *_stub_args(server)], capsys)
    assert code == ExitCode.OK
    sources = MergedBrief.model_validate_json(out).sources
    assert (sources[0].publisher, sources[0].date) == ("Harbour Herald", "2026-11-02")
    assert (sources[1].publisher, sources[1].date) == ("Reuters", None)
