"""Articles take turns to prepare their requests (`batch.preparing`): the next article's CPU
work starts once the one before has asked for a request place, not before, and a turn ends
whatever becomes of the article."""

from __future__ import annotations

import asyncio

import pytest

from summarizer.backends.in_flight import limit_requests, request_place, unlimit_requests
from summarizer.batch.preparing import PreparationTurns


def _run_articles(names: list[str], places: int, fails: set[str] = frozenset()) -> list[str]:
    """Each article 'prepares' (two steps with the loop free between, as the SDK's sending
    has), then sends one request that takes 10 ms; returns the events in order."""
    events: list[str] = []

    async def article(turns: PreparationTurns, name: str) -> None:
        async with turns.turn():
            events.append(f"{name} prepares")
            await asyncio.sleep(0)
            events.append(f"{name} prepared")
            if name in fails:
                raise ValueError(name)
            async with request_place():
                events.append(f"{name} sent")
                await asyncio.sleep(0.01)

    async def batch() -> None:
        token = limit_requests(places)
        try:
            turns = PreparationTurns()
            await asyncio.gather(*(article(turns, name) for name in names), return_exceptions=True)
        finally:
            unlimit_requests(token)

    asyncio.run(batch())
    return events


def test_the_first_request_leaves_before_the_next_article_is_prepared():
    events = _run_articles(["a", "b", "c"], places=3)
    assert events.index("a sent") < events.index("b prepares")
    assert events.index("b sent") < events.index("c prepares")


def test_articles_beyond_the_places_are_prepared_while_the_requests_are_in_flight():
    events = _run_articles(["a", "b", "c"], places=1)
    # b asked for the only place, held by a: its turn ended, so c is prepared meanwhile.
    assert events.index("c prepared") < events.index("b sent")


@pytest.mark.parametrize("failing", ["a", "b"])
def test_an_article_that_fails_before_its_request_ends_its_turn(failing):
    events = _run_articles(["a", "b", "c"], places=3, fails={failing})
    others = [name for name in "abc" if name != failing]
    assert all(f"{name} sent" in events for name in others)
    assert f"{failing} sent" not in events


def test_once_every_place_is_taken_the_articles_prepare_together_again():
    events = _run_articles(["a", "b", "c", "d"], places=1)
    # b found the only place taken: c and d no longer wait for each other's requests.
    assert events.index("d prepares") < events.index("c prepared")
