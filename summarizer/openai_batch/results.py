"""Reading an OpenAI Batch API results file back into grounded briefs.

Each line of the output file (and of the error file, which has the same shape) is, as the API
documents it:

    {"id": "batch_req_...", "custom_id": "...", "error": null,
     "response": {"status_code": 200, "request_id": "...", "body": <a chat completion>}}

or carries `"response": null, "error": {"code", "message"}`, or a non-200 `status_code` with an
error body. Lines come in any order, so they are matched to the manifest's articles by custom_id.
Every answer goes through the same validation as `summarize` (instructor and the draft model,
checked against the article) and the same assembly; what fails validation is salvaged as the
live path does after its last re-ask, since a batch answer cannot be re-asked."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarizer.batch.ledger import scratch_database
from summarizer.batch.output import Finished, store_brief
from summarizer.batch.pool import process_context, workers_for
from summarizer.batch.startup import import_pipeline
from summarizer.drafting.job import prepare
from summarizer.drafting.salvage import Outcome
from summarizer.errors import InputError, ModelOutputError, SummarizerError
from summarizer.openai_batch.manifest import BATCH_BACKEND, ArticleRecord
from summarizer.schemas import Brief, Usage
from summarizer.source.files import open_input

#: (article, brief, None) for a briefed article, (article, None, reason) for a failed one, and
#: (None, None, reason) for a problem with the results file itself (a broken line, an unknown id).
Collected = tuple[ArticleRecord | None, Brief | None, str | None]

#: (article, journal entry of its brief, None), (article, None, reason), or (None, None, problem).
Stored = tuple[ArticleRecord | None, Finished | None, str | None]
_Result = TypeVar("_Result", Collected, Stored)

NO_REASK_NOTE = "a batch answer cannot be re-asked: what failed validation was dropped instead of corrected"


@dataclass(frozen=True)
class _Line:
    file: int
    offset: int
    number: int
    ok: bool


class ResultLineIndex:
    """custom_id -> where its chosen result line is, on disk (`batch.ledger.scratch_database`):
    a results file of millions of lines costs no memory. Behaves like the dict it replaces:
    replacing a line keeps the id's place, `leftovers` come in the order ids were first seen."""

    def __init__(self) -> None:
        self._db = scratch_database()
        self._db.executescript(
            "CREATE TABLE lines (custom_id TEXT PRIMARY KEY, file INTEGER, offset INTEGER, number INTEGER, ok INTEGER);"
            "BEGIN;"
        )

    def get(self, custom_id: str) -> _Line | None:
        row = self._db.execute(
            "SELECT file, offset, number, ok FROM lines WHERE custom_id = ?", (custom_id,)
        ).fetchone()
        return None if row is None else _Line(row[0], row[1], row[2], bool(row[3]))

    def put(self, custom_id: str, line: _Line) -> None:
        self._db.execute(
            "INSERT INTO lines VALUES (?, ?, ?, ?, ?) ON CONFLICT (custom_id) DO UPDATE SET "
            "file = excluded.file, offset = excluded.offset, number = excluded.number, ok = excluded.ok",
            (custom_id, line.file, line.offset, line.number, int(line.ok)),
        )

    def pop(self, custom_id: str) -> _Line | None:
        line = self.get(custom_id)
        if line is not None:
            self._db.execute("DELETE FROM lines WHERE custom_id = ?", (custom_id,))
        return line

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM lines").fetchone()[0])

    def leftovers(self) -> Iterator[tuple[str, _Line]]:
        """The lines no article took, then the index is closed."""
        try:
            rows = self._db.execute("SELECT custom_id, file, offset, number, ok FROM lines ORDER BY rowid")
            for custom_id, file, offset, number, ok in rows:
                yield custom_id, _Line(file, offset, number, bool(ok))
        finally:
            self._db.close()


#: One article's result lines, in part order: (custom_id, the parsed line, or None when the
#: results hold no line for it).
ResultLines = list[tuple[str, dict[str, Any] | None]]

