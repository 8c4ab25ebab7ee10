"""A claim that one passage backs and another, covering as much of it, states the other way
round is refused (grounding/contradictions.py); a passage that covers less of the claim than
the backing one does not refuse it."""

from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.contradictions import contradicted
from summarizer.grounding.prose import check_claim

SOURCE = (
    "In 2001 the owners of the harbour objected to the plan for a new ferry pier. "
    "Months later the owners dropped their objections after a review of the costs."
)
CLAIM = "The harbour owners kept up their objections to the new ferry pier."


def test_a_statement_reversed_in_a_passage_covering_as_much_is_refused():
    verdict = check_claim(CLAIM, SOURCE)
    assert not verdict.supported and "dropped" in verdict.reason
    assert check_claim("The harbour owners objected to the plan for a new ferry pier.", SOURCE).supported


def test_only_a_passage_covering_as_much_of_the_claim_counts():
    text = parse_source(SOURCE)
    both = Passage(text, 0, 1)
    claim = parse_claim(CLAIM)
    assert contradicted(claim, [(0.8, both)], backing=0.8)
    assert contradicted(claim, [(0.7, both)], backing=0.8) is None
