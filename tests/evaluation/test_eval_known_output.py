"""`summarizer eval` end to end on hand-written datasets of the two known-output shapes: a
capable model's recorded answers with planted claims (replayed, never sent to a model), and
system summaries judged by people beside the journalists' highlights (FRANK's layout)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.cli.main import main
from summarizer.errors import ExitCode
from tests.evaluation.test_eval_command import metric_row
from tests.stub_server import StubServer, draft_reply

BRIDGE = (
    "Harbour Bridge Reopens\n\n"
    "The Harbour Bridge reopened on Monday after repairs that cost $5 million. "
    "Mayor Ana Ruiz said the work had finished two weeks early.\n\n"
    "Traffic returned to the bridge at noon, and the ferry service will end on Friday.\n"
)
FERRY = (
    "Ferry Strike Ends\n\n"
    "Ferry workers returned to work on Friday after a strike of 12 days. "
    "The union said its members had won a pay rise of 4 percent.\n"
)
INVENTED = "Protesters blocked the harbour crossing to demand lower tolls for trucks."


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def capable(tmp_path: Path) -> Path:
    answer = {
        "headline": "Harbour Bridge reopens after repairs",
        "summary": "The Harbour Bridge reopened on Monday.",
        "what": ["Traffic returned to the bridge at noon."],
        "who": [{"name": "Ana Ruiz", "role": "Mayor"}],
        "numbers": [{"value": "$5 million", "measures": "cost of the repairs"}],
        "quotes": [],
    }
    claims = [
        {"text": "Traffic returned to the bridge at noon.", "faithful": True, "kind": "paraphrase"},
        {
            "text": "The Harbour Bridge reopened on Monday after repairs costing $7 million.",
            "faithful": False,
            "kind": "number",
        },
    ]
    rows = [
        {"id": "bridge", "text": BRIDGE, "meta": {}, "gold": {"answer": answer, "claims": claims}},
        # An answer that is no draft at all: the whole of it is discarded.
        {"id": "ferry", "text": FERRY, "meta": {}, "gold": {"answer": "I cannot help with that.", "claims": []}},
    ]
    return write_jsonl(tmp_path / "capable.jsonl", rows)


@pytest.fixture
def frank(tmp_path: Path) -> Path:
    def systems(faithful: str, factuality: float) -> list[dict]:
        return [
            {"model": "bart", "summary": faithful, "human_factuality": factuality},
            {"model": "pgn", "summary": INVENTED.lower(), "human_factuality": 0.0},
        ]

    bridge_lead = "The Harbour Bridge reopened on Monday after repairs that cost $5 million."
    rows = [
        {
            "id": "bridge",
            "text": BRIDGE.replace("\n\n", " ").replace("Harbour Bridge Reopens ", ""),
            "meta": {"frank_system_summaries_with_human_factuality": systems(bridge_lead, 1.0)},
            "gold": {"summary": "The Harbour Bridge reopened on Monday .", "highlights": ["x"]},
        },
        {
            "id": "ferry",
            "text": FERRY.replace("\n\n", " ").replace("Ferry Strike Ends ", ""),
            "meta": {"frank_system_summaries_with_human_factuality": systems(f"{INVENTED}", 0.5)},
            "gold": {"summary": "Ferry workers won a pay rise of 4 percent .", "highlights": ["x"]},
        },
    ]
    return write_jsonl(tmp_path / "frank.jsonl", rows)


def run(argv, server: StubServer, capsys) -> tuple[int, str, str]:
    code = main(["eval", *map(str, argv), "--base-url", server.base_url, "--max-retries", "0", "--no-cache"])
    out, err = capsys.readouterr()
    return code, out, err


def test_capable_answers_are_replayed_without_calling_the_model(capable, tmp_path, capsys):
    with StubServer([]) as server:  # answers nothing: any request would fail the article
        code, out, err = run([capable, "--json", tmp_path / "run.json"], server, capsys)
    assert code == ExitCode.OK, err
    assert server.requests == []
    assert "capable_ggt" in out and "2 of 2 articles scored" in out and "replay recorded-answer" in out
    assert metric_row(out, "capable answers discarded whole") == ["0.500", "1/2"]
    assert metric_row(out, "capable answer: events kept") == ["1.000", "1/1"]
    assert metric_row(out, "capable answer: figure labels kept") == ["1.000", "1/1"]
    assert metric_row(out, "faithful claims kept") == ["1.000", "1/1"]
    assert metric_row(out, "erroneous claims dropped: wrong figure") == ["1.000", "1/1"]
    assert metric_row(out, "model calls per article") == ["1.00"]
    figures = json.loads((tmp_path / "run.json").read_text())
    assert figures["backend"] == "replay"
    assert figures["metrics"]["claims.errors_dropped"] == {"value": 1.0, "hits": 1, "total": 1}


def test_frank_model_free_scores_the_system_summaries_and_lead_3(frank, tmp_path, capsys):
    with StubServer([]) as server:
        code, out, err = run([frank, "--model-free", "--json", tmp_path / "free.json"], server, capsys)
    assert code == ExitCode.OK, err
    assert server.requests == []
    # graded scores: the bridge's lead (kept, >= 0.5) above the three invented sentences (< 0.5), whose
    # order among themselves is by coverage; human 1, 0, .5, 0: the correlation is positive
    spearman = metric_row(out, "FRANK: Spearman, graded claim score vs human factuality")
    assert spearman[1] == "n=4" and float(spearman[0]) > 0
    assert metric_row(out, "FRANK: ROC AUC on BART (factual = 1.0)") == ["1.000", "n=2"]
    assert metric_row(out, "FRANK: BART summaries kept whole") == ["0.500", "1/2"]
    assert "ROUGE-1 F1: lead-3 baseline" in out and "brief summary" not in out
    figures = json.loads((tmp_path / "free.json").read_text())
    assert figures["metrics"]["frank.spearman"]["total"] == 4


def test_frank_with_briefs_adds_the_brief_summary_rouge_and_compares(frank, tmp_path, capsys):
    replies = [
        draft_reply(headline="Bridge reopens", summary="The Harbour Bridge reopened on Monday."),
        draft_reply(headline="Strike ends", summary="Ferry workers returned to work on Friday."),
    ]
    with StubServer([]) as server:
        run([frank, "--model-free", "--json", tmp_path / "free.json"], server, capsys)
    with StubServer(replies) as server:
        code, out, err = run([frank, "--compare", tmp_path / "free.json"], server, capsys)
    assert code == ExitCode.OK, err
    assert len(server.requests) == 2
    # Each model sentence is completed to three by the lead sentences it does not rest on.
    # bridge: the highlight's 6 words among the 32 of three sentences (F1 12/38); ferry: the model's
    # sentence and the union's, 9 of the highlight's 9 stems among 20 (F1 18/29).
    assert metric_row(out, "ROUGE-1 F1: brief summary") == ["0.468", "-", "new"]
    spearman = metric_row(out, "FRANK: Spearman, graded claim score vs human factuality")
    assert spearman[1] == "n=4" and spearman[0] == spearman[2] and spearman[3] == "+0.000"


def test_model_free_refuses_a_dataset_that_needs_briefs(tmp_path, capsys):
    path = write_jsonl(tmp_path / "ggt.jsonl", [{"id": "a", "text": BRIDGE, "gold": {"quotes": [], "people": []}}])
    with StubServer([]) as server:
        code, out, err = run([path, "--model-free"], server, capsys)
    assert code == ExitCode.INPUT and out == "" and "needs a brief" in err
