"""The HTML report without a browser: what it escapes, what it links, what it is allowed to load."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest

from summarizer.render.html import to_html
from summarizer.render.html_spans import Segment, segment
from summarizer.schemas import (
    Citation,
    CitedSentence,
    MergedBrief,
    MergedPerson,
    MergedPlace,
    MergedQuote,
    MergedSource,
    NumberGroup,
    SourcedDropped,
    SourcedFigure,
    SourcedText,
)
from tests.browser import TEXTS, sample_brief


class Page(HTMLParser):
    """The parts of a report the tests look at: every element, the script and style, each source
    text as a reader sees it, and which characters of it each item's marks cover."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.texts: dict[str, str] = {}  # section id -> its source text
        self.covered: dict[tuple[str, str], set[int]] = {}  # (section id, item) -> offsets
        self._stack: list[str] = []
        self._raw: str | None = None
        self._section: str | None = None
        self._in_text = 0  # depth inside div.text; 0 outside
        self._items: list[str] = []
        self.feed(document)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in ("script", "style"):
            self._raw = ""
        if tag == "section" and (attributes.get("id") or "").startswith("src-"):
            self._section = attributes["id"]
            self.texts[self._section] = ""
        if self._in_text:
            self._in_text += 1
            if tag == "mark":
                self._items = (attributes.get("data-items") or "").split()
        elif tag == "div" and attributes.get("class") == "text" and self._section:
            self._in_text = 1
        if tag not in ("meta", "link", "br"):
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.scripts.append(self._raw or "")
            self._raw = None
        if tag == "style":
            self.styles.append(self._raw or "")
            self._raw = None
        if self._in_text:
            self._in_text -= 1
            self._items = []
        self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw += data
        if self._in_text and self._section:
            start = len(self.texts[self._section])
            self.texts[self._section] += data
            for item in self._items:
                self.covered.setdefault((self._section, item), set()).update(range(start, start + len(data)))

    def ids(self) -> set[str]:
        return {attributes["id"] for _, attributes in self.elements if attributes.get("id")}

    def find(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [
            attributes
            for name, attributes in self.elements
            if name == tag and all(attributes.get(key.replace("_", "-")) == value for key, value in wanted.items())
        ]


# --- segmenting ------------------------------------------------------------------------------
def test_overlapping_and_nested_spans_are_segmented_at_every_boundary() -> None:
    text = "abcdefghijkl"
    spans = {"outer": [(0, 8)], "crossing": [(5, 11)], "inner": [(2, 4)], "twice": [(2, 6), (3, 5)]}
    assert segment(text, spans) == [
        Segment(0, 2, ("outer",)),
        Segment(2, 3, ("outer", "inner", "twice")),
        Segment(3, 4, ("outer", "inner", "twice")),
        Segment(4, 5, ("outer", "twice")),
        Segment(5, 6, ("outer", "crossing", "twice")),
        Segment(6, 8, ("outer", "crossing")),
        Segment(8, 11, ("crossing",)),
        Segment(11, 12, ()),
    ]


@pytest.mark.parametrize(
    "spans",
    [
        [(-5, 3), (9, 100)],  # past either end: clipped
        [(50, 60), (7, 3), (4, 4), (-9, -1)],  # outside, reversed, empty: left out
        [("2", 5.0), (None, 3), (1,)],  # not pairs of ints: converted or left out
    ],
)
def test_spans_out_of_range_are_clipped_and_text_is_kept_exactly_once(spans: list) -> None:
    text = "0123456789"
    pieces = segment(text, {"item": spans})
    assert "".join(text[piece.start : piece.end] for piece in pieces) == text
    assert all(piece.start < piece.end for piece in pieces)


def test_rendered_source_texts_read_exactly_as_the_articles() -> None:
    texts = ["<b>bold</b> & \"quoted\" 'text' <script>alert(1)</script>\n\n  indented", TEXTS[1]]
    brief = two_source_brief(texts, hostile="")
    page = Page(to_html(brief, texts))
    assert page.texts == {"src-s1": texts[0], "src-s2": texts[1]}


def test_every_item_marks_exactly_its_spans_in_each_source() -> None:
    brief = sample_brief()
    page = Page(to_html(brief, TEXTS))
    items = [
        attributes
        for _, attributes in page.elements
        if "item" in (attributes.get("class") or "").split() and attributes.get("data-item")
    ]
    cited = [
        *brief.summary,
        *brief.what,
        *brief.who,
        *brief.where,
        *brief.when,
        *(figure for group in brief.numbers for figure in group.values),
        *brief.quotes,
    ]
    assert len(items) == len(cited) == 19
    for attributes, thing in zip(items, cited):
        item = attributes["data-item"]
        for citation in thing.citations:
            section = f"src-s{int(citation.source[1:])}"
            expected = {offset for start, end in citation.spans for offset in range(start, end)}
            assert page.covered[(section, item)] == expected, (item, citation)


def test_dates_are_shown_with_their_day_and_what_they_date() -> None:
    page = to_html(sample_brief(), TEXTS)
    when = page[page.index("<h2>When</h2>") : page.index("<h2>Numbers</h2>")]
    assert "on Thursday</a>" in when and "2026-11-19" in when
    assert "Forecasters expect the river to crest on Thursday afternoon" in when


def test_every_link_in_the_note_has_a_target_in_the_document() -> None:
    page = Page(to_html(sample_brief(), TEXTS))
    ids = page.ids()
    links = page.find("a")
    assert len(links) > 30
    for attributes in links:
        href = attributes["href"] or ""
        assert href.startswith("#") and href[1:] in ids, href
        if attributes.get("data-item"):  # lands on a mark of that item
            mark = next(a for tag, a in page.elements if a.get("id") == href[1:])
            assert attributes["data-item"] in (mark.get("data-items") or "").split()


# --- safety ----------------------------------------------------------------------------------
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)><b id="{field}">"\'&amp;'