# Articles per task of a worker process, and tasks handed out ahead of the one being written:
# enough to keep every worker busy, few enough that memory does not grow with the results file.
_CHUNK = 16
_CHUNKS_AHEAD_PER_WORKER = 3


def collect_results(
    results_paths: str | Path | Iterable[str | Path],
    manifest_path: str | Path,
    *,
    prices: str | None = None,
    workers: int | None = 1,
) -> Iterator[Collected]:
    """Briefs for the articles of `manifest_path` from the results file(s): the output file, and
    the error file if the batch has one. Files are checked before anything is yielded: a missing
    file, or one with no result line at all, is an `InputError`. With `workers` > 1 the
    articles are briefed in that many processes, and yielded in the same order; None sizes the
    pool to the machine and the results (`batch.pool.workers_for`)."""
    return _collect(results_paths, manifest_path, partial(brief_from_lines, prices=prices), workers)


def collect_into(
    results_paths: str | Path | Iterable[str | Path],
    manifest_path: str | Path,
    directory: Path,
    *,
    prices: str | None = None,
    workers: int | None = 1,
) -> Iterator[Stored]:
    """`collect_results`, each brief written into `directory` by whoever made it (a worker
    process writes its own, so rendering is spread too): (article, its journal entry, None),
    (article, None, reason) or (None, None, problem with the results file)."""
    return _collect(results_paths, manifest_path, partial(brief_and_store, prices=prices, directory=directory), workers)


def _collect(
    results_paths: str | Path | Iterable[str | Path],
    manifest_path: str | Path,
    work: Callable[[ArticleRecord, ResultLines], _Result],
    workers: int | None,
) -> Iterator[_Result | tuple[None, None, str]]:
    paths = [Path(results_paths)] if isinstance(results_paths, (str, Path)) else [Path(p) for p in results_paths]
    manifest = Path(manifest_path)
    index, problems = index_results(paths)
    _check_manifest(manifest)
    return _each(paths, manifest, index, problems, work, workers or workers_for(len(index)))


def _each(
    paths: list[Path],
    manifest: Path,
    index: ResultLineIndex,
    problems: list[str],
    work: Callable[[ArticleRecord, ResultLines], _Result],
    workers: int,
) -> Iterator[_Result | tuple[None, None, str]]:
    for problem in problems:
        yield None, None, problem
    if workers > 1:
        # The workers read and parse the result lines themselves: this process only matches them.
        answers = (
            (record, [(custom_id, index.pop(custom_id)) for custom_id in record.custom_ids])
            for record in _records(manifest)
        )
        yield from _in_processes(answers, work, workers, paths)
    else:
        files: list[BinaryIO] = [path.open("rb") for path in paths]
        try:
            for record in _records(manifest):
                lines = _lines([(custom_id, index.pop(custom_id)) for custom_id in record.custom_ids], files)
                yield work(record, lines)
        finally:
            for file in files:
                file.close()
    for custom_id, line in index.leftovers():
        yield None, None, f"{_where(paths, line)}: custom_id {custom_id!r} is not in {manifest.name}"


def _in_processes(
    articles: Iterator[tuple[ArticleRecord, list[tuple[str, _Line | None]]]],
    work: Callable[[ArticleRecord, ResultLines], _Result],
    workers: int,
    paths: list[Path],
) -> Iterator[_Result]:
    """`work` over `articles` in `workers` processes, in order, `_CHUNK` articles to a task (one
    message each way for many articles), with a bounded number ahead (`ProcessPoolExecutor.map`
    would read the whole manifest first)."""
    from concurrent.futures import Future, ProcessPoolExecutor

    ahead: deque[Future[list[_Result]]] = deque()
    chunk: list[tuple[ArticleRecord, list[tuple[str, _Line | None]]]] = []
    context = process_context()
    if context.get_start_method() == "fork":
        import_pipeline()  # loaded once here, shared by every forked worker
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for article in articles:
            chunk.append(article)
            if len(chunk) < _CHUNK:
                continue
            ahead.append(pool.submit(_work_chunk, work, paths, chunk))
            chunk = []
            if len(ahead) >= workers * _CHUNKS_AHEAD_PER_WORKER:
                yield from ahead.popleft().result()
        if chunk:
            ahead.append(pool.submit(_work_chunk, work, paths, chunk))
        while ahead:
            yield from ahead.popleft().result()


