"""A claim that gives an act to someone the evidence excludes with "only" (grounding/exclusives.py):
"independents were allowed to vote" where only registered members are; a claim that names the
evidence's subject, says "only" itself, or another act is kept."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.exclusives import exclusive_mismatch
from summarizer.grounding.prose import check_claim
from tests.grounding.passages import whole_passage

SOURCE = "The state holds closed primaries, where only registered party members are allowed to cast a ballot."


def mismatch(claim: str, evidence: str = SOURCE) -> str | None:
    return exclusive_mismatch(parse_claim(claim), whole_passage(evidence))


def test_another_subject_of_an_act_only_one_does_is_refused():
    reason = mismatch("Independent voters were allowed to cast ballots in the state's primary.")
    assert reason is not None and "only 'registered party members'" in reason
    assert not check_claim("Independent voters were allowed to cast ballots in the state's primary.", SOURCE).supported


def test_the_same_subject_or_a_claim_that_says_only_is_kept():
    assert mismatch("Registered party members were allowed to cast ballots in the primary.") is None
    assert mismatch("Only members were allowed to cast ballots in the primary.") is None
    assert mismatch("Independent voters were allowed to watch the count.") is None  # another act


def test_an_act_of_a_subject_only_does_not_restrict_is_kept():
    source = "Registered party members are allowed to cast a ballot, and so are independents."
    assert mismatch("Independents are allowed to cast a ballot.", source) is None
