"""Turning bytes or a file into an `Article`: the exact text all spans index, plus what the
rest of the pipeline needs to know about it (title, boilerplate ranges, story text).

Reading is strict on purpose: a brief's spans are only trustworthy if the text we index is the
text the user gave us, so undecodable or binary input is refused with a clear reason instead of
being silently repaired."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from .boilerplate import find_boilerplate
from .errors import InputError
from .files import read_input

Span = tuple[int, int]

_MIN_TITLE_WORDS, _MAX_TITLE_WORDS = 4, 25
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
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

    @classmethod
    def from_text(cls, text: str, name: str = "<text>") -> "Article":
        if not isinstance(text, str):
            raise InputError(f"{name}: expected text (str), got {type(text).__name__}")
        if not text.strip():
            raise InputError(f"{name}: the article is empty")
        return cls(text=text, name=name, title=_find_title(text), boilerplate=find_boilerplate(text))

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
    return first


def decode_article_bytes(data: bytes, name: str) -> str:
    """Decode UTF-8 (or BOM-marked UTF-16) text; refuse binary files with a reason."""
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: this is {kind}, not a text article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: broken UTF-16 text ({error.reason})") from None
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: this looks like a binary file, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not UTF-8 text (invalid byte at offset {error.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def read_article(path: str) -> Article:
    """Read a file (or `-` for standard input) into an Article, with one-line errors."""
    if path == "-":
        return Article.from_text(decode_article_bytes(sys.stdin.buffer.read(), "<stdin>"), "<stdin>")
    data = read_input(path)
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    return Article.from_text(decode_article_bytes(data, path), name=path)
