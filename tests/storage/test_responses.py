"""The response cache: an unchanged request is answered without the model, with the same brief;
a changed one, or a corrupt entry, reaches the model; nothing secret is stored."""

from __future__ import annotations

import asyncio

from summarizer import asummarize, summarize
from summarizer.storage.responses import ResponseCache
from tests.conftest import FAKE_KEY
from tests.stub_server import StubServer, draft_reply

ARTICLE = (
    "The city council approved a $4.2 million budget on Tuesday, Mayor Ana Ruiz said.\n\n"
    '"This budget keeps every library open," Ruiz said after the vote.'
)
GOOD = {"headline": "Council approves budget", "summary": "The city council approved a $4.2 million budget."}


def brief_with(server: StubServer, responses: ResponseCache, text: str = ARTICLE):
    return summarize(text, base_url=server.base_url, api_key=FAKE_KEY, max_retries=0, responses=responses).model_dump(
        exclude={"usage": {"seconds"}}
    )


def test_an_unchanged_request_is_answered_from_the_cache_with_the_same_brief(tmp_path):
    responses = ResponseCache(tmp_path / "responses")
    with StubServer(lambda request: draft_reply(**GOOD)) as server:
        first = brief_with(server, responses)
        assert server.count == 1
        again = brief_with(server, responses)
        assert server.count == 1  # no second model call
        other = brief_with(server, responses, ARTICLE.replace("Tuesday", "Monday"))
        assert server.count == 2  # another article is another request
    assert again == first and first["headline"] == "Council approves budget"
    assert other["headline"] == "Council approves budget"
    stored = list((tmp_path / "responses").rglob("*.json"))
    assert len(stored) == 2
    assert all(FAKE_KEY not in path.read_text() for path in stored)


def test_the_async_path_uses_the_same_answers(tmp_path):
    responses = ResponseCache(tmp_path / "responses")
    with StubServer(lambda request: draft_reply(**GOOD)) as server:
        brief_with(server, responses)
        brief = asyncio.run(
            asummarize(ARTICLE, base_url=server.base_url, api_key=FAKE_KEY, max_retries=0, responses=responses)
        )
        assert server.count == 1
    assert brief.headline == "Council approves budget"


def test_a_corrupt_entry_is_a_miss_and_is_replaced(tmp_path):
    responses = ResponseCache(tmp_path / "responses")
    with StubServer(lambda request: draft_reply(**GOOD)) as server:
        brief_with(server, responses)
        (entry,) = (tmp_path / "responses").rglob("*.json")
        entry.write_text('{"id": "cut off')
        brief = brief_with(server, responses)
        assert server.count == 2
    assert brief["headline"] == "Council approves budget"
    assert entry.read_text().startswith("{") and '"choices"' in entry.read_text()


def test_another_model_is_another_key():
    request = {"messages": [{"role": "user", "content": "hi"}], "temperature": 0}
    one = ResponseCache.key({"backend": "server", "model": "a"}, request)
    assert ResponseCache.key({"backend": "server", "model": "b"}, request) != one
    assert ResponseCache.key({"backend": "server", "model": "a"}, {**request, "temperature": 1}) != one
    assert ResponseCache.key({"backend": "server", "model": "a"}, dict(request)) == one
