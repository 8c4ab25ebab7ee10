import pytest

from summarizer.extract.figures import find_figures


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("About 10,000 troops were sent.", "10,000", None),
        ("Prices rose 3.5% last year.", "3.5%", "percent"),
        ("The deal is worth $1.2 billion in cash.", "$1.2 billion", "USD"),
        ("Turnout fell 30 per cent overall.", "30 per cent", "percent"),
        ("The fire spread 45 km north.", "45", "km"),
        ("Support slipped 5.5 percentage points.", "5.5 percentage points", "percentage points"),
        ("It will cost \u20ac40m to fix.", "\u20ac40m", "EUR"),
    ],
)
def test_figures_keep_value_as_written(sentence, value, unit):
    [figure] = find_figures(sentence)
    assert figure.value == value
    assert sentence[figure.start : figure.end] == value
    assert figure.unit == unit


def test_measures_is_the_noun_phrase_after_a_count():
    [figure] = find_figures("Officials said 3,000 North Korean soldiers arrived.")
    assert figure.measures == "North Korean soldiers"


def test_dates_years_times_and_model_names_are_not_figures():
    text = "On October 30, 2024, at 7 p.m., on May 5th, GPT-4 and COVID-19 were discussed in 1996."
    assert find_figures(text) == []


def test_skip_ranges_are_honoured():
    text = "Story: 12 people. Promo: 99 deals."
    figures = find_figures(text, skip=[(18, len(text))])
    assert [f.value for f in figures] == ["12"]
