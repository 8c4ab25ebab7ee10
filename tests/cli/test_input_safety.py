"""No command ever overwrites or deletes an input: an output that would land on one is renamed
(a brief per article) or refused with one line and exit 2 before anything is written (a merged
note, a batch, a request file, collected results). And a multi-file brief reads every input
before the model is asked anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import ExitCode
from tests.cli.test_cli import _stub_args, assert_one_line_error, run
from tests.stub_server import StubServer, draft_reply

STORY = "Bridge Reopens\n\nThe Harbour Bridge reopened on Monday, Mayor Ana Ruiz said.\n"
PAGE = (
    "<!doctype html><html><head><title>Bridge Reopens</title></head><body><article>"
    "<p>The Harbour Bridge reopened on Monday after two years of repairs, Mayor Ana Ruiz said.</p>"
    "</article></body></html>"
)


def test_a_brief_written_beside_its_markdown_input_gets_another_name(tmp_path, capsys):
    notes = tmp_path / "notes"
    notes.mkdir()
    story = notes / "story.md"
    story.write_text(STORY, encoding="utf-8")
    with StubServer([draft_reply()]) as server:
        code, _, err = run(["brief", story, "--out", notes, *_stub_args(server)], capsys)
    assert code == ExitCode.OK, err
    assert story.read_text(encoding="utf-8") == STORY
    assert sorted(p.name for p in notes.iterdir()) == ["story-2.md", "story.md"]
    assert (notes / "story-2.md").read_text(encoding="utf-8").startswith("# ")


def test_an_html_page_briefed_as_html_into_its_own_folder_is_kept(tmp_path, capsys, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with StubServer([draft_reply()]) as server:
        code, _, err = run(["brief", "page.html", "--format", "html", "--out", ".", *_stub_args(server)], capsys)
    assert code == ExitCode.OK, err
    assert page.read_text(encoding="utf-8") == PAGE
    assert (tmp_path / "page-2.html").read_text(encoding="utf-8").lower().startswith("<!doctype html>")


def test_a_merged_note_that_would_replace_an_input_is_refused_before_any_model_call(tmp_path, capsys):
    merged = tmp_path / "merged.md"
    merged.write_text(STORY, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(STORY, encoding="utf-8")
    with StubServer([draft_reply(), draft_reply()]) as server:
        code, out, err = run(["brief", merged, other, "--merge", "--out", tmp_path, *_stub_args(server)], capsys)
        assert server.count == 0
    assert code == ExitCode.INPUT and out == ""
    assert_one_line_error(err, "would overwrite the input")
    assert merged.read_text(encoding="utf-8") == STORY


def test_every_input_of_a_brief_is_checked_before_the_model_is_asked(tmp_path, capsys, retry_waits):
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(STORY, encoding="utf-8")
    empty.write_bytes(b"")
    # The server is down: the run stops at the first model call, after every input was read.
    code, _, err = run(["brief", good, empty, "--base-url", "http://127.0.0.1:9/v1", "--timeout", "2"], capsys)
    assert code == ExitCode.BACKEND
    lines = err.strip().splitlines()
    assert "empty.txt" in lines[0] and "empty" in lines[0]
    assert "cannot reach the model server" in lines[-1]


def test_a_batch_into_its_own_input_directory_is_refused(tmp_path, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(STORY, encoding="utf-8")
    code, _, err = run(["batch", articles, "--out", articles, "--base-url", "http://127.0.0.1:9/v1"], capsys)
    assert code == ExitCode.INPUT
    assert_one_line_error(err, "is the input directory")
    assert sorted(p.name for p in articles.iterdir()) == ["a.txt"]


def test_a_batch_whose_index_would_replace_its_jsonl_input_is_refused(tmp_path, capsys):
    lines = tmp_path / "index.jsonl"
    content = '{"id": "a", "text": "The Harbour Bridge reopened on Monday, Mayor Ana Ruiz said."}\n'
    lines.write_text(content, encoding="utf-8")
    code, _, err = run(["batch", lines, "--out", tmp_path, "--base-url", "http://127.0.0.1:9/v1"], capsys)
    assert code == ExitCode.INPUT
    assert_one_line_error(err, "would overwrite the input")
    assert lines.read_text(encoding="utf-8") == content


@pytest.mark.parametrize("requests_name", ["articles.jsonl", "articles-001.jsonl", "x.jsonl"])
def test_a_request_file_that_would_replace_the_input_is_refused(tmp_path, capsys, requests_name):
    source = tmp_path / requests_name
    content = '{"id": "a", "text": "The Harbour Bridge reopened on Monday, Mayor Ana Ruiz said."}\n'
    source.write_text(content, encoding="utf-8")
    target = {"articles.jsonl": "articles.jsonl", "articles-001.jsonl": "articles.jsonl", "x.jsonl": "x"}[requests_name]
    if requests_name == "x.jsonl":
        manifest_clash = tmp_path / "y.articles.jsonl"
        manifest_clash.write_text(content, encoding="utf-8")
        source, target = manifest_clash, "y.jsonl"
    code, _, err = run(
        ["batch", source, "--openai-batch", tmp_path / target, "--base-url", "http://127.0.0.1:9/v1", "--model", "m"],
        capsys,
    )
    assert code == ExitCode.INPUT
    assert_one_line_error(err, "would overwrite the input")
    assert source.read_text(encoding="utf-8") == content


def test_collect_never_writes_its_index_or_errors_over_a_results_file(tmp_path, capsys):
    results = tmp_path / "errors.jsonl"
    results.write_text("{}\n", encoding="utf-8")
    manifest = tmp_path / "requests.articles.jsonl"
    manifest.write_text("{}\n", encoding="utf-8")
    code, _, err = run(["collect", results, "--out", tmp_path, "--articles", manifest], capsys)
    assert code == ExitCode.INPUT
    assert_one_line_error(err, "would overwrite the input")
    assert results.read_text(encoding="utf-8") == "{}\n"
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["errors.jsonl", "requests.articles.jsonl"]
