"""The OpenAI Batch API path: the request file checked against the openai SDK's own types and
strict mode's rules, its bodies against what the live remote path sends (a stub server records
them), and results files shaped as the API documents them turned back into grounded briefs.
No model runs: answers are made here, as `ChatCompletion`s of the openai SDK."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from openai.types.chat import ChatCompletion
from openai.types.chat.completion_create_params import CompletionCreateParamsBase, CompletionCreateParamsNonStreaming
from openai.types.shared_params.response_format_json_schema import JSONSchema, ResponseFormatJSONSchema
from pydantic import TypeAdapter

from summarizer import ConfigError, InputError, resolve_settings, summarize
from summarizer.config import Settings
from summarizer.drafting.strict_schema import UNSUPPORTED_KEYWORDS, strict_schema
from summarizer.openai_batch import collect_results, custom_ids, find_manifest, write_openai_batch
from summarizer.openai_batch.command import collect, write_requests
from summarizer.openai_batch.manifest import MAX_CUSTOM_ID
from summarizer.openai_batch.results import NO_REASK_NOTE
from tests.conftest import FAKE_KEY, SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE, read_seed
from tests.grounding_checks import assert_grounded
from tests.stub_server import StubServer, draft_reply

# Seed 004 in 3 parts and seed 000 in 2 at this budget; the short article below in one.
CONTEXT_CHARS = 1500
SHORT = (
    "Bridge Reopens\n\nThe Harbour Bridge reopened on Monday after repairs costing $1.2 billion.\n\n"
    "\u201cIt is safe again,\u201d Mayor Ana Ruiz said.\n"
)
NORTH_KOREA_QUOTE = "At the current moment nothing is determined"
BOILERPLATE_SEED_QUOTE = "highly concerning probability"


@dataclass
class Item:
    id: str
    name: str
    text: str | None
    meta: dict[str, Any] = field(default_factory=dict)


def settings(**options: Any):
    return resolve_settings({"context_chars": CONTEXT_CHARS, **options}, environ={})


def seed_items() -> list[Item]:
    return [
        Item("short", "short.txt", SHORT, {"section": "city"}),
        Item("seed-004", SEED_NORTH_KOREA.name, read_seed(SEED_NORTH_KOREA)),
        Item("seed-000", SEED_WITH_BOILERPLATE.name, read_seed(SEED_WITH_BOILERPLATE)),
    ]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def written(tmp_path: Path):
    requests = tmp_path / "requests.jsonl"
    summary = write_openai_batch(seed_items(), settings(), requests)
    return summary, requests, tmp_path / "requests.articles.jsonl"


# --- the request file --------------------------------------------------------------------------


def test_request_lines_are_what_the_openai_sdk_accepts(written):
    summary, requests, manifest = written
    lines = read_jsonl(requests)
    assert (summary.articles, summary.requests, len(lines)) == (3, 6, 6)
    assert [line["custom_id"] for line in lines] == [
        "short",
        "seed-004#part-1-of-3",
        "seed-004#part-2-of-3",
        "seed-004#part-3-of-3",
        "seed-000#part-1-of-2",
        "seed-000#part-2-of-2",
    ]
    params = TypeAdapter(CompletionCreateParamsNonStreaming)
    known = set(CompletionCreateParamsBase.__annotations__) | set(CompletionCreateParamsNonStreaming.__annotations__)
    for line in lines:
        assert set(line) == {"custom_id", "method", "url", "body"}
        assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
        body = line["body"]
        params.validate_python(body)
        assert set(body) <= known, set(body) - known  # TypedDicts ignore unknown keys: check them here
        assert (
            body["model"] == "gpt-4o-mini"
            and body["temperature"] == 0.0
            and body["max_tokens"] == Settings().max_tokens
        )
        response_format = body["response_format"]
        TypeAdapter(ResponseFormatJSONSchema).validate_python(response_format)
        assert set(response_format["json_schema"]) <= set(JSONSchema.__annotations__)
        assert response_format["json_schema"]["strict"] is True
    assert len({line["custom_id"] for line in lines}) == len(lines)
    assert all(len(line["custom_id"]) <= MAX_CUSTOM_ID for line in lines)
    assert summary.requests_paths == (requests,) and summary.manifest_paths == (manifest,)
    assert summary.prompt_tokens > 0 and summary.max_completion_tokens == 6 * Settings().max_tokens
    assert summary.cost_usd is not None and 0 < summary.cost_usd < 0.01  # gpt-4o-mini, Batch API prices


def assert_strict(schema: dict[str, Any], where: str = "schema") -> None:
    """Strict mode's rules, checked on every subschema: objects closed with every property
    required, no keyword it refuses, no $ref with siblings."""
    assert not (UNSUPPORTED_KEYWORDS & schema.keys()), (where, UNSUPPORTED_KEYWORDS & schema.keys())
    assert not {"allOf", "oneOf", "not", "if", "then", "else"} & schema.keys(), where
    assert "$ref" not in schema or len(schema) == 1, where
    kind = schema.get("type")
    if kind == "object" or (isinstance(kind, list) and "object" in kind) or "properties" in schema:
        assert schema.get("additionalProperties") is False, where
        assert schema.get("required") == list(schema.get("properties", {})), where
    for name, sub in schema.get("properties", {}).items():
        assert_strict(sub, f"{where}.{name}")
    for key in ("$defs", "definitions"):
        for name, sub in schema.get(key, {}).items():
            assert_strict(sub, f"{where}.{key}.{name}")
    if isinstance(schema.get("items"), dict):
        assert_strict(schema["items"], f"{where}[]")
    for number, sub in enumerate(schema.get("anyOf", [])):
        assert_strict(sub, f"{where}|{number}")


def test_every_schema_in_the_file_is_strict(written):
    _, requests, _ = written
    for line in read_jsonl(requests):
        schema = line["body"]["response_format"]["json_schema"]["schema"]
        assert schema["type"] == "object" and "anyOf" not in schema
        assert_strict(schema)
        assert set(schema["properties"]) == {
            "headline",
            "summary",
            "headline_sentences",
            "summary_sentences",
            "what",
            "who",
            "numbers",
            "quotes",
        }


def test_batch_bodies_are_exactly_what_the_live_remote_path_sends(tmp_path):
    items = seed_items()
    with StubServer(lambda request: draft_reply()) as server:
        for item in items:
            summarize(
                item.text,
                name=item.name,
                backend="server",
                base_url=server.base_url,
                context_chars=CONTEXT_CHARS,
                max_retries=0,
            )
    requests = tmp_path / "requests.jsonl"
    write_openai_batch(items, settings(backend="server", base_url="http://vllm.invalid/v1"), requests)
    batch = [line["body"] for line in read_jsonl(requests)]
    assert len(batch) == len(server.requests) == 6

    def canonical(bodies: list[dict]) -> list[str]:  # parts are sent at once: any order
        return sorted(json.dumps(body, sort_keys=True) for body in bodies)

    assert canonical(batch) == canonical(server.requests)
    assert all(body["model"] == "default" for body in batch)


def test_the_manifest_holds_everything_collect_needs_and_no_secret(tmp_path):
    requests = tmp_path / "requests.jsonl"
    write_openai_batch(seed_items(), settings(api_key=FAKE_KEY, base_url="http://user:pw@vllm.invalid/v1"), requests)
    raw = (tmp_path / "requests.articles.jsonl").read_text(encoding="utf-8")
    assert FAKE_KEY not in raw and "vllm.invalid" not in raw and "pw" not in raw
    first = json.loads(raw.splitlines()[0])
    assert first["id"] == "short" and first["text"] == SHORT and first["meta"] == {"section": "city"}
    assert first["custom_ids"] == ["short"] and first["model"] == "default"
    assert first["settings"]["context_chars"] == CONTEXT_CHARS and first["settings"]["backend"] == "server"


def test_unsafe_or_long_ids_become_hashes_the_manifest_maps_back():
    assert custom_ids("a/b c", 1)[0].startswith("sha256-")
    assert custom_ids("x" * 60, 1) == ["x" * 60]  # fits alone; with "#part-1-of-2" it would not
    hashed = custom_ids("x" * 60, 2)
    assert hashed[0].startswith("sha256-") and hashed == [hashed[0].split("#")[0] + f"#part-{k}-of-2" for k in (1, 2)]
    assert all(len(custom_id) <= MAX_CUSTOM_ID for custom_id in hashed)
    assert custom_ids("a/b c", 1) != custom_ids("a/b d", 1)


def test_unwritable_articles_are_listed_and_the_rest_written(tmp_path, capsys):
    items = [Item("short", "short.txt", SHORT), Item("blank", "blank.txt", "   \n"), Item("short", "again.txt", SHORT)]
    broken = Item("broken", "broken.txt", None)
    broken.error = "line 4: not a JSON object"  # as the batch input reader marks an unreadable line
    code = write_requests([*items, broken], settings(), tmp_path / "requests.jsonl")
    assert code == 1
    err = capsys.readouterr().err
    assert "blank: blank.txt: the article is empty" in err and "short: a repeated id" in err
    assert "broken: line 4: not a JSON object" in err
    assert "client.batches.create(" in err and "purpose='batch'" in err and "completion_window='24h'" in err
    assert "vllm run-batch -i" in err and "summarizer collect results.jsonl --out DIR" in err
    assert [line["custom_id"] for line in read_jsonl(tmp_path / "requests.jsonl")] == ["short"]


def test_nothing_to_write_is_an_input_error_and_leaves_no_file(tmp_path):
    with pytest.raises(InputError, match="no article"):
        write_openai_batch([Item("blank", "blank.txt", " ")], settings(), tmp_path / "requests.jsonl")
    assert list(tmp_path.iterdir()) == []


def test_the_embedded_backend_cannot_write_a_batch(tmp_path):
    with pytest.raises(ConfigError, match="--openai-batch"):
        write_openai_batch(seed_items(), settings(backend="embedded"), tmp_path / "requests.jsonl")


def test_a_batch_over_the_per_file_limit_is_split_between_articles(tmp_path):
    summary = write_openai_batch(seed_items(), settings(), tmp_path / "requests.jsonl", max_requests=4)
    assert [path.name for path in summary.requests_paths] == ["requests-001.jsonl", "requests-002.jsonl"]
    assert [path.name for path in summary.manifest_paths] == [
        "requests-001.articles.jsonl",
        "requests-002.articles.jsonl",
    ]
    first, second = (read_jsonl(path) for path in summary.requests_paths)
    assert len(first) == 4 and len(second) == 2  # seed 004's three parts stay with the short article
    assert [record["id"] for record in read_jsonl(summary.manifest_paths[1])] == ["seed-000"]
    assert not (tmp_path / "requests.jsonl").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [path.name for path in summary.requests_paths + summary.manifest_paths]
    )  # no temporary file left


# --- strict_schema -----------------------------------------------------------------------------


def test_strict_schema_closes_objects_and_makes_optional_fields_nullable():
    schema = {
        "type": "object",
        "properties": {
            "name": {"type": "string", "maxLength": 5},
            "role": {"type": "string", "default": "", "description": "Their role"},
            "kind": {"enum": ["a", "b"], "default": "a"},
            "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3, "uniqueItems": True},
            "place": {"$ref": "#/$defs/Place", "description": "Where"},
            "either": {"oneOf": [{"$ref": "#/$defs/Place"}, {"type": "integer", "minimum": 1}]},
            "site": {"type": "string", "format": "uri", "pattern": "^h"},
        },
        "required": ["name", "place", "either", "site"],
        "$defs": {
            "Place": {
                "type": "object",
                "properties": {
                    "city": {"type": "string"},
                    "lat": {"anyOf": [{"type": "number"}, {"type": "null"}], "default": None},
                },
                "required": ["city"],
            }
        },
    }
    before = json.dumps(schema)
    strict = strict_schema(schema)
    assert json.dumps(schema) == before  # a copy: the input is untouched
    assert_strict(strict)
    properties = strict["properties"]
    assert properties["name"] == {"type": "string"}  # maxLength is not accepted; pydantic enforces it
    assert properties["role"] == {"type": ["string", "null"], "description": "Their role"}
    assert properties["kind"] == {"anyOf": [{"enum": ["a", "b"]}, {"type": "null"}]}
    assert properties["tags"] == {"type": ["array", "null"], "items": {"type": "string"}, "maxItems": 3}
    assert properties["place"]["description"] == "Where" and "$ref" not in properties["place"]  # inlined
    assert properties["place"]["properties"]["city"] == {"type": "string"}
    assert properties["either"] == {"anyOf": [{"$ref": "#/$defs/Place"}, {"type": "integer", "minimum": 1}]}
    assert properties["site"] == {"type": "string", "pattern": "^h"}  # an unsupported format goes
    assert strict["$defs"]["Place"]["required"] == ["city", "lat"]
    assert strict["$defs"]["Place"]["properties"]["lat"] == {"anyOf": [{"type": "number"}, {"type": "null"}]}
    assert strict_schema(strict) == strict


@pytest.mark.parametrize(
    "schema, message",
    [
        ({"type": "object", "additionalProperties": {"type": "string"}}, "free-form keys"),
        ({"type": "object", "properties": {"x": {"not": {"type": "string"}}}}, "'not'"),
        ({"type": "array", "items": {"type": "string"}}, "object schema at the root"),
    ],
)
def test_strict_schema_refuses_what_strict_mode_cannot_say(schema, message):
    with pytest.raises(ValueError, match=message):
        strict_schema(schema)


# --- results -----------------------------------------------------------------------------------


def completion(
    content: str | None,
    *,
    finish_reason: str = "stop",
    prompt: int = 900,
    answer: int = 120,
    refusal: str | None = None,
) -> dict[str, Any]:
    """A chat completion as the API returns it, through the openai SDK's own model."""
    return ChatCompletion.model_validate(
        {
            "id": "chatcmpl-batch",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": "gpt-4o-mini-2024-07-18",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": finish_reason,
                    "logprobs": None,
                    "message": {"role": "assistant", "content": content, "refusal": refusal},
                }
            ],
            "usage": {"prompt_tokens": prompt, "completion_tokens": answer, "total_tokens": prompt + answer},
            "system_fingerprint": "fp_batch",
        }
    ).model_dump(mode="json")


