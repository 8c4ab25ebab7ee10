"""What is left of a draft that failed validation after the last re-ask, or was cut off at the
token limit: parsed leniently, so the assembler can drop each ungrounded item on its own
instead of losing the whole draft."""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

import jiter
from instructor.core.exceptions import IncompleteOutputException
from pydantic import ValidationError

from summarizer.errors import BackendError, ModelOutputError
from summarizer.schemas import Dropped, ProseDraft

log = logging.getLogger("summarizer")

UNUSABLE = "the model's output was unusable, so the summary is the article's lead"
UNUSABLE_LATER_PART = "the model's output was unusable, so this part adds nothing"

#: How much of a model's raw output a `dropped` entry shows when none of it could be used.
RAW_OUTPUT_SHOWN = 300


class Outcome(NamedTuple):
    """One request's draft (None: unusable), the notes a reader needs about it, and what of the
    model's output could not be used at all (an answer that is not a draft)."""

    draft: ProseDraft | None
    notes: list[str]
    dropped: tuple[Dropped, ...] = ()


def salvage(error: Exception, response_model: type[ProseDraft], *, unusable: str = UNUSABLE) -> Outcome:
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
        return Outcome(None, [unusable], (unusable_output(content),))
    if isinstance(error, IncompleteOutputException):
        return Outcome(draft, ["the model's answer was cut off at the token limit; its complete parts were kept"])
    return Outcome(draft, [f"grounding still failed after {attempts} attempt(s); ungrounded items were dropped"])


def unusable_output(content: str) -> Dropped:
    """The `dropped` entry for an answer of which nothing could be used: the start of what the
    model wrote, and why, so that even a broken answer does not vanish unseen."""
    shown = " ".join(content.split())
    if len(shown) > RAW_OUTPUT_SHOWN:
        shown = shown[: RAW_OUTPUT_SHOWN - 1] + "…"
    reason = "not a draft: " + ("the answer is empty" if not shown else _why_unusable(content))
    return Dropped(section="draft", content=shown, reason=reason)


def _why_unusable(content: str) -> str:
    try:
        data = jiter.from_json(content.encode(), partial_mode="trailing-strings")
    except ValueError:
        return "the answer is not JSON"
    if not isinstance(data, dict):
        return "the answer is JSON but not an object"
    return "the answer's fields do not have the draft's types"


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
