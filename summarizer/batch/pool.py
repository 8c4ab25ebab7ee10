"""`--workers N`: the CPU work of a batch (reading the article and finding its evidence, checking
what an earlier run finished, the cache, validating the model's answers, grounding, rendering and
writing the brief) spread over N processes, since one Python process computes on one core however
many requests it has in flight.

The batch's own process only coordinates, so that it never becomes the one serial step that
caps N workers below N times one: it lists the articles (unread), hands them out in chunks on one
shared queue, and journals the results each worker sends back in chunks. Per article it does a
dictionary look-up and a journal line, nothing more; one message carries many articles each way.

Each worker process runs `work.ArticleWorker` on its own event loop with its own connection pool
and its share of the batch's concurrency; a worker takes the next chunk when it has a free slot,
so a worker slowed by one long article leaves the rest to the others. Workers are forked when
that is safe (see `process_context`)."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import signal
import threading
from collections.abc import Callable, Iterable
from itertools import count
from pathlib import Path
from typing import Any

from summarizer.backends.in_flight import limit_requests
from summarizer.batch.inputs import BatchItem
from summarizer.batch.output import Finished
from summarizer.batch.startup import import_pipeline
from summarizer.batch.work import FAILED, ArticleResult, ArticleWorker, articles_in_flight
from summarizer.config import Settings
from summarizer.storage.cache import BriefCache

log = logging.getLogger("summarizer")

# How often the result reader looks whether a worker died (a crash, the OOM killer) while
# articles were in flight in it, so that the batch fails those articles instead of waiting.
_LIVENESS_SECONDS = 1.0
# How long, after a worker died, the batch waits for a word from the others before it stops
# them: a process killed while it held a queue's lock (an idle worker holds the job queue's
# while it waits for a job; a sending one the results queue's) leaves that lock taken for
# good, so the others may never read their stop signal or send what they finished. Their
# unsettled articles fail with the reason, and the next run briefs them.
_AFTER_DEATH_SECONDS = 5.0


# The most articles one message carries: enough that the cost of a message is spread thin, few
# enough that every worker gets some of a small batch.
CHUNK = 16

# How long a worker holds a finished article's result before sending it without a full chunk.
_FLUSH_SECONDS = 0.05

#: (article number, what became of it)
Numbered = tuple[int, ArticleResult]

# A worker process costs about a second of CPU to start (importing the SDKs and the pipeline),
# what this many articles cost to brief: a smaller batch is quicker in one process.
ARTICLES_PER_WORKER = 200


def process_context() -> Any:
    """How worker processes start: `fork` where there is one and this process has no other
    thread (a child forked beside a thread could inherit a lock that thread held, and wait on it
    for ever), else `spawn`. A forked worker starts at once with everything imported; a spawned
    one pays about a second of CPU importing it again."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def default_workers(settings: Settings, articles: int) -> int:
    """Processes for a batch's CPU work: the physical cores this process may use, one per
    `ARTICLES_PER_WORKER` articles at most; one for the embedded model, which computes with every
    core in one process already (a second worker would load a second copy of the model and halve
    each one's threads)."""
    return 1 if settings.resolved_backend == "embedded" else workers_for(articles)


