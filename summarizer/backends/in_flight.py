"""At most N model requests in flight at once, counted where the request is sent.

A batch's `--concurrency` bounds the requests a server sees, but an article also has CPU work
before its request (reading, evidence) and after the answer (validation, grounding, writing).
Were the bound taken per article, an article whose answer had arrived would keep its place
while it waits for the event loop to ground it, and with many answers arriving together the
server would see far fewer requests than N: at 64 in flight, half a second of latency and 10 ms
of CPU per article, a third of the places sat idle. Counted per request instead, the next
article's request goes out the moment an answer comes back, and the CPU work of the others
overlaps the wait. Each attempt takes a place of its own: a retry's backoff holds none.

The bound is a context variable, so it holds for the tasks a batch starts after setting it and
for nothing else (a `summarize` call elsewhere in the process is not limited). So is the call
`on_request_asked` sets: told the moment an article's request asks for a place, before it
waits for one, it lets a batch start the next article's CPU work only once the one before has
its request on the way (see `batch.preparing`)."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import AsyncIterator, Callable

_places: contextvars.ContextVar[asyncio.Semaphore | None] = contextvars.ContextVar("request_places", default=None)
_asked: contextvars.ContextVar[Callable[[bool], None] | None] = contextvars.ContextVar("request_asked", default=None)


def limit_requests(requests: int) -> contextvars.Token[asyncio.Semaphore | None]:
    """From now on, in this task and the tasks it starts, at most `requests` model requests at
    once; returns the token that `unlimit_requests` takes to end it."""
    return _places.set(asyncio.Semaphore(requests))


def unlimit_requests(token: contextvars.Token[asyncio.Semaphore | None]) -> None:
    _places.reset(token)


def on_request_asked(told: Callable[[bool], None]) -> contextvars.Token[Callable[[bool], None] | None]:
    """From now on, in this task and the tasks it starts, call `told(must_wait)` each time a
    model request asks for a place, `must_wait` True when every place is taken; returns the
    token that `off_request_asked` takes to end it."""
    return _asked.set(told)


def off_request_asked(token: contextvars.Token[Callable[[bool], None] | None]) -> None:
    _asked.reset(token)


@contextlib.asynccontextmanager
async def request_place() -> AsyncIterator[None]:
    """Hold one of the places `limit_requests` made while a request is in flight (none made: go)."""
    told, places = _asked.get(), _places.get()
    if told is not None:
        told(places is not None and places.locked())
    if places is None:
        yield
        return
    async with places:
        yield
