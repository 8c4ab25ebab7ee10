"""A figure with a scale word ("$10 billion") is that value: the same digits without it ("the
10-year plan") or with another scale ("$10 million") are another figure (claim_figures._scaled)."""

from summarizer.grounding.claim_figures import figure_mismatch
from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.prose import check_claim

SOURCE = (
    "Nobody knows how long it will take (the town has backed away from its original 10-year estimate) "
    "or what it will cost (just to move the port to the new site is estimated to cost over $1 billion)."
)


def test_the_digits_of_another_figure_are_not_the_scaled_value():
    passage = Passage(parse_source("The town backed away from its 10-year estimate for the new port."), 0, 0)
    assert figure_mismatch(parse_claim("The town backed away from its 10-year estimate."), passage) is None
    assert figure_mismatch(parse_claim("The new port will take 10 years and cost $10 billion."), passage)
    assert check_claim("Moving the port to the new site is estimated to cost over $1 billion.", SOURCE).supported
    verdict = check_claim("Moving the port to the new site is expected to cost about $10 billion.", SOURCE)
    assert not verdict.supported and "10" in verdict.reason


def test_a_scale_written_otherwise_is_the_same_value():
    source = "The fund raised $2.5 million from 300 donors last year."
    assert check_claim("The fund raised 2.5 million dollars from 300 donors last year.", source).supported
    assert not check_claim("The fund raised $2.5 billion from 300 donors last year.", source).supported
