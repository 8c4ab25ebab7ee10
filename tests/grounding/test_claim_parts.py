"""A claim that joins statements the article makes apart is checked as each of them
(`claim_parts`), on hand-made sentences; beside each, the same claim with one of its statements
made wrong, which stays refused: a part is checked as strictly as a whole claim."""

from summarizer.grounding.claim_parts import claim_parts, main_predicate, predicate_held
from tests.grounding_checks import kept, reason

BAKERY = (
    "Ana Ruiz was born in Chile to a family of farmers. "
    "She studied music in Santiago for four years. "
    "The harbour festival opens on Friday with a parade. "
    "Tickets for the concerts sold out within an hour. "
    "Organisers expect 20,000 visitors over the weekend. "
    "Ruiz moved to Canada 15 years ago and now teaches at a school in Halifax."
)


def test_coordinated_verbs_give_a_part_each_with_the_shared_subject_and_auxiliary():
    assert claim_parts("The survey was conducted by phone and published on Friday.") == (
        "The survey was conducted by phone.",
        "The survey was published on Friday.",
    )


def test_a_relative_clause_set_off_by_commas_is_a_statement_about_its_noun():
    assert claim_parts("Lopez, who grew up near Porto, moved to Leeds in 2009.") == (
        "Lopez moved to Leeds in 2009.",
        "Lopez grew up near Porto.",
    )


def test_a_participle_clause_after_a_comma_says_more_of_the_subject():
    assert claim_parts("The council voted to close the market, angering the traders.") == (
        "The council voted to close the market.",
        "The council angering the traders.",
    )


def test_what_states_neither_part_alone_is_not_split():
    assert claim_parts("The survey was conducted by phone or published online.") == ()  # a disjunction
    assert claim_parts("The bakery did not open or close on Friday.") == ()  # a negation over both
    assert claim_parts("The bakers who answered the survey were from Leeds.") == ()  # restrictive


def test_statements_the_article_makes_apart_are_kept_together():
    # No passage holds both her birthplace and her move: each part has its own.
    assert kept("Ruiz, who was born in Chile, moved to Canada 15 years ago and now teaches in Halifax.", BAKERY)


def test_a_wrong_part_refuses_the_whole_claim():
    assert not kept("Ruiz, who was born in Peru, moved to Canada 15 years ago and now teaches in Halifax.", BAKERY)
    assert "figure" in reason(
        "Ruiz, who was born in Chile, moved to Canada 25 years ago and now teaches in Halifax.", BAKERY
    )
    # The places swapped between the parts: each part is read against its own evidence.
    assert not kept(
        "Ruiz, who studied music in Halifax, moved to Canada 15 years ago and now teaches in Santiago.", BAKERY
    )


def test_a_part_is_backed_only_by_evidence_that_says_what_it_states():
    # Each part has most of its words in its evidence, but maybe not what it states ("flawed"):
    # the share a part needs lets that one word go missing, and it may be all the part claims.
    assert main_predicate("The board's plan for the harbour festival is flawed.") == "flawed"
    assert main_predicate("The council closed the old market on Friday.") == "closed"
    assert main_predicate("The mayor said the market would close.") is None  # a reporting verb
    festival = BAKERY.index("The harbour festival")
    evidence = [(festival, BAKERY.index(" Tickets"))]
    assert predicate_held("The harbour festival opens with a parade.", evidence, BAKERY)
    assert predicate_held("The harbour festival opened with a parade.", evidence, BAKERY)  # as a lemma
    assert not predicate_held("The harbour festival is flawed.", evidence, BAKERY)
    assert not predicate_held("The harbour festival ends with a parade.", evidence, BAKERY)
