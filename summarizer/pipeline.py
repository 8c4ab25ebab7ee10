"""`summarize` and `asummarize`: one article in, one grounded `Brief` out.

The steps are the same for every backend and both call styles; only the model call differs
(awaited or not), so each step is a plain function and the two entry points are thin.

An article longer than one request may carry is drafted in parts, all at once (threads for
`summarize`, `asyncio.gather` for `asummarize`), and the parts' drafts merged. Every part is
checked against the whole article, and spans are found later in the whole text, so they are
right whichever part a quote came from.

`prepare` and `Job` are the seam for callers that send the requests themselves (the OpenAI
Batch API file in `openai_batch*`): the same messages, the same request body, the same
validation and salvage, the same assembly."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import instructor
import jiter
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from summarizer.backends import Backend, make_backend
from summarizer.backends.base import adapt_response_format, without_control_characters
from summarizer.backends.retrying import counting_retries
from summarizer.config import Settings, resolve_settings
from summarizer.drafting.merge_parts import merge_drafts
from summarizer.drafting.parts import split_story
from summarizer.drafting.prompts import build_messages
from summarizer.errors import BackendError, ModelOutputError
from summarizer.extract.evidence import Evidence, gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.schemas import Brief, Draft, ProseDraft, Usage
from summarizer.schemas.draft import checking_against, name_occurs
from summarizer.source.article import Article
from summarizer.text.spans import find_all

log = logging.getLogger("summarizer")

# Structured output is requested as a JSON schema for every backend; backends that need the
# llama.cpp form rewrite it (see backends.base.adapt_response_format).
STRUCTURED_OUTPUT_MODE = instructor.Mode.JSON_SCHEMA
_MAX_LISTED_NAMES = 20
_MAX_LISTED_FIGURES = 12
# Parts of one article in flight at once: enough for a long feature, few enough not to meet a
# server's rate limit (429s are retried anyway) or to spawn a thread per paragraph.
_MAX_PARALLEL_PARTS = 4
_UNUSABLE = "the model's output was unusable, so the summary is the article's lead"
_UNUSABLE_LATER_PART = "the model's output was unusable, so this part adds nothing"

Outcome = tuple[ProseDraft | None, list[str]]  # one request's draft (None: unusable) and notes


@dataclass
class _CallLog:
    """Counts every model call and token, re-asks included, and every transport retry. The
    parts of a long article are drafted in threads, so the counting is done under a lock."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = 0
    started: float = field(default_factory=time.perf_counter)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, response: Any) -> Any:
        usage = getattr(response, "usage", None)
        with self._lock:
            self.calls += 1
            if usage is not None:
                self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
                self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        return response

    def retried(self) -> None:
        """One transport retry (told by backends.retrying through `counting_retries`)."""
        with self._lock:
            self.retries += 1

    def usage(self, backend: Backend) -> Usage:
        return Usage(
            backend=backend.name,
            model=backend.model,
            model_calls=self.calls,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            retries=self.retries,
            seconds=round(time.perf_counter() - self.started, 3),
        )


def summarize(
    text: str | Article, *, name: str = "<text>", client: Any = None, settings: Settings | None = None, **options: Any
) -> Brief:
    """Brief one article. Options (backend, model, base_url, api_key, model_path, temperature,
    max_retries, timeout, output_mode, max_tokens) override the environment, which overrides
    the defaults; `client` may be a ready `openai.OpenAI` for any compatible server."""
    job = Job.start(text, name, client, settings, options)

    def create(**kwargs: Any) -> Any:
        with counting_retries(job.calls.retried):
            response = job.backend.create(**kwargs)
        return job.calls.record(without_control_characters(response))

    patched = instructor.patch(create=create, mode=STRUCTURED_OUTPUT_MODE)

    def draft(part: int) -> Outcome:
        return job.draft(patched, part)

    parts = range(len(job.request.parts))
    if len(parts) == 1:
        return job.finish([draft(0)])
    with ThreadPoolExecutor(max_workers=min(len(parts), _MAX_PARALLEL_PARTS)) as pool:
        futures = [pool.submit(draft, part) for part in parts]
        try:
            outcomes = [future.result() for future in futures]
        except BaseException:
            for future in futures:  # a failed part fails the article: do not start the rest
                future.cancel()
            raise
    return job.finish(outcomes)


