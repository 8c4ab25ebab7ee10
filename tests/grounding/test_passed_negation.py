"""A claim that states plainly a clause its evidence denies from above, by a verb of opinion
("don't think"), of trying ("not trying to") or a noun of intent ("no plans for"), is refused
(grounding/passed_negation.py); the same clause negated, avoided or only possible in the claim
is kept, and so is one under a word that presupposes it ("wasn't surprised by") or a past
opinion, which may have been proved wrong."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.passed_negation import passed_negation_mismatch
from summarizer.grounding.prose import check_claim
from tests.grounding.passages import whole_passage


def denied(claim: str, evidence: str) -> str | None:
    """The test alone, on `evidence` as one passage."""
    return passed_negation_mismatch(parse_claim(claim), whole_passage(evidence))


OPINION = "'I don't think the town is divided along party lines,' the mayor said on Friday."


def test_a_negated_verb_of_opinion_denies_the_clause_it_governs():
    reason = denied("The mayor said the town is split along party lines.", OPINION)
    assert reason is not None and "think" in reason
    assert denied("The mayor said the town is not divided along party lines.", OPINION) is None


def test_the_whole_check_refuses_the_reversal_and_keeps_the_paraphrase():
    assert not check_claim("The mayor said the town is split along party lines.", OPINION).supported
    assert check_claim("The mayor said he did not think the town was divided along party lines.", OPINION).supported


def test_a_negated_verb_of_trying_denies_what_it_governs():
    evidence = "The new album is not trying to be loud or angry, the critic wrote in her review."
    assert denied("The critic wrote that the new album is loud and angry.", evidence)
    assert denied("The critic wrote that the new album avoids being loud or angry.", evidence) is None


def test_no_plans_for_a_thing_denies_that_it_is_prepared():
    evidence = "The two owners said there were no plans for a stock market listing of the firm."
    assert denied("The owners said they are preparing a stock market listing of the firm.", evidence)
    assert denied("The owners ruled out a stock market listing of the firm.", evidence) is None
    assert denied("The owners said the firm may seek a stock market listing.", evidence) is None


def test_a_word_that_presupposes_its_clause_denies_nothing():
    evidence = "The minister wasn't surprised by the fall in exports from 40 per cent to 12 per cent."
    assert denied("Exports fell from 40 per cent to 12 per cent, which the minister expected.", evidence) is None


def test_a_past_opinion_may_have_been_proved_wrong():
    evidence = "The coach did not think his young team would win the regional cup this season."
    assert denied("The coach's young team won the regional cup this season.", evidence) is None


def test_a_clause_the_evidence_also_states_plainly_keeps_the_claim():
    evidence = "'I don't think interest rates will rise,' she said. The central bank expects interest rates to rise."
    assert denied("Interest rates are expected to rise.", evidence) is None


def test_a_verb_that_says_it_was_not_done_denies_what_it_governs():
    evidence = "The governor has ruled out raising taxes to pay for the new bridge."
    reason = denied("The governor plans to raise taxes to pay for the new bridge.", evidence)
    assert reason is not None and "ruled out" in reason
    assert denied("The governor rejected raising taxes to pay for the new bridge.", evidence) is None
    assert denied("The governor may raise taxes to pay for the new bridge.", evidence) is None


def test_a_negated_verb_of_denying_denies_nothing():
    evidence = "The governor has not ruled out raising taxes to pay for the new bridge."
    assert denied("The governor plans to raise taxes to pay for the new bridge.", evidence) is None


def test_ruling_on_a_case_is_no_ruling_out():
    evidence = "The judge ruled on the appeal of the two farmers last week."
    assert denied("The judge heard the appeal of the two farmers last week.", evidence) is None


def test_falling_short_of_a_thing_denies_it():
    evidence = "The talks in Oslo fell short of an agreement on fishing rights."
    assert denied("The talks in Oslo produced an agreement on fishing rights.", evidence)


def test_a_claim_that_says_it_was_escaped_agrees_with_avoided():
    evidence = "The company narrowly avoided a deep recession last year."
    assert denied("The company escaped a deep recession last year.", evidence) is None
    assert denied("The company fell into a deep recession last year.", evidence)


def test_an_attempt_that_came_to_nothing_denies_what_was_tried():
    evidence = "The club said it had been trying to trace the owner of the stolen trophy, but to no avail."
    reason = denied("The club said it had traced the owner of the stolen trophy.", evidence)
    assert reason is not None and "trying" in reason
    assert denied("The club said it was trying to trace the owner of the stolen trophy.", evidence) is None
    plain = "The club said it had been trying to trace the owner of the stolen trophy."
    assert denied("The club said it had traced the owner of the stolen trophy.", plain) is None


def test_a_claim_that_keeps_someone_from_the_act_agrees_with_avoided():
    evidence = "Watching his uncle struggle led him to avoid ever touching gambling machines, he said."
    assert denied("Watching his uncle struggle kept him from ever touching gambling machines.", evidence) is None
    assert denied("Watching his uncle struggle led him to touch gambling machines.", evidence)
