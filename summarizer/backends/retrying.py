"""Transport retries: what is worth trying again (timeouts, dropped connections, 429, 5xx) is
retried with backoff, honouring Retry-After; what cannot succeed (400, 401, 403, 404, 422) fails
at once. Everything that escapes becomes one of our `BackendError`s with a one-line message."""

from __future__ import annotations

import email.utils
import logging
import time
from typing import Any, Callable

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
)

from ..errors import BackendError, BackendUnavailable

log = logging.getLogger("summarizer.backend")

MAX_ATTEMPTS = 4
MAX_TOTAL_SECONDS = 120.0
MAX_RETRY_AFTER_SECONDS = 60.0
_backoff = wait_exponential_jitter(multiplier=0.5, max=20.0, jitter=0.5)


def is_transient(error: BaseException) -> bool:
    """Errors a later attempt may not meet."""
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
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


def _policy(max_attempts: int, max_seconds: float) -> dict[str, Any]:
    return {
        "retry": retry_if_exception(is_transient),
        "stop": stop_after_attempt(max_attempts) | stop_after_delay(max_seconds),
        "wait": _wait,
        "before_sleep": _log_retry,
        "reraise": True,
    }


def call_with_retries(call: Callable[[], Any], *, max_attempts: int = MAX_ATTEMPTS,
                      max_seconds: float = MAX_TOTAL_SECONDS) -> Any:
    """Run one model call, retrying transient failures; raise BackendError otherwise."""
    try:
        for attempt in Retrying(**_policy(max_attempts, max_seconds)):
            with attempt:
                return call()
    except openai.OpenAIError as error:
        raise as_backend_error(error) from None


async def acall_with_retries(call: Callable[[], Any], *, max_attempts: int = MAX_ATTEMPTS,
                             max_seconds: float = MAX_TOTAL_SECONDS) -> Any:
    """The async form of `call_with_retries`; `call` returns an awaitable."""
    try:
        async for attempt in AsyncRetrying(**_policy(max_attempts, max_seconds)):
            with attempt:
                return await call()
    except openai.OpenAIError as error:
        raise as_backend_error(error) from None


def describe(error: BaseException | None) -> str:
    """A short, secret-free description of an API error."""
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}"
    if isinstance(error, openai.APITimeoutError):
        return "timed out"
    if isinstance(error, openai.APIConnectionError):
        return "cannot connect"
    return type(error).__name__ if error else "unknown error"


def as_backend_error(error: openai.OpenAIError) -> BackendError:
    """Map an SDK error to our tree, with a message that says what to do about it."""
    if isinstance(error, openai.AuthenticationError):
        return BackendUnavailable("the model server refused the API key (HTTP 401): check OPENAI_API_KEY")
    if isinstance(error, openai.PermissionDeniedError):
        return BackendUnavailable("the model server denied access (HTTP 403): check the key's permissions")
    if isinstance(error, openai.NotFoundError):
        return BackendUnavailable("the model or endpoint was not found (HTTP 404): check --model and --base-url")
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError)):
        return BackendUnavailable(f"cannot reach the model server ({describe(error)}): check --base-url and that it is running")
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
    message = getattr(error, "message", "") or ""
    message = " ".join(message.replace("\\n", " ").split())[:160]
    return f": {message}" if message else ""
