"""An article longer than one request may carry: read in parts split between paragraphs, the
parts sent at once, their drafts merged with nothing twice, and every span indexing the whole
text. Real HTTP against a scripted server on 127.0.0.1 that answers each part by its number."""

from __future__ import annotations

import asyncio
import re
import threading

import pytest

from summarizer import BackendError, ConfigError, asummarize, resolve_settings, summarize
from summarizer.source.article import Article
from tests.grounding_checks import assert_grounded
from tests.stub_server import Reply, StubServer, completion, draft_reply, error_reply

TEXT = (
    "Corran Valley Dam Reopens Ahead of Schedule\n\n"
    "The Corran Valley dam reopened to boats on Tuesday after eight months of repairs costing $4.5 million, "
    "the regional water board said.\n\n"
    "\u201cWe finished three weeks ahead of schedule,\u201d said Marta Lindqvist, the board's chief engineer. "
    "Crews replaced 120 concrete panels on the spillway.\n\n"
    "Lindqvist said the reservoir held 2.3 billion litres on Tuesday, close to its full level. "
    "\u201cWe finished three weeks ahead of schedule,\u201d she told the crowd at the opening ceremony.\n\n"
    "Local fishing clubs welcomed the news. Tomas Berg, who chairs the Corran Anglers Club, said 40 boats "
    "were booked for the weekend. \u201cThe lake is ours again,\u201d Berg said.\n\n"
    "The board will inspect the dam again in March, Lindqvist added.\n"
)
BUDGET = 250  # the title and lead; the engineer; the reservoir; the anglers and the inspection
PARTS = 4
FINISHED = "We finished three weeks ahead of schedule"
LAKE = "The lake is ours again"

# What the model says about each part. Parts 2 and 3 repeat the engineer and her quote, and
# part 2 quotes the anglers' line from part 4: drafts are checked against the whole article.
DRAFTS = {
    1: dict(
        headline="Corran Valley dam reopens after repairs",
        summary="The Corran Valley dam reopened to boats on Tuesday after eight months of repairs.",
        what=["The Corran Valley dam reopened to boats on Tuesday after eight months of repairs."],
        numbers=[{"value": "$4.5 million", "measures": "cost of the repairs"}],
    ),
    2: dict(
        headline="Engineer says repairs finished early",
        summary="The repairs finished early.",
        what=["Crews replaced 120 concrete panels on the spillway."],
        who=[{"name": "Marta Lindqvist", "role": "chief engineer"}],
        numbers=[{"value": "120", "measures": "concrete panels replaced"}],
        quotes=[
            {"text": f"\u201c{FINISHED},\u201d", "speaker": "Marta Lindqvist"},
            {"text": LAKE, "speaker": "Tomas Berg"},
        ],
    ),
    3: dict(
        headline="Reservoir nearly full",
        summary="The reservoir is close to its full level.",
        what=["The Corran Valley dam reopened to boats on Tuesday after eight months of repairs."],
        who=[{"name": "Lindqvist", "role": ""}],
        numbers=[{"value": "2.3 billion", "measures": "litres in the reservoir"}],
        quotes=[{"text": FINISHED, "speaker": "Lindqvist"}],
    ),
    4: dict(
        headline="Anglers welcome reopening",
        summary="Local fishing clubs welcomed the news.",
        who=[{"name": "Tomas Berg", "role": "chairs the Corran Anglers Club"}],
        numbers=[{"value": "40", "measures": "boats booked for the weekend"}],
        quotes=[{"text": LAKE, "speaker": "Tomas Berg"}],
    ),
}


def prompt(request: dict) -> str:
    """The user message with the article (a re-ask adds more messages after it)."""
    return request["messages"][1]["content"]


def part_of(request: dict) -> int:
    """The part a request is for, from the prompt's "part N of M"."""
    found = re.search(r"This is part (\d+) of (\d+)", prompt(request))
    assert found, "a request for part of an article must say which part"
    return int(found.group(1))


def article_in(request: dict) -> str:
    return prompt(request).split("<<<ARTICLE\n", 1)[1].split("\nARTICLE>>>", 1)[0]


def unnumbered(numbered: str) -> str:
    """The article as the prompt numbers it ("[3] A sentence." a line, paragraphs apart), with
    its numbers taken out and its sentences run together again."""
    paragraphs = numbered.split("\n\n")
    return "\n\n".join(" ".join(re.sub(r"^\[\d+\] ", "", line) for line in p.split("\n")) for p in paragraphs)


def sentence_numbers(numbered: str) -> list[int]:
    return [int(number) for number in re.findall(r"^\[(\d+)\] ", numbered, re.M)]


def by_part(request: dict) -> Reply:
    return draft_reply(**DRAFTS[part_of(request)])


def brief_from(server: StubServer, **options):
    options.setdefault("max_retries", 0)
    return summarize(TEXT, base_url=server.base_url, context_chars=BUDGET, **options)


