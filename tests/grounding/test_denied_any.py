"""A claim that states plainly a thing its evidence says there was not any of ("a tremor warned
the villagers" where they reported "not feeling any warning signs, such as a tremor") is refused
(grounding/denied_any.py); a claim that denies it too, or a thing only said of what was denied
("any record of the visit" denies the record, not the visit), is kept."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.denied_any import denied_any_mismatch
from tests.grounding.passages import whole_passage

NONE_FELT = (
    "Most of the villagers said they did not hear or feel any warning signs, such as a tremor, "
    "before the river burst its banks on Sunday night."
)


def mismatch(claim: str, evidence: str) -> str | None:
    """The test alone, on `evidence` as one passage."""
    return denied_any_mismatch(parse_claim(claim), whole_passage(evidence))


def test_a_thing_the_evidence_says_there_was_not_any_of():
    reason = mismatch("Most villagers said a tremor warned them before the river burst its banks on Sunday.", NONE_FELT)
    assert reason is not None and "not any" in reason


def test_a_claim_that_denies_it_too_is_kept():
    claim = "Most villagers said they felt no warning signs before the river burst its banks on Sunday."
    assert mismatch(claim, NONE_FELT) is None


def test_what_the_denied_thing_is_of_is_not_denied():
    evidence = "The hospital said it did not keep any record of the minister's visit to the ward on Friday."
    assert mismatch("The minister visited the ward of the hospital on Friday.", evidence) is None
    reason = mismatch("The hospital kept a record of the minister's visit to the ward on Friday.", evidence)
    assert reason is not None and "record" in reason


def test_a_word_said_plainly_elsewhere_in_the_passage_keeps_the_claim():
    claim = "Most of the villagers felt a tremor before the river burst its banks on Sunday night."
    reason = mismatch(claim, NONE_FELT)
    assert reason is not None and "tremor" in reason
    evidence = NONE_FELT + " A few villagers on the hill felt a tremor an hour earlier."
    assert mismatch(claim, evidence) is None
