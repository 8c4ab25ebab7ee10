"""Scorers on small hand-made briefs and gold (never the shared datasets): each count a brief
earns, for each dataset kind."""

from __future__ import annotations

import pytest

from summarizer.evaluation.datasets import Example
from summarizer.evaluation.scorers import Tally, score, skip_reason
from summarizer.schemas import Brief
from summarizer.schemas.brief import NumberItem, Place, Quote, SourceInfo, Usage, WhoItem

TEXT = (
    "Mayor Ana Ruiz said the bridge cost $1.2 billion. \u201cIt is safe again,\u201d Ruiz said. "
    "\u201cWe waited 3 years,\u201d said Tom Lee, a driver from Springfield. The council met in Oslo."
)


def spans_of(phrase: str) -> list[tuple[int, int]]:
    start = TEXT.index(phrase)
    return [(start, start + len(phrase))]


def brief(**sections) -> Brief:
    sections.setdefault("usage", Usage(seconds=2.0, prompt_tokens=300, completion_tokens=40, model_calls=1))
    return Brief(headline="h", summary="s", source=SourceInfo(name="t"), **sections)


def ratios(tally: Tally) -> dict[str, tuple[float, float]]:
    return {name: (ratio.hits, ratio.total) for name, ratio in tally.items()}


GGT_GOLD = {
    "quotes": [
        {"quote": "\u201cIt is safe again,\u201d", "speaker": "Ana Ruiz", "start": 51, "end": 71, "is_direct": True},
        {"quote": "\u201cIt is safe again,\u201d", "speaker": "Ana Ruiz", "start": 51, "end": 71, "is_direct": True},
        {"quote": "\u201cWe waited 3 years,\u201d", "speaker": "Tom Lee", "start": 83, "end": 105, "is_direct": True},
        {"quote": "the bridge cost $1.2 billion", "speaker": "Ana Ruiz", "start": 20, "end": 48, "is_direct": False},
    ],
    "people": ["Ana Ruiz", "Tom Lee", "Bo Diaz"],
    "sources_female": ["Ana Ruiz"],
    "sources_male": ["Tom Lee"],
    "sources_unknown": [],
}


def test_ggt_quotes_people_and_sources():
    predicted = brief(
        quotes=[
            Quote(text="It is safe again", speaker="Ruiz", spans=spans_of("It is safe again")),
            Quote(text="We waited 3 years", speaker="Ana Ruiz", spans=spans_of("We waited 3 years")),
        ],
        who=[
            WhoItem(name="Ana Ruiz", kind="person"),
            WhoItem(name="Tom Lee", kind="person"),
            WhoItem(name="Springfield", kind="person"),
            WhoItem(name="City Council", kind="organization"),
        ],
    )
    got = ratios(score("ggt_quotes", Example("a", TEXT, GGT_GOLD), predicted))
    assert got["quotes.precision"] == (2, 2)
    assert got["quotes.recall"] == (2, 2)  # the duplicate gold and the indirect one do not count
    assert got["quotes.speaker_accuracy"] == (1, 2)  # Ruiz right (surname), Ana Ruiz for Tom Lee's quote wrong
    assert got["quotes.verbatim"] == (2, 2)
    assert got["people.recall"] == (2, 3)  # Bo Diaz missed
    assert got["people.precision"] == (2, 3)  # Springfield is not a person; organizations are not scored here
    assert got["sources.recall"] == (1, 2)  # only Ruiz appears as a speaker
    assert got["sources.precision"] == (2, 2)  # "Ruiz" and "Ana Ruiz" both name a gold source


def test_a_quote_not_at_its_spans_is_not_verbatim_and_an_unplaced_figure_is_not_grounded():
    predicted = brief(
        quotes=[
            Quote(text="It is safe now", speaker="Ruiz", spans=spans_of("It is safe again")),
            Quote(text="Never again", speaker="Ruiz", spans=[]),
        ],
        numbers=[
            NumberItem(value="$1.2 billion", spans=spans_of("$1.2 billion"), measures="budget"),
            NumberItem(value="3 years", spans=[(0, 7)], measures=" "),
            NumberItem(value="7", spans=[]),
        ],
    )
    got = ratios(score("ggt_quotes", Example("a", TEXT, GGT_GOLD), predicted))
    assert got["quotes.verbatim"] == (0, 2)
    assert got["figures.grounded"] == (1, 3)
    assert got["figures.labelled"] == (1, 3)  # a blank label says nothing