def workers_for(articles: int) -> int:
    """Processes for the CPU work of `articles` articles: the physical cores this process may
    use, one per `ARTICLES_PER_WORKER` articles at most."""
    from summarizer.backends.embedded import physical_cores

    return max(1, min(physical_cores(), articles // ARTICLES_PER_WORKER))


class WorkerPool:
    """N worker processes briefing one batch's articles, at most `concurrency` at a time in all;
    `run` hands them out and reports each result."""

    def __init__(
        self, workers: int, concurrency: int, settings: Settings, directory: Path, variant: str, cache_dir: Path | None
    ) -> None:
        self._workers = workers
        self._shares = [concurrency // workers + (number < concurrency % workers) for number in range(workers)]
        self._chunk = max(1, min(CHUNK, concurrency // workers))
        self._serve_args = (settings, directory, variant, cache_dir)
        self._pending: dict[int, BatchItem] = {}
        self._finished_workers: set[int] = set()
        self._died: str | None = None
        self._arrived: asyncio.Event | None = None
        self._deliver: Callable[[list[tuple[BatchItem, ArticleResult]]], None] = lambda settled: None

    async def run(
        self,
        items: Iterable[tuple[BatchItem, Finished | None]],
        deliver: Callable[[list[tuple[BatchItem, ArticleResult]]], None],
        stopped: Callable[[], bool],
    ) -> str | None:
        """Brief each (item, its earlier run's journal entry or None) and pass the results, a
        chunk at a time, to `deliver`; hand out no more once `stopped()` is true. A worker that
        dies (a crash, the OOM killer) stops the batch: the articles it held fail, the other
        workers finish theirs, and the reason is returned (None when no worker died)."""
        self._deliver, self._arrived = deliver, asyncio.Event()
        context = process_context()
        if context.get_start_method() == "fork":
            import_pipeline(self._serve_args[0])
        jobs, results = context.Queue(), context.Queue()
        level = logging.getLogger("summarizer").getEffectiveLevel()
        processes = [
            context.Process(
                target=serve,
                args=(*self._serve_args, jobs, results, level, number, share, self._chunk),
                name=f"summarizer-worker-{number}",
                daemon=True,
            )
            for number, share in enumerate(self._shares)
        ]
        for process in processes:
            process.start()
        loop = asyncio.get_running_loop()
        closing = threading.Event()
        reader = threading.Thread(
            target=self._read_results, args=(loop, results, processes, closing), name="summarizer-results", daemon=True
        )
        reader.start()
        # Enough handed out to keep every worker's slots full while results travel back.
        ahead = sum(self._shares) + 2 * self._chunk * self._workers
        try:
            numbers = count()
            chunk: list[tuple[int, BatchItem, Finished | None]] = []
            for item, previous in items:
                if stopped() or self._died:
                    break
                number = next(numbers)
                self._pending[number] = item
                chunk.append((number, item, previous))
                if len(chunk) >= self._chunk:
                    jobs.put(chunk)
                    chunk = []
                while len(self._pending) >= ahead and not (stopped() or self._died):
                    if chunk:
                        jobs.put(chunk)
                        chunk = []
                    await self._wait()
            if chunk and not (stopped() or self._died):
                jobs.put(chunk)
            if stopped() or self._died:
                self._withdraw(jobs)
            for _ in processes:
                jobs.put(None)
            while len(self._finished_workers) < len(processes) and not (
                self._died and self._finished_workers | self._dead(processes) >= set(range(len(processes)))
            ):
                if not self._died:
                    await self._wait()
                    continue
                try:
                    await asyncio.wait_for(self._wait(), _AFTER_DEATH_SECONDS)
                except asyncio.TimeoutError:
                    break  # the others are silent: perhaps blocked on a lock the dead one held
        finally:
            for process in processes:
                await loop.run_in_executor(None, process.join, 1 if self._died else 30)
                if process.is_alive():
                    process.terminate()
            closing.set()
            results.put(None)  # wakes the reader now, not at its next look at the workers (up to a second)
            await loop.run_in_executor(None, reader.join)
            for channel in (jobs, results):
                channel.close()
                if self._died:
                    channel.cancel_join_thread()  # what is left unread has no reader any more
                else:
                    channel.join_thread()
        if self._pending:  # a dead worker's articles
            reason = self._died or "worker process ended without answering"
            self._deliver([(item, ArticleResult(FAILED, reason=reason)) for item in self._pending.values()])
            self._pending.clear()
        return self._died

    async def _wait(self) -> None:
        assert self._arrived is not None
        self._arrived.clear()
        await self._arrived.wait()

    @staticmethod
    def _dead(processes: list[Any]) -> set[int]:
        return {number for number, process in enumerate(processes) if not process.is_alive()}

    def _withdraw(self, jobs: Any) -> None:
        """Take back the chunks no worker has taken yet: a stopped batch briefs no more."""
        while True:
            try:
                chunk = jobs.get_nowait()
            except (queue.Empty, OSError, ValueError):
                return
            for number, _, _ in chunk or ():
                self._pending.pop(number, None)

    def _read_results(self, loop: asyncio.AbstractEventLoop, results: Any, processes: list[Any], closing: Any) -> None:
        """In a thread: hand each chunk of results to the event loop, and tell it when a worker died."""
        while not closing.is_set():
            try:
                message = results.get(timeout=_LIVENESS_SECONDS)
            except queue.Empty:
                for process in processes:
                    if not process.is_alive() and process.exitcode not in (0, None) and not self._died:
                        died = f"worker process died (exit code {process.exitcode})"
                        loop.call_soon_threadsafe(self._worker_died, died)
                continue
            except (EOFError, OSError):
                return
            if message is None:  # `run` is closing: every worker has ended
                return
            loop.call_soon_threadsafe(self._settle, *message)

    def _worker_died(self, reason: str) -> None:
        self._died = reason
        assert self._arrived is not None
        self._arrived.set()

    def _settle(self, worker: int, numbered: list[Numbered], finished: bool) -> None:
        settled = [(self._pending.pop(number), result) for number, result in numbered if number in self._pending]
        if settled:
            self._deliver(settled)
        if finished:
            self._finished_workers.add(worker)
        assert self._arrived is not None
        self._arrived.set()


def serve(
    settings: Settings,
    directory: Path,
    variant: str,
    cache_dir: Path | None,
    jobs: Any,
    results: Any,
    log_level: int,
    number: int,
    slots: int,
    chunk: int,
) -> None:
    """Worker process `number`: brief the articles of each chunk from `jobs` until None, at most
    `slots` at a time, putting `(number, [(article number, ArticleResult), ...], finished)` on
    `results`, `finished` True on its last message."""
    # Ctrl-C reaches the whole process group: the batch's process decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logger = logging.getLogger("summarizer")
    if log_level <= logging.INFO and not logger.handlers:  # -v, spawned: log like the batch's own
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("summarizer: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(log_level)
    cache = BriefCache(cache_dir) if cache_dir is not None else None
    worker = ArticleWorker(settings, directory, variant, cache)
    asyncio.run(_serve(worker, jobs, _Outbox(results, number, chunk), slots))


class _Outbox:
    """A worker's finished results, sent a chunk at a time, or after `_FLUSH_SECONDS` when no
    chunk fills up (the last articles, a slow server)."""

    def __init__(self, results: Any, worker: int, chunk: int) -> None:
        self._results, self._worker, self._chunk = results, worker, chunk
        self._held: list[Numbered] = []
        self._timer: asyncio.TimerHandle | None = None

    def add(self, number: int, result: ArticleResult) -> None:
        self._held.append((number, result))
        if len(self._held) >= self._chunk:
            self.send()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(_FLUSH_SECONDS, self.send)

    def send(self, finished: bool = False) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._held or finished:
            self._results.put((self._worker, self._held, finished))
            self._held = []


async def _serve(worker: ArticleWorker, jobs: Any, outbox: _Outbox, slots: int) -> None:
    loop = asyncio.get_running_loop()
    free = asyncio.Semaphore(articles_in_flight(worker.settings, slots))
    limit_requests(slots)  # this process's share of the batch's requests in flight
    in_flight: set[asyncio.Task[None]] = set()

    async def one(number: int, item: BatchItem) -> None:
        try:
            result = await worker.brief(item)
        except Exception as error:  # answered in any case: the batch awaits every article it sent
            result = ArticleResult(FAILED, reason=str(error) or type(error).__name__)
        finally:
            free.release()
        outbox.add(number, result)

    try:
        while (chunk := await loop.run_in_executor(None, _next_job, jobs)) is not None:
            for number, item, previous in chunk:
                try:
                    item, result = worker.without_model(item, previous)
                except Exception as error:
                    result = ArticleResult(FAILED, reason=str(error) or type(error).__name__)
                if result is not None:
                    outbox.add(number, result)
                    continue
                await free.acquire()
                task = asyncio.ensure_future(one(number, item))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
        await asyncio.gather(*in_flight)
    finally:
        await worker.close()
        outbox.send(finished=True)


def _next_job(jobs: Any) -> Any:
    """The next job, or None when the batch's process has ended without saying so (killed): a
    worker must not wait for ever on a queue nobody writes to any more."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            return jobs.get(timeout=_LIVENESS_SECONDS)
        except queue.Empty:
            if parent is not None and not parent.is_alive():
                return None
