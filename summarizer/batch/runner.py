"""Running a batch: every article briefed once, at most N model requests in flight, finished
articles skipped on a resumed run and cached ones served without a model call.

One event loop drives everything. Remote backends share one async client (one connection pool);
the embedded model computes in a worker thread, one article at a time, so the loop stays free to
read, cache and write the others. With `workers` > 1 the articles are read and briefed in worker
processes (`pool`), this loop keeping only the list of articles, the journal and the report.

A failing article is recorded and the batch goes on; only a backend that keeps being unreachable,
or an output that cannot be written (a full disk), stops it, since every later article would fail
the same way, and what was finished stays finished for the next run."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from summarizer.backends.in_flight import limit_requests, unlimit_requests
from summarizer.batch.inputs import BatchInput, BatchItem
from summarizer.batch.output import BatchOutput, Finished
from summarizer.batch.pool import WorkerPool
from summarizer.batch.work import (
    CACHED,
    FAILED,
    RESUMED,
    UNAVAILABLE,
    UNREADABLE,
    UNWRITABLE,
    ArticleResult,
    ArticleWorker,
    articles_in_flight,
)
from summarizer.config import Settings
from summarizer.errors import ExitCode, OutputError
from summarizer.schemas import Usage
from summarizer.storage.cache import BriefCache

# Unreachable-backend failures in a row, with no success between, that stop a batch: one can be
# a slow article's timeout; several in a row is a server that is down or a key that is refused.
UNAVAILABLE_IN_A_ROW_TO_STOP = 3


@dataclass
class BatchReport:
    """What a batch run did; `cost_usd` is None when some model's price is unknown. `retries`
    (transport) and `model_calls` (re-asks included) count the articles briefed in this run."""

    total: int
    done: int = 0
    cached: int = 0
    resumed: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model_calls: int = 0
    retries: int = 0
    cost_usd: float | None = 0.0
    seconds: float = 0.0
    #: Why the run stopped before the end, and the exit code that says so: a backend that keeps
    #: being unreachable (3), an output that cannot be written, a full disk (4).
    stopped: str | None = None
    stop_code: int = ExitCode.BACKEND

    def count_fresh(self, usage: Usage) -> None:
        self.prompt_tokens += usage.prompt_tokens
        self.completion_tokens += usage.completion_tokens
        self.model_calls += usage.model_calls
        self.retries += usage.retries
        cost = usage.cost_usd
        self.cost_usd = None if cost is None or self.cost_usd is None else self.cost_usd + cost


# progress(report, item id, outcome): called after every article.
Progress = Callable[[BatchReport, str, str], None]


async def run_batch(
    source: BatchInput,
    settings: Settings,
    output: BatchOutput,
    *,
    concurrency: int = 4,
    cache: BriefCache | None = None,
    progress: Progress | None = None,
    workers: int = 1,
) -> BatchReport:
    """Brief every article of `source` into `output`; with `workers` > 1, in that many worker
    processes (see `pool`), with the same outputs."""
    report = BatchReport(total=source.total)
    worker = ArticleWorker(settings, output.directory, output.variant, cache)
    pool = None
    if workers > 1:
        cache_dir = cache.directory if cache else None
        pool = WorkerPool(workers, concurrency, settings, output.directory, output.variant, cache_dir)
    runner = _Runner(worker, pool, output, progress, report)
    started = time.perf_counter()
    try:
        await runner.run(source, concurrency)
    finally:
        report.seconds = time.perf_counter() - started
        try:
            await worker.close()
        finally:
            output.close()
    return report


class _Runner:
    def __init__(
        self,
        worker: ArticleWorker,
        pool: WorkerPool | None,
        output: BatchOutput,
        progress: Progress | None,
        report: BatchReport,
    ) -> None:
        self.worker, self.pool, self.output, self.progress, self.report = worker, pool, output, progress, report
        self.unavailable_in_a_row = 0

    async def run(self, source: BatchInput, concurrency: int) -> None:
        if self.pool is not None:
            died = await self.pool.run(self._listed(source), self._settle_many, lambda: self.report.stopped is not None)
            if died and not self.report.stopped:
                self.report.stopped = died  # exit 3: run again to resume
            return
        slots = asyncio.Semaphore(articles_in_flight(self.worker.settings, concurrency))
        in_flight: set[asyncio.Task] = set()
        limit = limit_requests(concurrency)
        try:
            for item, previous in self._listed(source):
                if self.report.stopped:
                    break
                item, result = self.worker.without_model(item, previous)
                if result is not None:
                    self._settle(item, result)
                    continue
                await slots.acquire()
                if self.report.stopped:
                    slots.release()
                    break
                task = asyncio.ensure_future(self._brief(item))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
                task.add_done_callback(lambda _: slots.release())
            await asyncio.gather(*in_flight)
        finally:
            for task in in_flight:
                task.cancel()
            unlimit_requests(limit)

    def _listed(self, source: BatchInput) -> Iterator[tuple[BatchItem, Finished | None]]:
        """The articles, unread, each with what an earlier run finished for it, noted in input
        order for the index."""
        for item in source.unread():
            self.output.list_id(item.id)
            yield item, self.output.finished.get(item.id)

    async def _brief(self, item: BatchItem) -> None:
        self._settle(item, await self.worker.brief(item))

    def _settle_many(self, settled: list[tuple[BatchItem, ArticleResult]]) -> None:
        """Results a worker process sent together: journalled with one write."""
        entries = []
        for item, result in settled:
            if result.entry is not None and result.outcome != RESUMED and self._count(item, result):
                entries.append(result.entry)
            elif result.entry is None:
                self._settle(item, result)
        if not entries:
            return
        try:
            self.output.journal_many(entries)
        except OutputError as error:
            if not self.report.stopped:
                self.report.stopped, self.report.stop_code = str(error), ExitCode.OUTPUT

    def _settle(self, item: BatchItem, result: ArticleResult) -> None:
        """Journal a brief, or record why there is none; stop the batch when nothing after it
        could succeed (a backend down several times in a row, a full disk)."""
        if result.outcome == RESUMED:
            self.report.resumed += 1
            self._tell(item, "already done")
            return
        if result.outcome == UNREADABLE:
            self._fail(item, result.reason)
            return
        if result.outcome == UNAVAILABLE:
            self.unavailable_in_a_row += 1
            self._fail(item, result.reason)
            if self.unavailable_in_a_row >= UNAVAILABLE_IN_A_ROW_TO_STOP and not self.report.stopped:
                self.report.stopped = result.reason
            return
        if result.outcome == UNWRITABLE:
            if not self.report.stopped:
                self.report.stopped, self.report.stop_code = result.reason, ExitCode.OUTPUT
            return
        if result.outcome == FAILED:
            self._fail(item, result.reason)
            return
        assert result.entry is not None
        try:
            self.output.journal(result.entry)
        except OutputError as error:
            if not self.report.stopped:
                self.report.stopped, self.report.stop_code = str(error), ExitCode.OUTPUT
            return
        self._count(item, result)

    def _count(self, item: BatchItem, result: ArticleResult) -> bool:
        """Count a brief whose files are in place (its journal line written or about to be)."""
        assert result.usage is not None
        self.report.done += 1
        if result.outcome == CACHED:
            self.report.cached += 1
            self._tell(item, "cached")
            return True
        self.unavailable_in_a_row = 0
        self.report.count_fresh(result.usage)
        self._tell(item, f"{result.usage.seconds:.1f}s")
        return True

    def _fail(self, item: BatchItem, reason: str) -> None:
        self.output.record_failure(item.id, reason, name=item.name)
        self.report.failed += 1
        self._tell(item, f"failed: {reason}")

    def _tell(self, item: BatchItem, outcome: str) -> None:
        if self.progress is not None:
            self.progress(self.report, item.id, outcome)
