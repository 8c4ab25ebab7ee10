"""An event the article names by its noun ("Lee's criticism of the plan") and a summary by its
verb ("Lee criticised the plan"): the event test finds it through WordNet's derivational links
(`synonyms.derived_lemmas`), and the tests of who, how many and whether stay as strict; a light
verb with the act's noun ("has not made a decision") is the verb ("decided") for the negation
test."""

from summarizer.grounding.prose import check_claim
from summarizer.grounding.synonyms import derived_lemmas

SOURCE = (
    "The board has not made a decision on the lease of the land. "
    "Councillor Tom Ray presented the plan for a $30 million stadium by the river on Monday. "
    "He said the club would pay for half of it. "
    "Work could start in the spring, according to the plan. "
    "Residents of the east bank packed the hall for the meeting. "
    "Ann Lee's criticism of the stadium plan was sharp: she said it was too expensive. "
    "She said the city had more urgent needs."
)


def test_wordnet_links_a_verb_to_the_noun_of_its_act_not_to_its_doer():
    assert "recovery" in derived_lemmas("recover")
    assert "recover" in derived_lemmas("recovery")
    assert "decision" in derived_lemmas("decide")
    assert "voter" not in derived_lemmas("vote")  # who votes, not the vote
    assert "winner" not in derived_lemmas("win")
    assert derived_lemmas("qzxv") == frozenset()


def test_an_event_the_article_names_by_its_noun_is_there():
    verdict = check_claim("Ann Lee criticised the stadium plan as costly.", SOURCE)
    assert verdict.supported, verdict.reason


def test_the_act_named_by_its_noun_keeps_its_doer_its_figures_and_its_sense():
    swapped = check_claim("Tom Ray criticised the stadium plan as costly.", SOURCE)
    assert not swapped.supported
    negated = check_claim("Ann Lee did not criticise the stadium plan as costly.", SOURCE)
    assert not negated.supported and negated.reason.startswith("the negation 'not'")
    figure = check_claim("Ann Lee criticised the $40 million stadium plan as costly.", SOURCE)
    assert not figure.supported and "40" in figure.reason
    opposite = check_claim("Ann Lee praised the stadium plan as costly.", SOURCE)
    assert not opposite.supported


def test_a_light_verb_with_the_acts_noun_is_the_verb_for_the_negation_test():
    assert check_claim("The board has not decided on the lease of the land.", SOURCE).supported
    decided = check_claim("The board has decided on the lease of the land.", SOURCE)
    assert not decided.supported
    assert decided.reason == "the evidence negates 'made', the claim does not"
