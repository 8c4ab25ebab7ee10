"""Every way a model server fails, from tests/fault_server.py, and what we do about it: transport
faults (429, 5xx, resets, timeouts, a body that is not JSON) are retried with backoff within a
bounded total time and counted in `usage.retries`; bad content (not JSON, off-schema, ungrounded)
is re-asked, then salvaged or dropped; what never recovers fails the article with one line. Then a
batch of 200 articles with 30% faulty first answers, none lost and none duplicated.

The scripted-server tests in test_model_calls.py cover the rest (Retry-After 0, 4xx not retried,
re-ask wording, cut-off answers); these cover what needs the fault kinds."""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter

import pytest

from summarizer import BackendError, BackendUnavailable, Brief, asummarize, summarize
from summarizer.backends import retrying
from summarizer.cli.main import main
from summarizer.errors import ExitCode
from tests.batch.test_batch import errors_of, index_of, news, write_articles
from tests.fault_server import (
    UNGROUNDED_QUOTE,
    Fault,
    FaultServer,
    good,
    malformed_json,
    rate_limited,
    reset,
    schedule,
    schema_break,
    server_error,
    slow,
    truncated,
    ungrounded_quotes,
)
from tests.pipeline.test_long_articles import BUDGET, PARTS
from tests.pipeline.test_long_articles import TEXT as LONG_TEXT

TEXT = news(7)


@pytest.fixture
def quick_backoff(retry_waits: list[float]) -> None:
    """Waits recorded, not slept, for tests of what is retried, not how long."""


def brief_from(server: FaultServer, **options) -> Brief:
    options.setdefault("max_retries", 1)
    return summarize(TEXT, base_url=server.base_url, **options)


@pytest.mark.parametrize(
    "fault, requests, model_calls, retries",
    [
        (rate_limited(retry_after=0), 2, 1, 1),
        (server_error(500), 2, 1, 1),
        (server_error(502), 2, 1, 1),
        (server_error(503), 2, 1, 1),
        (reset(), 2, 1, 1),
        (malformed_json(where="body"), 2, 1, 1),  # a garbled HTTP body is the transport's, not the model's
        (malformed_json(), 2, 2, 0),  # content that is not JSON: re-asked
        (schema_break(), 2, 2, 0),
        (ungrounded_quotes(), 2, 2, 0),
        (truncated(), 1, 1, 0),  # kept partial, never re-asked (a second answer would be cut off too)
    ],
    ids=lambda value: f"{value.kind}-{value.status}" if isinstance(value, Fault) else None,
)
def test_one_fault_then_good_answers_gives_a_grounded_brief(fault, requests, model_calls, retries, quick_backoff):
    with FaultServer(schedule(fault)) as server:
        brief = brief_from(server)
    assert len(server.requests) == requests
    assert (brief.usage.model_calls, brief.usage.retries) == (model_calls, retries)
    assert server.injected[fault.kind] == 1 and server.transport_faults == retries
    assert brief.headline == "Duneby Council Approves Budget 7"  # the good answer's (or the cut one's)
    assert [quote.text for quote in brief.quotes] == ["This budget keeps 9 libraries open"]
    cut_off = [note for note in brief.notes if "cut off at the token limit" in note]
    assert len(cut_off) == (fault.kind == "truncated")


def test_retry_after_is_honoured(retry_waits):
    with FaultServer(schedule(rate_limited(retry_after=1))) as server:
        brief = brief_from(server)
    assert len(server.requests) == 2 and brief.usage.retries == 1
    assert retry_waits == [1.0]  # the wait asked for before the second request


def test_without_retry_after_the_backoff_grows(retry_waits):
    """0.5 s, then 1 s, each plus up to 0.5 s of jitter."""
    with FaultServer(schedule(server_error(500), server_error(502))) as server:
        brief = brief_from(server)
    assert len(server.requests) == 3 and brief.usage.retries == 2
    assert len(retry_waits) == 2 and retry_waits[0] <= retry_waits[1]
    for wait, least in zip(retry_waits, [0.5, 1.0]):
        assert least <= wait <= least + 0.5


def test_a_server_that_always_answers_503_fails_the_article_after_4_attempts_in_one_line(quick_backoff):
    with FaultServer(lambda article, nth: server_error(503)) as server:
        with pytest.raises(BackendError, match="HTTP 503") as caught:
            brief_from(server)
    assert len(server.requests) == retrying.MAX_ATTEMPTS == 4
    assert "\n" not in str(caught.value)


def test_a_retry_after_past_the_cap_waits_only_the_cap(retry_waits):
    with FaultServer(schedule(rate_limited(retry_after=3600))) as server:
        brief_from(server)
    assert len(server.requests) == 2
    assert retry_waits == [retrying.MAX_RETRY_AFTER_SECONDS] == [60.0]


def test_no_retry_starts_once_the_total_time_would_pass_the_limit(monkeypatch, retry_waits):
    monkeypatch.setattr(retrying, "MAX_TOTAL_SECONDS", 1.5)
    with FaultServer(lambda article, nth: rate_limited(retry_after=1)) as server:
        with pytest.raises(BackendError, match="rate limiting"):
            brief_from(server)
    assert len(server.requests) == 2  # a third would start at 2 s, past 1.5 s
    assert retry_waits == [1.0] and sum(retry_waits) < 1.5


def test_an_answer_slower_than_the_timeout_is_retried(quick_backoff):
    with FaultServer(schedule(slow(5))) as server:
        brief = brief_from(server, timeout=0.3)
    assert len(server.requests) == 2 and brief.usage.retries == 1


