"""`summarizer eval` with the real embedded model on a seed article annotated by hand (the
shared datasets are never used in tests), then again from the cache without the model."""

from __future__ import annotations

import json

import pytest

from summarizer.cli.main import main
from summarizer.errors import ExitCode
from summarizer.evaluation import runner

pytestmark = pytest.mark.embedded


def test_eval_with_the_embedded_model_then_from_the_cache(annotated_seed, tmp_path, capsys, monkeypatch):
    argv = ["eval", str(annotated_seed), "--cache", str(tmp_path / "cache"), "--json", str(tmp_path / "run.json")]
    assert main(argv) == ExitCode.OK
    first = capsys.readouterr().out
    figures = json.loads((tmp_path / "run.json").read_text())
    assert figures["backend"] == "embedded" and figures["scored"] == 1
    metrics = figures["metrics"]
    assert metrics["quotes.recall"]["value"] == 1.0
    assert metrics["quotes.speaker_accuracy"]["value"] == 1.0
    assert metrics["quotes.verbatim"]["value"] == 1.0 and metrics["figures.grounded"]["value"] == 1.0
    assert metrics["people.recall"]["value"] >= 0.75
    assert metrics["cost.model_calls"]["value"] >= 1 and metrics["cost.prompt_tokens"]["value"] > 0

    def no_model(*args, **kwargs):
        raise AssertionError("a cached article reached the model")

    monkeypatch.setattr(runner, "summarize", no_model)
    assert main(argv) == ExitCode.OK
    again = capsys.readouterr().out
    assert "1 from cache" in again
    assert again.splitlines()[2:] == first.splitlines()[2:]  # the same figures, cost included