def test_cost_is_summed_per_article():
    tally = score("ggt_quotes", Example("a", TEXT, GGT_GOLD), brief())
    tally.merge(
        score(
            "ggt_quotes",
            Example("b", TEXT, GGT_GOLD),
            brief(usage=Usage(seconds=4.0, prompt_tokens=100, completion_tokens=20, model_calls=2)),
        )
    )
    assert tally["cost.seconds"].value == pytest.approx(3.0)
    assert tally["cost.prompt_tokens"].value == 200
    assert tally["cost.model_calls"].value == 1.5
    assert tally["quotes.precision"].value is None  # no predictions: precision undefined, not 0 or 1


def test_polnear_speaker_accuracy_only_where_the_source_is_named():
    gold = {
        "quotes_derived": [
            {"quote": "It is safe again,", "speaker": "Ruiz, the mayor of the city", "start": 51, "end": 71},
            {"quote": "We waited 3 years,", "speaker": "he", "start": 83, "end": 105},
        ]
    }
    predicted = brief(
        quotes=[
            Quote(text="It is safe again", speaker="Ana Ruiz", spans=spans_of("It is safe again")),
            Quote(text="We waited 3 years", speaker=None, spans=spans_of("We waited 3 years")),
        ]
    )
    got = ratios(score("polnear", Example("p", TEXT, gold), predicted))
    assert got["quotes.recall"] == (2, 2)
    assert got["quotes.speaker_accuracy"] == (1, 1)  # Ruiz (her appositive aside) is right; "he" is not judged


def test_conll_names_by_type_case_insensitive_and_distinct():
    gold = {
        "entities": [],
        "persons": ["Ana Ruiz", "RUIZ", "Tom Lee"],
        "organizations": ["City Council"],
        "locations": ["Oslo", "OSLO", "Springfield"],
    }
    predicted = brief(
        who=[WhoItem(name="Ana Ruiz"), WhoItem(name="Council", kind="organization")],
        where=[Place(name="Oslo"), Place(name="Bergen")],
    )
    got = ratios(score("conll2003_ner", Example("c", TEXT, gold), predicted))
    assert got["per.recall"] == (2, 3)  # "RUIZ" is recalled by Ana Ruiz's surname; Tom Lee is missed
    assert got["per.precision"] == (1, 1)
    assert got["org.recall"] == (0, 1)  # organizations must match exactly: "Council" is not "City Council"
    assert got["loc.recall"] == (1, 2)  # Oslo and OSLO are one gold place
    assert got["loc.precision"] == (1, 2)


def test_who_precision_over_all_kinds_forgives_a_wrong_kind_but_not_a_non_entity():
    gold = {
        "entities": [],
        "persons": ["Ana Ruiz"],
        "organizations": ["Chelsea"],
        "locations": ["Oslo"],
        "misc": ["Norwegian"],
    }
    predicted = brief(
        who=[
            WhoItem(name="Ruiz"),  # a surname of a gold person
            WhoItem(name="Chelsea", kind="person"),  # the wrong kind, still an entity
            WhoItem(name="Norwegian", kind="other"),
            WhoItem(name="Floods", kind="organization"),  # no entity at all
        ],
        where=[Place(name="Oslo"), Place(name="Bergen")],
    )
    got = ratios(score("conll2003_ner", Example("c", TEXT, gold), predicted))
    assert got["who.precision_any_kind"] == (4, 6)


def test_an_entrys_aliases_are_names_the_brief_shows():
    gold = {"entities": [], "persons": [], "organizations": ["EU", "European Union", "NATO"], "locations": []}
    predicted = brief(who=[WhoItem(name="European Union", kind="organization", aliases=["EU"])])
    got = ratios(score("conll2003_ner", Example("c", TEXT, gold), predicted))
    assert got["org.recall"] == (2, 3)  # both forms recalled by the one entry; NATO missed
    assert got["org.precision"] == (1, 1)  # one entry, and it is right


def test_conll_tables_are_skipped_with_a_reason():
    assert skip_reason("conll2003_ner", Example("t", "1. A 2 3", {}, {"mostly_tabular": True}))
    assert skip_reason("conll2003_ner", Example("t", TEXT, {}, {"mostly_tabular": False})) is None


def test_giveme5w1h_where_phrases_and_figures_in_any_phrase():
    gold = {
        "who": [{"text": "Ana Ruiz"}],
        "what": [{"text": "the bridge cost $1.2 billion"}],
        "where": [{"text": "in Oslo, Norway"}, {"text": "on the bridge"}, {"text": None}],
        "when": [{"text": "after 3 years"}],
        "why": [],
        "how": [],
    }
    predicted = brief(
        where=[Place(name="Oslo")], numbers=[NumberItem(value="$1.2 billion", spans=spans_of("$1.2 billion"))]
    )
    got = ratios(score("giveme5w1h", Example("g", TEXT, gold), predicted))
    assert got["where.recall"] == (1, 2)  # a null phrase is "no answer", not a miss
    assert got["figures.recall_5w1h"] == (1, 2)  # $1.2 billion found, 3 (years) not listed
