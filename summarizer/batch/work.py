"""One article of a batch, from the cache or the model to its files on disk: the same function
whether it runs in the batch's own process or in a worker process of `--workers`, so a batch's
outputs do not depend on how many workers made them.

The result is small and picklable (the journal entry, the usage, the outcome): the brief itself
is written by whoever made it, and only the process that owns the output directory journals it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.batch.inputs import BatchItem
from summarizer.batch.output import Finished, is_done, store_brief
from summarizer.batch.preparing import PreparationTurns
from summarizer.batch.startup import import_pipeline, lasting_imports
from summarizer.config import Settings
from summarizer.errors import BackendUnavailable, OutputError
from summarizer.schemas import Brief, Usage
from summarizer.storage.cache import BriefCache, brief_key

BRIEFED, CACHED, FAILED, UNAVAILABLE, UNWRITABLE = "briefed", "cached", "failed", "unavailable", "unwritable"
#: An article whose file could not be read (`reason` says why), and one an earlier run finished.
UNREADABLE, RESUMED = "unreadable", "resumed"


@dataclass
class ArticleResult:
    """What became of one article: `outcome` is one of BRIEFED, CACHED, FAILED, UNAVAILABLE (the
    backend could not be reached) and UNWRITABLE (the output could not be written: a full disk).
    `entry` is the journal entry of a brief whose files are in place; `reason` why there is none.
    UNREADABLE (the file could not be read) and RESUMED (an earlier run briefed this very text)
    come before any model work."""

    outcome: str
    entry: Finished | None = None
    usage: Usage | None = None
    reason: str = ""


def articles_in_flight(settings: Settings, requests: int) -> int:
    """How many articles a loop allowed `requests` model requests at once works on together.
    Twice as many for a remote server: the bound on requests is kept where they are sent
    (`backends.in_flight`), and the other half are the articles whose evidence is being gathered
    or whose answer is being grounded meanwhile, so that a request goes out the moment a place
    frees. The embedded model answers one request at a time in its thread: as many as asked."""
    return requests if settings.resolved_backend == "embedded" else 2 * requests


class ArticleWorker:
    """Briefs articles into `directory` with `settings`, one process's share of a batch: it owns
    that process's client (one connection pool) and, unless `cache_dir` is None, reads and fills
    the brief cache."""

    def __init__(self, settings: Settings, directory: Path, variant: str, cache: BriefCache | None) -> None:
        self.settings, self.directory, self.variant, self.cache = settings, directory, variant, cache
        self._summarize: Any = None
        self._client: Any = None
        # Remote requests wait on the network, so each goes out as soon as its article is
        # prepared (see `preparing`); the embedded model computes one request at a time in its
        # thread, and the next article's CPU work overlaps it.
        self._turns = PreparationTurns() if settings.resolved_backend != "embedded" else None

    def without_model(self, item: BatchItem, previous: Finished | None) -> tuple[BatchItem, ArticleResult | None]:
        """Read the article, then settle it if no model call is needed: unreadable, briefed by an
        earlier run (`previous` is that run's journal entry), or cached. Returns the read item and
        its result, or None when the model must brief it."""
        item = item.read()
        if item.error is not None:
            return item, ArticleResult(UNREADABLE, reason=item.error)
        assert item.text is not None
        if is_done(self.directory, self.variant, previous, item.text):
            return item, ArticleResult(RESUMED)
        return item, self.from_cache(item)

    def from_cache(self, item: BatchItem) -> ArticleResult | None:
        """The article's brief from the cache, stored as this run's, or None when it must be made."""
        if self.cache is None or item.text is None:
            return None
        brief = self.cache.get(brief_key(item.text, self.settings))
        if brief is None:
            return None
        brief.usage = brief.usage.priced(self.settings.price_table())
        return self._store(item, brief, CACHED)

    async def brief(self, item: BatchItem) -> ArticleResult:
        """The article briefed by the model and stored; never raises for one article's failure."""
        assert item.text is not None
        try:
            brief = await self._asummarize(item)
        except BackendUnavailable as error:
            return ArticleResult(UNAVAILABLE, reason=str(error))
        except Exception as error:  # one bad article must not take the batch down with it
            return ArticleResult(FAILED, reason=str(error) or type(error).__name__)
        if self.cache is not None:
            self.cache.put(brief_key(item.text, self.settings), brief)
        return self._store(item, brief, BRIEFED)

    def _store(self, item: BatchItem, brief: Brief, outcome: str) -> ArticleResult:
        try:
            entry = store_brief(
                self.directory,
                self.variant,
                item.id,
                brief,
                text=item.text,
                cached=outcome == CACHED,
                meta=item.meta,
                extracted=item.extracted,
            )
        except OutputError as error:  # a full disk: every later article would fail the same way
            return ArticleResult(UNWRITABLE, reason=str(error))
        return ArticleResult(outcome, entry, brief.usage)

    async def _asummarize(self, item: BatchItem) -> Brief:
        # Imported on the first article that needs the model: a batch answered from the cache
        # never pays for loading the SDKs.
        if self._summarize is None:
            import_pipeline()  # and the tables the first article loads, with the collector off
            from summarizer.backends import make_backend
            from summarizer.pipeline import asummarize

            with lasting_imports():  # the client is made here: the HTTP stack it imports lasts too
                self._client = getattr(make_backend(self.settings), "async_client", None)
            self._summarize = asummarize
        if self._turns is None:
            return await self._summarize(item.source(), name=item.name, settings=self.settings, client=self._client)
        async with self._turns.turn():
            return await self._summarize(item.source(), name=item.name, settings=self.settings, client=self._client)

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
