"""One article at a time between the start of its CPU work and its request: the order in which a
batch's event loop prepares articles and sends their requests.

The CPU work before an article's request (reading it, its evidence, the prompt) runs on the
event loop, and so does every step of sending a request (opening a connection, writing it).
Started together, the articles of a batch's first wave (twice the request places) would each
do their CPU work in the loop's first rounds, before any request's next step: no request left
until every one of them was prepared (64 articles, about half a second, at `--concurrency 64`
with 2 workers, a second of them in one process). Taking turns, the next article starts its
work once the one before has asked for a request place (`backends.in_flight`), so the first
request leaves after one article's work and each following one a step later. Turns are taken
only until the first request that finds every place taken: from then on answers free places one
at a time, and the articles beyond the places are prepared together, as before, while requests
are in flight (handed a turn at a time, each would wait a round of the loop behind the answers
being grounded, and places would stand empty).

What each article's brief holds does not depend on this order."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from summarizer.backends.in_flight import off_request_asked, on_request_asked

__all__ = ["PreparationTurns"]


class PreparationTurns:
    """Articles take turns, in the order they ask, to prepare their request: a turn ends when
    the article's first request asks for a place, or when the article ends without one (a
    failure, an answer from a cache). Once a request found every place taken, no more turns."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()  # bound to the running loop at its first use
        self._places_filled = False

    @contextlib.asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Wait for this article's turn; it lasts until its request asks for a place."""
        if self._places_filled:
            yield
            return
        await self._lock.acquire()
        if self._places_filled:  # filled while this article waited: the ones behind it go too
            self._lock.release()
            yield
            return
        ended = False

        def end(must_wait: bool = False) -> None:
            nonlocal ended
            self._places_filled = self._places_filled or must_wait
            if not ended:
                ended = True
                self._lock.release()

        token = on_request_asked(end)
        try:
            yield
        finally:
            off_request_asked(token)
            end()