def draft(**sections: Any) -> str:
    full = {"headline": "", "summary": "", "what": [], "who": [], "numbers": [], "quotes": []}
    full.update(sections)
    return json.dumps(full)


def success(custom_id: str, body: dict[str, Any], number: int = 1) -> dict[str, Any]:
    return {
        "id": f"batch_req_{number}",
        "custom_id": custom_id,
        "error": None,
        "response": {"status_code": 200, "request_id": f"req_{number}", "body": body},
    }


SHORT_DRAFT = draft(
    headline="Harbour Bridge reopens",
    summary="The Harbour Bridge reopened on Monday after repairs.",
    who=[{"name": "Ana Ruiz", "role": "Mayor"}],
    numbers=[{"value": "$1.2 billion", "measures": "cost of the repairs"}],
    quotes=[{"text": "It is safe again", "speaker": "Ana Ruiz"}],
)
NORTH_KOREA_PARTS = [
    draft(
        headline="US and South Korea urge North Korea to withdraw troops from Russia",
        summary="The defense chiefs from the United States and South Korea urged North Korea to withdraw its troops from Russia.",
        who=[{"name": "Lloyd Austin", "role": ""}],
        numbers=[{"value": "10,000", "measures": "North Korean troops in Russia"}],
    ),
    draft(headline="Second part", summary="More.", quotes=[{"text": NORTH_KOREA_QUOTE, "speaker": "Kim Yonghyun"}]),
    draft(headline="Third part", summary="More.", who=[{"name": "Lloyd Austin", "role": ""}]),
]
BOILERPLATE_PARTS = [
    draft(
        headline="North Korean troops land in Russia",
        summary="Approximately 3,000 North Korean soldiers have been reported to arrive in Russia this month.",
        numbers=[{"value": "3,000", "measures": "North Korean soldiers"}],
    ),
    draft(headline="Second part", summary="More.", quotes=[{"text": BOILERPLATE_SEED_QUOTE, "speaker": "White House"}]),
]


