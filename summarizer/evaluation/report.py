"""The eval run as a table for people, as JSON figures for machines, and as the change against
an earlier run's JSON (`--compare`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.evaluation.runner import EvalRun
from summarizer.evaluation.statistics import roc_auc, spearman
from summarizer.evaluation.tally import Ratio

FORMAT_VERSION = 1


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    # share: 0..1 shown with counts; mean: a per-article average; per100: per 100 briefs;
    # score: a per-article score's mean, 3 decimals; statistic: over paired observations (`STATISTICS`)
    kind: str = "share"


METRICS = (
    Metric("quotes.precision", "direct quotes: precision"),
    Metric("quotes.recall", "direct quotes: recall"),
    Metric("quotes.f1", "direct quotes: F1"),
    Metric("quotes.speaker_accuracy", "speaker accuracy (matched quotes)"),
    Metric("quotes.verbatim", "kept quotes verbatim"),
    Metric("people.recall", "people named: recall"),
    Metric("people.precision", "people named: precision"),
    Metric("sources.recall", "quoted sources: recall"),
    Metric("sources.precision", "quoted sources: precision"),
    Metric("per.recall", "PER entities: recall"),
    Metric("per.precision", "PER entities: precision"),
    Metric("org.recall", "ORG entities: recall"),
    Metric("org.precision", "ORG entities: precision"),
    Metric("loc.recall", "LOC entities: recall"),
    Metric("loc.precision", "LOC entities: precision"),
    Metric("who.precision_any_kind", "who and where: precision, any kind"),
    Metric("where.recall", "5W1H where phrases: recall"),
    Metric("figures.recall_5w1h", "figures in 5W1H phrases: recall"),
    Metric("figures.grounded", "kept figures grounded"),
    Metric("figures.labelled", "figures that say what they count (share)"),
    Metric("figures.label_accuracy", "figure labels (evidence only) agreeing with the capable answer"),
    Metric("reading.cut_prose", "prose cut mid-sentence per 100 briefs", "per100"),
    Metric("reading.quote_fragment_events", "quote-fragment events per 100 briefs", "per100"),
    Metric("reading.duplicate_entities", "duplicate entity pairs per 100 briefs", "per100"),
    Metric("reading.junk_names", "junk names per 100 briefs", "per100"),
    Metric("reading.unlabelled_figures", "figures without what they count per 100 briefs", "per100"),
    Metric("reading.bad_headlines", "byline/label/cut headlines per 100 briefs", "per100"),
    Metric("reading.quotes_without_speaker", "quotes without a speaker per 100 briefs", "per100"),
    Metric("replay.discarded", "capable answers discarded whole"),
    Metric("replay.headline_kept", "capable answer: headline kept"),
    Metric("replay.summary_kept", "capable answer: summary sentences kept"),
    Metric("replay.events_kept", "capable answer: events kept"),
    Metric("replay.roles_kept", "capable answer: roles kept"),
    Metric("replay.labels_kept", "capable answer: figure labels kept"),
    Metric("replay.lost_silently", "capable answer: items lost without a dropped entry"),
    Metric("claims.faithful_kept", "faithful claims kept"),
    Metric("claims.errors_dropped", "erroneous claims dropped"),
    Metric("claims.number_dropped", "erroneous claims dropped: wrong figure"),
    Metric("claims.entity_dropped", "erroneous claims dropped: wrong entity"),
    Metric("claims.negation_dropped", "erroneous claims dropped: negated"),
    Metric("claims.invented_dropped", "erroneous claims dropped: invented"),
    Metric("frank.spearman", "FRANK: Spearman, graded claim score vs human factuality", "statistic"),
    Metric("frank.bart_auc", "FRANK: ROC AUC on BART (factual = 1.0)", "statistic"),
    Metric("frank.bart_kept_whole", "FRANK: BART summaries kept whole"),
    Metric("frank.bart_factual_kept_whole", "FRANK: factual BART summaries kept whole"),
    Metric("frank.bart_unfactual_kept_whole", "FRANK: unfactual BART summaries kept whole"),
    Metric("rouge.brief.rouge1", "ROUGE-1 F1: brief summary", "score"),
    Metric("rouge.brief.rouge2", "ROUGE-2 F1: brief summary", "score"),
    Metric("rouge.brief.rougeL", "ROUGE-L F1: brief summary", "score"),
    Metric("rouge.lead3.rouge1", "ROUGE-1 F1: lead-3 baseline", "score"),
    Metric("rouge.lead3.rouge2", "ROUGE-2 F1: lead-3 baseline", "score"),
    Metric("rouge.lead3.rougeL", "ROUGE-L F1: lead-3 baseline", "score"),
    Metric("cost.seconds", "seconds per article", "mean"),
    Metric("cost.prompt_tokens", "prompt tokens per article", "mean"),
    Metric("cost.completion_tokens", "completion tokens per article", "mean"),
    Metric("cost.model_calls", "model calls per article", "mean"),
)


#: Each statistic metric: how it is computed, and from which series of `Tally.pairs`.
STATISTICS: dict[str, tuple[Callable[[Sequence[tuple[float, float]]], float | None], str]] = {
    "frank.spearman": (spearman, "frank.systems"),
    "frank.bart_auc": (roc_auc, "frank.bart"),
}


def figures(run: EvalRun) -> dict[str, Any]:
    """The run as JSON-ready figures; `metrics` maps each key to value, hits and total (a
    statistic: value and the number of pairs as total)."""
    ratios = dict(run.tally)
    metrics: dict[str, dict[str, float | None]] = {}
    for metric in METRICS:
        if metric.key in STATISTICS:
            compute, series = STATISTICS[metric.key]
            pairs = run.tally.pairs.get(series, [])
            if (statistic := compute(pairs)) is not None:
                metrics[metric.key] = {"value": round(statistic, 4), "total": len(pairs)}
        elif metric.key == "quotes.f1":
            value = _f1(ratios.get("quotes.precision"), ratios.get("quotes.recall"))
            if value is not None:
                metrics[metric.key] = {"value": round(value, 4)}
        elif (ratio := ratios.get(metric.key)) is not None and ratio.value is not None:
            metrics[metric.key] = {"value": round(ratio.value, 4), "hits": round(ratio.hits, 3), "total": ratio.total}
    return {
        "format": FORMAT_VERSION,
        "dataset": str(run.dataset.path),
        "kind": run.dataset.kind,
        "backend": run.backend,
        "model": run.model,
        "articles": len(run.dataset.examples),
        "scored": run.scored,
        "cached": run.cached,
        "skipped": len(run.skipped),
        "failed": run.failed,
        "run_seconds": round(run.seconds, 2),
        "metrics": metrics,
    }


def _f1(precision: Ratio | None, recall: Ratio | None) -> float | None:
    if precision is None or recall is None or precision.value is None or recall.value is None:
        return None
    p, r = precision.value, recall.value
    return 2 * p * r / (p + r) if p + r else 0.0


def load_figures(path: str | Path) -> dict[str, Any]:
    """An earlier run's `--json` output, checked enough to compare against."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, ValueError):
        raise InputError(f"{path}: not a JSON file written by `summarizer eval --json`") from None
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise InputError(f"{path}: not a JSON file written by `summarizer eval --json`")
    return data


