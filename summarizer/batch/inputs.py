"""The articles of a batch: every .txt, .md and .html file under a directory, or the lines of a
JSONL file (`{"id": ..., "text": ..., "meta": {...}}`).

Items are produced lazily, one text in memory at a time, so a batch of a million articles costs
no more memory than a batch of ten. One unreadable file or broken line becomes an item that
carries its error instead of stopping the batch; only an INPUT that cannot be read at all is an
`InputError`."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.batch.ledger import FirstSeen
from summarizer.batch.output import JOURNAL
from summarizer.errors import InputError, SummarizerError
from summarizer.source.article import MAX_ARTICLE_BYTES, Article, text_size, too_large
from summarizer.source.files import open_input

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass
class BatchItem:
    """One article of a batch. `error` is set (and `text` is None) when it could not be read."""

    id: str
    name: str
    text: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    #: True when `text` was extracted from HTML: the brief's spans index it, not the file.
    extracted: bool = False
    #: The article as read from its file (a page's publisher and date included); None for JSONL.
    article: Article | None = None
    #: The file still to read (see `BatchInput.unread`); None once read, and for JSONL.
    path: str | None = None

    def read(self) -> BatchItem:
        """The item with its article read from its file (extracted from HTML, its evidence found):
        CPU work that, with `--workers`, a worker process does rather than the batch's own."""
        if self.path is None:
            return self
        from summarizer.source.article import read_article

        try:
            article = read_article(self.path)
        except SummarizerError as error:
            return BatchItem(self.id, self.name, error=_one_line(error))
        return BatchItem(
            self.id, self.name, text=article.text, extracted=article.extracted_from is not None, article=article
        )

    def source(self) -> Article | str:
        """What to brief: the article read from its file, else the JSONL line's text."""
        assert self.text is not None
        return self.article or self.text


class BatchInput:
    """A batch's source: a directory of article files or a JSONL file, counted up front so
    progress can show an ETA."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            self._files = _article_files(self.path)
            self._ids = _ids_for(self.path, self._files)
            self.total = len(self._files)
        elif self.path.is_file():
            self._files = []
            self.total = _count_lines(self.path)
        else:
            raise InputError(f"{path}: no such file or directory")
        if self.total == 0:
            kinds = ", ".join(ARTICLE_SUFFIXES)
            raise InputError(f"{path}: no articles in it (a directory of {kinds} files, or JSONL lines)")

    def __iter__(self) -> Iterator[BatchItem]:
        return (item.read() for item in self.unread())

    def unread(self) -> Iterator[BatchItem]:
        """The items with their files not read yet (`BatchItem.read` reads one): a batch hands
        them to whoever briefs them, so that reading is spread over the worker processes too."""
        if self.path.is_dir():
            return (BatchItem(item_id, str(file), path=str(file)) for file, item_id in zip(self._files, self._ids))
        return _jsonl_items(self.path)


def _article_files(directory: Path) -> list[Path]:
    """Article files under `directory`, in a stable order. Hidden files and folders are left
    out, and so is a batch's own output folder kept inside it (known by its journal), whose
    extracted .txt files would otherwise come back as articles."""
    try:
        outputs = {journal.parent for journal in directory.rglob(JOURNAL)}
        files = [
            path
            for path in directory.rglob("*")
            if path.suffix.lower() in ARTICLE_SUFFIXES
            and path.is_file()
            and not any(part.startswith(".") for part in path.relative_to(directory).parts)
            and not any(output in path.parents for output in outputs)
        ]
    except OSError as error:
        raise InputError(f"{directory}: cannot list it ({error.strerror})") from None
    return sorted(files)


def _ids_for(directory: Path, files: list[Path]) -> list[str]:
    """An article's id is its path under the directory without the suffix ("politics/vote"),
    unless two files differ only by suffix; then both keep it ("vote.txt", "vote.html")."""
    stems = [file.relative_to(directory).with_suffix("").as_posix() for file in files]
    shared = {stem for stem, count in Counter(stems).items() if count > 1}
    return [file.relative_to(directory).as_posix() if stem in shared else stem for file, stem in zip(files, stems)]


def _count_lines(path: Path) -> int:
    with open_input(path) as file:
        try:
            return sum(1 for line in file if line.strip())
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror})") from None


def _jsonl_items(path: Path) -> Iterator[BatchItem]:
    seen = FirstSeen()  # on disk: a million ids cost no memory
    try:
        with open_input(path) as file:
            for number, raw in enumerate(file, 1):
                if not raw.strip():
                    continue
                item = _jsonl_item(raw, number, path)
                first = seen.first(item.id, number)
                if item.error is None and first != number:
                    item = BatchItem(item.id, item.name, error=f"duplicate id (first on line {first})")
                yield item
    finally:
        seen.close()


def _jsonl_item(raw: bytes, number: int, path: Path) -> BatchItem:
    name = f"{path.name}:{number}"
    fallback_id = f"line-{number}"
    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as error:
        return BatchItem(fallback_id, name, error=f"line {number}: not a JSON object ({_one_line(error)})")
    if not isinstance(record, dict):
        return BatchItem(fallback_id, name, error=f"line {number}: not a JSON object")
    item_id = record.get("id")
    if not isinstance(item_id, (str, int)) or isinstance(item_id, bool) or not str(item_id).strip():
        return BatchItem(fallback_id, name, error=f'line {number}: no "id" (a string or number)')
    item_id = str(item_id)
    text, meta = record.get("text"), record.get("meta") or {}
    if not isinstance(text, str):
        return BatchItem(item_id, name, error=f'line {number}: "text" must be a string')
    if not text.strip():
        return BatchItem(item_id, name, error=f"line {number}: the article is empty")
    size = text_size(text)
    if size > MAX_ARTICLE_BYTES:
        return BatchItem(item_id, name, error=too_large(f"line {number}", size))
    if not isinstance(meta, dict):
        return BatchItem(item_id, name, error=f'line {number}: "meta" must be an object')
    return BatchItem(item_id, item_id, text=text, meta=meta)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
