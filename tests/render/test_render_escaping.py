"""Markdown viewers render raw HTML, so the article's text is escaped in a Markdown brief: an
article's `<script>` or `<img onerror=...>` is shown as text. The Markdown is rendered to HTML
with markdown-it-py (CommonMark, raw HTML on, as most viewers have it; installed with rich) and
the visible text must be the article's text, character for character. JSON is data: it keeps the
text as it is."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer import Brief
from summarizer.cli.main import main
from summarizer.errors import ExitCode
from summarizer.render.dispatch import render
from summarizer.schemas import Dropped, NumberItem, Place, Quote, SourceInfo, WhoItem
from tests.stub_server import StubServer, draft_reply

SCRIPT = "<script>alert(1)</script>"
IMAGE = '<img src=x onerror="alert(document.cookie)">'
LINK = "[click here](javascript:alert(1))"
# Text that would become markup, one kind per string; each must come out as itself.
HOSTILE = [
    SCRIPT,
    IMAGE,
    LINK,
    "<!-- hidden -->",
    "<https://evil.example>",
    "&lt;b&gt; and &#60;i&#62;",
    "a \\<script>alert(2)\\</script> escape",
    "`code` and ``more``",
]
# Emphasis is left as the article wrote it: it cannot inject markup, and escaping every `*` and
# `_` would show backslashes in ordinary text ("F***", "A_B").
EMPHASIS = "*not* _emphasis_ ~~struck~~"
# Lines taken from the article that would start a block of their own.
BLOCKS = (
    "# Heading\n> quoted\n- item\n+ item\n---\n1. first\n2024) year\n~~~\nfenced\n~~~\n[x]: javascript:alert(1)\n[x]"
)
# Ordinary news text: it must look the same in a terminal, not one backslash added.
ORDINARY = (
    "AT&T and P&G said profits rose 5% to $1.2 billion, up from < 1% (a 3-2 vote) -- "
    "\u201cF*** that,\u201d he said [sic], #MeToo, C:\\Users\\ana, 10 > 9, A_B_C, 2 * 3 = 6."
)


def _hostile_brief() -> Brief:
    return Brief(
        headline=f"{SCRIPT} Bridge {IMAGE}",
        summary=f"{BLOCKS}\n{SCRIPT}",
        what=[*HOSTILE, EMPHASIS, "# not a heading", "- not a nested item", "[ref]: javascript:alert(1)"],
        who=[
            WhoItem(name=f"Ana {SCRIPT} Ruiz", kind="person", role=IMAGE, spans=[(0, 4)]),
            WhoItem(name=f"{LINK}", kind="organization", spans=[(5, 9)]),
        ],
        where=[Place(name="> Springfield", spans=[(10, 20)]), Place(name=f"1. {IMAGE}", spans=[])],
        numbers=[NumberItem(value="<b>45</b>", unit="<u>", measures=f"voters {SCRIPT}", spans=[(21, 30)])],
        quotes=[
            Quote(
                text=f"We said {SCRIPT}\n# and then\n<img src=y onerror=alert(3)>",
                speaker=f"Ana {IMAGE}",
                speaker_role="<i>Mayor</i>",
                spans=[(31, 40)],
            )
        ],
        source=SourceInfo(name="<svg onload=alert(1)>.txt", title=SCRIPT, word_count=12),
        dropped=[Dropped(section="quotes", content=f"{SCRIPT} {IMAGE}", reason=f"not in the article: {LINK}")],
        notes=[f"{SCRIPT}", "> a note"],
    )


class _Visible(HTMLParser):
    """The tags of a page and the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.add("<!-- comment -->")


def _to_html(markdown: str) -> _Visible:
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark", {"html": True}).render(markdown)  # raw HTML on, as in viewers
    page = _Visible()
    page.feed(html)
    page.close()
    page.html = html  # type: ignore[attr-defined]
    return page


def _words(text: str) -> str:
    return " ".join(text.split())


# The note's own structure: nothing else may appear, whatever the article says.
OUR_TAGS = {"h1", "h2", "p", "em", "strong", "ul", "li", "blockquote", "code"}


def test_no_article_text_survives_as_raw_html_in_the_markdown():
    # Checked without a Markdown library: `<` before a letter, `/`, `!` or `?` is `&lt;`, which every
    # Markdown dialect shows as text (a backslash escape would be CommonMark only).
    markdown = render(_hostile_brief(), "markdown")
    assert not re.search(r"<[A-Za-z/!?]", markdown), markdown
    assert "&lt;script>alert(1)&lt;/script>" in markdown
    assert "&amp;lt;b&amp;gt; and &amp;#60;i&amp;#62;" in markdown  # entities in the article stay as written


