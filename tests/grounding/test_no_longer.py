"""A "no longer" negates the verb it stands before, as "not" does (structure._no_longer):
a claim that drops it is refused, and one that says the act stopped is kept."""

from summarizer.grounding.prose import check_claim

SOURCE = "The city museum no longer charges visitors for entry on Sundays, its director said."


def test_a_claim_that_drops_no_longer_is_refused():
    assert not check_claim("The city museum charges visitors for entry on Sundays.", SOURCE).supported


def test_a_claim_that_says_the_act_stopped_is_kept():
    assert check_claim("The city museum stopped charging visitors for entry on Sundays.", SOURCE).supported
