"""A model's label of a figure is a claim: kept at the mentions whose sentences state it, and
dropped with its reason where none does. One number written for several things gives each
label its own mentions."""

from __future__ import annotations

from summarizer.evaluation.replay import replay_answer
from summarizer.extract.figures import find_figures
from summarizer.grounding.counted import label_support, place_labels
from summarizer.text.spans import find_all

ARTICLE = (
    "Cargo Ship Lost\n\n"
    "The Progress craft launched on Tuesday with three tons of supplies. "
    "A docking six hours later was called off. "
    "The hitch will not put the six crew members at risk, the agency said. "
    "Controllers planned six attempts to make contact on Wednesday. "
    "Ann Lee, 36, leads the flight team. "
    "The first stage burned for a 17-second window. "
    "The next flight will be the seventh resupply mission this year.\n"
)


def _answer(numbers: list[dict[str, str]]) -> dict:
    return {"headline": "", "summary": "", "what": [], "who": [], "numbers": numbers, "quotes": []}


def _places(labels: list[str], value: str) -> dict[str, list[str]]:
    places, _ = place_labels(labels, list(find_all(ARTICLE, value)), ARTICLE, find_figures(ARTICLE))
    return {label: [ARTICLE[start : start + 30] for start, _ in spans] for label, spans in places.items()}


def test_each_mention_goes_to_the_label_its_own_sentence_states() -> None:
    places = _places(["crew members at risk", "attempts to make contact"], "six")
    assert places == {
        "crew members at risk": ["six crew members at risk, the "],
        "attempts to make contact": ["six attempts to make contact o"],
    }


def test_a_label_no_sentence_of_the_figure_states_is_refused_with_its_reason() -> None:
    places, reasons = place_labels(["passengers on board"], list(find_all(ARTICLE, "six")), ARTICLE, [])
    assert places == {"passengers on board": []}
    assert reasons["passengers on board"].startswith("what it counts is not stated beside the figure")


def test_a_name_the_article_does_not_give_refuses_the_label() -> None:
    mention = next(iter(find_all(ARTICLE, "36")))
    support = label_support("age of Bo Kim", mention, ARTICLE)
    assert not support.supported
    assert "Bo Kim" in (support.lacking or "")


def test_what_the_figure_is_by_its_form_counts_as_stated() -> None:
    figures = find_figures(ARTICLE)
    age = next(iter(find_all(ARTICLE, "36")))
    window = next(iter(find_all(ARTICLE, "17-second")))
    # "Ann Lee, 36," is her age; "17-second" is a length, though neither sentence says "age" or "length"
    assert label_support("Ann Lee's age", age, ARTICLE, next(f for f in figures if f.start == age[0])).supported
    assert label_support("length of the burn window", window, ARTICLE).supported
    assert not label_support("length of the burn window", age, ARTICLE).supported


def test_a_noun_made_of_the_sentences_verb_is_stated() -> None:
    mention = next(iter(find_all(ARTICLE, "three tons")))
    assert label_support("supplies at the launch", mention, ARTICLE).supported


def test_one_number_for_several_things_gives_each_label_its_own_figure() -> None:
    brief = replay_answer(
        ARTICLE,
        "ship",
        _answer(
            [
                {"value": "six", "measures": "crew members at risk"},
                {"value": "six", "measures": "attempts to make contact"},
            ]
        ),
    )
    sixes = {item.measures: item.spans for item in brief.numbers if item.value == "six"}
    assert set(sixes) == {"crew members at risk", "attempts to make contact"}
    crew_at = ARTICLE.index("six crew")
    attempts_at = ARTICLE.index("six attempts")
    assert (attempts_at, attempts_at + 3) in sixes["attempts to make contact"]
    assert (crew_at, crew_at + 3) in sixes["crew members at risk"]
    assert (attempts_at, attempts_at + 3) not in sixes["crew members at risk"]


def test_a_refused_label_is_dropped_and_the_figure_keeps_the_rules_label() -> None:
    brief = replay_answer(ARTICLE, "ship", _answer([{"value": "three tons", "measures": "fuel burned in orbit"}]))
    tons = [item for item in brief.numbers if "three" in item.value]
    assert tons and all(item.measures != "fuel burned in orbit" for item in tons)
    entries = [entry for entry in brief.dropped if entry.section == "numbers"]
    assert [entry.content for entry in entries] == ["three tons: fuel burned in orbit"]
    assert entries[0].reason.startswith("what it counts is not stated beside the figure")


def test_a_second_label_for_the_same_mention_is_dropped_not_lost() -> None:
    brief = replay_answer(
        ARTICLE,
        "ship",
        _answer(
            [
                {"value": "six", "measures": "attempts to make contact"},
                {"value": "six", "measures": "contact attempts planned"},
            ]
        ),
    )
    assert [item.measures for item in brief.numbers if item.value == "six"][:1] == ["attempts to make contact"]
    assert any(
        entry.content == "six: contact attempts planned" and entry.reason.startswith("a second label")
        for entry in brief.dropped
    )


def test_an_ordinal_is_a_figure_and_its_label_is_checked() -> None:
    brief = replay_answer(ARTICLE, "ship", _answer([{"value": "seventh", "measures": "resupply mission"}]))
    assert [(item.value, item.measures) for item in brief.numbers if item.value == "seventh"] == [
        ("seventh", "resupply mission")
    ]
    assert not [entry for entry in brief.dropped if entry.section == "numbers"]