def _work_chunk(
    work: Callable[[ArticleRecord, ResultLines], _Result],
    paths: list[Path],
    chunk: list[tuple[ArticleRecord, list[tuple[str, _Line | None]]]],
) -> list[_Result]:
    """In a worker process: each article's result lines read from the files, then `work`."""
    files: list[BinaryIO] = [path.open("rb") for path in paths]
    try:
        return [work(record, _lines(answers, files)) for record, answers in chunk]
    finally:
        for file in files:
            file.close()


def brief_and_store(record: ArticleRecord, lines: ResultLines, prices: str | None, directory: Path) -> Stored:
    """`brief_from_lines`, the brief then written into `directory` (`batch.output.store_brief`):
    `collect`'s whole per-article work, wherever it runs (this process, a worker process, a Dask
    worker). A brief that cannot be written raises `OutputError`."""
    _, brief, reason = brief_from_lines(record, lines, prices)
    if brief is None:
        return record, None, reason
    return record, store_brief(directory, "", record.id, brief, text=record.text, meta=record.meta), None


def _lines(answers: list[tuple[str, _Line | None]], files: list[BinaryIO]) -> ResultLines:
    lines: ResultLines = []
    for custom_id, line in answers:
        if line is None:
            lines.append((custom_id, None))
            continue
        files[line.file].seek(line.offset)
        lines.append((custom_id, json.loads(files[line.file].readline())))
    return lines


def brief_from_lines(record: ArticleRecord, lines: ResultLines, prices: str | None) -> Collected:
    """One article's brief from its result lines: the per-article work of `collect`, whatever
    runs it (this process, a worker process, a Dask worker)."""
    completions, reasons = [], []
    for custom_id, line in lines:
        if line is None:
            reasons.append(f"no result for custom_id {custom_id}")
            continue
        completion, reason = _completion(custom_id, line)
        completions.append(completion)
        if reason:
            reasons.append(reason)
    if reasons:
        return record, None, "; ".join(reasons)
    try:
        return record, _brief(record, completions, prices), None
    except SummarizerError as error:
        return record, None, " ".join(str(error).split())


def _brief(record: ArticleRecord, completions: list[ChatCompletion], prices: str | None) -> Brief:
    """Validate each part's answer as `summarize` does and assemble the brief."""
    job = prepare(record.text, record.name, replace(record.job_settings(), prices=prices))
    response_model = job.request.response_model.__name__
    if job.part_count != len(completions) or response_model != record.response_model:
        raise InputError(
            f"the requests were made by another version of summarizer ({len(completions)} "
            f"{record.response_model} part(s) then, {job.part_count} {response_model} now); "
            "write and submit them again"
        )
    outcomes: list[Outcome] = []
    not_corrected = False
    for part, (custom_id, completion) in enumerate(zip(record.custom_ids, completions)):
        try:
            outcome = job.replay(completion, part)
        except ModelOutputError as error:
            refusal = _refusal(completion)
            raise ModelOutputError(f"{custom_id}: {error}" + (f" (refused: {refusal})" if refusal else "")) from None
        outcomes.append(outcome)
        not_corrected |= bool(outcome.notes) and completion.choices[0].finish_reason != "length"
    usage = Usage(
        backend=BATCH_BACKEND,
        model=record.model,
        model_calls=job.calls.calls,
        prompt_tokens=job.calls.prompt_tokens,
        completion_tokens=job.calls.completion_tokens,
    )
    brief = job.finish(outcomes, usage)
    if not_corrected:
        brief.notes.append(NO_REASK_NOTE)
    return brief