def table(current: dict[str, Any], previous: dict[str, Any] | None = None) -> str:
    """A plain-text table of the figures, with the earlier run's values and the change if given."""
    header = ["metric", "value", "counts"] + (["before", "change"] if previous else [])
    rows = [header]
    old = previous["metrics"] if previous else {}
    for metric in METRICS:
        entry = current["metrics"].get(metric.key)
        if entry is None:
            continue
        row = [metric.label, _shown(metric, entry["value"]), _counts(metric, entry)]
        if previous:
            before = old.get(metric.key, {}).get("value")
            row += [_shown(metric, before) if before is not None else "-", _change(metric, entry["value"], before)]
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [_title(current, previous)]
    for index, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"


def _title(current: dict[str, Any], previous: dict[str, Any] | None) -> str:
    title = (
        f"{current['kind']} ({current['dataset']}): {current['scored']} of {current['articles']} articles scored"
        f", {current['cached']} from cache, {current['skipped']} skipped, {len(current['failed'])} failed"
        f"; {current['backend']} {current['model']}"
    )
    if previous and (previous.get("kind"), previous.get("model")) != (current["kind"], current["model"]):
        title += f"\n(compared with {previous.get('kind')} / {previous.get('backend')} {previous.get('model')})"
    return title


_THREE_DECIMALS = ("share", "score", "statistic")


def _shown(metric: Metric, value: float) -> str:
    if metric.kind == "per100":
        return f"{100 * value:.1f}"
    return f"{value:.3f}" if metric.kind in _THREE_DECIMALS else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _counts(metric: Metric, entry: dict[str, Any]) -> str:
    if metric.kind == "statistic" and "total" in entry:
        return f"n={entry['total']:g}"
    if metric.kind != "share" or "hits" not in entry:
        return ""
    return f"{entry['hits']:g}/{entry['total']:g}"


def _change(metric: Metric, value: float, before: float | None) -> str:
    if before is None:
        return "new"
    delta = value - before
    if metric.kind == "per100":
        return f"{100 * delta:+.1f}"
    return f"{delta:+.3f}" if metric.kind in _THREE_DECIMALS else f"{delta:+.2f}"