def test_the_rendered_markdown_shows_the_article_text_as_text():
    brief = _hostile_brief()
    page = _to_html(render(brief, "markdown"))
    assert page.tags <= OUR_TAGS, page.html
    assert not page.attributes, page.html  # no href, src, onerror, onload
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.html and "<script" not in page.html
    assert "<img" not in page.html and "<a " not in page.html
    shown = _words("".join(page.text))
    expected = [
        brief.headline,
        *HOSTILE,
        "# not a heading",
        "- not a nested item",
        "[ref]: javascript:alert(1)",
        f"Ana {SCRIPT} Ruiz",
        IMAGE,
        LINK,
        "> Springfield",
        f"1. {IMAGE}",
        "<b>45</b>",
        f"voters {SCRIPT}",
        "<i>Mayor</i>",
        f"Ana {IMAGE}",
        "<svg onload=alert(1)>.txt",
        f"not in the article: {LINK}",
        "> a note",
        *brief.quotes[0].text.splitlines(),
        *BLOCKS.splitlines(),
    ]
    for text in expected:
        assert _words(text) in shown, text


def test_lines_from_the_article_open_no_block():
    page = _to_html(render(_hostile_brief(), "markdown"))
    html = page.html  # type: ignore[attr-defined]
    assert html.count("<h1>") == 1  # only the headline's
    assert "<ol" not in html and "<pre" not in html and "<hr" not in html
    assert html.count("<blockquote>") == 1  # only the quotes section
    assert html.count("<li>") == len(HOSTILE) + 4 + 2 + 2 + 1 + 1 + 2  # what, who... one per item, none nested


def test_ordinary_news_text_is_left_as_it_is():
    brief = Brief(
        headline=ORDINARY,
        summary=ORDINARY,
        what=[ORDINARY],
        quotes=[Quote(text=ORDINARY, speaker="Ana Ruiz", spans=[(0, 5)])],
        source=SourceInfo(name="news.txt"),
    )
    markdown = render(brief, "markdown")
    assert markdown.count(ORDINARY) == 4 and "\\" not in markdown.replace("C:\\Users\\ana", "")
    page = _to_html(markdown)
    assert _words(ORDINARY) in _words("".join(page.text))


def test_json_keeps_the_article_text_exactly():
    brief = _hostile_brief()
    data = json.loads(render(brief, "json"))
    assert data["headline"] == brief.headline
    assert data["summary"] == f"{BLOCKS}\n{SCRIPT}"
    assert data["quotes"][0]["text"] == brief.quotes[0].text
    assert data["who"][0]["name"] == f"Ana {SCRIPT} Ruiz"
    assert data["dropped"][0]["content"] == f"{SCRIPT} {IMAGE}"
    assert Brief.model_validate(data) == brief


ARTICLE = (
    "Script Found In Comment Box\n\n"
    "\u201cPasting <script>alert(1)</script> into the box ran it,\u201d said Ana Ruiz, "
    "a researcher at the lab.\n\n"
    "The <img src=x onerror=alert(2)> tag was also accepted, she said.\n"
)


def test_a_hostile_article_briefed_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture):
    article = tmp_path / "hostile.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    reply = draft_reply(
        headline="<img src=x onerror=alert(2)> tag accepted",
        summary="Pasting <script>alert(1)</script> into the box ran it.",
        quotes=[{"text": "Pasting <script>alert(1)</script> into the box ran it", "speaker": "Ana Ruiz"}],
        who=[{"name": "<b>Mallory</b>", "role": ""}],
    )
    with StubServer(lambda request: reply) as server:
        stub = ["--base-url", server.base_url, "--max-retries", "0"]
        assert main(["brief", str(article), *stub]) == ExitCode.OK
        markdown = capsys.readouterr().out
        assert main(["brief", str(article), "--format", "json", *stub]) == ExitCode.OK
        data = json.loads(capsys.readouterr().out)
    quote = next(q for q in data["quotes"] if "<script>" in q["text"])
    assert quote["text"] in ARTICLE and quote["speaker"] == "Ana Ruiz"  # JSON: the article's text as it is
    assert any(d["content"] == "<b>Mallory</b>" for d in data["dropped"])  # not in the article
    assert not re.search(r"<[A-Za-z/!?]", markdown), markdown
    page = _to_html(markdown)
    assert page.tags <= OUR_TAGS and not page.attributes, page.html
    shown = _words("".join(page.text))
    assert _words(quote["text"]) in shown and "<b>Mallory</b>" in shown
