"""Transport retries: what is worth trying again (timeouts, dropped connections, 429, 5xx, a body
that is not JSON) is retried with backoff, honouring Retry-After; what cannot succeed (400, 401,
403, 404, 422) fails at once. No attempt starts once the total time would pass
`MAX_TOTAL_SECONDS`. Everything that escapes becomes one of our `BackendError`s with a one-line
message.

Each retry is logged and told to the listener that `counting_retries` installs for the current
thread or task, which is how a brief's `usage.retries` counts them."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import email.utils
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential_jitter,
)

from summarizer.errors import BackendError, BackendUnavailable

log = logging.getLogger("summarizer.backend")

MAX_ATTEMPTS = 4
MAX_TOTAL_SECONDS = 120.0
MAX_RETRY_AFTER_SECONDS = 60.0
_backoff = wait_exponential_jitter(multiplier=0.5, max=20.0, jitter=0.5)
# How a retry waits the seconds `_wait` chose (read at call time, so tests can record the waits
# instead of sleeping them).
sleep: Callable[[float], None] = time.sleep
async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
# Told of every retry in this thread or asyncio task (a context variable: the parts of one
# article are drafted in threads or tasks at once, each counting into its own article).
_on_retry: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar("on_retry", default=None)


@contextlib.contextmanager
def counting_retries(on_retry: Callable[[], None]) -> Iterator[None]:
    """Call `on_retry()` for each transport retry made inside this block (this thread or task)."""
    token = _on_retry.set(on_retry)
    try:
        yield
    finally:
        _on_retry.reset(token)


def is_transient(error: BaseException) -> bool:
    """Errors a later attempt may not meet."""
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError, json.JSONDecodeError)):
        return True  # a JSON decode error here is a garbled body (a proxy's page), not the model's text
    if isinstance(error, openai.APIStatusError):
        if _rejects_response_format(error):
            return False  # llama-cpp-python answers 500 to a request form it will never accept
        return error.status_code in (408, 409, 429) or error.status_code >= 500
    return False


def _rejects_response_format(error: openai.APIStatusError) -> bool:
    return "response_format" in str(getattr(error, "message", ""))


def _retry_after(error: BaseException | None) -> float | None:
    response = getattr(error, "response", None)
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return max(0.0, min(seconds, MAX_RETRY_AFTER_SECONDS))


def _wait(state: RetryCallState) -> float:
    error = state.outcome.exception() if state.outcome else None
    server_says = _retry_after(error)
    return server_says if server_says is not None else _backoff(state)


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    log.warning("model call failed (%s); retry %d", describe(error), state.attempt_number)
    on_retry = _on_retry.get()
    if on_retry is not None:
        on_retry()


def _policy(max_attempts: int | None, max_seconds: float | None) -> dict[str, Any]:
    # The limits are read at call time, so a test can lower the module's constants.
    max_attempts = MAX_ATTEMPTS if max_attempts is None else max_attempts
    max_seconds = MAX_TOTAL_SECONDS if max_seconds is None else max_seconds
    return {
        "retry": retry_if_exception(is_transient),
        # stop_before_delay: no retry whose wait would end past the total (after_delay would
        # still sleep and try once more), so the total is at most max_seconds plus one timeout.
        "stop": stop_after_attempt(max_attempts) | stop_before_delay(max_seconds),
        "wait": _wait,
        "before_sleep": _log_retry,
        "reraise": True,
    }


def call_with_retries(
    call: Callable[[], Any], *, max_attempts: int | None = None, max_seconds: float | None = None
) -> Any:
    """Run one model call, retrying transient failures; raise BackendError otherwise. The
    limits default to MAX_ATTEMPTS and MAX_TOTAL_SECONDS."""
    try:
        for attempt in Retrying(sleep=sleep, **_policy(max_attempts, max_seconds)):
            with attempt:
                return call()
    except (openai.OpenAIError, json.JSONDecodeError) as error:
        raise as_backend_error(error) from None


async def acall_with_retries(
    call: Callable[[], Any], *, max_attempts: int | None = None, max_seconds: float | None = None
) -> Any:
    """The async form of `call_with_retries`; `call` returns an awaitable."""
    try:
        async for attempt in AsyncRetrying(sleep=async_sleep, **_policy(max_attempts, max_seconds)):
            with attempt:
                return await call()
    except (openai.OpenAIError, json.JSONDecodeError) as error:
        raise as_backend_error(error) from None


def describe(error: BaseException | None) -> str:
    """A short, secret-free description of an API error."""
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}"
    if isinstance(error, openai.APITimeoutError):
        return "timed out"
    if isinstance(error, openai.APIConnectionError):
        return "cannot connect"
    if isinstance(error, json.JSONDecodeError):
        return "answer not JSON"
    return type(error).__name__ if error else "unknown error"


def as_backend_error(error: openai.OpenAIError | json.JSONDecodeError) -> BackendError:
    """Map an SDK error to our tree, with a message that says what to do about it."""
    if isinstance(error, json.JSONDecodeError):
        return BackendError(
            "the model server's answers were not JSON, even after retries: "
            "check that --base-url is an OpenAI-compatible /v1 endpoint"
        )
    if isinstance(error, openai.AuthenticationError):
        return BackendUnavailable("the model server refused the API key (HTTP 401): check OPENAI_API_KEY")
    if isinstance(error, openai.PermissionDeniedError):
        return BackendUnavailable("the model server denied access (HTTP 403): check the key's permissions")
    if isinstance(error, openai.NotFoundError):
        return BackendUnavailable("the model or endpoint was not found (HTTP 404): check --model and --base-url")
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError)):
        return BackendUnavailable(
            f"cannot reach the model server ({describe(error)}): check --base-url and that it is running"
        )
    if isinstance(error, openai.RateLimitError):
        return BackendError("the model server is rate limiting (HTTP 429) and retries ran out; try again later")
    if isinstance(error, openai.APIStatusError):
        if _rejects_response_format(error):
            return BackendError(
                f"the model server rejected the structured-output request (HTTP {error.status_code}); "
                "for llama-cpp-python's server use --output-mode json_object"
            )
        return BackendError(f"the model server answered HTTP {error.status_code}{_short_detail(error)}")
    return BackendError(f"the model call failed ({type(error).__name__})")


def _short_detail(error: openai.APIStatusError) -> str:
    message = _without_credentials(getattr(error, "message", "") or "", error)
    message = " ".join(message.replace("\\n", " ").split())[:160]
    return f": {message}" if message else ""


# Headers that carry a key (OpenAI, Azure, and proxies in front of other providers).
_CREDENTIAL_HEADERS = ("authorization", "api-key", "x-api-key")
# Long enough to be a key's own tail, as a server that masks the rest of the key shows it.
_MASKED_TAIL = 8


def _without_credentials(message: str, error: openai.APIStatusError) -> str:
    """The server's message with the key it was sent taken out: some servers and proxies quote
    the key in their error ("Incorrect API key provided: sk-..."), and the message is shown to
    the user and written to errors.jsonl. Done before the message is shortened, so a key cut in
    half at the limit cannot slip through."""
    headers = getattr(getattr(error, "request", None), "headers", None)
    for name in _CREDENTIAL_HEADERS:
        value = headers.get(name) if headers is not None else None
        if not value:
            continue
        scheme, _, token = value.partition(" ")
        secret = token.strip() if scheme.lower() == "bearer" and token.strip() else value
        message = message.replace(secret, "***")
        if len(secret) > 2 * _MASKED_TAIL:
            message = message.replace(secret[-_MASKED_TAIL:], "***")
    return message
