"""A claim that says of a whole group ("all", "every") what its evidence says of a part only
("many", "some") is refused (grounding/universals.py); the evidence's own "all" anywhere in the
passage, or a noun it leaves unquantified, keeps the claim."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.prose import check_claim
from summarizer.grounding.universals import universal_mismatch
from tests.grounding.passages import whole_passage


def mismatch(claim: str, evidence: str) -> str | None:
    """The test alone, on `evidence` as one passage."""
    return universal_mismatch(parse_claim(claim), whole_passage(evidence))


PART = "Many farmers in the valley have water tanks, but others depend on the river, the mayor said."


def test_all_of_a_group_against_many_of_it():
    reason = mismatch("The mayor said all farmers in the valley have water tanks.", PART)
    assert reason is not None and "many" in reason
    assert mismatch("The mayor said many farmers in the valley have water tanks.", PART) is None


def test_the_whole_check_refuses_the_claim_of_every_one():
    assert not check_claim("The mayor said every farmer in the valley has a water tank.", PART).supported
    assert check_claim("The mayor said many farmers in the valley have water tanks.", PART).supported


def test_a_part_taken_with_of_is_read_too():
    assert mismatch("All of the nurses were given masks.", "Some of the nurses were given masks.")


def test_the_evidence_saying_all_somewhere_keeps_the_claim():
    evidence = "Some of the nurses were given masks on Monday. By Friday all nurses had masks."
    assert mismatch("All nurses were given masks.", evidence) is None


def test_an_unquantified_noun_keeps_the_claim():
    assert mismatch("All nurses were given masks.", "Nurses were given masks on Monday.") is None


def test_nearly_every_is_no_claim_of_the_whole():
    assert mismatch("Nearly every farmer in the valley has a water tank.", PART) is None
