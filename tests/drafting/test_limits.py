"""Limits the model is told, and held to item by item: every length and count is in the schema's
descriptions in every output mode and in the prompt; an answer that breaks one costs one model
call and loses only the offending item, listed in `dropped`, live, in `collect` and in salvage;
an answer that is not a draft at all leaves a `dropped` entry too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer import resolve_settings, summarize
from summarizer.config import Settings
from summarizer.drafting.job import prepare
from summarizer.drafting.prompts import build_messages
from summarizer.grounding.limits import cut_at_sentences, within_limits
from summarizer.openai_batch import collect_results, write_openai_batch
from summarizer.schemas import Draft
from summarizer.schemas.draft import LIMITS
from tests.stub_server import StubServer, completion, draft_reply

ARTICLE = (
    "Harbour Bridge Reopens\n\n"
    "The Harbour Bridge reopened on Monday after repairs costing $1.2 billion. "
    "Crews replaced 120 steel cables over eight months.\n\n"
    "\u201cIt is safe again,\u201d Mayor Ana Ruiz said. Traffic returned to the bridge within an hour of the opening.\n"
)
LONG_EVENT = "Crews replaced 120 steel cables over eight months, " + "working day and night, " * 8 + "in the cold."
LONG_ROLE = "Mayor of the city, " + "re-elected again and again, " * 4 + "and chair of the bridge board"
LONG_MEASURES = "how much the repairs of the Harbour Bridge cost the city over the eight months they took"
SUMMARY = (
    "The Harbour Bridge reopened on Monday after repairs costing $1.2 billion. "
    "Crews replaced 120 steel cables over eight months. "
    "Traffic returned to the bridge within an hour of the opening. "
    "Mayor Ana Ruiz said it is safe again, and the repairs were finished on time and under budget this year, "
    "and the bridge will stay open through the winter storms."
)
EVENTS = [
    "The Harbour Bridge reopened on Monday after repairs costing $1.2 billion.",
    "Crews replaced 120 steel cables over eight months.",
    "Traffic returned to the bridge within an hour of the opening.",
    "Mayor Ana Ruiz said the Harbour Bridge is safe again.",
    "The Harbour Bridge reopened after eight months of repairs.",  # the fifth: past the count
]


def over_limit_answer() -> dict[str, Any]:
    """A schema-valid answer that breaks a length or count in every section."""
    return {
        "headline": "Harbour Bridge reopens",
        "summary": SUMMARY,
        "what": [*EVENTS[:2], LONG_EVENT, *EVENTS[2:]],
        "who": [{"name": "Ana Ruiz", "role": LONG_ROLE}],
        "numbers": [{"value": "$1.2 billion", "measures": LONG_MEASURES}],
        "quotes": [{"text": "It is safe again", "speaker": "Ana Ruiz"}],
    }


def assert_only_offending_items_dropped(brief) -> None:
    assert len(SUMMARY) > LIMITS.summary and len(LONG_EVENT) > LIMITS.event
    reasons = {(d.section, d.content): d.reason for d in brief.dropped}
    # The summary keeps its first sentences within the limit; the sentence past it is listed.
    assert brief.summary.startswith("The Harbour Bridge reopened on Monday")
    assert len(brief.summary) <= LIMITS.summary
    assert any(section == "summary" and "Mayor Ana Ruiz said" in content for section, content in reasons)
    # The long event alone is dropped; the four others are kept (the count applies after).
    assert "120 characters" not in reasons.get(("what", LONG_EVENT), "") and ("what", LONG_EVENT) in reasons
    assert brief.what == EVENTS[:4]
    assert ("what", EVENTS[4]) in reasons and "4 events" in reasons[("what", EVENTS[4])]
    # A long role or label is dropped, its person and figure kept.
    assert [p.name for p in brief.who if p.name == "Ana Ruiz"] and ("who", f"Ana Ruiz: {LONG_ROLE}") in reasons
    figure = next(n for n in brief.numbers if n.value == "$1.2 billion")
    assert figure.measures != LONG_MEASURES and ("numbers", f"$1.2 billion: {LONG_MEASURES}") in reasons
    assert brief.headline == "Harbour Bridge reopens" and brief.quotes[0].speaker == "Ana Ruiz"
    assert not any("unusable" in note for note in brief.notes)


# --- the limits, told ----------------------------------------------------------------------------


def limited_descriptions(schema: Any) -> list[str]:
    found = []
    if isinstance(schema, dict):
        if "at most" in str(schema.get("description", "")):
            found.append(schema["description"])
        for value in schema.values():
            found += limited_descriptions(value)
    elif isinstance(schema, list):
        for value in schema:
            found += limited_descriptions(value)
    return found


@pytest.mark.parametrize("output_mode", ["json_schema", "json_object"])
def test_every_limit_is_in_the_schema_descriptions_of_each_output_mode(output_mode):
    options = {"backend": "server", "base_url": "http://x/v1", "output_mode": output_mode}
    body = prepare(ARTICLE, "bridge.txt", resolve_settings(options, environ={})).request_body(0)
    response_format = body["response_format"]
    schema = response_format["json_schema"]["schema"] if output_mode == "json_schema" else response_format["schema"]
    text = " ".join(limited_descriptions(schema))
    for limit in (LIMITS.headline, LIMITS.summary, LIMITS.event, LIMITS.role, LIMITS.measures, LIMITS.quote):
        assert f"at most {limit} characters" in text
    for count in (LIMITS.events, LIMITS.people, LIMITS.figures, LIMITS.quotes):
        assert f"at most {count} items" in text
    dumped = json.dumps(schema)
    # Strict mode refuses maxLength; a grammar (llama.cpp) keeps it to bound a small model.
    assert ('"maxLength"' in dumped) == (output_mode == "json_object")


@pytest.mark.parametrize("full", [True, False])
def test_the_prompt_states_the_limits_from_the_same_constants(full):
    prompt = build_messages("[1] Some article.", [], [], full=full)[1]["content"]
    assert f"at most {LIMITS.headline} characters" in prompt and f"at most {LIMITS.summary} characters" in prompt
    if full:
        for phrase in (
            f"up to {LIMITS.events} main events",
            f"at most {LIMITS.event} characters",
            f"role at most {LIMITS.role}",
            f"what it counts at most {LIMITS.measures}",
            f"up to {LIMITS.quotes} direct quotes",
        ):
            assert phrase in prompt


def test_the_full_prompt_states_what_the_claim_check_holds_each_item_to():
    """The claim check holds a cited item to its cited sentences and a role to what the article
    calls the person: a capable model is told so (prompt version 7), and a small model, which
    cites nothing and is asked for no role, is not burdened with it."""
    full = build_messages("[1] Some article.", [], [], full=True)[1]["content"]
    short = build_messages("[1] Some article.", [], [], full=False)[1]["content"]
    for phrase in ("write it from those sentences alone", "A role is what the article calls the person"):
        assert phrase in full and phrase not in short


# --- held to them, item by item ------------------------------------------------------------------


def test_cut_at_sentences_keeps_whole_sentences_within_the_limit():
    text = "One two three. Four five six. Seven."
    assert cut_at_sentences(text, 100) == (text, [])
    assert cut_at_sentences(text, 30) == ("One two three. Four five six.", ["Seven."])
    assert cut_at_sentences(text, 5) == ("", ["One two three.", "Four five six.", "Seven."])


def test_within_limits_drops_each_offending_item_with_its_reason():
    draft = Draft.model_validate(over_limit_answer(), context={"source": None})
    held, dropped = within_limits(draft)
    assert [event.text for event in held.what] == EVENTS[:4]
    assert held.who[0].role == "" and held.numbers[0].measures == ""
    sections = sorted(d.section for d in dropped)
    assert sections == ["numbers", "summary", "what", "what", "who"]
    too_many = Draft.model_validate(
        {**over_limit_answer(), "who": [{"name": f"Ana Ruiz {n}", "role": ""} for n in range(LIMITS.people + 2)]},
        context={"source": None},
    )
    held, dropped = within_limits(too_many)
    assert len(held.who) == LIMITS.people
    assert [d.content for d in dropped if d.section == "who"] == [f"Ana Ruiz {n}" for n in (8, 9)]


def test_a_schema_valid_over_limit_answer_costs_one_call_and_loses_only_those_items():
    with StubServer([draft_reply(**over_limit_answer())]) as server:
        brief = summarize(ARTICLE, base_url=server.base_url, max_retries=2)
    assert len(server.requests) == 1 and brief.usage.model_calls == 1
    assert_only_offending_items_dropped(brief)


def test_a_cut_off_answer_is_salvaged_and_held_to_the_limits():
    content = json.dumps(over_limit_answer())
    cut = content[: content.index('"quotes"')].rstrip(", ")
    with StubServer([completion(cut, finish_reason="length")]) as server:
        brief = summarize(ARTICLE, base_url=server.base_url, max_retries=2)
    assert brief.usage.model_calls == 1
    assert any("cut off" in note for note in brief.notes)
    assert_only_offending_items_dropped(brief)


def test_an_answer_that_is_not_json_leaves_a_dropped_entry():
    raw = "Sure! Here is the briefing note you asked for: the Harbour Bridge reopened."
    with StubServer([completion(raw)]) as server:
        brief = summarize(ARTICLE, base_url=server.base_url, max_retries=0)
    entry = next(d for d in brief.dropped if d.section == "draft")
    assert entry.content == raw and "not JSON" in entry.reason
    assert brief.summary.startswith("The Harbour Bridge reopened")  # the lead stands in


class Item:
    def __init__(self, id: str, text: str) -> None:
        self.id, self.name, self.text, self.meta = id, f"{id}.txt", text, {}


def batch_result(custom_id: str, content: str) -> dict[str, Any]:
    body = completion(content).body
    return {"id": "r1", "custom_id": custom_id, "error": None, "response": {"status_code": 200, "body": body}}


def test_collect_keeps_an_over_limit_answer_and_a_broken_one_is_listed(tmp_path: Path):
    requests = tmp_path / "requests.jsonl"
    write_openai_batch([Item("over", ARTICLE), Item("broken", ARTICLE)], resolve_settings({}, environ={}), requests)
    answers = {"over": json.dumps(over_limit_answer()), "broken": "{not json at all"}
    lines = [json.loads(line) for line in requests.read_text().splitlines()]
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(batch_result(r["custom_id"], answers[r["custom_id"]])) + "\n" for r in lines))
    briefs = {record.id: brief for record, brief, _ in collect_results(results, tmp_path / "requests.articles.jsonl")}
    assert briefs["over"].usage.model_calls == 1
    assert_only_offending_items_dropped(briefs["over"])
    broken = [d for d in briefs["broken"].dropped if d.section == "draft"]
    assert [d.content for d in broken] == ["{not json at all"]


def test_the_answer_budget_holds_a_draft_filled_to_every_limit() -> None:
    """A capable model that uses every length and count it is told must not be cut off by
    max_tokens (English JSON runs about four characters a token)."""
    words = "word " * 200
    full = {
        "headline": words[: LIMITS.headline],
        "summary": words[: LIMITS.summary],
        "headline_sentences": [1, 2],
        "summary_sentences": [[1, 2], [3], [4]],
        "what": [{"text": words[: LIMITS.event], "sentences": [1, 2]} for _ in range(LIMITS.events)],
        "who": [{"name": words[: LIMITS.name], "role": words[: LIMITS.role]} for _ in range(LIMITS.people)],
        "numbers": [
            {"value": words[: LIMITS.value], "measures": words[: LIMITS.measures]} for _ in range(LIMITS.figures)
        ],
        "quotes": [{"text": words[: LIMITS.quote], "speaker": words[: LIMITS.speaker]} for _ in range(LIMITS.quotes)],
    }
    assert set(full) == set(Draft.model_fields)
    assert len(json.dumps(full, indent=1)) / 4 <= Settings().max_tokens


def test_the_prompt_offers_no_name_the_brief_would_refuse() -> None:
    """The names offered to a capable model are the ones `who` may show: no letter of "AT&T",
    no contraction, no common word the article also writes in lower case."""
    article = (
        "Phone Deal Collapses\n\n"
        "AT&T dropped its bid for the carrier on Monday, Chief Executive Dana Whitfield said. "
        "\u201cI'd hoped for more,\u201d Whitfield said. Talks may resume, and the talks were long.\n"
    )
    job = prepare(article, "deal", Settings(backend="openai", model="gpt-4o-mini"))
    user = job.request_body(0)["messages"][-1]["content"]
    names_line = next(line for line in user.splitlines() if line.startswith("Names in the article:"))
    offered = [name.strip() for name in names_line.removeprefix("Names in the article:").split(";")]
    assert "Dana Whitfield" in offered
    assert not {"T", "I'd", "Talks"} & set(offered)
