"""Turning bytes, a file or a URL into an `Article`: the exact text all spans index, plus what
the rest of the pipeline needs to know about it (title, boilerplate ranges, story text).

Reading is strict on purpose: a brief's spans are only trustworthy if the text we index is the
text the user gave us, so undecodable or binary input is refused with a clear reason instead of
being silently repaired. An HTML page is the exception that proves the rule: its text is the
page's main text as extracted (`html_text`), and spans index that extracted text."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field

from summarizer.errors import InputError
from summarizer.source.boilerplate import find_boilerplate
from summarizer.source.files import read_input
from summarizer.source.html import decode_bytes, extract_text, looks_like_html
from summarizer.source.metadata import SourceMeta, find_source_meta, is_byline, meta_from_html
from summarizer.text.spans import Span

#: The most one article may hold, in bytes (of the file, or of the text encoded as UTF-8). A
#: news article is a few kilobytes; a bigger input is a book, a dump or a log, and the
#: extractors would spend minutes on it, so it is refused before it is read.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

_MIN_TITLE_WORDS, _MAX_TITLE_WORDS = 4, 25
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_HTML_SUFFIXES = (".html", ".htm")
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx/epub?)",
    b"\x1f\x8b": "a gzip archive",
}


@dataclass
class Article:
    """One input article. `text` is never modified: every span in a brief indexes it."""

    text: str
    name: str = "<text>"
    title: str | None = None
    boilerplate: list[Span] = field(default_factory=list)
    extracted_from: str | None = None  # "html" when `text` is the main text extracted from a page
    publisher: str | None = None  # where the article (or its page's metadata) states them
    date: str | None = None

    @classmethod
    def from_text(
        cls, text: str, name: str = "<text>", *, extracted_from: str | None = None, meta: SourceMeta | None = None
    ) -> Article:
        """`meta`: what a page's markup says of it, preferred to what its text says."""
        if not isinstance(text, str):
            raise InputError(f"{name}: expected text (str), got {type(text).__name__}")
        if not text.strip():
            raise InputError(f"{name}: the article is empty")
        check_size(name, text_size(text))
        stated = find_source_meta(text)
        return cls(
            text=text,
            name=name,
            title=_find_title(text),
            boilerplate=find_boilerplate(text),
            extracted_from=extracted_from,
            publisher=(meta and meta.publisher) or stated.publisher,
            date=(meta and meta.date) or stated.date,
        )

    @property
    def word_count(self) -> int:
        return len(_WORD.findall(self.story_text()))

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a boilerplate range, so it may not ground anything."""
        return any(start < b_end and end > b_start for b_start, b_end in self.boilerplate)

    def story_text(self) -> str:
        """The text without boilerplate lines: what the model is shown."""
        pieces, cursor = [], 0
        for start, end in self.boilerplate:
            pieces.append(self.text[cursor:start])
            cursor = end
        pieces.append(self.text[cursor:])
        return re.sub(r"\n{3,}", "\n\n", "".join(pieces)).strip()


def _find_title(text: str) -> str | None:
    """A first line that is short and unpunctuated, followed by a blank line, reads as a title."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not first or not rest.startswith("\n") and rest.strip():
        return None
    words = len(first.split())
    if not _MIN_TITLE_WORDS <= words <= _MAX_TITLE_WORDS or first.endswith((".", ",", ";")):
        return None  # a byline ("CTV Vancouver") or a paragraph, not a headline
    return None if is_byline(first) else first


def text_size(text: str) -> int:
    """How many bytes `text` takes as UTF-8, counted only when it could exceed the limit."""
    if len(text) * 4 <= MAX_ARTICLE_BYTES:  # no character takes more than four bytes
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def check_size(name: str, size: int) -> None:
    """An `InputError` when `size` bytes are more than one article may hold."""
    if size > MAX_ARTICLE_BYTES:
        raise InputError(too_large(name, size))


def too_large(name: str, size: int) -> str:
    """The one-line reason an input of `size` bytes is refused."""
    megabyte = 1024 * 1024
    return (
        f"{name}: too large for one article ({size / megabyte:.1f} MB; "
        f"the limit is {MAX_ARTICLE_BYTES // megabyte} MB); split it"
    )


def decode_article_bytes(data: bytes, name: str) -> str:
    """Decode UTF-8 (or BOM-marked UTF-16) text; refuse binary files with a reason."""
    refuse_binary(data, name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: broken UTF-16 text ({error.reason})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not UTF-8 text (invalid byte at offset {error.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def refuse_binary(data: bytes, name: str) -> None:
    """An `InputError` naming the kind of file when `data` is a PDF, an image, an archive or
    otherwise binary (NUL bytes); BOM-marked UTF-16, whose text holds NULs, passes."""
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: this is {kind}, not a text article")
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:65536]:
        raise InputError(f"{name}: this looks like a binary file, not a text article")


def read_article(path: str) -> Article:
    """Read a file, `-` for standard input, or an http(s) URL into an Article, with one-line errors.

    A file named *.html or *.htm (any case), or whose bytes start like HTML (`<!doctype html`,
    `<html`), and a URL that serves HTML are reduced to the page's main text (`html_text`); the
    Article's `text` is that text, `extracted_from` is "html". `name` is the path, or the URL
    without any `user:password@`. Every failure is an `InputError` (message starting with the
    name): see `decode_article_bytes`, `html_text.extract_text` and `fetch.fetch` for which."""
    if path.lower().startswith(("http://", "https://")):
        return _read_url(path)
    if path == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        _check_file_size(path)
        data, name = read_input(path), path
        if not data.strip():
            raise InputError(f"{path}: the file is empty")
    check_size(name, len(data))  # stdin, and files whose size is not known before reading
    if path.lower().endswith(_HTML_SUFFIXES) or looks_like_html(data):
        return _from_html(data, name)
    return Article.from_text(decode_article_bytes(data, name), name=name)


def _check_file_size(path: str) -> None:
    """Refuse a file over the limit before reading it; a file that cannot be looked at is left
    to `read_input`, which says why."""
    try:
        size = os.stat(path).st_size
    except (OSError, ValueError):
        return
    check_size(path, size)


def _read_url(url: str) -> Article:
    from summarizer.source.fetch import fetch, redact  # httpx2 is only needed when a URL is given

    name = redact(url)
    page = fetch(url)
    if not page.body.strip():
        raise InputError(f"{name}: the page is empty")
    if page.is_html or not page.media_type and looks_like_html(page.body):
        return _from_html(page.body, name, page.charset)
    if page.charset is None:
        return Article.from_text(decode_article_bytes(page.body, name), name=name)
    refuse_binary(page.body, name)
    return Article.from_text(decode_bytes(page.body, name, page.charset), name=name)


def _from_html(data: bytes, name: str, charset: str | None = None) -> Article:
    refuse_binary(data, name)
    return Article.from_text(
        extract_text(data, name, charset), name=name, extracted_from="html", meta=meta_from_html(data)
    )
