"""`--workers N`: the CPU work of a batch (reading the article's evidence, validating the model's
answers, grounding, rendering and writing the brief) spread over N processes, since one Python
process computes on one core however many requests it has in flight.

Each worker process runs `work.ArticleWorker` on its own event loop with its own connection pool,
with as many articles in flight as the batch sends it; the batch's process keeps the rest: reading
the input, what earlier runs finished, the concurrency limit over all workers, the journal, the
index and progress. An article goes to the worker with the fewest in flight. Workers start with
the first article that needs one, forked when that is safe (see `process_context`)."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import signal
import threading
from itertools import count
from pathlib import Path
from typing import Any

from summarizer.batch.inputs import BatchItem
from summarizer.batch.work import FAILED, ArticleResult, ArticleWorker
from summarizer.config import Settings
from summarizer.storage.cache import BriefCache

log = logging.getLogger("summarizer")

# How often the result reader looks whether a worker died (a crash, the OOM killer) while
# articles were in flight in it, so that the batch fails those articles instead of waiting.
_LIVENESS_SECONDS = 1.0


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
    """N worker processes briefing articles for one batch; `brief(item)` awaits one article."""

    def __init__(self, workers: int, settings: Settings, directory: Path, variant: str, cache_dir: Path | None) -> None:
        self._workers = workers
        self._serve_args = (settings, directory, variant, cache_dir)
        self._results: Any = None
        self._jobs: list[Any] = []
        self._processes: list[Any] = []
        self._sent: list[dict[int, asyncio.Future[ArticleResult]]] = [{} for _ in range(workers)]
        self._numbers = count()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reader = threading.Thread(target=self._read_results, name="summarizer-results", daemon=True)
        self._closing = threading.Event()

    def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        context = process_context()
        self._results = context.Queue()
        self._jobs = [context.Queue() for _ in range(self._workers)]
        level = logging.getLogger("summarizer").getEffectiveLevel()
        self._processes = [
            context.Process(
                target=serve,
                args=(*self._serve_args, jobs, self._results, level),
                name=f"summarizer-worker-{number}",
                daemon=True,
            )
            for number, jobs in enumerate(self._jobs)
        ]
        for process in self._processes:
            process.start()
        self._reader.start()

    async def brief(self, item: BatchItem) -> ArticleResult:
        """Brief `item` in the least busy worker (from its cache, else its model). The workers
        start with the first article: a resumed batch with nothing left to do starts none."""
        if self._loop is None:
            self._start()
        assert self._loop is not None
        worker = min(range(len(self._sent)), key=lambda number: len(self._sent[number]))
        number = next(self._numbers)
        future: asyncio.Future[ArticleResult] = self._loop.create_future()
        self._sent[worker][number] = future
        self._jobs[worker].put((number, item))
        return await future

    def _read_results(self) -> None:
        """In a thread: hand each result to the event loop, and fail the articles of a dead worker."""
        assert self._loop is not None
        while not self._closing.is_set():
            try:
                number, result = self._results.get(timeout=_LIVENESS_SECONDS)
            except queue.Empty:
                for worker, process in enumerate(self._processes):
                    if not process.is_alive() and self._sent[worker]:
                        died = ArticleResult(FAILED, reason=f"worker process died (exit code {process.exitcode})")
                        for lost in list(self._sent[worker]):
                            self._loop.call_soon_threadsafe(self._settle, lost, died)
                continue
            except (EOFError, OSError):
                return
            self._loop.call_soon_threadsafe(self._settle, number, result)

    def _settle(self, number: int, result: ArticleResult) -> None:
        for sent in self._sent:
            future = sent.pop(number, None)
            if future is not None:
                if not future.done():
                    future.set_result(result)
                return

    async def close(self) -> None:
        """Let each worker finish what it holds, then stop it."""
        if self._loop is None:
            return
        for jobs in self._jobs:
            jobs.put(None)
        loop = asyncio.get_running_loop()
        for process in self._processes:
            if process.pid is not None:
                await loop.run_in_executor(None, process.join, 30)
                if process.is_alive():
                    process.terminate()
        self._closing.set()
        if self._reader.is_alive():
            await loop.run_in_executor(None, self._reader.join)
        for jobs in [*self._jobs, self._results]:
            jobs.close()
            jobs.join_thread()


def serve(
    settings: Settings,
    directory: Path,
    variant: str,
    cache_dir: Path | None,
    jobs: Any,
    results: Any,
    log_level: int,
) -> None:
    """A worker process: brief each `(number, item)` from `jobs` until None, putting
    `(number, ArticleResult)` on `results`."""
    # Ctrl-C reaches the whole process group: the batch's process decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logger = logging.getLogger("summarizer")
    if log_level <= logging.INFO and not logger.handlers:  # -v, spawned: log like the batch's own
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("summarizer: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(log_level)
    cache = BriefCache(cache_dir) if cache_dir is not None else None
    asyncio.run(_serve(ArticleWorker(settings, directory, variant, cache), jobs, results))


async def _serve(worker: ArticleWorker, jobs: Any, results: Any) -> None:
    loop = asyncio.get_running_loop()
    in_flight: set[asyncio.Task[None]] = set()

    async def one(number: int, item: BatchItem) -> None:
        try:
            result = worker.from_cache(item) or await worker.brief(item)
        except Exception as error:  # answered in any case: the batch awaits every article it sent
            result = ArticleResult(FAILED, reason=str(error) or type(error).__name__)
        results.put((number, result))

    try:
        while (job := await loop.run_in_executor(None, _next_job, jobs)) is not None:
            task = asyncio.ensure_future(one(*job))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
        await asyncio.gather(*in_flight)
    finally:
        await worker.close()


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