def results_for(requests: Path, answers: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        success(line["custom_id"], answers[line["custom_id"]], number)
        for number, line in enumerate(read_jsonl(requests), 1)
        if line["custom_id"] in answers
    ]


def write_jsonl(path: Path, lines: list[dict[str, Any] | str]) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines), encoding="utf-8"
    )
    return path


def all_answers() -> dict[str, dict[str, Any]]:
    answers = {"short": completion(SHORT_DRAFT, prompt=300, answer=80)}
    answers.update(
        {
            f"seed-004#part-{k}-of-3": completion(content, prompt=1000 + k)
            for k, content in enumerate(NORTH_KOREA_PARTS, 1)
        }
    )
    answers.update(
        {f"seed-000#part-{k}-of-2": completion(content, prompt=700) for k, content in enumerate(BOILERPLATE_PARTS, 1)}
    )
    return answers


def test_results_become_grounded_briefs_with_the_batch_usage(written, tmp_path):
    _, requests, manifest = written
    results = write_jsonl(tmp_path / "results.jsonl", list(reversed(results_for(requests, all_answers()))))
    collected = list(collect_results(results, manifest))
    assert [(record.id, reason) for record, _, reason in collected] == [
        ("short", None),
        ("seed-004", None),
        ("seed-000", None),
    ]
    briefs = {record.id: brief for record, brief, _ in collected}
    texts = {item.id: item.text for item in seed_items()}
    for article_id, brief in briefs.items():
        assert_grounded(brief, texts[article_id])
        for quote in brief.quotes:
            for start, end in quote.spans:
                assert texts[article_id][start:end] == quote.text
        assert brief.usage.backend == "openai-batch" and brief.usage.model == "gpt-4o-mini"
    short = briefs["short"]
    assert short.headline == "Harbour Bridge reopens" and [q.text for q in short.quotes] == ["It is safe again"]
    assert short.quotes[0].speaker == "Ana Ruiz" and short.source.name == "short.txt"
    assert (short.usage.model_calls, short.usage.prompt_tokens, short.usage.completion_tokens) == (1, 300, 80)
    north_korea = briefs["seed-004"]  # three parts merged into one brief
    assert (north_korea.usage.model_calls, north_korea.usage.prompt_tokens, north_korea.usage.completion_tokens) == (
        3,
        1001 + 1002 + 1003,
        3 * 120,
    )
    assert north_korea.headline == "US and South Korea urge North Korea to withdraw troops from Russia"
    assert any(q.text.startswith(NORTH_KOREA_QUOTE) and q.speaker == "Kim Yonghyun" for q in north_korea.quotes)
    assert [p.name for p in north_korea.who].count("Lloyd Austin") == 1
    assert any("3 parts" in note for note in north_korea.notes)
    two_parts = briefs["seed-000"]
    assert two_parts.usage.model_calls == 2 and any(n.value == "3,000" for n in two_parts.numbers)
    assert any(BOILERPLATE_SEED_QUOTE in q.text for q in two_parts.quotes)
    assert NO_REASK_NOTE not in north_korea.notes + short.notes + two_parts.notes
    assert north_korea.usage.cost_usd is not None  # priced at the Batch API's discount (pricing.py)


