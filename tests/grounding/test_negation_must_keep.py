"""Faithful claims the negation tests must keep: the readings that refused faithful held-out
claims when negation was read where English has none (an averse verb's scope read on one side
only, "declined to say", a counterfactual against what happened, an antonym in another sense)."""

from summarizer.grounding.prose import check_claim


def kept(claim: str, source: str) -> bool:
    return check_claim(claim, source).supported


def test_an_averse_verb_read_alike_on_both_sides():
    source = "The city opened three new shelters this winter to keep homeless people from freezing in the streets."
    assert kept("The city opened three new shelters to keep homeless people from freezing in the streets.", source)
    law = "The new law bars candidates from offering voters gifts to win votes in the election."
    assert kept("The new law bars candidates from offering voters gifts to win votes.", law)


def test_declining_to_say_denies_nothing_of_the_content():
    source = (
        "The factory cut 200 jobs last week, according to a union report. "
        "A company spokesman declined to say whether more cuts would follow."
    )
    assert kept("The factory cut 200 jobs last week, according to a union report.", source)
    assert kept("A company spokesman declined to say whether more cuts would follow.", source)


def test_a_counterfactual_beside_what_happened():
    source = (
        "The striker faced a three-match ban in May after a red card. "
        "The coach said he would have picked him for the final had the ban been lifted."
    )
    assert kept("The striker faced a three-match ban in May after a red card.", source)
    vote = "The property tax would have risen by two percent if the council vote had passed, but the vote failed."
    assert kept("The council vote on the property tax failed.", vote)


def test_an_antonym_in_another_sense_is_no_opposite():
    source = "The midfielder was injured right at the start of the match and left the pitch after ten minutes."
    assert kept("The midfielder left the pitch after ten minutes.", source)
    assert kept("The midfielder was injured right at the start of the match.", source)


def test_a_denied_existence_denies_its_relative_clause():
    # "there has never been a case when X" says X has never happened
    source = "In the short history of the council, there has never been a case when the mayor vetoed a budget."
    assert kept("The mayor has never vetoed a budget in the short history of the council.", source)
    assert not kept("The mayor has vetoed a budget in the short history of the council.", source)
    some = "There was a case when the mayor vetoed a budget in the short history of the council."
    assert kept("The mayor has vetoed a budget in the short history of the council.", some)
    nobody = "There was nobody who voted for the new budget at the council meeting."
    found = check_claim("Council members voted for the new budget at the council meeting.", nobody)
    assert not found.supported and "negates 'voted'" in found.reason


def test_a_negation_written_with_a_typographic_apostrophe():
    source = "Officials admit the 2011 flood barrier “didn’t work,” and the town has since moved its homes."
    assert kept("Officials admit the 2011 flood barrier did not work.", source)
    found = check_claim("Officials admit the 2011 flood barrier worked.", source)
    assert not found.supported
