"""Which side of a comparison is which (`grounding/comparisons.py`). Hand-made sentences; each
test has the reversed comparison refused and a faithful one kept."""

from __future__ import annotations

from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.comparisons import comparison_mismatch
from summarizer.grounding.prose import check_claim

VOTERS = "The general electorate is far larger and more diverse than those voting in a party primary."


def test_a_comparison_made_the_other_way_round_is_refused():
    verdict = check_claim("Party primary voters are more diverse than the general electorate.", VOTERS)
    assert not verdict.supported and "compares the other way round" in verdict.reason
    assert check_claim("The general electorate is more diverse than party primary voters.", VOTERS).supported


def test_the_sides_may_be_said_in_other_words_and_through_tend_to_be():
    verdict = check_claim("Party primary voters tend to be larger than the general electorate.", VOTERS)
    assert not verdict.supported and "compares the other way round" in verdict.reason


def mismatch(claim: str, evidence: str) -> str | None:
    return comparison_mismatch(parse_claim(claim), Passage(parse_source(evidence), 0, 0))


def test_an_adverb_of_degree_compares_the_subjects_of_its_verb():
    evidence = "Sales in Asia grew faster than sales in Europe last year."
    assert mismatch("Sales in Europe grew faster than sales in Asia.", evidence) is not None
    assert mismatch("Asian sales grew faster than sales in Europe.", evidence) is None


def test_less_is_not_more_the_other_way_round():
    """ "A is less costly than B" is "B is more costly than A": the direction tells them apart
    (whether the claim says the opposite is the polarity test's to read)."""
    evidence = "Rail travel is less costly than air travel for most families."
    assert mismatch("Air travel is more costly than rail travel.", evidence) is None
    assert mismatch("Air travel is less costly than rail travel.", evidence) is not None
