"""`summarize` and `asummarize`: one article in, one grounded `Brief` out.

The steps are the same for every backend and both call styles; only the model call differs
(awaited or not), so the work is in `drafting.job.Job` and the two entry points are thin.

An article longer than one request may carry is drafted in parts, all at once (threads for
`summarize`, `asyncio.gather` for `asummarize`), and the parts' drafts merged. Every part is
checked against the whole article, and spans are found later in the whole text, so they are
right whichever part a quote came from."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from summarizer.config import Settings
from summarizer.drafting.job import Job
from summarizer.drafting.salvage import Outcome
from summarizer.schemas import Brief
from summarizer.source.article import Article
from summarizer.storage.responses import ResponseCache

log = logging.getLogger("summarizer")

# Parts of one article in flight at once: enough for a long feature, few enough not to meet a
# server's rate limit (429s are retried anyway) or to spawn a thread per paragraph.
_MAX_PARALLEL_PARTS = 4


def summarize(
    text: str | Article,
    *,
    name: str = "<text>",
    client: Any = None,
    settings: Settings | None = None,
    responses: ResponseCache | None = None,
    **options: Any,
) -> Brief:
    """Brief one article. Options (backend, model, base_url, api_key, model_path, temperature,
    max_retries, timeout, output_mode, max_tokens) override the environment, which overrides
    the defaults; `client` may be a ready `openai.OpenAI` for any compatible server;
    `responses` answers a request it has seen before without the model (see storage.responses)."""
    job = Job.start(text, name, client, settings, options, responses)
    _log_start(job)
    patched = job.validating(job.backend.create)

    def draft(part: int) -> Outcome:
        return job.draft(patched, part)

    parts = range(len(job.request.parts))
    if len(parts) == 1:
        return _logged(job.finish([draft(0)]))
    with ThreadPoolExecutor(max_workers=min(len(parts), _MAX_PARALLEL_PARTS)) as pool:
        futures = [pool.submit(draft, part) for part in parts]
        try:
            outcomes = [future.result() for future in futures]
        except BaseException:
            for future in futures:  # a failed part fails the article: do not start the rest
                future.cancel()
            raise
    return _logged(job.finish(outcomes))


async def asummarize(
    text: str | Article,
    *,
    name: str = "<text>",
    client: Any = None,
    settings: Settings | None = None,
    responses: ResponseCache | None = None,
    **options: Any,
) -> Brief:
    """The async form of `summarize`; the embedded model runs in a worker thread."""
    job = Job.start(text, name, client, settings, options, responses)
    _log_start(job)
    patched = job.validating(job.backend.acreate)
    in_flight = asyncio.Semaphore(_MAX_PARALLEL_PARTS)

    async def draft(part: int) -> Outcome:
        async with in_flight:
            return await job.adraft(patched, part)

    tasks = [asyncio.ensure_future(draft(part)) for part in range(len(job.request.parts))]
    try:
        outcomes = await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:  # a failed part fails the article: stop the others' requests
            task.cancel()
        raise
    return _logged(job.finish(list(outcomes)))


def _log_start(job: Job) -> None:
    if not log.isEnabledFor(logging.INFO):
        return  # counting the words is a pass over the article: only for a log that is shown
    log.info(
        "%s: briefing %d words with %s (%d request(s))",
        job.article.name,
        job.article.word_count,
        job.backend.settings.resolved_model,
        len(job.request.parts),
    )


def _logged(brief: Brief) -> Brief:
    usage = brief.usage
    log.info(
        "%s: done in %.1f s: %d model call(s), %d transport retries, %d + %d tokens, %d item(s) dropped",
        brief.source.name,
        usage.seconds,
        usage.model_calls,
        usage.retries,
        usage.prompt_tokens,
        usage.completion_tokens,
        len(brief.dropped),
    )
    return brief
