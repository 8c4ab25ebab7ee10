"""A claim whose act another passage says by the opposite verb, of the same doer and in the same
circumstances ("the harbour's shares fell on the day the ferry deal was signed" where a later
sentence says they rose that day), is refused (grounding/reversed_acts.py); a claim whose doer
or circumstances differ, or that the article also says its own way, is kept."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.prose import check_claim
from summarizer.grounding.reversed_acts import opposed, reversed_act_mismatch
from tests.grounding.passages import whole_passage

CLAIM = "Harbour Group shares fell on the day the company signed the ferry contract with the city."
ROSE = "Harbour Group's stock rose four per cent on the day it signed the ferry contract with the city."


def mismatch(claim: str, evidence: str) -> str | None:
    """The test alone, on `evidence` as one passage."""
    return reversed_act_mismatch(parse_claim(claim), whole_passage(evidence))


def test_the_opposite_verb_of_the_same_doer_and_scene_is_a_reversal():
    reason = mismatch(CLAIM, ROSE)
    assert reason is not None and "fell" in reason and "rose" in reason


def test_another_doer_is_no_reversal():
    other = "Bay Ferries' stock rose four per cent on the day it signed the ferry contract with the city."
    assert mismatch(CLAIM, other) is None


def test_other_circumstances_are_no_reversal():
    other = "Harbour Group's stock rose four per cent after a strong quarter of sales in the north."
    assert mismatch(CLAIM, other) is None


def test_an_article_that_also_says_the_claims_verb_keeps_it():
    both = ROSE + " Harbour Group shares fell the next week when the city cancelled the deal."
    assert mismatch(CLAIM, both) is None


def test_a_negated_opposite_is_no_reversal():
    assert mismatch(CLAIM, ROSE.replace("rose four per cent", "did not rise")) is None


def test_refused_from_another_passage_of_the_article():
    article = (
        "Harbour Group signed the ferry contract with the city on Monday after a year of talks. "
        "The company will run four boats between the two piers from the spring. "
        "The mayor said the deal would bring visitors to the old town. "
        "Critics said the price of a ticket would be too high for commuters. "
        "The boats will be built at a yard in the north of the country. "
        "Harbour Group's stock rose four per cent on the day it signed the ferry contract with the city."
    )
    verdict = check_claim(CLAIM, article)
    assert not verdict.supported and "rose" in verdict.reason
    assert check_claim("Harbour Group signed the ferry contract with the city on Monday.", article).supported


NOMINATION = (
    "The president nominated Ann Reyes to the federal bench on Tuesday. "
    "Her nomination is unlikely to be confirmed before the election. "
    "Civil rights groups hailed Reyes's nomination."
)


def test_a_kind_of_the_opposite_act_on_the_same_thing_is_a_reversal():
    """ "Hailed" is a way to "praise", WordNet's antonym of "criticize"."""
    reason = mismatch("Civil rights groups criticized Reyes's nomination as a symbolic gesture.", NOMINATION)
    assert reason is not None and "criticized" in reason and "hailed" in reason
    assert mismatch("Civil rights groups praised Reyes's nomination.", NOMINATION) is None
    assert mismatch("Rival groups criticized Reyes's nomination.", NOMINATION) is None  # another doer


def test_the_two_ends_of_a_stance_said_of_the_same_doer_and_thing():
    source = "Mayor Ann Lee rejected the union's offer to end the strike on Monday."
    reason = mismatch("Lee accepted the union's offer to end the strike on Monday.", source)
    assert reason is not None and "accepted" in reason
    unhappy = "Ann Lee was unhappy that the council stopped the vote on the budget a second time."
    assert mismatch("Ann Lee welcomed the council's decision to stop the vote on the budget a second time.", unhappy)
    assert mismatch("Ann Lee was pleased that the council stopped the vote on the budget.", unhappy) is not None


def test_a_thing_had_is_not_a_thing_lacked():
    source = "Ann Lee said the mayor lacks the strength or the stamina to run the city."
    reason = mismatch("Ann Lee granted that the mayor has the stamina to run the city.", source)
    assert reason is not None and "lacks" in reason
    assert mismatch("Ann Lee said the mayor has little stamina.", "The mayor has the stamina of a runner.") is None


def test_two_ways_of_one_act_are_no_opposites():
    assert not opposed("give", "verb", "hand", "verb")  # "hand" may mean "take", the antonym of "give"
    assert not opposed("follow", "verb", "come", "verb")  # both are ways to "go", the antonym of "come"
    assert not opposed("win", "verb", "beat", "verb")
    assert opposed("soar", "verb", "fall", "verb") and opposed("hail", "verb", "criticize", "verb")


def test_the_backing_passage_is_read_too():
    source = "Ann Lee said the mayor lacks the strength or the stamina to run the city, and denounced his record."
    verdict = check_claim("Ann Lee granted that the mayor has the stamina to run the city.", source)
    assert not verdict.supported and "lacks" in verdict.reason
