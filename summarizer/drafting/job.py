"""One article made ready for the model, for every way of calling it: `summarize` (threads),
`asummarize` (an event loop) and the OpenAI Batch API (requests written to a file, answers read
back later). A `Job` holds the article, its evidence and requests, and the call counts; it
validates each part's answer, salvages what fails, and assembles the brief, the same way
whoever sent the request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from summarizer.backends import Backend, make_backend
from summarizer.config import Settings, resolve_settings
from summarizer.drafting.calls import CallLog
from summarizer.drafting.merge_parts import merge_drafts
from summarizer.drafting.request import DraftRequest, build_request
from summarizer.drafting.salvage import UNUSABLE, UNUSABLE_LATER_PART, Outcome, salvage
from summarizer.drafting.structured import SALVAGEABLE, request_body, validating
from summarizer.extract.evidence import gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.grounding.limits import within_limits
from summarizer.schemas import Brief, Usage
from summarizer.schemas.draft import checking_against
from summarizer.source.article import Article
from summarizer.storage.responses import ResponseCache


def prepare(text: str | Article, name: str, settings: Settings) -> Job:
    """One article made ready for the model, for callers that send its requests themselves:
    `job.request_body(part)` is each request as the backend would send it, `job.validating(send)`
    wraps how answers arrive, `job.draft(patched, part)` validates one, `job.finish(outcomes)`
    assembles the brief."""
    return Job.start(text, name, None, settings, {})


@dataclass
class Job:
    """Everything about one article that does not depend on how the model is called."""

    settings: Settings
    article: Article
    backend: Backend
    request: DraftRequest
    calls: CallLog
    responses: ResponseCache | None = None

    @classmethod
    def start(
        cls,
        text: str | Article,
        name: str,
        client: Any,
        settings: Settings | None,
        options: dict,
        responses: ResponseCache | None = None,
    ) -> Job:
        settings = settings or resolve_settings(options)
        # An `Article` (from `read_article`) keeps what only its source knew: a page's publisher and date.
        article = text if isinstance(text, Article) else Article.from_text(text, name)
        backend = make_backend(settings, client)
        calls = CallLog()
        request = build_request(article, gather_evidence(article), backend)
        return cls(settings, article, backend, request, calls, responses)

    @property
    def part_count(self) -> int:
        return len(self.request.parts)

    def request_body(self, part: int) -> dict[str, Any]:
        """The chat-completion request for one part, as the remote backend sends it."""
        return request_body(self.request.kwargs(self.settings, part), self.backend.output_mode)

    def validating(self, send: Callable[..., Any]) -> Callable[..., Any]:
        """`send` wrapped by instructor, its calls counted in this job's `calls`; answered from
        `responses` when they hold the request's answer."""
        if self.responses is not None:
            send = self.responses.wrap(send, self.backend.identity())
        return validating(send, self.calls)

    def draft(self, patched: Any, part: int, *, max_retries: int | None = None) -> Outcome:
        """One part's draft from `patched` (instructor around some `create`), checked against the
        whole article; what fails validation after the last re-ask is salvaged."""
        kwargs = self.request.kwargs(self.settings, part)
        if max_retries is not None:
            kwargs["max_retries"] = max_retries
        # Inside the worker thread: a thread does not inherit the caller's context variables.
        with checking_against(self.article.text):
            try:
                return Outcome(patched(**kwargs), [])
            except SALVAGEABLE as error:
                return self.salvage(error, part)

    def replay(self, answer: Any, part: int) -> Outcome:
        """One part's outcome from an answer given already (a Batch API result, a recorded
        answer), validated as a live answer is; what fails is salvaged at once, since asking
        again would bring back the same answer. It counts as the one call it was."""
        patched = self.validating(lambda **_: answer)
        return self.draft(patched, part, max_retries=0)

    async def adraft(self, patched: Any, part: int) -> Outcome:
        """`draft` for an async `patched`."""
        with checking_against(self.article.text):
            try:
                return Outcome(await patched(**self.request.kwargs(self.settings, part)), [])
            except SALVAGEABLE as error:
                return self.salvage(error, part)

    def salvage(self, error: Exception, part: int) -> Outcome:
        """What is left of one part's failed draft, its notes saying which part it was."""
        count = len(self.request.parts)
        unusable = UNUSABLE if part == 0 else UNUSABLE_LATER_PART
        outcome = salvage(error, self.request.response_model, unusable=unusable)
        if count > 1:
            outcome = outcome._replace(notes=[f"part {part + 1} of {count}: {note}" for note in outcome.notes])
        return outcome

    def finish(self, outcomes: list[Outcome], usage: Usage | None = None) -> Brief:
        """The brief from each part's outcome, in article order; `usage` defaults to the calls
        this job made. Each part's draft is held to the limits the model was told before the
        parts are merged, so a long article's parts may each give their full count."""
        drafts, dropped = [], [item for outcome in outcomes for item in outcome.dropped]
        for outcome in outcomes:
            draft = outcome.draft
            if draft is not None:
                draft, past_limits = within_limits(draft)
                dropped += past_limits
            drafts.append(draft)
        merged = drafts[0] if len(drafts) == 1 else merge_drafts(drafts)
        usage = (usage or self.calls.usage(self.backend)).priced(self.settings.price_table())
        brief = build_brief(self.article, self.request.evidence, merged, usage, dropped)
        brief.notes = self.request.notes + [note for outcome in outcomes for note in outcome.notes]
        return brief
