"""A claim that says a thing was kept ("kept up their objections") where its evidence says the
same thing was given up ("dropped their objections") is refused (grounding/keeping.py); a claim
that says it was given up, or both, and evidence that also says it was kept, keep the claim."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.keeping import kept_mismatch
from summarizer.grounding.prose import check_claim
from tests.grounding.passages import whole_passage

DROPPED = (
    "In 2001 the owners of the harbour objected to the plan for a new ferry pier. "
    "Months later the owners dropped their objections after a review of the costs."
)


def mismatch(claim: str, evidence: str) -> str | None:
    """The test alone, on `evidence` as one passage."""
    return kept_mismatch(parse_claim(claim), whole_passage(evidence))


def test_kept_where_the_evidence_says_given_up():
    reason = mismatch("The harbour owners kept up their objections to the new ferry pier.", DROPPED)
    assert reason is not None and "dropped" in reason
    plain = "The owners of the harbour dropped their objections to the new ferry pier after a review of the costs."
    assert not check_claim("The harbour owners kept up their objections to the new ferry pier.", plain).supported


def test_a_claim_that_says_it_was_given_up_is_kept():
    assert mismatch("The harbour owners objected to the pier but later dropped their objections.", DROPPED) is None
    assert mismatch("The owners maintained their objections for months before dropping them.", DROPPED) is None


def test_evidence_that_also_says_it_was_kept_keeps_the_claim():
    evidence = DROPPED + " A second group of owners maintained their objections to the pier."
    assert mismatch("The harbour owners kept up their objections to the new ferry pier.", evidence) is None


def test_a_negated_giving_up_is_no_contradiction():
    evidence = "The owners of the harbour did not drop their objections to the new ferry pier."
    assert mismatch("The harbour owners kept up their objections to the new ferry pier.", evidence) is None


def test_a_share_of_the_thing_is_the_thing_kept():
    evidence = "If the new ferry pier fails to pay for itself, the harbour owners lose most of their savings."
    reason = mismatch("The harbour owners keep most of their savings if the ferry pier fails.", evidence)
    assert reason is not None and "lose" in reason
    # the same share lost in the claim agrees with the evidence
    assert mismatch("The harbour owners lose most of their savings if the ferry pier fails.", evidence) is None


def test_a_thing_that_vanishes_is_given_up():
    evidence = "The visiting rowers saw a two-length advantage evaporate in the final stretch of the race."
    reason = mismatch("The visiting rowers held on to their two-length advantage in the final stretch.", evidence)
    assert reason is not None and "evaporate" in reason
    kept = "The visiting rowers held on to a two-length advantage in the final stretch of the race."
    assert mismatch("The visiting rowers held on to their two-length advantage in the final stretch.", kept) is None


def test_a_streak_extended_is_not_one_broken():
    source = "Her win at the open this year broke a five-year title drought for the veteran."
    verdict = check_claim("Her win at the open this year extended her five-year title drought.", source)
    assert not verdict.supported and "broke" in verdict.reason
    assert check_claim("Her win at the open this year ended a five-year title drought.", source).supported


def test_a_thing_that_kept_working_is_not_one_that_stopped():
    source = "The storm also caused a breakdown of the town's water treatment plant on Sunday."
    verdict = check_claim("The town's water treatment plant kept operating normally throughout the storm.", source)
    assert not verdict.supported and "breakdown" in verdict.reason
    closed = "Police closed the bridge to traffic on Monday as the river rose."
    assert not check_claim("The bridge remained open to traffic on Monday as the river rose.", closed).supported
    working = "The water treatment plant kept operating during the storm, though a pump broke down."
    assert check_claim("The water treatment plant kept operating during the storm.", working).supported
