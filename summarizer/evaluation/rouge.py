"""ROUGE of a summary against the journalists' highlights (Google's `rouge-score`, the
implementation papers report, with its Porter stemmer), for the brief's summary and for the
lead-3 baseline every CNN/DailyMail paper gives beside its own. Each article's F1 is averaged
over the dataset (the mean that papers report), so these are not micro-averages."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from summarizer.errors import ConfigError
from summarizer.evaluation.datasets import Example
from summarizer.evaluation.tally import Tally
from summarizer.schemas import Brief
from summarizer.text.sentences import split_sentences

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
LEAD_SENTENCES = 3


@lru_cache(maxsize=1)
def rouge_scorer() -> Any:
    """The scorer, imported on first use: only `summarizer eval` on a summary dataset needs it."""
    try:
        from rouge_score.rouge_scorer import RougeScorer
    except ImportError:
        raise ConfigError("ROUGE needs the rouge-score package: pip install 'summarizer[eval]'") from None
    return RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def rouge_f1(summary: str, reference: str) -> dict[str, float]:
    """ROUGE-1, -2 and -L F1 of `summary` against `reference`."""
    scores = rouge_scorer().score(reference, summary)  # the reference ("target") comes first
    return {kind: scores[kind].fmeasure for kind in ROUGE_TYPES}


def lead(text: str, sentences: int = LEAD_SENTENCES) -> str:
    """The article's first sentences, by the project's splitter."""
    return " ".join(split_sentences(text)[:sentences])


def score_lead_baseline(tally: Tally, example: Example) -> None:
    _add_rouge(tally, "lead3", lead(example.text), example)


def score_brief_summary(tally: Tally, example: Example, brief: Brief) -> None:
    _add_rouge(tally, "brief", brief.summary, example)


def _add_rouge(tally: Tally, who: str, summary: str, example: Example) -> None:
    reference = str(example.gold.get("summary") or "")
    if not reference.strip():
        return
    for kind, f1 in rouge_f1(summary, reference).items():
        tally.add(f"rouge.{who}.{kind}", f1, 1)
