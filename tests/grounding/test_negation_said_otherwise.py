"""A claim may say a negation without "not", and its evidence may too: "rather than" and
"instead of" set aside what follows as "not" does, an averse verb ("skip", "avoid",
"decline") says that what it governs was not done, and "against" before a gerund ("warned
against rushing") that it should not be. The matching errors (the negation dropped, or put on
the other thing) are still refused."""

from summarizer.grounding.prose import check_claim

CHOICE = "The rules let the council, rather than the mayor, choose the new police chief, Ms. Ortiz said."
RUSH = (
    "Union leader Dana Price spoke after the derailment near Leeds. "
    '"There should be no rush to judgment or to blame the drivers until the facts are known," she said.'
)
VOTERS = (
    "Many young voters simply do not vote in local elections, but they will turn out in a national "
    "election, the survey found."
)


def test_rather_than_in_the_evidence_says_the_claim_s_not() -> None:
    claim = "Ortiz said the rules let the council, not the mayor, choose the new police chief."
    assert check_claim(claim, CHOICE).supported


def test_the_thing_set_aside_is_not_the_thing_chosen() -> None:
    claim = "Ortiz said the rules let the mayor, not the council, choose the new police chief."
    assert not check_claim(claim, CHOICE).supported


def test_against_before_a_gerund_says_the_evidence_s_no() -> None:
    claim = "Dana Price warned against rushing to judgment or blaming the drivers before the facts are known."
    assert check_claim(claim, RUSH).supported


def test_the_negation_dropped_from_the_evidence_is_still_refused() -> None:
    claim = "Dana Price called for a rush to judgment and for blaming the drivers before the facts are known."
    assert not check_claim(claim, RUSH).supported


def test_an_averse_verb_says_what_the_evidence_denies_with_not() -> None:
    claim = "Many young voters skip local elections but will vote in a national election, the survey found."
    assert check_claim(claim, VOTERS).supported


def test_the_denied_act_stated_plainly_is_still_refused() -> None:
    claim = "Many young voters vote in local elections and will turn out in a national election, the survey found."
    assert not check_claim(claim, VOTERS).supported
    claim = "Many young voters skip national elections but vote in local elections, the survey found."
    assert not check_claim(claim, VOTERS).supported


WEIGHED = (
    "The analyst said the rise in attacks has less to do with access to cheap tools and more to do "
    "with the option of demanding ransom in bitcoin."
)


def test_more_and_less_weigh_two_things_the_evidence_weighs_the_other_way() -> None:
    reversed_claim = (
        "The analyst said the rise in attacks owes more to access to cheap tools than to ransom in bitcoin."
    )
    verdict = check_claim(reversed_claim, WEIGHED)
    assert not verdict.supported and "ransom" in verdict.reason
    faithful = "The analyst said the rise in attacks owes more to bitcoin ransom than to access to cheap tools."
    assert check_claim(faithful, WEIGHED).supported