def test_failures_and_file_problems_are_reported_one_by_one(tmp_path):
    items = [
        Item(name, f"{name}.txt", SHORT)
        for name in ("good", "errored", "refused-http", "missing", "broken-json", "invented", "cut-off")
    ]
    items.append(Item("seed-000", SEED_WITH_BOILERPLATE.name, read_seed(SEED_WITH_BOILERPLATE)))
    requests = tmp_path / "requests.jsonl"
    write_openai_batch(items, settings(), requests)
    invented = draft(
        headline="Harbour Bridge reopens",
        summary="The Harbour Bridge reopened on Monday after repairs.",
        quotes=[{"text": "Never again", "speaker": "Ana Ruiz"}, {"text": "It is safe again", "speaker": "Ana Ruiz"}],
    )
    lines: list[dict[str, Any] | str] = [
        success("good", completion(SHORT_DRAFT)),
        {
            "id": "batch_req_2",
            "custom_id": "errored",
            "response": None,
            "error": {
                "code": "batch_expired",
                "message": "This request could not be executed before the completion window expired.",
            },
        },
        {
            "id": "batch_req_3",
            "custom_id": "refused-http",
            "error": None,
            "response": {
                "status_code": 400,
                "request_id": "req_3",
                "body": {
                    "error": {
                        "message": "Invalid schema for response_format 'Draft'.",
                        "type": "invalid_request_error",
                        "param": "response_format",
                        "code": None,
                    }
                },
            },
        },
        success("broken-json", completion("this is not json {")),
        success("invented", completion(invented)),
        success(
            "cut-off",
            completion(
                '{"headline": "Harbour Bridge reopens", "summary": "The Harbour Bridge reop', finish_reason="length"
            ),
        ),
        success("seed-000#part-1-of-2", completion(BOILERPLATE_PARTS[0])),  # part 2 never came back
        success("somebody-else", completion(SHORT_DRAFT)),
        '{"id": "batch_req_9", "custom_id": "trunc',
    ]
    results = write_jsonl(tmp_path / "results.jsonl", lines)
    collected = list(collect_results(results, tmp_path / "requests.articles.jsonl"))
    by_id = {record.id: (brief, reason) for record, brief, reason in collected if record is not None}
    problems = [reason for record, _, reason in collected if record is None]
    assert problems == [
        "results.jsonl line 9: not valid JSON",
        "results.jsonl line 8: custom_id 'somebody-else' is not in requests.articles.jsonl",
    ]
    assert by_id["good"][1] is None and by_id["good"][0].headline == "Harbour Bridge reopens"
    assert by_id["errored"] == (
        None,
        "errored: batch_expired: This request could not be executed before the completion window expired.",
    )
    assert by_id["refused-http"] == (None, "refused-http: HTTP 400: Invalid schema for response_format 'Draft'.")
    assert by_id["missing"] == (None, "no result for custom_id missing")
    assert by_id["seed-000"] == (None, "no result for custom_id seed-000#part-2-of-2")
    broken, reason = by_id["broken-json"]  # salvaged as live: the evidence stands in
    assert reason is None and broken.summary.startswith("The Harbour Bridge reopened on Monday")
    assert any("unusable" in note for note in broken.notes) and NO_REASK_NOTE in broken.notes
    corrected, reason = by_id["invented"]  # no re-ask in a batch: the invented quote is dropped
    assert reason is None and [q.text for q in corrected.quotes] == ["It is safe again"]
    assert any(d.section == "quotes" and "Never again" in d.content for d in corrected.dropped)
    assert "Never again" not in corrected.model_dump_json(exclude={"dropped"}) and NO_REASK_NOTE in corrected.notes
    cut, reason = by_id["cut-off"]
    assert reason is None and cut.headline == "Harbour Bridge reopens" and any("cut off" in n for n in cut.notes)
    assert NO_REASK_NOTE not in cut.notes  # the live path does not re-ask a cut-off answer either
    for brief, _ in by_id.values():
        if brief is not None:
            assert_grounded(brief, SHORT)