def two_source_brief(texts: list[str], hostile: str = HOSTILE) -> MergedBrief:
    """A note whose every free-text field carries `hostile` text, tagged with the field's name."""

    def h(field: str) -> str:
        return hostile.replace("{field}", field)

    ids = ["S1" + h("sid1"), "S2" + h("sid2")] if hostile else ["S1", "S2"]

    def cite(index: int, *spans: tuple[int, int]) -> Citation:
        return Citation(source=ids[index], spans=list(spans))

    return MergedBrief(
        headline=h("headline"),
        sources=[
            MergedSource(
                id=ids[i],
                name=h(f"name{i}"),
                title=h(f"title{i}"),
                publisher=h(f"publisher{i}"),
                date=h(f"date{i}"),
                word_count=len(texts[i].split()),
            )
            for i in range(2)
        ],
        summary=[CitedSentence(text=h("summary"), citations=[cite(0, (0, 10)), cite(1, (5, 15))])],
        what=[CitedSentence(text=h("what"), citations=[cite(1, (2, 9))])],
        who=[
            MergedPerson(
                name=h("who"),
                roles=[SourcedText(text=h("role"), source=ids[0])],
                aliases=[h("alias")],
                citations=[cite(0, (3, 8))],
            )
        ],
        where=[MergedPlace(name=h("where"), aliases=[h("place-alias")], citations=[cite(1, (20, 30))])],
        numbers=[
            NumberGroup(
                measures=h("measures"),
                agreement="differ",
                note=h("note"),
                values=[
                    SourcedFigure(
                        value=h("value"), unit=h("unit"), measures=h("figure-measures"), citations=[cite(0, (1, 4))]
                    )
                ],
            )
        ],
        quotes=[
            MergedQuote(
                text=h("quote"),
                speaker=h("speaker"),
                speaker_role=h("speaker-role"),
                citations=[cite(0, (0, 30)), cite(1, (0, 12))],
            )
        ],
        dropped=[SourcedDropped(section="who", content=h("dropped"), reason=h("reason"), source=ids[1])],
        notes=[h("notes")],
    )


HOSTILE_FIELDS = [
    "sid1",
    "sid2",
    "headline",
    "name0",
    "title0",
    "publisher0",
    "date0",
    "name1",
    "title1",
    "publisher1",
    "date1",
    "summary",
    "what",
    "who",
    "role",
    "alias",
    "where",
    "place-alias",
    "measures",
    "note",
    "value",
    "unit",
    "figure-measures",
    "quote",
    "speaker",
    "speaker-role",
    "dropped",
    "reason",
    "notes",
    "article0",
    "article1",
]


