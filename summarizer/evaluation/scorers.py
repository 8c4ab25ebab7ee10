"""The counts one brief earns against one article's gold, for each dataset kind.

Every metric is a ratio of summed counts (hits / total), so figures over a dataset are
micro-averages; F1 is derived from the summed precision and recall counts in `report`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from summarizer.evaluation import rouge
from summarizer.evaluation.datasets import Example
from summarizer.evaluation.faithfulness import (
    score_claims,
    score_figure_labels,
    score_frank_systems,
    score_replayed_answer,
)
from summarizer.evaluation.matching import is_pronoun, match_quotes, mention_head, name_words, same_name
from summarizer.evaluation.reading import reading_defects
from summarizer.evaluation.replay import ProseTrial
from summarizer.evaluation.tally import Tally
from summarizer.extract.figures import find_figures
from summarizer.schemas import Brief
from summarizer.text.spans import find_all, fold


def score(kind: str, example: Example, brief: Brief | None) -> Tally:
    """Everything `example` earns: what its dataset measures without a brief, then, given a
    brief, the dataset's own metrics of it plus the ones every dataset shares (verbatim quotes,
    grounded figures, cost, reading defects). `brief` is None in a model-free run."""
    tally = Tally()
    if (model_free := MODEL_FREE_SCORERS.get(kind)) is not None:
        model_free(tally, example)
    if brief is None:
        return tally
    SCORERS[kind](tally, example, brief)
    _integrity(tally, example.text, brief)
    _cost(tally, brief)
    for defect, count in reading_defects(brief, example.text).items():
        tally.add(f"reading.{defect}", count, 1)
    return tally


def _integrity(tally: Tally, text: str, brief: Brief) -> None:
    """Kept quotes must be verbatim and kept figures present, at the spans the brief gives."""
    for quote in brief.quotes:
        tally.add("quotes.verbatim", _at_spans(text, quote.text, quote.spans), 1)
    for number in brief.numbers:
        tally.add("figures.grounded", _at_spans(text, number.value, number.spans), 1)
        # issue 14's target is a share of the figures, not a count per brief
        tally.add("figures.labelled", bool((number.measures or "").strip()), 1)


def _at_spans(text: str, claimed: str, spans: Iterable[tuple[int, int]]) -> bool:
    spans = list(spans)
    return bool(spans) and all(0 <= s < e <= len(text) and fold(text[s:e]) == fold(claimed) for s, e in spans)


def _cost(tally: Tally, brief: Brief) -> None:
    usage = brief.usage
    tally.add("cost.seconds", usage.seconds, 1)
    tally.add("cost.prompt_tokens", usage.prompt_tokens, 1)
    tally.add("cost.completion_tokens", usage.completion_tokens, 1)
    tally.add("cost.model_calls", usage.model_calls, 1)


def _quotes(
    tally: Tally,
    brief: Brief,
    gold: list[Mapping[str, Any]],
    gold_speaker: Callable[[str | None], str | None] = lambda speaker: speaker,
) -> None:
    """Precision/recall of direct quotes and speaker accuracy on the matched ones, for gold
    quotes where `gold_speaker` gives a name to check against (None: not judged)."""
    pairs = match_quotes([q.text for q in brief.quotes], [g["quote"] for g in gold])
    tally.add("quotes.precision", len(pairs), len(brief.quotes))
    tally.add("quotes.recall", len(pairs), len(gold))
    for p, g in pairs:
        if (speaker := gold_speaker(gold[g].get("speaker"))) is not None:
            tally.add("quotes.speaker_accuracy", same_name(brief.quotes[p].speaker, speaker), 1)


def _unique_by_span(quotes: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Gold lists some quotes twice; one occurrence in the text is one quote."""
    return list({(q["start"], q["end"]): q for q in quotes}.values())


def _names(
    tally: Tally,
    metric: str,
    predicted: Iterable[Sequence[str]],
    gold: Iterable[str],
    same: Callable[[str, str], bool],
) -> None:
    """Recall of the distinct gold names and precision of the distinct predicted entries. An
    entry is its name and the other forms the brief shows for it (its aliases: "EU" beside
    "European Union"): it names a gold entity when one of its forms does."""
    entries = list({tuple(name_words(forms[0])): forms for forms in predicted if name_words(forms[0])}.values())
    gold = _distinct(gold)
    tally.add(f"{metric}.recall", sum(any(same(p, g) for forms in entries for p in forms) for g in gold), len(gold))
    tally.add(
        f"{metric}.precision", sum(any(same(p, g) for p in forms for g in gold) for forms in entries), len(entries)
    )


def _distinct(names: Iterable[str]) -> list[str]:
    """Names once each, case-insensitively ("CUTTITTA" in a headline and "Cuttitta" are one)."""
    seen: dict[tuple[str, ...], str] = {}
    for name in names:
        words = tuple(name_words(name))
        if words:
            seen.setdefault(words, name)
    return list(seen.values())


def _exact_name(predicted: str, gold: str) -> bool:
    return name_words(predicted) == name_words(gold)


def _entries(brief: Brief, kind: str) -> list[list[str]]:
    """Each `who` entry of `kind` as the forms the brief shows: its name, then its aliases."""
    return [[item.name, *item.aliases] for item in brief.who if item.kind == kind]


