"""A claim the article denies elsewhere (`grounding/denials.py`): a passage backs its words, but
another sentence says the same statement negated. Hand-made sentences; each test has the
reversed claim refused and a faithful one kept."""

from __future__ import annotations

from summarizer.grounding.claims import parse_claim, parse_source
from summarizer.grounding.denials import affirmed_in_article, denied_in_article
from summarizer.grounding.prose import check_claim

# Sentences between a passage that holds a claim's words and the sentence that denies it, so
# that no passage of three sentences holds both.
FAR = (
    " The weather was mild for the time of year. Tickets sold out within an hour."
    " Parking near the site was hard to find. Food stalls lined the road."
)


def denial(claim: str, source: str) -> str | None:
    return denied_in_article(parse_claim(claim), parse_source(source))


HALL = (
    "Most of the debate is about changes to the design of the old hall. "
    "Critics say the rows of benches facing each other make members behave badly." + FAR + " "
    "Were I asked about the hall, I would not alter the basic layout of the benches."
)


def test_a_synonym_of_the_verb_negated_elsewhere_denies_the_claim():
    reason = denial("The writer would change the basic layout of the benches.", HALL)
    assert reason is not None and reason.startswith("the article denies it: 'alter' is negated there")
    assert check_claim("The writer would not change the basic layout of the benches.", HALL).supported


RACE = (
    "Ivo Rossi crashed in heavy rain in his last race at home. "
    "The car hit the wall on lap 48 as the rain grew heavier." + FAR + " "
    'Rossi said: "To not manage to finish the race, for my fans, is hard."'
)


def test_not_managing_to_do_it_denies_that_it_was_done():
    assert "'finish' is negated there" in (
        denial("Despite the rain, Rossi managed to finish his last race.", RACE) or ""
    )
    assert check_claim("Rossi crashed in heavy rain in his last home race.", RACE).supported


def test_a_modal_perfect_does_not_state_what_it_says():
    """ "I could have finished the race" says he did not: it does not affirm the claim."""
    source = RACE + ' "I could have finished the race, but maybe it was better like that."'
    assert "'finish' is negated there" in (
        denial("Despite the rain, Rossi managed to finish his last race.", source) or ""
    )


def test_a_statement_the_article_also_makes_plainly_is_not_denied():
    source = (
        "Ivo Rossi did not finish the race in 2019 after a crash in the rain. "
        "This year he finished the race in fourth place, his best result at home."
    )
    assert check_claim("Rossi finished the race in fourth place this year.", source).supported
    assert denial("Rossi finished the race in fourth place this year.", source) is None


TALKS = (
    "Ben Hale met the pope at the Vatican on Saturday for a short meeting. "
    "Hale said the meeting was for personal reasons." + FAR + " "
    "He said that there was no discussion of his candidacy or the election."
)


def test_no_before_a_noun_made_from_the_verb_denies_it():
    reason = denial("Hale said he and the pope discussed his campaign during the meeting.", TALKS)
    assert "'discussion' is negated there" in (reason or "")
    assert check_claim("Hale met the pope at the Vatican for a short meeting.", TALKS).supported


def test_a_denial_of_another_subject_is_not_the_claims():
    source = (
        "Most shops will not print anything less than 1,000 copies, the owner says. "
        "Ann Lee opened Quickprint in March, and her shop prints single copies of comics."
    )
    assert check_claim("Quickprint prints single copies of comics.", source).supported
    assert denial("Quickprint prints single copies of comics.", source) is None
    assert denial("Most shops print single copies of comics.", "Most shops will not print single copies.") is not None


def test_a_question_denies_nothing():
    source = "The council debated the budget on Monday." + FAR + " Why did the council not approve the budget?"
    assert denial("The council approved the budget.", source) is None
    stated = "The council debated the budget on Monday." + FAR + " The council did not approve the budget."
    assert denial("The council approved the budget.", stated) is not None


def test_a_denial_in_a_condition_denies_nothing():
    source = (
        "The council approved the budget on Monday after a long debate. "
        "If the council had not approved the budget, the library would have closed."
    )
    assert check_claim("The council approved the budget on Monday.", source).supported
    assert denial("The council approved the budget on Monday.", source) is None


def test_a_modal_claim_denies_what_the_article_says_could_be():
    source = RACE + ' "I could have finished the race, but maybe it was better like that."'
    claim = "Rossi said he could not have finished the race in those conditions."
    reason = affirmed_in_article(parse_claim(claim), parse_source(source))
    assert reason is not None and "could ... finished" in reason
    assert not check_claim(claim, source).supported
    # the same modal denied in the article agrees with the claim; another modal says something else
    denied = RACE + ' "I could not have finished the race in that rain."'
    assert affirmed_in_article(parse_claim(claim), parse_source(denied)) is None
    assert affirmed_in_article(parse_claim("Rossi would not finish the race."), parse_source(source)) is None


DEMAND = (
    "The ministry gave the council a deadline of May 9 to comply with its demand to close the depot." + FAR + " "
    "Instead of complying with the ministry's demand, the council filed a complaint in court."
)


def test_instead_of_denies_the_act_it_sets_aside():
    reason = denial("The council complied with the ministry's demand ahead of the deadline.", DEMAND)
    assert reason is not None and "'complying' is negated there" in reason
    # what a deadline is given for is aimed at, not done: it neither affirms nor is denied
    assert denial("The ministry gave the council until May 9 to comply with its demand.", DEMAND) is None