def test_each_part_is_one_request_carrying_only_its_paragraphs():
    with StubServer(by_part) as server:
        brief = brief_from(server)
    assert len(server.requests) == PARTS
    requests = sorted(server.requests, key=part_of)
    assert [part_of(r) for r in requests] == [1, 2, 3, 4]
    numbered = [article_in(r) for r in requests]
    sections = [unnumbered(section) for section in numbered]
    assert all(len(section) <= BUDGET for section in sections)
    story = Article.from_text(TEXT).story_text()
    # Whole paragraphs, each in exactly one part, in order.
    assert [p for section in sections for p in section.split("\n\n")] == story.split("\n\n")
    # Sentences are numbered as in the whole story, so a part's citations point into it.
    numbers = [number for section in numbered for number in sentence_numbers(section)]
    assert numbers == list(range(1, len(numbers) + 1)) and sentence_numbers(numbered[1])[0] > 1
    assert all(f"of {PARTS} of a long article" in prompt(r) for r in requests)
    # The names offered for labelling are those of the part.
    assert "Tomas Berg" in prompt(requests[3])
    assert not any("Tomas Berg" in prompt(r) for r in requests[:3])
    assert brief.usage.model_calls == PARTS
    assert brief.usage.prompt_tokens == 100 * PARTS
    assert brief.notes == [
        f"the model read the article in {PARTS} parts of at most {BUDGET} characters; their drafts were merged"
    ]


def test_the_parts_are_merged_once_each_with_spans_in_the_whole_text():
    with StubServer(by_part) as server:
        brief = brief_from(server)
    assert brief.headline == "Corran Valley dam reopens after repairs"  # the lead's, not a later part's
    # The first part's summary sentence, completed to three by the lead's sentences it does not
    # rest on (the engineer's quoted words passed over), each marked as the article's.
    assert brief.summary == (
        "The Corran Valley dam reopened to boats on Tuesday after eight months of repairs. "
        "Crews replaced 120 concrete panels on the spillway. "
        "Lindqvist said the reservoir held 2.3 billion litres on Tuesday, close to its full level."
    )
    assert [item.origin for item in brief.prose if item.section == "summary"] == ["model", "article", "article"]
    assert brief.what == [
        "The Corran Valley dam reopened to boats on Tuesday after eight months of repairs.",
        "Crews replaced 120 concrete panels on the spillway.",
    ]

    assert [q.text for q in brief.quotes] == [FINISHED, LAKE]
    finished, lake = brief.quotes
    assert len(finished.spans) == 2  # said twice, in parts 2 and 3
    assert [TEXT[s:e] for s, e in finished.spans + lake.spans] == [FINISHED, FINISHED, LAKE]
    assert lake.spans[0][0] > TEXT.index("Local fishing clubs")  # found in the last part
    assert (finished.speaker, lake.speaker) == ("Marta Lindqvist", "Tomas Berg")

    measures = {n.value: n.measures for n in brief.numbers}
    assert measures == {
        "$4.5 million": "cost of the repairs",
        "120": "concrete panels replaced",
        "2.3 billion": "litres in the reservoir",
        "40": "boats booked for the weekend",
    }
    for number in brief.numbers:
        assert [TEXT[s:e] for s, e in number.spans] == [number.value] * len(number.spans)

    names = [w.name for w in brief.who]
    assert names.count("Marta Lindqvist") == 1 and "Lindqvist" not in names
    berg = next(w for w in brief.who if w.name == "Tomas Berg")
    assert berg.role == "chairs the Corran Anglers Club"  # only the last part says so
    assert all(TEXT[s:e] in berg.name for s, e in berg.spans)
    assert brief.dropped == []
    assert_grounded(brief, TEXT)


def test_async_parts_give_the_same_brief():
    with StubServer(by_part) as server:
        sync_brief = brief_from(server)
        async_brief = asyncio.run(asummarize(TEXT, base_url=server.base_url, context_chars=BUDGET, max_retries=0))
    assert len(server.requests) == 2 * PARTS
    assert async_brief.model_dump(exclude={"usage"}) == sync_brief.model_dump(exclude={"usage"})
    assert async_brief.usage.model_calls == PARTS


@pytest.mark.parametrize("style", ["sync", "async"])
def test_the_parts_are_in_flight_at_the_same_time(style):
    """Each answer waits until every part has asked: sequential requests would time out here."""
    everyone_asked = threading.Barrier(PARTS, timeout=10)
    overlapped = []

    def answer(request: dict) -> Reply:
        try:
            everyone_asked.wait()
            overlapped.append(True)
        except threading.BrokenBarrierError:
            overlapped.append(False)
        return by_part(request)

    with StubServer(answer) as server:
        if style == "sync":
            brief_from(server)
        else:
            asyncio.run(asummarize(TEXT, base_url=server.base_url, context_chars=BUDGET, max_retries=0))
    assert overlapped == [True] * PARTS