def score_ggt_quotes(tally: Tally, example: Example, brief: Brief) -> None:
    gold = example.gold
    _quotes(tally, brief, _unique_by_span(q for q in gold["quotes"] if q.get("is_direct")))
    _names(tally, "people", _entries(brief, "person"), gold.get("people", []), same_name)
    sources = [name for key in ("sources_female", "sources_male", "sources_unknown") for name in gold.get(key, [])]
    speakers = [[q.speaker] for q in brief.quotes if q.speaker]
    _names(tally, "sources", speakers, sources, same_name)


def score_polnear(tally: Tally, example: Example, brief: Brief) -> None:
    """PolNeAR's quotes are its derived layer; its sources are surface mentions, never resolved,
    so speaker accuracy judges only the quotes whose source is not a pronoun, against the
    mention without its appositive."""
    _quotes(tally, brief, _unique_by_span(example.gold.get("quotes_derived", [])), _named_source)


def _named_source(mention: str | None) -> str | None:
    return None if not mention or is_pronoun(mention) else mention_head(mention)


def score_conll(tally: Tally, example: Example, brief: Brief) -> None:
    """Names as the brief shows them (who, where) against the distinct gold entity names."""
    gold = example.gold
    _names(tally, "per", _entries(brief, "person"), gold.get("persons", []), same_name)
    _names(tally, "org", _entries(brief, "organization"), gold.get("organizations", []), _exact_name)
    _names(tally, "loc", [[place.name] for place in brief.where], gold.get("locations", []), _exact_name)
    _any_kind_precision(tally, brief, gold)


def _any_kind_precision(tally: Tally, brief: Brief, gold: Mapping[str, Any]) -> None:
    """Who and where precision whatever the kind: an entry (its name or an alias) is right when
    it names any gold entity, a person as speakers match, anything else exactly; a kind mistaken
    ("Chelsea" a person) costs nothing here, a name that is no entity at all ("Floods") does."""
    people = _distinct(gold.get("persons", []))
    others = _distinct([name for key in ("organizations", "locations", "misc") for name in gold.get(key, [])])
    forms = [[item.name, *item.aliases] for item in brief.who] + [[place.name] for place in brief.where]
    entries = list({tuple(name_words(f[0])): f for f in forms if name_words(f[0])}.values())
    right = sum(
        any(same_name(p, g) for p in entry for g in people) or any(_exact_name(p, g) for p in entry for g in others)
        for entry in entries
    )
    tally.add("who.precision_any_kind", right, len(entries))


def score_giveme5w1h(tally: Tally, example: Example, brief: Brief) -> None:
    """Recall only: 5W1H phrases are short fragments, so "does the brief mention it" is the fair
    question. A `where` phrase is found when a place of the brief occurs in it (or it in the
    place); a figure in any gold phrase is found when the brief lists the same figure."""
    gold = example.gold
    places = [place.name for place in brief.where]
    for phrase in _phrases(gold.get("where", [])):
        tally.add("where.recall", any(_mentions(phrase, place) for place in places), 1)
    ours = {_figure_key(number.value) for number in brief.numbers}
    wanted = {
        _figure_key(f.value)
        for key in ("who", "what", "when", "where", "why", "how")
        for phrase in _phrases(gold.get(key, []))
        for f in find_figures(phrase)
    }
    tally.add("figures.recall_5w1h", len(wanted & ours), len(wanted))


def _phrases(items: Iterable[Mapping[str, Any]]) -> list[str]:
    return list(dict.fromkeys(item["text"] for item in items if item.get("text")))


def _mentions(phrase: str, place: str) -> bool:
    return bool(find_all(phrase, place, ignore_case=True) or find_all(place, phrase, ignore_case=True))


def _figure_key(value: str) -> str:
    return "".join(fold(value).lower().replace(",", "").split())


def score_capable_without_brief(tally: Tally, example: Example) -> None:
    """The planted claims given to the prose check, and the evidence's own figure labels
    against the capable answer's."""
    trial = ProseTrial(example.text, example.id)  # the article's evidence, gathered once for both
    score_claims(tally, example, trial)
    score_figure_labels(tally, example, trial)


def score_frank_without_brief(tally: Tally, example: Example) -> None:
    """FRANK's system summaries against the annotators, and the lead-3 baseline's ROUGE."""
    score_frank_systems(tally, example)
    rouge.score_lead_baseline(tally, example)


SCORERS: dict[str, Callable[[Tally, Example, Brief], None]] = {
    "ggt_quotes": score_ggt_quotes,
    "polnear": score_polnear,
    "conll2003_ner": score_conll,
    "giveme5w1h": score_giveme5w1h,
    "capable_ggt": score_replayed_answer,  # its brief is `gold.answer` replayed (see runner)
    "frank_cnndm": rouge.score_brief_summary,
}

#: What a dataset measures with no brief at all: the checks given known output, baselines.
MODEL_FREE_SCORERS: dict[str, Callable[[Tally, Example], None]] = {
    "capable_ggt": score_capable_without_brief,
    "frank_cnndm": score_frank_without_brief,
}


def check_ready(kind: str) -> None:
    """Fail once, before the run, rather than on every article, when a scorer's optional
    dependency is missing."""
    if kind == "frank_cnndm":
        rouge.rouge_scorer()


def skip_reason(kind: str, example: Example) -> str | None:
    """Why a scorer cannot judge `example` fairly (shown in the report), or None."""
    if kind == "conll2003_ner" and example.meta.get("mostly_tabular"):
        return "sports tables, not prose"
    return None
