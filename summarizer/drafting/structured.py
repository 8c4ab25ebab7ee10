"""The one place instructor is wired in: a model call wrapped so that its answer is parsed into
the draft model and validated against the article, with re-asks; and the request body that
wrapping sends, for callers that send requests themselves (the OpenAI Batch API file).

Every caller gives a `send` (a live backend call, awaited or not, or the replay of an answer
already given) and the `CallLog` that counts it; nothing else about the model call differs."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import instructor
import instructor.v2.core.patch
import instructor.v2.validation.async_validators
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

from summarizer.backends.base import adapt_response_format, without_control_characters
from summarizer.backends.retrying import counting_retries
from summarizer.drafting.calls import CallLog

# Structured output is requested as a JSON schema for every backend; backends that need the
# llama.cpp form rewrite it (see backends.base.adapt_response_format).
STRUCTURED_OUTPUT_MODE = instructor.Mode.JSON_SCHEMA
#: What instructor raises when the draft still fails validation, or was cut off: salvageable.
SALVAGEABLE = (InstructorRetryException, IncompleteOutputException)


def _reject_async_validators_once(
    check: Callable[[Any], None] = instructor.v2.validation.async_validators.reject_async_validators,
) -> Callable[[Any], None]:
    """Instructor's check that a response model has no async validators, remembered per model.

    Instructor runs it three times on every request, walking the whole model's fields and
    every base class's attributes each time: a tenth of a batch's CPU per article. Whether a
    class passes cannot change once the class is made (our drafts are fixed classes), so a
    model that passed once passes without the walk; one that fails is checked (and fails)
    every time, as before."""
    passed: set[Any] = set()

    def reject(response_model: Any) -> None:
        try:
            if response_model in passed:
                return
        except TypeError:  # an unhashable annotation: check it as instructor would
            check(response_model)
            return
        check(response_model)
        passed.add(response_model)

    return reject


# Instructor imports the check by name where it runs it: in `patch` when that module loads, in
# the others at each call (from the module, so replacing it there reaches them).
instructor.v2.validation.async_validators.reject_async_validators = _reject_async_validators_once()  # type: ignore[assignment]  # same signature
instructor.v2.core.patch.reject_async_validators = instructor.v2.validation.async_validators.reject_async_validators


def validating(send: Callable[..., Any], calls: CallLog) -> Callable[..., Any]:
    """`send` (sync or async, returning a chat completion) wrapped by instructor: it takes the
    request's keyword arguments with `response_model` and `max_retries` and returns the
    validated draft. Each call, re-asks included, is counted in `calls`, with its transport
    retries; control characters in the answer become spaces first."""
    if inspect.iscoroutinefunction(send):

        async def acreate(**kwargs: Any) -> Any:
            with counting_retries(calls.retried):  # a context variable: this task's own
                response = await send(**kwargs)
            return calls.record(without_control_characters(response))

        return instructor.patch(create=acreate, mode=STRUCTURED_OUTPUT_MODE)

    def create(**kwargs: Any) -> Any:
        with counting_retries(calls.retried):
            response = send(**kwargs)
        return calls.record(without_control_characters(response))

    return instructor.patch(create=create, mode=STRUCTURED_OUTPUT_MODE)


def request_body(kwargs: dict[str, Any], output_mode: str) -> dict[str, Any]:
    """The chat-completion request instructor makes of `kwargs` (`response_model` ->
    `response_format`), in the form the backend sends it (`adapt_response_format`)."""
    from instructor.processing.response import handle_response_model  # only request files need it

    kwargs = dict(kwargs)
    kwargs.pop("max_retries", None)
    _, prepared = handle_response_model(kwargs.pop("response_model"), mode=STRUCTURED_OUTPUT_MODE, **kwargs)
    return adapt_response_format(prepared, output_mode)
