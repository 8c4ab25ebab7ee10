"""English writes 21 to 99 as one compound word of tens and units ("Eighty-four percent",
"the twenty-first lap"): one number, which a claim may write in digits. Another number is still
refused, where the article's "Sixty-two" used to pass as 60 and 2."""

from summarizer.grounding.lemmas import words
from summarizer.grounding.prose import check_claim
from summarizer.grounding.quantities import figures

SOURCE = (
    "Sixty-two percent of the town's renters said their rent had risen this year, a survey by the "
    "Harbour Tenants Union found. Nella Ortiz finished the race in the twenty-first place."
)


def test_a_compound_number_word_is_one_number() -> None:
    found = figures(words("Sixty-two percent agreed, and forty five more wrote in."))
    assert [sorted(f.values) for f in found] == [["62"], ["45"]]


def test_a_compound_ordinal_is_one_place() -> None:
    assert [sorted(f.values) for f in figures(words("the twenty-first century"))] == [["#21"]]


def test_a_scale_after_a_compound_number_multiplies_it() -> None:
    assert "35000000" in figures(words("thirty-five million people"))[0].values


def test_numbers_apart_stay_two() -> None:
    found = figures(words("Sixty, two said."))
    assert [sorted(f.values) for f in found] == [["60"], ["2"]]


def test_the_figure_in_digits_is_kept() -> None:
    assert check_claim(
        "A Harbour Tenants Union survey found 62 percent of renters said their rent had risen this year.", SOURCE
    ).supported
    assert check_claim("Nella Ortiz finished the race in 21st place.", SOURCE).supported


def test_another_figure_is_refused() -> None:
    survey = "A Harbour Tenants Union survey found {} percent of renters said their rent had risen this year."
    for wrong in ("60", "2"):
        assert not check_claim(survey.format(wrong), SOURCE).supported
    assert not check_claim("Nella Ortiz finished the race in 20th place.", SOURCE).supported
