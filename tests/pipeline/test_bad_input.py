"""A corpus of awkward inputs, made here (no binaries are shipped): each gets either a valid,
grounded brief or exactly one `summarizer: error:` line naming the file and the reason, with the
documented exit code, and never a traceback; both as `summarizer brief FILE` and inside one
`summarizer batch DIR` run. Model calls go to the scripted stub server."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer import Brief
from summarizer.cli.main import main
from summarizer.errors import ExitCode
from summarizer.source.article import MAX_ARTICLE_BYTES, read_article
from tests.grounding_checks import assert_grounded
from tests.stub_server import StubServer, draft_reply

ENGLISH = (
    "Harbour Bridge Reopens After Repairs\n\n"
    "The Harbour Bridge reopened on Monday after a $4.5 million repair, Mayor Ana Ruiz said.\n\n"
    "\u201cWe kept our promise to the people of Portmouth,\u201d Ruiz told reporters. About 12,000 vehicles "
    "crossed in the first six hours, according to the Harbour Trust.\n"
)
GERMAN = (
    "Stadtrat beschließt neuen Haushalt für Leipzig\n\n"
    "Der Stadtrat von Leipzig hat am Mittwoch einen Haushalt von 3,5 Millionen Euro beschlossen. "
    "Oberbürgermeister Burkhard Jung sprach von einem „wichtigen Schritt für die ganze Stadt“.\n\n"
    "„Wir investieren vor allem in Schulen und in den Nahverkehr“, sagte Jung nach der Sitzung. "
    "Rund 40 Prozent der Mittel fließen in die Sanierung von Gebäuden, teilte die Verwaltung mit. "
    "Die Opposition kritisierte, dass die Bürgerinnen und Bürger zu spät beteiligt worden seien.\n"
)
# Nothing but one quotation: no attribution, no figures outside it.
LONG_QUOTE = (
    "\u201cWe did not come here to argue about the past, we came to build something that lasts, and every one "
    "of us knows that the work is hard, that the winters are long, that the harbour freezes and the ferries "
    "stop, and still we get up in the morning and open the shops and teach the children and mend the nets, "
    "because this is our town and nobody else is going to save it for us, not the ministry, not the banks, "
    "not the people who visit for a weekend in August and tell us how charming it all is.\u201d\n"
)
NO_QUOTES_OR_FIGURES = (
    "Library extends its opening hours\n\n"
    "The public library on Elm Street will stay open later on weekdays from next month. Staff said the "
    "change follows requests from students who study in the evenings. The reading room, the children's "
    "corner and the local history archive will all be available during the extra hours.\n"
)
HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Bridge reopens | The Ledger</title>
<script>window.track = function () { console.log("analytics loaded"); };</script></head>
<body><nav><a href="/">Home</a> <a href="/subscribe">Subscribe for 99 cents</a></nav>
<main><article><h1>Harbour Bridge reopens after $4.5 million repair</h1>
<p>The Harbour Bridge reopened on Monday after months of repairs that cost $4.5 million, city officials said,
and traffic returned to the waterfront within minutes of the barriers being lifted.</p>
<p>\u201cWe kept our promise to the people of Portmouth,\u201d Mayor Ana Ruiz said at the ceremony, adding that
the city would inspect the structure again next spring.</p>
<p>About 12,000 vehicles crossed in the first six hours, according to the Harbour Trust, which manages the
bridge on behalf of the city and its two neighbouring districts.</p>
</article></main><footer><p>&copy; 2025 The Ledger. All rights reserved.</p></footer></body></html>
"""


