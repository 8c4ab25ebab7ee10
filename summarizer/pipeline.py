"""`summarize` and `asummarize`: one article in, one grounded `Brief` out.

The steps are the same for every backend and both call styles; only the model call differs
(awaited or not), so each step is a plain function and the two entry points are thin."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

import instructor
import jiter
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from .assemble import build_brief
from .backends import Backend, make_backend
from .config import Settings, resolve_settings
from .errors import BackendError, ModelOutputError
from .evidence import Evidence, gather_evidence
from .prompting import build_messages
from .schemas import Brief, Draft, ProseDraft, Usage
from .schemas.draft import checking_against
from .source import Article

log = logging.getLogger("summarizer")

# Structured output is requested as a JSON schema for every backend; backends that need the
# llama.cpp form rewrite it (see backends.base.adapt_response_format).
_MODE = instructor.Mode.JSON_SCHEMA
_MAX_LISTED_NAMES = 20
_MAX_LISTED_FIGURES = 12


@dataclass
class _CallLog:
    """Counts every model call and token, re-asks and retries included."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    started: float = field(default_factory=time.perf_counter)

    def record(self, response: Any) -> Any:
        self.calls += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
            self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        return response

    def usage(self, backend: Backend) -> Usage:
        return Usage(
            backend=backend.name,
            model=backend.model,
            model_calls=self.calls,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            seconds=round(time.perf_counter() - self.started, 3),
        )


def summarize(text: str, *, name: str = "<text>", client: Any = None, settings: Settings | None = None,
              **options: Any) -> Brief:
    """Brief one article. Options (backend, model, base_url, api_key, model_path, temperature,
    max_retries, timeout, output_mode, max_tokens) override the environment, which overrides
    the defaults; `client` may be a ready `openai.OpenAI` for any compatible server."""
    job = _Job.start(text, name, client, settings, options)

    def create(**kwargs: Any) -> Any:
        return job.calls.record(job.backend.create(**kwargs))

    patched = instructor.patch(create=create, mode=_MODE)
    with checking_against(job.article.text):
        try:
            draft, notes = patched(**job.request.kwargs(job.settings)), []
        except (InstructorRetryException, IncompleteOutputException) as error:
            draft, notes = _salvage(error, job.request.response_model)
    return job.finish(draft, notes)


async def asummarize(text: str, *, name: str = "<text>", client: Any = None,
                     settings: Settings | None = None, **options: Any) -> Brief:
    """The async form of `summarize`; the embedded model runs in a worker thread."""
    job = _Job.start(text, name, client, settings, options)

    async def create(**kwargs: Any) -> Any:
        return job.calls.record(await job.backend.acreate(**kwargs))

    patched = instructor.patch(create=create, mode=_MODE)
    with checking_against(job.article.text):
        try:
            draft, notes = await patched(**job.request.kwargs(job.settings)), []
        except (InstructorRetryException, IncompleteOutputException) as error:
            draft, notes = _salvage(error, job.request.response_model)
    return job.finish(draft, notes)


@dataclass
class _Job:
    """Everything about one article that does not depend on how the model is called."""

    settings: Settings
    article: Article
    backend: Backend
    request: "_Request"
    calls: _CallLog

    @classmethod
    def start(cls, text: str, name: str, client: Any, settings: Settings | None, options: dict) -> "_Job":
        settings = settings or resolve_settings(options)
        article = Article.from_text(text, name)
        backend = make_backend(settings, client)
        calls = _CallLog()
        return cls(settings, article, backend, _request(article, gather_evidence(article), backend), calls)

    def finish(self, draft: ProseDraft | None, notes: list[str]) -> Brief:
        brief = build_brief(self.article, self.request.evidence, draft, self.calls.usage(self.backend))
        brief.notes = self.request.notes + notes
        return brief


@dataclass
class _Request:
    evidence: Evidence
    messages: list[dict[str, str]]
    model: str
    response_model: type[ProseDraft]
    notes: list[str]

    def kwargs(self, settings: Settings) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": self.messages,
            "response_model": self.response_model,
            "max_retries": settings.max_retries,
            "temperature": settings.temperature,
            "max_tokens": settings.max_tokens,
        }


def _request(article: Article, evidence: Evidence, backend: Backend) -> _Request:
    story = article.story_text()
    notes = []
    budget = backend.prompt_budget_chars()
    if budget is not None and len(story) > budget:
        story = lead_within(story, budget)
        notes.append(f"the model read the first {len(story)} characters; quotes, names and figures cover the whole article")
    people = [e.name for e in evidence.people_and_organizations][:_MAX_LISTED_NAMES]
    figures = list(dict.fromkeys(f.value for f in evidence.figures))[:_MAX_LISTED_FIGURES]
    full = not backend.small_model
    messages = build_messages(story, people, figures, full=full)
    return _Request(evidence, messages, backend.model, Draft if full else ProseDraft, notes)


def lead_within(story: str, budget: int) -> str:
    """The opening paragraphs of `story` that fit in `budget` characters (at least one cut)."""
    cut = story.rfind("\n\n", 0, budget)
    if cut <= 0:
        cut = story.rfind(". ", 0, budget) + 1 or budget
    return story[:cut].rstrip()


def _salvage(error: Exception, response_model: type[ProseDraft]) -> tuple[ProseDraft | None, list[str]]:
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
        return None, ["the model's output was unusable, so the summary is the article's lead"]
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
    for name, field in response_model.model_fields.items():
        data.setdefault(name, "" if field.annotation is str else [])
    try:
        return response_model.model_validate(data, context={"source": None})
    except ValidationError:
        return None


def _message_text(completion: Any) -> str | None:
    try:
        return completion.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        return None