def test_an_unusable_part_adds_nothing_and_the_others_are_kept():
    def answer(request: dict) -> Reply:
        return completion("not json {") if part_of(request) == 3 else by_part(request)

    with StubServer(answer) as server:
        brief = brief_from(server)
    assert len(server.requests) == PARTS
    assert "part 3 of 4: the model's output was unusable, so this part adds nothing" in brief.notes
    assert brief.headline == "Corran Valley dam reopens after repairs"
    measures = {n.value: n.measures for n in brief.numbers}
    assert measures["40"] == "boats booked for the weekend"  # part 4 kept
    assert measures["2.3 billion"] == "held"  # part 3's label lost; the figure and its own label are evidence
    assert_grounded(brief, TEXT)


def test_a_part_that_fails_its_grounding_is_reasked_alone():
    asked = {}

    def answer(request: dict) -> Reply:
        part = part_of(request)
        asked[part] = asked.get(part, 0) + 1
        if part == 4 and asked[part] == 1:
            return draft_reply(quotes=[{"text": "Fishing is back", "speaker": "Tomas Berg"}])
        return by_part(request)

    with StubServer(answer) as server:
        brief = brief_from(server, max_retries=1)
    assert asked == {1: 1, 2: 1, 3: 1, 4: 2}
    assert brief.usage.model_calls == PARTS + 1
    reask = next(r for r in server.requests if len(r["messages"]) > 2)
    assert part_of(reask) == 4 and "Fishing is back" in reask["messages"][-1]["content"]  # it names the mistake
    assert brief.notes == [
        f"the model read the article in {PARTS} parts of at most {BUDGET} characters; their drafts were merged"
    ]


def test_a_backend_error_in_one_part_fails_the_article():
    def answer(request: dict) -> Reply:
        return error_reply(400) if part_of(request) == 2 else by_part(request)

    with StubServer(answer) as server:
        with pytest.raises(BackendError, match="HTTP 400"):
            brief_from(server)


def test_without_a_budget_a_server_reads_the_whole_article_in_one_request():
    with StubServer([draft_reply(**DRAFTS[1])]) as server:
        brief = summarize(TEXT, base_url=server.base_url, max_retries=0)
    assert len(server.requests) == 1
    assert "part 1 of" not in prompt(server.requests[0])
    assert unnumbered(article_in(server.requests[0])) == Article.from_text(TEXT).story_text()
    assert brief.notes == []


def test_context_chars_comes_from_flag_or_environment_and_must_be_sensible():
    env = {"SUMMARIZER_CONTEXT_CHARS": "4000"}
    assert resolve_settings({}, environ={}).context_chars is None
    assert resolve_settings({}, environ=env).context_chars == 4000
    assert resolve_settings({"context_chars": 900}, environ=env).context_chars == 900
    with pytest.raises(ConfigError, match="SUMMARIZER_CONTEXT_CHARS"):
        resolve_settings({}, environ={"SUMMARIZER_CONTEXT_CHARS": "lots"})
    with pytest.raises(ConfigError, match="at least 100"):
        resolve_settings({"context_chars": 10}, environ={})


def test_the_budget_each_backend_gives(tmp_path):
    from summarizer.backends import make_backend
    from summarizer.backends.embedded import SMALL_MODEL_LEAD_CHARS

    server = resolve_settings({"base_url": "http://127.0.0.1:9/v1", "context_chars": 3000}, environ={})
    assert make_backend(server).prompt_budget_chars() == 3000
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"GGUF")  # never loaded: the budget is known before the first call
    own_model = make_backend(resolve_settings({"model_path": str(gguf)}, environ={}))
    fits = own_model.prompt_budget_chars()
    assert fits > 10_000  # from the context size
    assert (
        make_backend(
            resolve_settings({"model_path": str(gguf), "context_chars": 2000}, environ={})
        ).prompt_budget_chars()
        == 2000
    )
    assert (
        make_backend(
            resolve_settings({"model_path": str(gguf), "context_chars": 10**9}, environ={})
        ).prompt_budget_chars()
        == fits
    )
    # The bundled small model reads the lead whatever the setting: its budget is not a context.
    small = make_backend(resolve_settings({"backend": "embedded", "context_chars": 500}, environ={}))
    assert small.small_model and small.prompt_budget_chars() == SMALL_MODEL_LEAD_CHARS


def test_parts_asking_the_embedded_model_at_once_load_it_one_at_a_time(monkeypatch):
    """Overlapping llama.cpp loads leave stdout and stderr pointing at /dev/null (seen for real)."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    from summarizer.backends import embedded

    loading, most = [], []

    def slow_load(path, threads):
        loading.append(path)
        most.append(len(loading))
        time.sleep(0.05)
        loading.remove(path)
        return object(), threading.Lock()

    monkeypatch.setattr(embedded, "_load", slow_load)
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(embedded._loaded_model, ["model.gguf"] * 4, [2] * 4))
    assert len(most) == 4 and max(most) == 1
