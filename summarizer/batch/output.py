"""Where a batch's results go, written so that a run killed at any instant (SIGKILL included)
loses nothing and duplicates nothing when started again:

    DIR/<id>.json        one brief per article, each written atomically (temp file + rename)
    DIR/<id>.txt         for an HTML article, the text extracted from it, which the spans index
    DIR/.journal.jsonl   one line appended per brief, after its file is in place
    DIR/index.jsonl      every briefed article once, rewritten atomically when a run ends
    DIR/errors.jsonl     the articles that failed in the last run, and why

The journal is the memory of a resumed run: an article whose line is there, with the same text,
and whose file exists, is done. A line torn by a kill is ignored, so its article is simply
briefed again (from the cache, at no model cost)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from summarizer.batch.ledger import Ledger
from summarizer.batch.lock import DirectoryLock
from summarizer.errors import InputError, OutputError
from summarizer.schemas import Brief
from summarizer.source.files import write_atomically

JOURNAL, INDEX, ERRORS = ".journal.jsonl", "index.jsonl", "errors.jsonl"
#: The files of an output directory that are not briefs: an input named so there is refused.
OUTPUT_FILES = (JOURNAL, INDEX, ERRORS)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME = 100


def text_digest(text: str, variant: str = "") -> str:
    """A short fingerprint of an article's text and of how it is briefed (`variant`): a changed
    article, or a run with another model, briefs it again."""
    return hashlib.sha256(f"{variant}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def brief_file_name(item_id: str) -> str:
    """A file name for `item_id` that is safe on every OS and distinct for distinct ids: an id
    that had to be changed to be safe gets a hash of the original appended."""
    safe = _UNSAFE.sub("_", item_id).strip("._")[:_MAX_NAME] or "article"
    if safe != item_id or safe.lower() in (INDEX, ERRORS):
        safe = f"{safe}-{hashlib.sha256(item_id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return f"{safe}.json"


@dataclass
class Finished:
    """One briefed article as the index lists it."""

    id: str
    file: str
    digest: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    cached: bool = False
    meta: dict[str, Any] = field(default_factory=dict)
    text_file: str | None = None

    def as_record(self) -> dict[str, Any]:
        return dict(self.__dict__)


def store_brief(
    directory: Path,
    variant: str,
    item_id: str,
    brief: Brief,
    *,
    text: str | None = None,
    cached: bool = False,
    meta: dict[str, Any] | None = None,
    extracted: bool = False,
) -> Finished:
    """Write one brief's files into `directory` (and, with `extracted`, the text its spans
    index), each atomically, and return the journal entry that will say so. A worker process
    calls this; only the `BatchOutput` that owns the directory journals the entry. A write that
    fails (a full disk) is an `OutputError`, and leaves no file half-written."""
    path = directory / brief_file_name(item_id)
    text_file = None
    try:
        if extracted and text is not None:
            text_file = path.with_suffix(".txt")
            write_atomically(text_file, text)
        write_atomically(path, brief.model_dump_json(indent=2) + "\n")
    except OSError as error:
        raise cannot_write(directory, error) from None
    usage = brief.usage
    return Finished(
        item_id,
        path.name,
        text_digest(text, variant) if text is not None else "",
        usage.prompt_tokens,
        usage.completion_tokens,
        usage.cost_usd,
        cached,
        meta or {},
        text_file.name if text_file else None,
    )


def is_done(directory: Path, variant: str, entry: Finished | None, text: str) -> bool:
    """True when `entry` (an earlier run's journal entry) briefed this very text and its file is
    still there: what a resumed run skips, wherever the check runs (the batch's process, a worker)."""
    return entry is not None and entry.digest == text_digest(text, variant) and (directory / entry.file).is_file()


def cannot_write(directory: Path, error: OSError) -> OutputError:
    """The one line for an output that could not be written (disk full, permission refused)."""
    reason = error.strerror or str(error)
    return OutputError(
        f"--out {directory}: cannot write ({reason}); the finished briefs are kept, "
        "free the space or fix the cause and run the same command again to resume"
    )


class BatchOutput:
    """The output directory of one batch, with what earlier runs into it already finished. It
    holds the directory's lock (see `lock`) from creation until `close`."""

    def __init__(self, directory: str | Path, variant: str = "") -> None:
        self.directory = Path(directory)
        self.variant = variant  # see text_digest
        if self.directory.exists() and not self.directory.is_dir():
            raise InputError(f"--out {directory}: exists and is not a directory")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"--out {directory}: cannot create it ({error.strerror})") from None
        self.lock = DirectoryLock(self.directory)
        try:
            self.lock.acquire()
            self._ledger = self._read_journal()
            self.finished: Mapping[str, Finished] = FinishedBriefs(self._ledger)
            self.failures: list[dict[str, Any]] = []
            self._journal = self._open_journal()
        except OSError as error:
            self.lock.release()
            raise cannot_write(self.directory, error) from None
        except BaseException:
            self.lock.release()
            raise

    def _open_journal(self) -> TextIO:
        journal = (self.directory / JOURNAL).open("a+", encoding="utf-8")
        # A line a full disk or a kill cut short has no newline: end it, or the next line written
        # would be glued to it and lost with it.
        if journal.tell() > 0:
            journal.seek(journal.tell() - 1)
            if journal.read(1) != "\n":
                journal.write("\n")
                journal.flush()
        return journal

    def _read_journal(self) -> Ledger:
        """The journal's entries, streamed into a ledger on disk (see `ledger`)."""
        ledger = Ledger()
        try:
            journal = (self.directory / JOURNAL).open(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ledger
        with journal:
            for line in journal:
                try:
                    entry = Finished(**json.loads(line))
                except (ValueError, TypeError):
                    continue  # the line a kill cut short: its article is briefed again
                ledger.finish(entry.id, json.dumps(entry.as_record()))
        return ledger

    def already_done(self, item_id: str, text: str) -> bool:
        """True when an earlier run briefed this very text and its file is still there."""
        return is_done(self.directory, self.variant, self.finished.get(item_id), text)

    def write_brief(
        self,
        item_id: str,
        brief: Brief,
        *,
        text: str | None = None,
        cached: bool = False,
        meta: dict[str, Any] | None = None,
        extracted: bool = False,
    ) -> Path:
        """Store one brief (see `store_brief`), then journal it, so a journalled brief is always
        a whole file."""
        entry = store_brief(
            self.directory, self.variant, item_id, brief, text=text, cached=cached, meta=meta, extracted=extracted
        )
        self.journal(entry)
        return self.directory / entry.file

    def journal(self, entry: Finished) -> None:
        """Record a brief whose files are in place (written by `store_brief`, here or in a worker)."""
        self.journal_many([entry])

    def journal_many(self, entries: list[Finished]) -> None:
        """Record several briefs with one write: what a worker process reports at once."""
        lines = [json.dumps(entry.as_record()) for entry in entries]
        try:
            self._journal.write("".join(line + "\n" for line in lines))
            self._journal.flush()
        except OSError as error:
            raise cannot_write(self.directory, error) from None
        for entry, line in zip(entries, lines):
            self._ledger.finish(entry.id, line)

    def list_id(self, item_id: str) -> None:
        """Note that the input holds `item_id` next: the index lists articles in this order."""
        self._ledger.list_id(item_id)

    def record_failure(self, item_id: str, reason: str, **details: Any) -> None:
        self.failures.append({"id": item_id, "reason": " ".join(reason.split()), **details})

    def close(self, order: list[str] | None = None) -> None:
        """Write the index, in input order (`list_id`, then `order`; then whatever earlier runs
        finished that this input no longer holds), streamed from the ledger, and the error list;
        the journal stays for the next run's resume."""
        try:
            try:
                self._journal.close()
            except OSError:
                pass  # what could not be flushed is a torn line, briefed again next time
            for item_id in order or ():
                self._ledger.list_id(item_id)
            errors = "".join(json.dumps(failure) + "\n" for failure in self.failures)
            try:
                write_atomically(self.directory / INDEX, (record + "\n" for record in self._ledger.records_in_order()))
                write_atomically(self.directory / ERRORS, errors)
            except OSError as error:
                raise cannot_write(self.directory, error) from None
        finally:
            self._ledger.close()
            self.lock.release()


class FinishedBriefs(Mapping[str, Finished]):
    """The ledger's records read back as journal entries: what an earlier run finished, by id."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def __getitem__(self, item_id: str) -> Finished:
        return Finished(**json.loads(self._ledger[item_id]))

    def __iter__(self) -> Iterator[str]:
        return iter(self._ledger)

    def __len__(self) -> int:
        return len(self._ledger)
