"""The scorers of known model output, on hand-made articles, briefs and gold: a capable
model's answer replayed, planted claims given as events, judged system summaries given as
summaries, and ROUGE."""

from __future__ import annotations

import pytest

from summarizer.drafting.salvage import UNUSABLE
from summarizer.evaluation.datasets import Example
from summarizer.evaluation.faithfulness import (
    graded_score,
    kept_share,
    labels_agree,
    score_claims,
    score_figure_labels,
    score_frank_systems,
    score_replayed_answer,
    written_at,
)
from summarizer.evaluation.replay import ProseTrial, replay_answer
from summarizer.evaluation.rouge import lead, rouge_f1, score_lead_baseline
from summarizer.evaluation.tally import Tally
from summarizer.schemas import Brief
from summarizer.schemas.brief import Dropped, NumberItem, SourceInfo, WhoItem

ARTICLE = (
    "Harbour Bridge Reopens\n\n"
    "The Harbour Bridge reopened on Monday after repairs that cost $5 million. "
    "Mayor Ana Ruiz said the work had finished two weeks early.\n\n"
    "Traffic returned to the bridge at noon, and the ferry service that ran during the closure "
    "will end on Friday, the transport office said.\n"
)
INVENTED = "Protesters blocked the harbour crossing to demand lower tolls for trucks."
ANSWER = {
    "headline": "Harbour Bridge reopens after $5 million repairs",
    "summary": "The Harbour Bridge reopened on Monday. Repairs finished two weeks early.",
    "what": ["The ferry service will end on Friday.", "Traffic returned to the bridge at noon."],
    "who": [{"name": "Ana Ruiz", "role": "mayor"}, {"name": "Tom Lee", "role": "engineer"}],
    "numbers": [{"value": "$5 million", "measures": "repair cost"}, {"value": "12", "measures": "days closed"}],
    "quotes": [],
}


def ratios(tally: Tally) -> dict[str, tuple[float, float]]:
    return {name: (ratio.hits, ratio.total) for name, ratio in tally.items()}


def replayed_brief(**sections) -> Brief:
    return Brief(source=SourceInfo(name="t"), **sections)


def test_what_reaches_the_brief_of_a_replayed_answer():
    brief = replayed_brief(
        headline=ANSWER["headline"],
        summary="The Harbour Bridge reopened on Monday.",
        what=["Traffic returned to the bridge at noon."],
        who=[WhoItem(name="Ana Ruiz", role="Mayor"), WhoItem(name="Tom Lee", role="driver")],
        numbers=[NumberItem(value="$5 million", measures="repair cost", spans=[(0, 1)])],
        dropped=[
            Dropped(section="summary", content="Repairs finished two weeks early.", reason="r"),
            Dropped(section="numbers", content="12", reason="this figure is not in the article"),
        ],
    )
    got = ratios(_score_replay(brief))
    assert got["replay.discarded"] == (0, 1)
    assert got["replay.headline_kept"] == (1, 1)
    assert got["replay.summary_kept"] == (1, 2)
    assert got["replay.events_kept"] == (1, 2)
    assert got["replay.roles_kept"] == (1, 2)  # "mayor" is kept whatever its case; Tom Lee's role is not
    assert got["replay.labels_kept"] == (1, 2)
    # Lost with no entry: the ferry event, and the engineer role (the evidence's "driver" won)
    assert got["replay.lost_silently"] == (2, 9)


def test_a_discarded_answer_keeps_nothing_even_where_the_fallback_says_the_same():
    brief = replayed_brief(
        headline=ANSWER["headline"], summary="The Harbour Bridge reopened on Monday.", notes=[UNUSABLE]
    )
    got = ratios(_score_replay(brief))
    assert got["replay.discarded"] == (1, 1)
    assert got["replay.headline_kept"] == (0, 1)
    assert got["replay.summary_kept"] == (0, 2)
    assert got["replay.lost_silently"] == (9, 9)


def _score_replay(brief: Brief) -> Tally:
    tally = Tally()
    score_replayed_answer(tally, Example("a", ARTICLE, {"answer": ANSWER, "claims": []}), brief)
    return tally


def test_replaying_an_answer_grounds_it_with_no_model():
    brief = replay_answer(ARTICLE, "bridge", ANSWER)
    assert brief.usage.model_calls == 1 and brief.usage.prompt_tokens == 0  # the one recorded answer
    assert "Traffic returned to the bridge at noon." in brief.what
    assert any(d.section == "numbers" and d.content == "12: days closed" for d in brief.dropped)
    assert UNUSABLE not in brief.notes


def test_an_answer_that_is_not_a_draft_is_discarded_whole():
    brief = replay_answer(ARTICLE, "bridge", ["not", "a", "draft"])  # type: ignore[arg-type]
    assert UNUSABLE in brief.notes
    assert brief.summary.startswith("The Harbour Bridge reopened on Monday")  # the lead stands in


def test_claims_given_as_events_faithful_kept_and_errors_dropped():
    claims = [
        {"text": "The Harbour Bridge reopened on Monday after repairs costing $5 million.", "faithful": True},
        {"text": "Traffic returned to the bridge at noon.", "faithful": True, "kind": "paraphrase"},
        {"text": "The Harbour Bridge reopened on Monday after repairs costing $9 million.", "faithful": False},
        {"text": INVENTED, "faithful": False, "kind": "invented"},
        {"text": "The Harbour Bridge did not reopen on Monday after the repairs.", "faithful": False},
    ]
    claims[2]["kind"], claims[4]["kind"] = "number", "negation"
    tally = Tally()
    score_claims(tally, Example("a", ARTICLE, {"answer": {}, "claims": claims}))
    got = ratios(tally)
    assert got["claims.faithful_kept"] == (2, 2)
    assert got["claims.number_dropped"] == (1, 1) and got["claims.invented_dropped"] == (1, 1)
    assert got["claims.negation_dropped"][1] == 1  # judged, whichever way the check decides
    assert got["claims.errors_dropped"] == (2 + got["claims.negation_dropped"][0], 3)