def _one_mb_line() -> bytes:
    """1 MiB of news-like prose without a single line break."""
    sentence = (
        "The council approved a $4.5 million budget on Monday, Mayor Ana Ruiz said. \u201cWe will rebuild "
        "the harbour,\u201d Ruiz told reporters in Lisbon. About 1,200 residents attended, according to "
        "the Harbour Trust. "
    )
    data = sentence.encode("utf-8") * (1024 * 1024 // len(sentence.encode("utf-8")) + 1)
    return data[: 1024 * 1024].decode("utf-8", "ignore").rsplit(" ", 1)[0].encode("utf-8") + b"\n"


def _fifty_mb() -> bytes:
    return ENGLISH.replace("\n", " ").encode("utf-8") * (50 * 1024 * 1024 // len(ENGLISH.encode("utf-8")) + 1)


@dataclass(frozen=True)
class Case:
    """One input file; `error` is the fragment its one-line error must hold, None for a brief."""

    name: str
    content: Callable[[], bytes]
    error: str | None = None


CASES = [
    Case("empty.txt", lambda: b"", "the file is empty"),
    Case("whitespace.txt", lambda: b"  \n\t \r\n  \n", "the file is empty"),
    Case("unicode-spaces.txt", lambda: "\u00a0\n\u3000\u2003\n".encode("utf-8"), "the article is empty"),
    Case("report.txt", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF file"),
    Case("photo.md", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "a PNG image"),
    Case(
        "latin1.txt",
        lambda: ENGLISH.replace("\u201c", '"').replace("\u201d", '"').replace("Harbour", "Caf\u00e9").encode("latin-1"),
        "not UTF-8",
    ),
    Case("utf16-no-bom.txt", lambda: ENGLISH.encode("utf-16-le"), "binary file"),
    Case("huge.txt", _fifty_mb, "too large for one article (50.0 MB; the limit is 5 MB); split it"),
    Case("utf16.txt", lambda: ENGLISH.encode("utf-16")),  # with its byte-order mark
    Case("utf16-be.txt", lambda: b"\xfe\xff" + GERMAN.encode("utf-16-be")),
    Case("utf8-bom.txt", lambda: b"\xef\xbb\xbf" + ENGLISH.encode("utf-8")),
    Case("one-line.txt", _one_mb_line),
    Case("page.html", lambda: HTML_PAGE.encode("utf-8")),
    Case("german.txt", lambda: GERMAN.encode("utf-8")),
    Case("long-quote.txt", lambda: LONG_QUOTE.encode("utf-8")),
    Case("plain.txt", lambda: NO_QUOTES_OR_FIGURES.encode("utf-8")),
]
BAD = [case for case in CASES if case.error]
GOOD = [case for case in CASES if not case.error]


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: error: ")
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def assert_spans_index(brief: Brief, text: str) -> None:
    """The grounding invariants, and every span of every section inside the text."""
    assert_grounded(brief, text)
    assert brief.source.characters == len(text)
    for item in [*brief.quotes, *brief.numbers, *brief.who, *brief.where]:
        for start, end in item.spans:
            assert 0 <= start < end <= len(text)


@pytest.fixture
def server():
    with StubServer(lambda request: draft_reply(headline="A headline the article does not support")) as stub:
        yield stub


def test_the_corpus_is_what_the_issue_lists():
    assert len(CASES) == 16 and len(BAD) == 8 and len(GOOD) == 8
    assert len(_fifty_mb()) >= 50 * 1024 * 1024 > MAX_ARTICLE_BYTES
    line = _one_mb_line()
    assert len(line) > 1_000_000 and line.count(b"\n") == 1


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_brief_gives_a_grounded_brief_or_one_line(case, tmp_path, capsys, server):
    path = tmp_path / case.name
    path.write_bytes(case.content())
    started = time.perf_counter()
    code, out, err = run(
        ["brief", path, "--format", "json", "--base-url", server.base_url, "--max-retries", "0"], capsys
    )
    seconds = time.perf_counter() - started
    assert "Traceback" not in err
    if case.error:
        assert code == ExitCode.INPUT, err
        assert out == ""
        assert_one_line_error(err, str(path), case.error)
    else:
        assert code == ExitCode.OK, err
        assert err == ""
        brief = Brief.model_validate_json(out)
        assert_spans_index(brief, read_article(str(path)).text)
        assert brief.headline and brief.source.name == str(path)
        assert any(d.section == "headline" for d in brief.dropped)
    print(f"{case.name}: exit {code} in {seconds:.2f} s")  # shown with -s: the 1 MB line's time


def test_a_batch_briefs_the_good_ones_and_lists_each_bad_one(tmp_path, capsys, server):
    source = tmp_path / "in"
    source.mkdir()
    for case in CASES:
        (source / case.name).write_bytes(case.content())
    out_dir = tmp_path / "out"
    code, out, err = run(
        ["batch", source, "--out", out_dir, "--base-url", server.base_url, "--max-retries", "0", "--no-cache"], capsys
    )
    assert code == ExitCode.SOME_FAILED
    assert "Traceback" not in err
    assert err.strip() == f"summarizer: {len(BAD)} article(s) failed; reasons in {out_dir / 'errors.jsonl'}"
    errors = [json.loads(line) for line in (out_dir / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    reasons = {record["id"]: record["reason"] for record in errors}
    assert len(reasons) == len(errors) == len(BAD)
    for case in BAD:
        reason = reasons[Path(case.name).stem]
        assert case.error in reason and "\n" not in reason and "Traceback" not in reason
    index = {record["id"]: record for record in map(json.loads, (out_dir / "index.jsonl").read_text().splitlines())}
    assert set(index) == {Path(case.name).stem for case in GOOD}
    for case in GOOD:
        brief = Brief.model_validate_json((out_dir / index[Path(case.name).stem]["file"]).read_text(encoding="utf-8"))
        assert_spans_index(brief, read_article(str(source / case.name)).text)
    assert f"failed             {len(BAD)}" in out and f"briefed            {len(GOOD)}" in out


def test_a_jsonl_text_over_the_limit_fails_that_line_only(tmp_path, capsys, server):
    lines = [
        json.dumps({"id": "small", "text": ENGLISH}),
        json.dumps({"id": "big", "text": "word " * (MAX_ARTICLE_BYTES // 5 + 1)}),
        json.dumps({"id": "wide", "text": "\u00e9" * (MAX_ARTICLE_BYTES // 2 + 1)}),  # few characters, many bytes
    ]
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run(
        ["batch", source, "--out", tmp_path / "out", "--base-url", server.base_url, "--max-retries", "0", "--no-cache"],
        capsys,
    )
    assert code == ExitCode.SOME_FAILED and "Traceback" not in err
    errors = {
        record["id"]: record["reason"]
        for record in map(json.loads, (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines())
    }
    assert errors == {
        "big": "line 2: too large for one article (5.0 MB; the limit is 5 MB); split it",
        "wide": "line 3: too large for one article (5.0 MB; the limit is 5 MB); split it",
    }
    assert (tmp_path / "out" / "small.json").exists()


def test_stdin_over_the_limit_is_one_line(capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"word " * (MAX_ARTICLE_BYTES // 5 + 1))))
    code, out, err = run(["brief", "-", "--base-url", "http://127.0.0.1:9/v1"], capsys)
    assert code == ExitCode.INPUT and out == ""
    assert_one_line_error(err, "<stdin>: too large for one article")


def test_the_python_api_refuses_text_over_the_limit():
    from summarizer import InputError, summarize

    with pytest.raises(InputError, match=r"^<text>: too large for one article \(5\.0 MB; the limit is 5 MB\)"):
        summarize("word " * (MAX_ARTICLE_BYTES // 5 + 1), base_url="http://127.0.0.1:9/v1")