def test_a_server_that_stays_slower_than_the_timeout_fails_as_unreachable_in_one_line(quick_backoff):
    started = time.monotonic()
    with FaultServer(lambda article, nth: slow(5)) as server:
        with pytest.raises(BackendUnavailable, match="cannot reach the model server \\(timed out\\)") as caught:
            brief_from(server, timeout=0.3)
    assert len(server.requests) == 4 and "\n" not in str(caught.value)
    assert time.monotonic() - started < 5  # four timeouts of 0.3 s, not four answers 5 s late


def test_garbled_bodies_that_never_stop_fail_in_one_line(quick_backoff):
    with FaultServer(lambda article, nth: malformed_json(where="body")) as server:
        with pytest.raises(BackendError, match="not JSON") as caught:
            brief_from(server)
    assert len(server.requests) == 4 and "\n" not in str(caught.value)


def test_content_that_stays_unusable_after_the_reask_falls_back_to_the_lead_with_a_note():
    with FaultServer(schedule(malformed_json(), schema_break())) as server:
        brief = brief_from(server)
    assert brief.usage.model_calls == 2
    assert any("unusable" in note for note in brief.notes)
    assert brief.summary.startswith("The Duneby council approved a budget")


def test_a_quote_that_stays_ungrounded_is_dropped_and_listed_never_shown():
    with FaultServer(schedule(ungrounded_quotes(), ungrounded_quotes())) as server:
        brief = brief_from(server)
    assert brief.usage.model_calls == 2
    assert UNGROUNDED_QUOTE not in [quote.text for quote in brief.quotes]
    assert any(d.section == "quotes" and UNGROUNDED_QUOTE in d.content for d in brief.dropped)


@pytest.mark.parametrize("style", ["threads", "tasks"])
def test_the_retries_of_parts_drafted_at_once_are_all_counted(style):
    """Each part of a long article meets a 429 first: one retry per part, counted once each."""
    options = dict(context_chars=BUDGET, max_retries=0)
    with FaultServer(schedule(rate_limited(retry_after=0))) as server:
        if style == "threads":
            brief = summarize(LONG_TEXT, base_url=server.base_url, **options)
        else:
            brief = asyncio.run(asummarize(LONG_TEXT, base_url=server.base_url, **options))
    assert server.injected["rate_limited"] == PARTS
    assert (brief.usage.model_calls, brief.usage.retries) == (PARTS, PARTS)


def test_the_server_is_bounded(quick_backoff):
    with FaultServer([], max_requests=1) as server:
        brief_from(server)
        with pytest.raises(BackendError, match="HTTP 599"):
            brief_from(server, timeout=1)
    with FaultServer(lambda article, nth: slow(30), lifetime=0.5) as server:
        started = time.monotonic()
        with pytest.raises(BackendUnavailable):
            brief_from(server, timeout=10)
    assert time.monotonic() - started < 5  # the server closed itself; the client was not left waiting


# Every tenth article's first answer: the recoverable faults, each 1 in 10 of the faulty ones.
FAULT_MIX = [
    rate_limited(retry_after=0),
    server_error(500),
    server_error(502),
    server_error(503),
    reset(),
    malformed_json(where="body"),
    malformed_json(),
    schema_break(),
    ungrounded_quotes(),
    truncated(),
]
FAULTY = {0: 0, 3: 1, 6: 2}  # article number % 10 -> which round of the mix: 30% of the articles


def first_answer_fault(number: int) -> Fault:
    if number % 10 not in FAULTY:
        return good()
    return FAULT_MIX[(number // 10 + FAULTY[number % 10] * 7) % len(FAULT_MIX)]


@pytest.mark.slow  # 200 articles, real backoff
def test_a_batch_of_200_with_30_percent_faults_briefs_every_article_once_and_shows_the_retries(tmp_path, capsys):
    ids = write_articles(tmp_path / "in", 200)
    number_of = lambda article: int(re.search(r"Council Approves Budget (\d+)", article).group(1))  # noqa: E731
    plan = lambda article, nth: first_answer_fault(number_of(article)) if nth == 1 else good()  # noqa: E731
    started = time.monotonic()
    with FaultServer(plan, max_requests=1000) as server:
        code = main(
            [
                "batch",
                str(tmp_path / "in"),
                "--out",
                str(tmp_path / "out"),
                "--base-url",
                server.base_url,
                "--concurrency",
                "16",
                "--no-cache",
                "--timeout",
                "10",
            ]
        )
    seconds = time.monotonic() - started
    out, _ = capsys.readouterr()
    out_dir = tmp_path / "out"

    expected = Counter(first_answer_fault(number).kind for number in range(200))
    assert sum(count for kind, count in expected.items() if kind != "good") == 60
    # A good second answer for every faulty first one but the cut-off ones, which are kept as they are.
    assert server.injected == expected + Counter(good=60 - expected["truncated"])
    assert code == ExitCode.OK
    assert errors_of(out_dir) == {}
    assert sorted(record["id"] for record in index_of(out_dir)) == ids  # every id, exactly once
    briefs = [Brief.model_validate_json(path.read_text(encoding="utf-8")) for path in sorted(out_dir.glob("*.json"))]
    assert len(briefs) == 200
    assert not list(tmp_path.rglob("*.tmp"))
    assert all(UNGROUNDED_QUOTE not in [quote.text for quote in brief.quotes] for brief in briefs)

    retries = sum(brief.usage.retries for brief in briefs)
    reasks = sum(brief.usage.model_calls for brief in briefs) - 200
    assert retries == server.transport_faults == 36
    assert reasks == expected["malformed_json"] + expected["schema_break"] + expected["ungrounded_quotes"] == 18
    assert f"retries            {retries}" in out and f"model calls        {200 + reasks}" in out
    assert "briefed            200" in out and "failed             0" in out
    print(f"\n200 articles, {seconds:.1f} s: injected {dict(server.injected)}; retries {retries}, re-asks {reasks}")
