"""`summarizer eval` end to end on a small hand-made dataset, against the scripted stub server
on 127.0.0.1 (so any backend works the same way): the table, the cache, --json, --compare, and
one-line errors for bad datasets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.cli.main import main
from summarizer.errors import ExitCode
from tests.stub_server import StubServer, draft_reply, error_reply

ARTICLES = [
    (
        "bridge",
        "Bridge Reopens\n\nThe Harbour Bridge reopened on Monday.\n\n"
        "\u201cIt is safe again,\u201d Mayor Ana Ruiz said.\n",
        [{"quote": "\u201cIt is safe again,\u201d", "speaker": "Ana Ruiz", "start": 0, "end": 1, "is_direct": True}],
        ["Ana Ruiz"],
    ),
    (
        "ferry",
        "Ferry Strike Ends\n\nFerry workers returned on Friday after 12 days.\n\n"
        "\u201cWe are back,\u201d union leader Tom Lee said.\n",
        [{"quote": "\u201cWe are back,\u201d", "speaker": "Tom Lee", "start": 0, "end": 1, "is_direct": True}],
        ["Tom Lee", "Bo Diaz"],
    ),
]
REPLIES = [
    draft_reply(headline="Harbour Bridge reopens", summary="The Harbour Bridge reopened on Monday."),
    draft_reply(headline="Ferry strike ends", summary="Ferry workers returned on Friday after 12 days."),
]


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    lines = [
        json.dumps(
            {
                "id": name,
                "text": text,
                "meta": {"split": "dev"},
                "gold": {
                    "quotes": quotes,
                    "people": people,
                    "sources_female": [],
                    "sources_male": people[:1],
                    "sources_unknown": [],
                },
            }
        )
        for name, text, quotes, people in ARTICLES
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_eval(argv, server: StubServer, tmp_path: Path, capsys):
    code = main(
        [
            "eval",
            *map(str, argv),
            "--base-url",
            server.base_url,
            "--max-retries",
            "0",
            "--cache",
            str(tmp_path / "cache"),
        ]
    )
    out, err = capsys.readouterr()
    return code, out, err


def metric_row(out: str, label: str) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(label))
    return line[len(label) :].split()


def test_eval_prints_the_table_and_writes_the_figures(dataset, tmp_path, capsys):
    with StubServer(list(REPLIES)) as server:
        code, out, err = run_eval([dataset, "--json", tmp_path / "run.json"], server, tmp_path, capsys)
    assert code == ExitCode.OK, err
    assert len(server.requests) == 2
    assert "ggt_quotes" in out and "2 of 2 articles scored" in out
    assert metric_row(out, "direct quotes: recall") == ["1.000", "2/2"]
    assert metric_row(out, "speaker accuracy (matched quotes)") == ["1.000", "2/2"]
    assert metric_row(out, "people named: recall") == ["0.667", "2/3"]
    figures = json.loads((tmp_path / "run.json").read_text())
    assert figures["kind"] == "ggt_quotes" and figures["backend"] == "server"
    assert figures["metrics"]["people.recall"] == {"value": 0.6667, "hits": 2, "total": 3}
    assert figures["metrics"]["cost.model_calls"]["value"] == 1.0
    assert figures["metrics"]["cost.prompt_tokens"]["value"] == 100.0  # what the stub reports per call


def test_a_rerun_is_served_from_the_cache_with_no_model_calls(dataset, tmp_path, capsys):
    with StubServer(list(REPLIES)) as server:  # scripted for two calls: a third would fail
        first = run_eval([dataset, "--json", tmp_path / "first.json"], server, tmp_path, capsys)
        code, out, err = run_eval([dataset, "--compare", tmp_path / "first.json"], server, tmp_path, capsys)
    assert first[0] == code == ExitCode.OK, err
    assert len(server.requests) == 2
    assert "2 from cache" in out
    assert metric_row(out, "direct quotes: recall") == ["1.000", "2/2", "1.000", "+0.000"]
    # The cost shown is what the briefs cost when they were made, not the free re-run.
    assert metric_row(out, "model calls per article") == ["1.00", "1.00", "+0.00"]


def test_compare_shows_the_change(dataset, tmp_path, capsys):
    earlier = {
        "format": 1,
        "kind": "ggt_quotes",
        "model": "default",
        "metrics": {"people.recall": {"value": 0.5}, "direct quotes": {}},
    }
    (tmp_path / "old.json").write_text(json.dumps(earlier))
    with StubServer(list(REPLIES)) as server:
        code, out, err = run_eval([dataset, "--compare", tmp_path / "old.json"], server, tmp_path, capsys)
    assert code == ExitCode.OK, err
    assert metric_row(out, "people named: recall") == ["0.667", "2/3", "0.500", "+0.167"]
    assert metric_row(out, "people named: precision")[-2:] == ["-", "new"]


def test_limit_and_filter_choose_the_articles(dataset, tmp_path, capsys):
    with StubServer(list(REPLIES)) as server:
        code, out, _ = run_eval(
            [dataset, "--limit", "1", "--filter", "split=dev", "--no-cache"], server, tmp_path, capsys
        )
    assert code == ExitCode.OK and len(server.requests) == 1
    assert "1 of 1 articles scored" in out
    assert not (tmp_path / "cache").exists()  # --no-cache stores nothing
    with StubServer([]) as server:
        code, _, err = run_eval([dataset, "--filter", "split=test"], server, tmp_path, capsys)
    assert code == ExitCode.INPUT and "no articles to evaluate after filtering" in err


def test_a_failing_article_is_reported_and_the_rest_scored(dataset, tmp_path, capsys):
    with StubServer([error_reply(400), REPLIES[1]]) as server:
        code, out, err = run_eval([dataset], server, tmp_path, capsys)
    assert code == ExitCode.SOME_FAILED
    assert "1 of 2 articles scored" in out and "1 failed" in out
    assert "bridge failed:" in err and "HTTP 400" in err and "Traceback" not in err


def test_an_unreachable_backend_stops_the_run_with_exit_3(dataset, tmp_path, capsys):
    with StubServer([error_reply(401)]) as server:
        code, out, err = run_eval([dataset], server, tmp_path, capsys)
    assert code == ExitCode.BACKEND
    assert out == "" and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "content, fragment",
    [
        (None, "no such file"),
        ('{"id": "a", "text": "x", "gold": {}}\nnot json\n', ":2: not valid JSON"),
        ('{"id": "a", "gold": {"quotes": []}}\n', ":1: expected an object with a string 'text'"),
        ('{"id": "a", "text": "x", "gold": {"labels": []}}\n', "unknown gold layout"),
    ],
)
def test_bad_datasets_get_one_line_and_exit_2(tmp_path, capsys, content, fragment):
    path = tmp_path / "data.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with StubServer([]) as server:
        code, out, err = run_eval([path], server, tmp_path, capsys)
    assert code == ExitCode.INPUT and out == ""
    assert len(err.strip().splitlines()) == 1 and fragment in err and "Traceback" not in err


def test_a_bad_compare_file_fails_before_any_model_call(dataset, tmp_path, capsys):
    (tmp_path / "old.json").write_text("[1, 2]")
    with StubServer(list(REPLIES)) as server:
        code, _, err = run_eval([dataset, "--compare", tmp_path / "old.json"], server, tmp_path, capsys)
    assert code == ExitCode.INPUT and server.requests == []
    assert "not a JSON file written by `summarizer eval --json`" in err


def test_the_halves_split_every_dataset_in_two_fixed_parts():
    from summarizer.evaluation.datasets import HALVES, in_half

    ids = [f"article-{n}" for n in range(1000)]
    held = {i for i in ids if in_half(i, "held-out")}
    tuning = {i for i in ids if in_half(i, "tuning")}
    assert held.isdisjoint(tuning) and held | tuning == set(ids) and HALVES == ("tuning", "held-out")
    assert 350 <= len(held) <= 450  # a fixed 40%, the same on every run and machine
    assert in_half("ggt:5c182ac21e67d78e277944ad", "held-out") == in_half("ggt:5c182ac21e67d78e277944ad", "held-out")


def test_half_chooses_the_articles_of_one_half(dataset, tmp_path, capsys):
    from summarizer.evaluation.datasets import in_half

    names = [line["id"] for line in map(json.loads, dataset.read_text().splitlines())]
    for half in ("tuning", "held-out"):
        expected = sum(in_half(name, half) for name in names)
        with StubServer(list(REPLIES)) as server:
            code, out, err = run_eval([dataset, "--half", half, "--no-cache"], server, tmp_path, capsys)
        if expected:
            assert code == ExitCode.OK and f"{expected} of {expected} articles scored" in out
        else:
            assert code == ExitCode.INPUT and "no articles to evaluate" in err