def test_kept_share_is_the_share_of_sentences_the_brief_keeps():
    trial = ProseTrial(ARTICLE, "bridge")
    supported = "The Harbour Bridge reopened on Monday after repairs that cost $5 million."
    assert kept_share(trial, supported) == 1.0
    assert kept_share(trial, f"{supported} {INVENTED}") == 0.5
    assert kept_share(trial, INVENTED) == 0.0
    assert kept_share(trial, "   ") is None


def test_a_stray_full_stop_of_a_tokenised_summary_is_no_sentence():
    trial = ProseTrial(ARTICLE, "bridge")
    supported = "the harbour bridge reopened on monday after repairs that cost $ 5 million ."
    assert kept_share(trial, f"{supported} .") == kept_share(trial, supported) == 1.0
    assert graded_score(trial, f"{supported} .") == graded_score(trial, supported)
    assert graded_score(trial, " . ") is None


def test_frank_system_summaries_are_paired_with_human_factuality():
    supported = "The Harbour Bridge reopened on Monday after repairs that cost $5 million."
    systems = [
        {"model": "bart", "summary": f"{supported} {INVENTED}", "human_factuality": 0.5},
        {"model": "pgn", "summary": supported.lower(), "human_factuality": 1.0},
        {"model": "s2s", "summary": INVENTED, "human_factuality": 0.0},
        {"model": "bus", "summary": "", "human_factuality": 1.0},  # nothing to judge
    ]
    example = Example(
        "a", ARTICLE, {"summary": "x", "highlights": []}, {"frank_system_summaries_with_human_factuality": systems}
    )
    tally = Tally()
    score_frank_systems(tally, example)
    # graded: the supported sentence scores 0.5 to 1, the invented one below 0.5; the mean ranks them
    (mixed, half), (whole, one), (invented, zero) = tally.pairs["frank.systems"]
    assert (half, one, zero) == (0.5, 1.0, 0.0)
    assert whole >= 0.5 and whole > mixed > invented and invented < 0.25
    assert tally.pairs["frank.bart"] == [(mixed, 0.0)]  # only a judgement of 1.0 is factual
    got = ratios(tally)
    assert got["frank.bart_kept_whole"] == (0, 1) and got["frank.bart_unfactual_kept_whole"] == (0, 1)
    assert "frank.bart_factual_kept_whole" not in got


def test_rouge_and_the_lead_baseline():
    assert rouge_f1("The bridge reopened.", "the bridge reopened")["rouge1"] == pytest.approx(1.0)
    scores = rouge_f1("Bridges reopening today", "The bridge reopened on Monday")
    assert scores["rouge1"] == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))  # stemmed: bridg, reopen
    assert scores["rouge2"] == pytest.approx(2 * (1 / 2) * (1 / 4) / (1 / 2 + 1 / 4))
    text = "One came. Two came. Three came. Four came."
    assert lead(text) == "One came. Two came. Three came."
    tally = Tally()
    score_lead_baseline(tally, Example("a", text, {"summary": "One came. Two came. Three came."}))
    assert ratios(tally)["rouge.lead3.rouge1"] == pytest.approx((1.0, 1))


def test_labels_agree_on_shared_content_words_compared_as_lemmas():
    assert labels_agree("votes received", "Votes received")
    assert labels_agree("amount spent", "Money the leagues spent")
    assert labels_agree("age of Emery", "Emery's age")
    assert not labels_agree("amount made", "Gasol's salary this season")
    assert not labels_agree("the", "People arrested")  # no content word: no agreement


def test_figure_label_accuracy_counts_figures_both_label():
    text = "Police arrested 14 people on Monday. The rink cost $3 million. About 40 fans came."
    answer = {
        "numbers": [
            {"value": "14", "measures": "People arrested"},
            {"value": "$3 million", "measures": "Salary of the coach"},
            {"value": "2", "measures": "Not in our brief"},
            {"value": "About 40", "measures": ""},
        ]
    }
    tally = Tally()
    score_figure_labels(tally, Example("x", text, {"answer": answer, "claims": []}))
    ratio = dict(tally.items())["figures.label_accuracy"]
    assert (ratio.hits, ratio.total) == (1, 2)


def test_figure_labels_are_compared_at_the_place_the_answer_writes_its_value():
    # the answer's "3" is the third sentence's: not the "3" of the score, nor the "33" of the saves
    text = "The Flames won 3-2 on Monday. Smith made 33 saves. Jones made 3 tackles."
    answer = {"numbers": [{"value": "3", "measures": "tackles Jones made"}]}
    tally = Tally()
    score_figure_labels(tally, Example("x", text, {"answer": answer, "claims": []}))
    ratio = dict(tally.items())["figures.label_accuracy"]
    assert (ratio.hits, ratio.total) == (1, 1)


def test_a_value_is_written_only_where_no_longer_number_holds_it():
    text = "In 2018 some 18,000 fled; the score was 3-18; 18 died."
    assert written_at(text, "18") == [(text.index("18 died"), text.index("18 died") + 2)]
    assert written_at(text, "") == []