def test_the_error_file_is_read_with_the_output_file(tmp_path):
    requests = tmp_path / "requests.jsonl"
    write_openai_batch([Item("a", "a.txt", SHORT), Item("b", "b.txt", SHORT)], settings(), requests)
    output = write_jsonl(tmp_path / "output.jsonl", [success("a", completion(SHORT_DRAFT))])
    errors = write_jsonl(
        tmp_path / "errors.jsonl",
        [
            {
                "id": "batch_req_2",
                "custom_id": "b",
                "response": None,
                "error": {"code": "server_error", "message": "boom"},
            }
        ],
    )
    reasons = {
        record.id: reason
        for record, _, reason in collect_results([output, errors], tmp_path / "requests.articles.jsonl")
    }
    assert reasons == {"a": None, "b": "b: server_error: boom"}
    assert collect([output, errors], tmp_path / "out") == 1  # the command takes both files too
    assert [error["id"] for error in read_jsonl(tmp_path / "out" / "errors.jsonl")] == ["b"]


def test_hashed_custom_ids_come_back_to_their_articles(tmp_path):
    requests = tmp_path / "requests.jsonl"
    write_openai_batch([Item("politics/vote 2024.txt", "vote.txt", SHORT)], settings(), requests)
    [line] = read_jsonl(requests)
    assert line["custom_id"].startswith("sha256-")
    results = write_jsonl(tmp_path / "results.jsonl", [success(line["custom_id"], completion(SHORT_DRAFT))])
    [(record, brief, reason)] = collect_results(results, tmp_path / "requests.articles.jsonl")
    assert record.id == "politics/vote 2024.txt" and brief is not None and reason is None


