"""A claim cut short (grounding/cut_short.py): one that stops on words the article goes on to
complete (the object of a verb that must take one, a modal's verb) is refused; one that stops
where the article's clause may stop too, on a verb that may stand alone, or that says the whole,
is kept. Hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.prose import check_claim

MATCH = (
    "The rebel group has claimed responsibility for the attack on the bridge near Tarvo. "
    "Defender Ole Sand scored an own goal just after half-time to leave manager Ian Roe fuming on the touchline. "
    "Experts believe that a rise of two metres in the river could flood the whole valley. "
    "Captain Ole Sand resigned from the board of the supporters' trust on Monday. "
    "The kidnappers held the crew until the owners agreed to pay a ransom."
)


def test_a_verb_without_the_object_it_must_take_is_refused():
    verdict = check_claim("The rebel group has claimed.", MATCH)
    assert not verdict.supported
    assert verdict.reason == "the claim stops at 'claimed', where the article goes on to 'responsibility'"


def test_a_modal_without_its_verb_is_refused():
    verdict = check_claim("Experts believe that a rise of two metres in the river could.", MATCH)
    assert not verdict.supported
    assert verdict.reason == "the claim stops at 'could', where the article goes on to 'flood'"


def test_a_claim_that_says_the_whole_is_kept():
    assert check_claim("The rebel group has claimed responsibility for the attack.", MATCH).supported


def test_a_verb_that_may_stand_alone_loses_its_object_freely():
    # WordNet gives "pay" and "leave" frames with no object ("Somebody ----s")
    assert check_claim("The kidnappers held the crew until the owners agreed to pay.", MATCH).supported


def test_a_verb_whose_clause_may_stop_there_is_kept():
    # "from the board ..." is a prepositional phrase: no part of "resigned" a claim must give.
    assert check_claim("Captain Ole Sand resigned.", MATCH).supported
