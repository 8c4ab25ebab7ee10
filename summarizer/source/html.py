"""The main text of an HTML page, as plain text our paragraph logic reads: the page's title on
the first line, a blank line, then the story's paragraphs separated by blank lines. Navigation,
footers, cookie banners, scripts, comments and tables are left out (trafilatura decides what is
the main text).

The extracted text is what a brief's spans index: it is not a substring of the HTML, so spans
cannot point back into the page. Decoding follows what browsers do, strictly: a byte-order mark,
else the charset the server declared, else `<meta charset>`, else UTF-8; bytes that do not decode
are refused rather than repaired, as for text files.

trafilatura (and lxml, dateparser...) are imported only when a page is extracted: importing them
costs time that most runs, which read text files, never need."""

from __future__ import annotations

import codecs
import logging
import re

from summarizer.errors import InputError

__all__ = ["decode_bytes", "decode_html", "extract_text", "looks_like_html"]

# A page whose main text is shorter than this is a navigation bar or a cookie wall, not a story.
MIN_WORDS = 8

# WHATWG: these labels mean windows-1252 on the web (pages declaring latin-1 use its curly quotes).
_WEB_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_BLOCKS = {"p", "head", "list", "item", "quote", "table", "row", "cell", "code", "div"}

# trafilatura logs what it could not parse; without a handler Python would print those warnings
# to stderr, next to our one-line error. Handlers configured by an application still see them.
for _library in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_library).addHandler(logging.NullHandler())


# A fragment of a page saved as text: it opens with a block element and closes paragraphs.
_FRAGMENT_START = re.compile(
    r"<(?:p|div|article|section|main|body|head|header|h[1-6]|blockquote|ul|ol|table|figure|span|meta|title)[\s>/]"
)
_CLOSED_BLOCKS = re.compile(r"</(?:p|div|h[1-6]|li|blockquote)>", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start (after a byte-order mark and whitespace) like an HTML document,
    or like a fragment of one ("<p>...</p>" saved as a .txt): read as text, its tags would be
    briefed as words and a quote inside them missed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = data[:4096].decode("utf-16", errors="ignore")
    else:
        head = data[:4096].decode("utf-8", errors="ignore")
    head = head.lstrip("\ufeff \t\r\n\f").lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return bool(_FRAGMENT_START.match(head)) and len(_CLOSED_BLOCKS.findall(head)) >= 1


def decode_bytes(data: bytes, name: str, charset: str | None = None) -> str:
    """Decode with a byte-order mark, else `charset`, else UTF-8; undecodable bytes are an
    `InputError` (one line, naming the offset and the encoding tried)."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode(data, codec, name)
    return _decode(data, _codec(charset) or "utf-8", name)


def decode_html(data: bytes, name: str, charset: str | None = None) -> str:
    """Decode an HTML page: byte-order mark > `charset` (the HTTP header's) > `<meta charset>` > UTF-8."""
    declared = _codec(charset)
    if declared is None:
        found = _META_CHARSET.search(data[:4096])
        label = found.group(1).decode("ascii").lower() if found else None
        # WHATWG: a UTF-16 label in bytes without a UTF-16 byte-order mark means UTF-8.
        declared = "utf-8" if label and label.startswith("utf-16") else _codec(label)
    return decode_bytes(data, name, declared)


def extract_text(html: bytes | str, name: str, charset: str | None = None) -> str:
    """The title and main text of an HTML page (bytes are decoded with `decode_html`).

    Raises `InputError` (one line, starting with `name`) when the bytes do not decode or the page
    has no article text."""
    page = decode_html(html, name, charset) if isinstance(html, bytes) else html
    # lxml refuses a str that still declares its byte encoding; the bytes are already decoded.
    page = _XML_DECLARATION.sub("", page, count=1)
    if not page.strip():
        raise InputError(f"{name}: the page is empty")
    title, paragraphs = _extract(page, name)
    if title and paragraphs and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the page's <h1> repeats its title
    if sum(len(paragraph.split()) for paragraph in paragraphs) < MIN_WORDS:
        raise InputError(f"{name}: no article text found in this HTML page")
    heading = f"{title}\n\n" if title else ""
    return heading + "\n\n".join(paragraphs) + "\n"


def _extract(page: str, name: str) -> tuple[str | None, list[str]]:
    import trafilatura
    from lxml import etree

    try:
        xml = trafilatura.extract(
            page,
            output_format="xml",
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
        if not xml:
            return None, []
        doc = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    except Exception as error:  # a third-party parser on arbitrary web input: its failure is the page's
        raise InputError(f"{name}: cannot read this HTML page ({type(error).__name__})") from None
    main = doc.find("main")
    title = " ".join((doc.get("title") or "").split()) or None
    return title, [] if main is None else [p for p in _paragraphs(main) if p]


def _paragraphs(element) -> list[str]:
    """Each block of trafilatura's XML as one paragraph; a block holding blocks (a list, a
    blockquote) yields its children's paragraphs, and text between them as paragraphs of its own."""
    if not any(child.tag in _BLOCKS for child in element):
        return [_inline_text(element)]
    found = [_clean(element.text or "")]
    for child in element:
        found += _paragraphs(child) if child.tag in _BLOCKS else [_inline_text(child)]
        found.append(_clean(child.tail or ""))
    return found


def _inline_text(element) -> str:
    """A block's text with its inline markup dropped; `<lb/>` line breaks stay line breaks."""
    return _clean(_raw_text(element))


def _raw_text(element) -> str:
    pieces = ["\n" if element.tag == "lb" else element.text or ""]
    for child in element:
        pieces += [_raw_text(child), child.tail or ""]
    return "".join(pieces)


def _clean(text: str) -> str:
    """Spaces collapsed within each line, empty lines dropped, so a paragraph never holds a blank line."""
    return "\n".join(line for line in (" ".join(raw.split()) for raw in text.split("\n")) if line)


def _same(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label, or None when there is no label or Python knows none."""
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'"))
    except LookupError:
        return None  # an unknown label is ignored, as browsers do
    if not getattr(info, "_is_text_encoding", True):
        return None  # rot13, base64, zlib... are Python codecs, not charsets
    return _WEB_ALIASES.get(info.name, info.name)


def _decode(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        shown = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1252": "windows-1252"}.get(codec, codec)
        raise InputError(
            f"{name}: not {shown} text (invalid byte at offset {error.start}); "
            "the page must declare its charset (HTTP header or <meta charset>)"
        ) from None