def test_requests_from_another_version_are_refused_per_article(written, tmp_path):
    _, requests, manifest = written
    records = read_jsonl(manifest)
    records[1]["settings"]["context_chars"] = None  # as if chunking had changed: one part now, three then
    write_jsonl(manifest, records)
    results = write_jsonl(tmp_path / "results.jsonl", results_for(requests, all_answers()))
    reasons = {record.id: reason for record, _, reason in collect_results(results, manifest)}
    assert reasons["short"] is None and reasons["seed-000"] is None
    assert "another version of summarizer" in reasons["seed-004"]


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        ("", "not a Batch API results file"),
        ("%PDF-1.7 \x00\x01 not text\n", "not a Batch API results file"),
        ("just some words\nand more\n", "not a Batch API results file"),
    ],
)
def test_bad_results_files_are_one_line_input_errors(written, tmp_path, content, message):
    _, _, manifest = written
    results = tmp_path / "results.jsonl"
    if content is not None:
        results.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        collect_results(results, manifest)
    assert "\n" not in str(caught.value)


def test_the_request_file_given_as_results_is_refused(written):
    _, requests, manifest = written
    with pytest.raises(InputError, match="not a Batch API results file"):
        collect_results(requests, manifest)


def test_a_file_that_is_not_a_manifest_is_refused(written, tmp_path):
    _, requests, _ = written
    results = write_jsonl(tmp_path / "results.jsonl", [success("short", completion(SHORT_DRAFT))])
    with pytest.raises(InputError, match="not an article record"):
        collect_results(results, requests)


