"""Running a batch: every article briefed once, at most N model requests in flight, finished
articles skipped on a resumed run and cached ones served without a model call.

One event loop drives everything. Remote backends share one async client (one connection pool);
the embedded model computes in a worker thread, one article at a time, so the loop stays free to
read, cache and write the others. A failing article is recorded and the batch goes on; only a
backend that keeps being unreachable stops it, since every later article would fail the same way,
and what was finished stays finished for the next run."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from summarizer.batch.inputs import BatchInput, BatchItem
from summarizer.batch.output import BatchOutput
from summarizer.config import Settings
from summarizer.errors import BackendUnavailable, ExitCode, OutputError
from summarizer.schemas import Brief
from summarizer.storage.cache import BriefCache, brief_key

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

    def count_fresh(self, brief: Brief) -> None:
        usage = brief.usage
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
) -> BatchReport:
    """Brief every article of `source` into `output`."""
    runner = _Runner(settings, output, cache, progress, BatchReport(total=source.total))
    started = time.perf_counter()
    try:
        await runner.run(source, concurrency)
    finally:
        runner.report.seconds = time.perf_counter() - started
        await runner.close()
    return runner.report


class _Runner:
    def __init__(
        self,
        settings: Settings,
        output: BatchOutput,
        cache: BriefCache | None,
        progress: Progress | None,
        report: BatchReport,
    ) -> None:
        self.settings, self.output, self.cache, self.progress, self.report = settings, output, cache, progress, report
        self.unavailable_in_a_row = 0
        self.order: list[str] = []  # input order, for the index
        self._summarize: Any = None
        self._client: Any = None

    async def run(self, source: BatchInput, concurrency: int) -> None:
        slots = asyncio.Semaphore(concurrency)
        in_flight: set[asyncio.Task] = set()
        try:
            for item in source:
                if self.report.stopped:
                    break
                self.order.append(item.id)
                if self._finished_without_model(item):
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

    def _finished_without_model(self, item: BatchItem) -> bool:
        """Settle an article that needs no model call: unreadable, done before, or cached."""
        if item.error is not None:
            self._fail(item, item.error)
            return True
        assert item.text is not None
        if self.output.already_done(item.id, item.text):
            self.report.resumed += 1
            self._tell(item, "already done")
            return True
        if self.cache is not None and (brief := self.cache.get(brief_key(item.text, self.settings))) is not None:
            brief.usage = brief.usage.priced(self.settings.price_table())
            try:
                self.output.write_brief(
                    item.id, brief, text=item.text, cached=True, meta=item.meta, extracted=item.extracted
                )
            except OutputError as error:
                self._stop(error)
                return True
            self.report.done += 1
            self.report.cached += 1
            self._tell(item, "cached")
            return True
        return False

    async def _brief(self, item: BatchItem) -> None:
        assert item.text is not None
        try:
            brief = await self._asummarize(item)
        except BackendUnavailable as error:
            self.unavailable_in_a_row += 1
            self._fail(item, str(error))
            if self.unavailable_in_a_row >= UNAVAILABLE_IN_A_ROW_TO_STOP:
                self.report.stopped = str(error)
            return
        except Exception as error:  # one bad article must not take the batch down with it
            self._fail(item, str(error) or type(error).__name__)
            return
        self.unavailable_in_a_row = 0
        if self.cache is not None:
            self.cache.put(brief_key(item.text, self.settings), brief)
        try:
            self.output.write_brief(item.id, brief, text=item.text, meta=item.meta, extracted=item.extracted)
        except OutputError as error:  # a full disk: every later article would fail the same way
            self._stop(error)
            return
        self.report.done += 1
        self.report.count_fresh(brief)
        self._tell(item, f"{brief.usage.seconds:.1f}s")

    async def _asummarize(self, item: BatchItem) -> Brief:
        # Imported on the first article that needs the model: a batch answered from the cache
        # never pays for loading the SDKs.
        if self._summarize is None:
            from summarizer.backends import make_backend
            from summarizer.pipeline import asummarize

            backend = make_backend(self.settings)
            self._client = getattr(backend, "async_client", None)
            self._summarize = asummarize
        return await self._summarize(item.source(), name=item.name, settings=self.settings, client=self._client)

    def _stop(self, error: OutputError) -> None:
        if not self.report.stopped:
            self.report.stopped, self.report.stop_code = str(error), error.exit_code

    def _fail(self, item: BatchItem, reason: str) -> None:
        self.output.record_failure(item.id, reason, name=item.name)
        self.report.failed += 1
        self._tell(item, f"failed: {reason}")

    def _tell(self, item: BatchItem, outcome: str) -> None:
        if self.progress is not None:
            self.progress(self.report, item.id, outcome)

    async def close(self) -> None:
        self.output.close(self.order)
        if self._client is not None:
            await self._client.close()
