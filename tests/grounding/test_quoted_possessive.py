"""A possessive name inside quotation marks ("pay for 'Amy's' fare") is the name: the closing
mark after the possessive ending does not hide it from the name test."""

from summarizer.grounding.lemmas import words
from summarizer.grounding.prose import check_claim

SOURCE = (
    "Police met the man at the station. He had agreed to pay for 'Amy's' bus fare from Hinckley to Leicester. "
    "He was jailed for 27 months."
)


def test_the_possessive_ending_goes_before_a_closing_quotation_mark():
    assert [w.lower for w in words("for 'Amy's' fare")] == ["for", "amy", "fare"]
    assert [w.lower for w in words("the Joneses' car and Lee's bike")] == [
        "the",
        "joneses",
        "car",
        "and",
        "lee",
        "bike",
    ]


def test_a_claim_naming_the_quoted_possessive_is_kept_however_it_is_tokenised():
    assert check_claim("He agreed to pay for ` Amy 's ' bus fare from Hinckley to Leicester .", SOURCE).supported
    assert check_claim("He agreed to pay for 'Amy's' bus fare from Hinckley to Leicester.", SOURCE).supported


def test_another_name_in_the_quotation_marks_is_still_refused():
    assert not check_claim("He agreed to pay for ` Zoe 's ' bus fare from Hinckley to Leicester .", SOURCE).supported