# --- finding the manifest ----------------------------------------------------------------------


def test_the_manifest_is_found_beside_the_results_or_in_the_current_directory(tmp_path, monkeypatch):
    batch = tmp_path / "batch"
    batch.mkdir()
    manifest = batch / "requests.articles.jsonl"
    manifest.write_text("", encoding="utf-8")
    results = batch / "results.jsonl"
    assert find_manifest(results) == manifest.resolve()
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    monkeypatch.chdir(batch)
    assert find_manifest(elsewhere / "results.jsonl") == manifest.resolve()
    assert find_manifest(results, explicit=manifest) == manifest


def test_no_manifest_or_several_say_to_pass_articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="--articles FILE"):
        find_manifest(tmp_path / "results.jsonl")
    for name in ("a.articles.jsonl", "b.articles.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="several .*--articles FILE"):
        find_manifest(tmp_path / "results.jsonl")
    with pytest.raises(InputError, match="no such file"):
        find_manifest(tmp_path / "results.jsonl", explicit=tmp_path / "missing.articles.jsonl")


# --- the collect command -----------------------------------------------------------------------


def test_collect_writes_briefs_index_and_errors(written, tmp_path, capsys):
    _, requests, manifest = written
    answers = all_answers()
    del answers["seed-000#part-2-of-2"]
    results = write_jsonl(tmp_path / "results.jsonl", results_for(requests, answers))
    out = tmp_path / "briefs"
    assert collect(results, out) == 1  # the manifest is found beside the results
    err = capsys.readouterr().err
    assert "summarizer: error: seed-000: no result for custom_id seed-000#part-2-of-2" in err
    assert "2 brief(s) written" in err and "1 article(s) failed" in err
    short = json.loads((out / "short.json").read_text(encoding="utf-8"))
    assert short["headline"] == "Harbour Bridge reopens" and short["usage"]["backend"] == "openai-batch"
    assert {entry["id"] for entry in read_jsonl(out / "index.jsonl")} == {"short", "seed-004"}
    [error] = read_jsonl(out / "errors.jsonl")
    assert error["id"] == "seed-000" and "seed-000#part-2-of-2" in error["reason"]


def test_collect_exits_0_when_every_article_is_briefed(written, tmp_path, capsys):
    _, requests, manifest = written
    results = write_jsonl(tmp_path / "results.jsonl", results_for(requests, all_answers()))
    assert collect(results, tmp_path / "out", manifest) == 0
    assert "3 brief(s) written" in capsys.readouterr().err
    assert read_jsonl(tmp_path / "out" / "errors.jsonl") == []


def test_a_refusal_fails_its_article_with_the_models_words(tmp_path):
    requests = tmp_path / "requests.jsonl"
    write_openai_batch([Item("a", "a.txt", SHORT)], settings(), requests)
    results = write_jsonl(
        tmp_path / "results.jsonl", [success("a", completion(None, refusal="I can't help with that."))]
    )
    [(record, brief, reason)] = collect_results(results, tmp_path / "requests.articles.jsonl")
    assert brief is None and reason.startswith("a: the model gave no usable answer")
    assert "refused: I can't help with that." in reason


def test_two_workers_collect_what_one_process_collects(written, tmp_path, capsys):
    from tests.batch.test_workers import outputs

    _, requests, manifest = written
    answers = all_answers()
    del answers["seed-000#part-2-of-2"]  # one article fails, and is listed as failing either way
    results = write_jsonl(tmp_path / "results.jsonl", list(reversed(results_for(requests, answers))))
    assert collect(results, tmp_path / "one", manifest, workers=1) == 1
    one_err = capsys.readouterr().err
    assert collect(results, tmp_path / "two", manifest, workers=2) == 1
    assert capsys.readouterr().err == one_err.replace(str(tmp_path / "one"), str(tmp_path / "two"))
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")
    assert {"short.json", "seed-004.json", "index.jsonl", "errors.jsonl"} <= set(outputs(tmp_path / "one"))


@pytest.mark.slow  # a LocalCluster of two worker processes
def test_collect_on_a_dask_cluster_writes_what_collect_writes(written, tmp_path, capsys):
    from dask.distributed import Client, LocalCluster

    from summarizer.openai_batch.cluster import collect_on_dask
    from tests.batch.test_workers import outputs

    _, requests, manifest = written
    answers = all_answers()
    del answers["seed-000#part-2-of-2"]  # one article fails
    lines = list(reversed(results_for(requests, answers)))
    results = write_jsonl(tmp_path / "results.jsonl", [*lines, success("nobody-asked", completion(SHORT_DRAFT))])
    assert collect(results, tmp_path / "collected", manifest, workers=1) == 1
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster):
            # Small blocks: the manifest and the results are each read as several partitions.
            summary = collect_on_dask([results], manifest, tmp_path / "on-dask", blocksize=2000)
    assert (summary.briefed, summary.failed) == (2, 1)
    assert summary.problems == ["custom_id 'nobody-asked' is not in the manifest"]
    assert outputs(tmp_path / "on-dask") == outputs(tmp_path / "collected")