def _completion(custom_id: str, line: dict[str, Any]) -> tuple[Any, str | None]:
    """The chat completion of one result line, or why there is none."""
    error = line.get("error")
    if error:
        return None, f"{custom_id}: {_error_text(error)}"
    response = line.get("response")
    if not isinstance(response, dict):
        return None, f"{custom_id}: no response and no error"
    status, body = response.get("status_code"), response.get("body")
    if status != 200:
        detail = _error_text(body.get("error")) if isinstance(body, dict) and body.get("error") else "no detail"
        return None, f"{custom_id}: HTTP {status}: {detail}"
    try:
        completion = ChatCompletion.model_validate(body)
    except ValidationError as problem:
        return None, f"{custom_id}: the response body is not a chat completion ({problem.error_count()} problem(s))"
    if not completion.choices:
        return None, f"{custom_id}: the chat completion has no choices"
    return completion, None


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        code, message = error.get("code"), error.get("message")
        text = " ".join(str(message or "").split()) or "no message"
        return f"{code}: {text}" if code else text
    return " ".join(str(error).split())


def _refusal(completion: ChatCompletion) -> str | None:
    return getattr(completion.choices[0].message, "refusal", None)


def index_results(paths: list[Path]) -> tuple[ResultLineIndex, list[str]]:
    """Where each custom_id's line is (files can be large: lines are read again when needed),
    and the problems found on the way."""
    index = ResultLineIndex()
    problems: list[str] = []
    for number_of_file, path in enumerate(paths):
        results = seen = 0
        with open_input(path) as file:
            offset = 0
            for number, raw in enumerate(file, 1):
                here, offset = offset, offset + len(raw)
                if not raw.strip():
                    continue
                seen += 1
                where = f"{path.name} line {number}"
                try:
                    data = json.loads(raw)
                except (UnicodeDecodeError, ValueError):
                    problems.append(f"{where}: not valid JSON")
                    continue
                if (
                    not isinstance(data, dict)
                    or not isinstance(data.get("custom_id"), str)
                    or not ({"response", "error"} & data.keys())
                ):
                    problems.append(f"{where}: not a batch result (custom_id with response or error)")
                    continue
                results += 1
                line = _Line(number_of_file, here, number, succeeded(data))
                earlier = index.get(data["custom_id"])
                if earlier is None or (line.ok and not earlier.ok):
                    index.put(data["custom_id"], line)
                if earlier is not None and line.ok and earlier.ok:
                    problems.append(
                        f"{where}: custom_id {data['custom_id']!r} answered again "
                        f"(first at {_where(paths, earlier)}); the first answer is used"
                    )
        if results == 0:
            hint = " (it holds no lines)" if seen == 0 else ""
            raise InputError(
                f"{path}: not a Batch API results file: no line has a custom_id with a response or an error{hint}"
            )
    return index, problems


def succeeded(data: dict[str, Any]) -> bool:
    """Whether a results line is a successful answer (preferred to an error for the same request)."""
    response = data.get("response")
    return not data.get("error") and isinstance(response, dict) and response.get("status_code") == 200


def _where(paths: list[Path], line: _Line) -> str:
    return f"{paths[line.file].name} line {line.number}"


def _check_manifest(manifest: Path) -> None:
    """Before any result is reported: the manifest exists, is ours, and lists an article."""
    records = _records(manifest)
    try:
        next(records)
    except StopIteration:
        raise InputError(f"{manifest}: lists no articles") from None
    finally:
        records.close()


def _records(manifest: Path) -> Generator[ArticleRecord, None, None]:
    try:
        file = manifest.open("rb")
    except FileNotFoundError:
        raise InputError(f"{manifest}: no such file (--articles)") from None
    except OSError as error:
        raise InputError(f"{manifest}: cannot read ({error.strerror})") from None
    with file:
        for number, raw in enumerate(file, 1):
            if raw.strip():
                yield ArticleRecord.from_json(raw, f"{manifest.name} line {number}")
