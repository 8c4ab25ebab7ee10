"""The bound on model requests in flight (`backends.in_flight`): held by the tasks a batch
starts after setting it, and by nothing else."""

from __future__ import annotations

import asyncio

from summarizer.backends.in_flight import (
    limit_requests,
    off_request_asked,
    on_request_asked,
    request_place,
    unlimit_requests,
)


async def _most_at_once(tasks: int) -> int:
    state = {"now": 0, "most": 0}

    async def request() -> None:
        async with request_place():
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
            await asyncio.sleep(0.01)
            state["now"] -= 1

    await asyncio.gather(*(request() for _ in range(tasks)))
    return state["most"]


def test_requests_started_after_the_limit_never_exceed_it():
    async def limited() -> int:
        token = limit_requests(3)
        try:
            return await _most_at_once(10)
        finally:
            unlimit_requests(token)

    assert asyncio.run(limited()) == 3


def test_without_a_limit_every_request_goes_at_once():
    assert asyncio.run(_most_at_once(10)) == 10


def test_the_limit_ends_with_its_token():
    async def after_reset() -> int:
        unlimit_requests(limit_requests(1))
        return await _most_at_once(5)

    assert asyncio.run(after_reset()) == 5


def test_a_request_that_asks_for_a_place_says_so_before_it_waits_for_one():
    in_flight: list[str] = []
    told: list[list] = []  # what was in flight each time a request asked, and whether it must wait

    async def asks(name: str) -> None:
        async with request_place():
            in_flight.append(name)
            await asyncio.sleep(0.01)
            in_flight.remove(name)

    async def limited() -> None:
        places = limit_requests(1)
        asked = on_request_asked(lambda must_wait: told.append([*in_flight, must_wait]))
        try:
            await asyncio.gather(asks("first"), asks("second"))
        finally:
            off_request_asked(asked)
            unlimit_requests(places)

    asyncio.run(limited())
    assert told == [[False], ["first", True]]  # the second was told while the only place was taken


def test_nobody_is_told_after_the_token_is_reset():
    told: list[str] = []

    async def after_reset() -> None:
        off_request_asked(on_request_asked(lambda must_wait: told.append("asked")))
        async with request_place():
            pass

    asyncio.run(after_reset())
    assert told == []
