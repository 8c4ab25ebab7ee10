"""A claim that says someone knew what its evidence says they did not know is refused
(grounding/knowledge.py); a paraphrase is kept, and so are the readings English gives no denial:
a negation moved up to the word of knowing, a counterfactual, a clause of "whether"."""

from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.knowledge import knowledge_denied
from summarizer.grounding.prose import check_claim


def verdict(claim: str, source: str) -> tuple[bool, str]:
    found = check_claim(claim, source)
    return found.supported, found.reason


def kept(claim: str, source: str) -> bool:
    return check_claim(claim, source).supported


def denied(claim: str, evidence: str) -> str | None:
    """The knowledge test alone, on `evidence` as one passage (other tests weigh other words)."""
    return knowledge_denied(parse_claim(claim), Passage(parse_source(evidence), 0, 0))


def test_knowing_what_the_evidence_says_no_one_knew():
    source = (
        "The cleaner opened the box in the basement. "
        "'I had no idea it was an ancient mummy, so I called the police,' he said."
    )
    supported, reason = verdict("The cleaner said he recognised at once that it was an ancient mummy.", source)
    assert not supported and "recognised" in reason
    assert kept("The cleaner said he had no idea it was an ancient mummy.", source)


def test_a_negated_verb_of_knowing_against_the_claim_that_knew():
    source = "The buyer said she did not know that the old car was stolen when she paid for it."
    assert denied("The buyer said she knew the old car was stolen when she paid for it.", source)
    assert denied("The buyer said she did not know the old car was stolen when she paid for it.", source) is None


def test_no_doubt_says_the_clause_is_certain():
    certain = "There is no doubt that the famous painting was forged, experts said."
    assert kept("Experts said they knew the famous painting was forged.", certain)


def test_a_negation_moved_up_to_the_verb_of_thinking_is_the_same_statement():
    source = "The engineer did not think the repaired bridge would hold the weight of the trucks."
    assert kept("The engineer believed the repaired bridge would not hold the weight of the trucks.", source)
    assert not kept("The engineer believed the repaired bridge would hold the weight of the trucks.", source)


def test_a_counterfactual_not_knowing_is_no_denial():
    # "had it not known" says the club did know; the same clause stated plainly denies it
    claim = "The club knew that the striker would face charges."
    assert (
        denied(claim, "Had it not known that the striker would face charges, the club would have signed him.") is None
    )
    assert (
        denied(claim, "If the club had not known that the striker would face charges, it would have signed him.")
        is None
    )
    assert denied(claim, "The club would not have known that the striker would face charges without the tip.") is None
    assert denied(claim, "The club did not know that the striker would face charges when it signed him.")


def test_not_knowing_until_a_change_is_no_denial_of_knowing_since():
    claim = "The cleaner realised that the body was an ancient mummy."
    later = "The cleaner did not know that the body was an ancient mummy until the police told him."
    assert denied(claim, later) is None
    first = "At first the cleaner had no idea that the body was an ancient mummy."
    assert denied(claim, first) is None
    assert denied(claim, "The cleaner did not know that the body was an ancient mummy.")


def test_a_verb_of_not_knowing_carries_its_negation():
    source = "The engineer did not believe that the repaired bridge would hold the weight of the trucks."
    assert denied("The engineer doubted that the repaired bridge would hold the weight of the trucks.", source) is None
    forgot = "The driver forgot that the bridge was closed to trucks."
    assert denied("The driver did not remember that the bridge was closed to trucks.", forgot) is None


def test_a_clause_of_whether_states_nothing_either_way():
    source = "Officials said they did not know whether the old bridge was safe for traffic."
    assert denied("Officials said they knew whether the old bridge was safe for traffic.", source) is None


def test_an_infinitive_is_no_clause_of_knowing():
    # "seem" is filed among the verbs of perception, but what it takes is no thing known
    source = "The move is estimated to cost over a billion dollars, and there does not seem to be a timetable."
    assert kept("The move is estimated to cost over a billion dollars.", source)