async def asummarize(
    text: str | Article, *, name: str = "<text>", client: Any = None, settings: Settings | None = None, **options: Any
) -> Brief:
    """The async form of `summarize`; the embedded model runs in a worker thread."""
    job = Job.start(text, name, client, settings, options)

    async def create(**kwargs: Any) -> Any:
        with counting_retries(job.calls.retried):  # a context variable: this task's own
            response = await job.backend.acreate(**kwargs)
        return job.calls.record(without_control_characters(response))

    patched = instructor.patch(create=create, mode=STRUCTURED_OUTPUT_MODE)
    in_flight = asyncio.Semaphore(_MAX_PARALLEL_PARTS)

    async def draft(part: int) -> Outcome:
        async with in_flight:
            with checking_against(job.article.text):
                try:
                    return await patched(**job.request.kwargs(job.settings, part)), []
                except (InstructorRetryException, IncompleteOutputException) as error:
                    return job.salvage(error, part)

    tasks = [asyncio.ensure_future(draft(part)) for part in range(len(job.request.parts))]
    try:
        outcomes = await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:  # a failed part fails the article: stop the others' requests
            task.cancel()
        raise
    return job.finish(list(outcomes))


def prepare(text: str | Article, name: str, settings: Settings) -> Job:
    """One article made ready for the model, for callers that send its requests themselves:
    `job.request_body(part)` is each request as the backend would send it, `job.draft(patched,
    part)` validates an answer, `job.finish(outcomes)` assembles the brief."""
    return Job.start(text, name, None, settings, {})


@dataclass
class Job:
    """Everything about one article that does not depend on how the model is called."""

    settings: Settings
    article: Article
    backend: Backend
    request: _Request
    calls: _CallLog

    @classmethod
    def start(cls, text: str | Article, name: str, client: Any, settings: Settings | None, options: dict) -> Job:
        settings = settings or resolve_settings(options)
        # An `Article` (from `read_article`) keeps what only its source knew: a page's publisher and date.
        article = text if isinstance(text, Article) else Article.from_text(text, name)
        backend = make_backend(settings, client)
        calls = _CallLog()
        return cls(settings, article, backend, _request(article, gather_evidence(article), backend), calls)

    @property
    def part_count(self) -> int:
        return len(self.request.parts)

    def request_body(self, part: int) -> dict[str, Any]:
        """The chat-completion request for one part, as the remote backend sends it: instructor's
        preparation of the same keyword arguments (`response_model` -> `response_format`), then
        the backend's `adapt_response_format`."""
        from instructor.processing.response import handle_response_model  # only request files need it

        kwargs = self.request.kwargs(self.settings, part)
        kwargs.pop("max_retries")
        _, prepared = handle_response_model(kwargs.pop("response_model"), mode=STRUCTURED_OUTPUT_MODE, **kwargs)
        return adapt_response_format(prepared, self.backend.output_mode)

    def draft(self, patched: Any, part: int, *, max_retries: int | None = None) -> Outcome:
        """One part's draft from `patched` (instructor around some `create`), checked against the
        whole article; what fails validation after the last re-ask is salvaged."""
        kwargs = self.request.kwargs(self.settings, part)
        if max_retries is not None:
            kwargs["max_retries"] = max_retries
        # Inside the worker thread: a thread does not inherit the caller's context variables.
        with checking_against(self.article.text):
            try:
                return patched(**kwargs), []
            except (InstructorRetryException, IncompleteOutputException) as error:
                return self.salvage(error, part)

    def salvage(self, error: Exception, part: int) -> Outcome:
        """What is left of one part's failed draft, its notes saying which part it was."""
        count = len(self.request.parts)
        unusable = _UNUSABLE if part == 0 else _UNUSABLE_LATER_PART
        draft, notes = _salvage(error, self.request.response_model, unusable=unusable)
        if count > 1:
            notes = [f"part {part + 1} of {count}: {note}" for note in notes]
        return draft, notes

    def finish(self, outcomes: list[Outcome], usage: Usage | None = None) -> Brief:
        """The brief from each part's outcome, in article order; `usage` defaults to the calls
        this job made."""
        drafts = [draft for draft, _ in outcomes]
        draft = drafts[0] if len(drafts) == 1 else merge_drafts(drafts)
        usage = (usage or self.calls.usage(self.backend)).priced(self.settings.price_table())
        brief = build_brief(self.article, self.request.evidence, draft, usage)
        brief.notes = self.request.notes + [note for _, notes in outcomes for note in notes]
        return brief


