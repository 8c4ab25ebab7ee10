"""Scoring the checks on model output whose quality is known (see `replay`):

- a capable model's recorded answer (`capable_ggt`'s `gold.answer`), replayed: what of its
  headline, summary sentences, events, roles and figure labels reaches the brief, and what is
  lost with no `dropped` entry to say so;
- planted claims (`gold.claims`, faithful or with one known error each) given as events: the
  faithful ones should be kept and the errors dropped;
- the figure labels the evidence gives on its own (no model), against the capable answer's
  labels of the same figures (`figures.label_accuracy`);
- FRANK's system summaries given as summaries: the share of each one's sentences kept, set
  against the annotators' factuality (the report turns the pairs into a rank correlation and a
  ROC AUC).

The definitions are the README's; keep the two in step."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from summarizer.drafting.salvage import UNUSABLE
from summarizer.evaluation.datasets import Example
from summarizer.evaluation.matching import same_name
from summarizer.evaluation.replay import ProseTrial
from summarizer.evaluation.tally import Tally
from summarizer.grounding.lemmas import is_content, words
from summarizer.grounding.prose import check_claim
from summarizer.schemas import Brief
from summarizer.text.sentences import split_sentences
from summarizer.text.spans import fold

#: The planted error kinds of `gold.claims`; the faithful claims are all paraphrases.
ERROR_KINDS = ("number", "entity", "negation", "invented")
#: FRANK's annotators found every sentence factual: the positive class of the ROC AUC.
FACTUAL = 1.0
#: The system whose summaries read like a model's (cased, untokenised): the AUC is over its own.
FRANK_CASED_SYSTEM = "bart"

# A model item of the replayed answer: (metric, its text, kept in the brief, named in `dropped`).
_Item = tuple[str, str, bool, bool]


def score_replayed_answer(tally: Tally, example: Example, brief: Brief) -> None:
    """What the brief made of `gold.answer` (the brief given is that answer's replay)."""
    discarded = UNUSABLE in brief.notes
    tally.add("replay.discarded", discarded, 1)
    answer = example.gold["answer"]
    if not isinstance(answer, Mapping):  # no draft at all (a refusal in words): no item to follow
        return
    for metric, _text, kept, named in replayed_items(answer, brief, discarded):
        tally.add(metric, kept, 1)
        tally.add("replay.lost_silently", not kept and not named, 1)


def replayed_items(answer: Mapping[str, Any], brief: Brief, discarded: bool) -> Iterator[_Item]:
    """Each headline, summary sentence, event, role and figure label of `answer`, whether the
    brief keeps it and whether a `dropped` entry names it. A discarded answer keeps nothing,
    even where the brief's fallback (the title, the lead) happens to say the same."""
    kept = not discarded
    headline = str(answer.get("headline") or "").strip()
    if headline:
        yield "replay.headline_kept", headline, kept and brief.headline == headline, _named(brief, "headline", headline)
    for sentence in split_sentences(str(answer.get("summary") or "")):
        yield "replay.summary_kept", sentence, kept and sentence in brief.summary, _named(brief, "summary", sentence)
    for event in _texts(answer.get("what")):
        yield "replay.events_kept", event, kept and event in brief.what, _named(brief, "what", event)
    for person in _objects(answer.get("who")):
        name, role = _field(person, "name"), _field(person, "role")
        if role:
            has_role = any(same_name(item.name, name) and _same_label(item.role, role) for item in brief.who)
            # A dropped name takes its role with it; its entry says why.
            named = _named(brief, "who", f"{name}: {role}") or _dropped_exactly(brief, "who", name)
            yield "replay.roles_kept", role, kept and has_role, named
    for figure in _objects(answer.get("numbers")):
        value, measures = _field(figure, "value"), _field(figure, "measures")
        if measures:
            same_figure = [item for item in brief.numbers if fold(item.value) == fold(value)]
            labelled = any(_same_label(item.measures, measures) for item in same_figure)
            named = _named(brief, "numbers", f"{value}: {measures}") or _dropped_exactly(brief, "numbers", value)
            yield "replay.labels_kept", measures, kept and labelled, named


def _field(item: Mapping[str, Any], name: str) -> str:
    return str(item.get(name) or "").strip()


def _same_label(ours: str | None, model: str) -> bool:
    return fold(ours or "").strip().lower() == fold(model).lower()


def _named(brief: Brief, section: str, text: str) -> bool:
    return any(d.section == section and text in d.content for d in brief.dropped)


def _dropped_exactly(brief: Brief, section: str, content: str) -> bool:
    return any(d.section == section and d.content.strip() == content for d in brief.dropped)


def _texts(items: Any) -> list[str]:
    """Events as prompt version 4 gave them (strings) or as later versions do ({text, sentences})."""
    texts = [item.get("text") if isinstance(item, Mapping) else item for item in items or []]
    return [text.strip() for text in texts if isinstance(text, str) and text.strip()]


def _objects(items: Any) -> list[Mapping[str, Any]]:
    return [item for item in items or [] if isinstance(item, Mapping)]


def score_claims(tally: Tally, example: Example, trial: ProseTrial | None = None) -> None:
    """`gold.claims` given as one draft's events: faithful ones kept, planted errors dropped.
    `trial` is the article's `ProseTrial` when the caller has one (its evidence is gathered once)."""
    claims = [claim for claim in example.gold.get("claims", []) if str(claim.get("text") or "").strip()]
    if not claims:
        return
    trial = trial or ProseTrial(example.text, example.id)
    brief = trial.brief(events=[claim["text"] for claim in claims])
    kept = set(brief.what)
    for claim in claims:
        survived = claim["text"].strip() in kept
        if claim.get("faithful"):
            tally.add("claims.faithful_kept", survived, 1)
        else:
            tally.add("claims.errors_dropped", not survived, 1)
            tally.add(f"claims.{claim.get('kind')}_dropped", not survived, 1)


def score_figure_labels(tally: Tally, example: Example, trial: ProseTrial | None = None) -> None:
    """Of the figures that both the evidence-only brief labels and `gold.answer` labels, the
    share whose labels agree (`labels_agree`). A figure is the same when it stands at the same
    place: one of our figures' spans overlaps a place where the article writes the answer's value
    (its first such figure, in article order). Matching by a number alone would compare the "3"
    of a "3-2" score with "33 saves", or a list's "7, 5 and 2" with nothing."""
    answer = example.gold.get("answer")
    if not isinstance(answer, Mapping):
        return
    trial = trial or ProseTrial(example.text, example.id)
    ours = [number for number in trial.brief().numbers if number.measures]
    for figure in _objects(answer.get("numbers")):
        value, measures = _field(figure, "value"), _field(figure, "measures")
        places = written_at(example.text, value)
        same = next((n for n in ours if any(_overlap(span, place) for span in n.spans for place in places)), None)
        if same is not None and same.measures and measures:
            tally.add("figures.label_accuracy", labels_agree(same.measures, measures), 1)


def written_at(text: str, value: str) -> list[tuple[int, int]]:
    """Where `text` writes `value` as a whole (ignoring case): not inside a longer number or
    word ("18" is not in "2018", "180", "18,000" or a "3-18" score)."""
    if not value:
        return []
    pattern = re.compile(rf"(?<![\w.,–-]){re.escape(value)}(?![\w]|[.,–-]\d)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def labels_agree(ours: str, reference: str) -> bool:
    """Two labels of one figure agree when their content words, compared as lemmas ("votes
    received" meets "Votes received", "spent" meets "spending"), share at least half of the
    shorter label's content words (and at least one)."""
    mine, theirs = _content_keys(ours), _content_keys(reference)
    if not mine or not theirs:
        return False
    shared = sum(1 for keys in mine if any(keys & other for other in theirs))
    return shared >= 1 and shared * 2 >= min(len(mine), len(theirs))


def _content_keys(label: str) -> list[frozenset[str]]:
    return [word.keys for word in words(label) if is_content(word)]


def score_frank_systems(tally: Tally, example: Example) -> None:
    """Each system summary given as a draft's summary; its score, set against the human one,
    is the mean graded verdict (`Verdict.score`) of its sentences, each checked as the brief
    checks it; how many summaries the brief keeps whole is counted too."""
    systems = [
        entry
        for entry in example.meta.get("frank_system_summaries_with_human_factuality", [])
        if str(entry.get("summary") or "").strip() and entry.get("human_factuality") is not None
    ]
    if not systems:
        return
    trial = ProseTrial(example.text, example.id)
    for entry in systems:
        share = kept_share(trial, entry["summary"])
        graded = graded_score(trial, entry["summary"])
        if share is None or graded is None:
            continue
        judged = float(entry["human_factuality"])
        tally.pair("frank.systems", graded, judged)
        if entry.get("model") == FRANK_CASED_SYSTEM:
            factual = judged >= FACTUAL
            tally.pair("frank.bart", graded, 1.0 if factual else 0.0)
            tally.add("frank.bart_kept_whole", share == 1.0, 1)
            group = "frank.bart_factual_kept_whole" if factual else "frank.bart_unfactual_kept_whole"
            tally.add(group, share == 1.0, 1)


def graded_score(trial: ProseTrial, summary: str) -> float | None:
    """The mean of `check_claim`'s graded score over `summary`'s sentences, each checked against
    the story the assembler checks it against (None: no sentence)."""
    sentences = stated_sentences(summary)
    if not sentences:
        return None
    story = trial.article.story_text()
    return sum(check_claim(sentence, story).score for sentence in sentences) / len(sentences)


def stated_sentences(summary: str) -> list[str]:
    """`summary`'s sentences that have a word in them: a tokenised summary's stray full stop
    ("... with me ? .") is split off as a sentence of its own, and states nothing to score."""
    return [sentence for sentence in split_sentences(summary) if _WORD.search(sentence)]


_WORD = re.compile(r"\w")


def kept_share(trial: ProseTrial, summary: str) -> float | None:
    """The share of `summary`'s sentences that the brief keeps when a model writes it (None:
    no sentence). Every sentence the assembler refuses is listed in `dropped`."""
    sentences = stated_sentences(summary)
    if not sentences:
        return None
    brief = trial.brief(summary=summary)
    refused = sum(d.section == "summary" and _WORD.search(d.content) is not None for d in brief.dropped)
    return max(len(sentences) - refused, 0) / len(sentences)
