"""A "before" and "after", "more" and "fewer" said the other way round of the same thing are refused
(grounding/small_opposites.py), also when the claim joins its two events with "after" and each is
backed on its own; the same order said from the other side ("B after A" for "A before B"), and a
comparison with another thing, are kept."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.prose import check_claim
from summarizer.grounding.small_opposites import small_opposite_mismatch
from tests.grounding.passages import whole_passage

ORDER = "The bakery hired forty new workers before the new supply contract was signed."


def mismatch(claim: str, evidence: str) -> str | None:
    """The test alone, on `evidence` as one passage."""
    return small_opposite_mismatch(parse_claim(claim), whole_passage(evidence))


def test_after_for_before_of_the_same_event_and_clause():
    reason = mismatch("The bakery hired forty new workers after the signing of the new supply contract.", ORDER)
    assert reason is not None and "before" in reason


def test_the_whole_check_refuses_a_sequel_told_the_other_way_round():
    assert not check_claim(
        "The bakery hired forty new workers after the new supply contract was signed.", ORDER
    ).supported


def test_the_same_order_said_from_the_other_side_is_kept():
    assert mismatch("The new supply contract was signed after the bakery hired forty new workers.", ORDER) is None


def test_more_for_fewer_of_the_same_noun():
    evidence = "Fewer tourists visited the northern island this summer than last year."
    assert mismatch("More tourists visited the northern island this summer than last year.", evidence)
    assert mismatch("Fewer tourists visited the northern island this summer.", evidence) is None


def test_a_comparison_with_another_thing_is_left_to_the_comparison_test():
    evidence = "The island drew more tourists than the mainland this summer."
    assert mismatch("The mainland drew fewer tourists than the island this summer.", evidence) is None
