"""How far a negation reaches: not into a verb joined by "and" that has a subject, auxiliary or
negation of its own, nor past "but"; and an opposite the evidence negates ("would not allow")
says what the claim's word ("ban") says."""

from summarizer.grounding.prose import check_claim

SOURCE = (
    "The minister said he would not pursue a trade deal with Norway. "
    "He said he would not allow the firm to join the network. "
    "Power may not be restored before Monday. "
    "A hiker died when a tree fell on her tent. "
    "The flood was not the council's fault but it was its responsibility."
)


def kept(claim: str) -> bool:
    return check_claim(claim, SOURCE).supported


def test_each_clause_has_its_own_negation():
    assert kept(
        "The minister would not pursue a trade deal with Norway and would not allow the firm to join the network."
    )
    assert kept("Power may not be restored before Monday, and a hiker died when a tree fell on her tent.")
    assert not kept("Power may not be restored before Monday, and a hiker did not die when a tree fell on her tent.")


def test_a_negation_does_not_reach_past_but():
    assert kept("The flood was not the council's fault but was its responsibility.")
    assert not kept("The flood was the council's fault.")


def test_an_opposite_the_evidence_negates_agrees():
    assert kept("The minister would ban the firm from the network.")  # "would not allow"
    verdict = check_claim("The minister would allow the firm to join the network.", SOURCE)
    assert not verdict.supported and "not allow" in verdict.reason