@dataclass
class _Request:
    evidence: Evidence
    parts: list[list[dict[str, str]]]  # the messages of each request, in article order
    model: str
    response_model: type[ProseDraft]
    notes: list[str]

    def kwargs(self, settings: Settings, part: int) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": self.parts[part],
            "response_model": self.response_model,
            "max_retries": settings.max_retries,
            "temperature": settings.temperature,
            "max_tokens": settings.max_tokens,
        }


def _request(article: Article, evidence: Evidence, backend: Backend) -> _Request:
    """The requests for one article: one, or one per part when it exceeds the backend's budget.
    A small model reads only the lead instead: it is asked for a headline and summary, which
    news puts first, and each token it reads costs time."""
    story = article.story_text()
    notes = []
    budget = backend.prompt_budget_chars()
    people = [e.name for e in evidence.people_and_organizations]
    figures = list(dict.fromkeys(f.value for f in evidence.figures))
    if backend.small_model:
        if budget is not None and len(story) > budget:
            story = lead_within(story, budget)
            notes.append(
                f"the model read the first {len(story)} characters; quotes, names and figures cover the whole article"
            )
        messages = build_messages(story, people[:_MAX_LISTED_NAMES], figures[:_MAX_LISTED_FIGURES], full=False)
        return _Request(evidence, [messages], backend.model, ProseDraft, notes)
    pieces = [piece.strip() for piece in split_story(story, budget)] if budget is not None else [story]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) == 1:
        parts = [build_messages(story, people[:_MAX_LISTED_NAMES], figures[:_MAX_LISTED_FIGURES])]
    else:
        notes.append(
            f"the model read the article in {len(pieces)} parts of at most {budget} characters; "
            "their drafts were merged"
        )
        parts = [
            build_messages(
                piece,
                [name for name in people if name_occurs(piece, name)][:_MAX_LISTED_NAMES],
                [value for value in figures if find_all(piece, value)][:_MAX_LISTED_FIGURES],
                part=number,
                parts=len(pieces),
            )
            for number, piece in enumerate(pieces, 1)
        ]
    return _Request(evidence, parts, backend.model, Draft, notes)


def lead_within(story: str, budget: int) -> str:
    """The opening paragraphs of `story` that fit in `budget` characters (at least one cut)."""
    cut = story.rfind("\n\n", 0, budget)
    if cut <= 0:
        cut = story.rfind(". ", 0, budget) + 1 or budget
    return story[:cut].rstrip()


def _salvage(error: Exception, response_model: type[ProseDraft], *, unusable: str = _UNUSABLE) -> Outcome:
    """Keep what the model wrote when validation still failed after the last re-ask, or when
    the answer was cut off at max_tokens: parse what is there (partial JSON included) without
    the grounding checks, and let the assembler drop each ungrounded item on its own instead of
    losing the whole draft."""
    cause = error.__cause__
    if isinstance(cause, BackendError):
        raise cause
    attempts = getattr(error, "n_attempts", 1)
    content = _message_text(getattr(error, "last_completion", None))
    if content is None:
        raise ModelOutputError(f"the model gave no usable answer after {attempts} attempt(s)") from None
    draft = _lenient_draft(content, response_model)
    if draft is None:
        log.info("model output unusable after %s attempt(s)", attempts)
        return None, [unusable]
    if isinstance(error, IncompleteOutputException):
        return draft, ["the model's answer was cut off at the token limit; its complete parts were kept"]
    return draft, [f"grounding still failed after {attempts} attempt(s); ungrounded items were dropped"]


def _lenient_draft(content: str, response_model: type[ProseDraft]) -> ProseDraft | None:
    """A draft from possibly truncated JSON: missing sections become empty, cut strings stay cut
    (the assembler drops sentences that end mid-way)."""
    try:
        data = jiter.from_json(content.encode(), partial_mode="trailing-strings")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for name, declared in response_model.model_fields.items():
        data.setdefault(name, "" if declared.annotation is str else [])
    try:
        return response_model.model_validate(data, context={"source": None})
    except ValidationError:
        return None


def _message_text(completion: Any) -> str | None:
    try:
        return completion.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        return None