@pytest.mark.slow  # a LocalCluster, in this process so that the full disk reaches its workers
def test_a_full_disk_stops_a_dask_collect_in_one_line_with_exit_4(written, tmp_path, capsys, monkeypatch):
    import dask.distributed

    from summarizer.batch.output import JOURNAL, BatchOutput
    from summarizer.cli.main import main
    from summarizer.schemas import Brief
    from summarizer.source import files as source_files
    from tests.batch.test_output_safety import _FullDisk

    _, requests, manifest = written
    results = write_jsonl(tmp_path / "results.jsonl", results_for(requests, all_answers()))
    threads = dask.distributed.LocalCluster
    full = _FullDisk(at=2)

    def full_once(handle: int, mode: str = "r") -> Any:
        """The second brief finds the disk full; space is freed right after it."""
        return full.real_fdopen(handle, mode) if full.count >= full.at else full(handle, mode)

    def started_then_full(**options: Any) -> Any:
        cluster = threads(
            n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1", **options
        )
        monkeypatch.setattr(source_files.os, "fdopen", full_once)
        return cluster

    monkeypatch.setattr(dask.distributed, "LocalCluster", started_then_full)
    out_dir = tmp_path / "out"
    code = main(["collect", str(results), "--out", str(out_dir), "--dask", "local"])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == 4
    assert err.count("\n") == 1 and err.startswith(f"summarizer: error: --out {out_dir}: cannot write (")
    assert "No space left on device" in err and "failed" not in err
    assert not [path for path in out_dir.iterdir() if path.name.endswith(".tmp")]
    assert (out_dir / "errors.jsonl").read_text(encoding="utf-8") == ""  # no article counted as failing
    journalled = [json.loads(line)["file"] for line in (out_dir / JOURNAL).read_text(encoding="utf-8").splitlines()]
    assert len(journalled) <= 1  # at most the brief written before the disk filled: the run stopped there
    assert [json.loads(line)["file"] for line in (out_dir / "index.jsonl").read_text().splitlines()] == journalled
    for name in journalled:
        Brief.model_validate_json((out_dir / name).read_text(encoding="utf-8"))
    BatchOutput(out_dir).close()  # the lock was given up


@pytest.mark.slow  # a LocalCluster
def test_collect_dask_local_from_the_command_line(written, tmp_path, capsys):
    from summarizer.cli.main import main
    from tests.batch.test_workers import outputs

    _, requests, manifest = written
    results = write_jsonl(tmp_path / "results.jsonl", results_for(requests, all_answers()))
    assert main(["collect", str(results), "--out", str(tmp_path / "local"), "--workers", "1"]) == 0
    capsys.readouterr()
    code = main(["collect", str(results), "--out", str(tmp_path / "dask"), "--dask", "local"])
    assert code == 0
    assert capsys.readouterr().err.endswith(
        f"summarizer: 3 brief(s) written to {tmp_path / 'dask'}; 0 article(s) failed\n"
    )
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