def hostile_report() -> tuple[str, list[str]]:
    texts = [HOSTILE.replace("{field}", f"article{i}") + " Then the story goes on for a while." for i in range(2)]
    return to_html(two_source_brief(texts), texts), texts


def test_hostile_text_in_every_field_is_shown_as_text() -> None:
    document, _ = hostile_report()
    page = Page(document)
    assert [tag for tag, _ in page.elements if tag in ("img", "b", "iframe", "object", "embed")] == []
    assert len(page.scripts) == 1 and "alert" not in page.scripts[0]
    assert not [name for _, attributes in page.elements for name in attributes if name.startswith("on")]
    for field in HOSTILE_FIELDS:  # each shown, escaped, at least once
        assert f'&lt;b id=&quot;{field}&quot;&gt;&quot;&#x27;&amp;amp;' in document, field
    assert "<script>alert" not in document and "<img" not in document


def test_hostile_source_ids_never_reach_ids_or_fragments() -> None:
    document, _ = hostile_report()
    page = Page(document)
    for _tag, attributes in page.elements:
        assert re.fullmatch(r"[\w-]*", attributes.get("id") or ""), attributes
        assert re.fullmatch(r"(#[\w-]+|data:,)?", attributes.get("href") or ""), attributes


def test_csp_names_the_hash_of_the_one_inline_script() -> None:
    page = Page(to_html(sample_brief(), TEXTS))
    [policy] = [a["content"] for a in page.find("meta", http_equiv="Content-Security-Policy")]
    [script] = page.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert directives["style-src"] == "'unsafe-inline'"
    assert directives["img-src"] == "data:"
    assert [a for tag, a in page.elements if tag == "script"] == [{}]  # inline, no src


def test_nothing_refers_outside_the_document() -> None:
    document = to_html(sample_brief(), TEXTS)
    page = Page(document)
    for _, attributes in page.elements:
        assert "src" not in attributes
        href = attributes.get("href")
        assert href is None or href.startswith("#") or href == "data:,", href
    css = "".join(page.styles)
    assert "@import" not in css and not re.search(r"url\(", css)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", document)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", document)
    assert "http://" not in document and "https://" not in document


# --- robustness and content ------------------------------------------------------------------
def test_spans_outside_the_text_or_unknown_sources_do_not_crash() -> None:
    texts = ["short text", "another short one"]
    brief = MergedBrief(
        headline="Odd spans",
        sources=[MergedSource(id="S1", name="a"), MergedSource(id="S2", name="b")],
        what=[
            CitedSentence(text="past the end", citations=[Citation(source="S1", spans=[(-10, 5), (8, 500)])]),
            CitedSentence(text="nowhere", citations=[Citation(source="S2", spans=[(100, 200), (6, 2)])]),
            CitedSentence(text="no such source", citations=[Citation(source="S9", spans=[(0, 4)])]),
        ],
    )
    page = Page(to_html(brief, texts))
    assert page.texts == {"src-s1": texts[0], "src-s2": texts[1]}
    assert page.covered[("src-s1", "i0")] == {*range(0, 5), *range(8, len(texts[0]))}
    linked = [a["data-item"] for tag, a in page.elements if tag == "a" and a.get("data-item")]
    assert set(linked) == {"i0"}  # the others have no span in any text: shown, not linked
    assert any("unknown" in (a.get("class") or "") for _, a in page.elements)


def test_texts_must_match_the_sources() -> None:
    with pytest.raises(ValueError, match="2 sources but 1 texts"):
        to_html(sample_brief(), TEXTS[:1])


def test_differing_figures_are_flagged_and_roles_are_grouped() -> None:
    document = to_html(sample_brief(), TEXTS)
    assert document.count('<div class="callout" role="note"><strong>Sources differ</strong>') == 2
    assert "The Gazette says 1,200 residents left their homes; the Courier says about 1,500." in document
    assert document.count("<li>Mayor ") == 1  # one role, both badges
    for heading in (
        "Sources",
        "Summary",
        "What happened",
        "Who",
        "Where",
        "Numbers",
        "Quotes",
        "Dropped (not found in the sources)",
        "Notes",
    ):
        assert f"<h2>{heading}</h2>" in document
