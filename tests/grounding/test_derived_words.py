"""A claim may say with a verb what its article says with a noun ("the letter *referred* to a
complaint" for "the letter was in *reference* to a complaint"): the words of the senses
WordNet derives from the article's words count as said. The errors a derived word could let
through are still refused: another person, another figure, a negation, an act given a named
doer the evidence never states ("... but was overruled by Ana Diaz"), and a negated noun of an
act ("is yet to make a *decision*") against a claim that the act was done ("has decided")."""

from summarizer.grounding.prose import check_claim

LETTER = (
    "The council received the letter on Tuesday. Officials said it was in reference to a complaint "
    "by Dan Moss about 14 missed bin collections. Crews will now collect twice a week. The depot on "
    "Mill Road has hired four drivers. Bins will be emptied before 8 a.m. Mayor Jo Park opened the "
    "depot last year."
)
CLUB = (
    "Coach Ray Dunn has rejected reports that he will leave Harlow Town in the summer. "
    "Dunn said he is yet to make a decision on his future."
)
MERGER = "Lee advised against the merger in March, according to the minutes. Chair Ana Diaz met the bankers in May."


def test_a_verb_for_the_article_s_noun_of_the_act_is_said() -> None:
    assert check_claim("The letter referred to a complaint by Dan Moss.", LETTER).supported


def test_another_person_or_figure_or_a_negation_is_still_refused() -> None:
    assert not check_claim("The letter referred to a complaint by Jo Moss.", LETTER).supported
    assert not check_claim("The letter referred to a complaint about 40 missed bin collections.", LETTER).supported
    assert not check_claim("The letter did not refer to a complaint by Dan Moss.", LETTER).supported


def test_an_act_yet_to_be_done_is_not_done() -> None:
    assert not check_claim("Dunn said he has already decided his future.", CLUB).supported


def test_an_act_given_a_named_doer_the_evidence_never_states_is_refused() -> None:
    assert check_claim("Lee advised against the merger in March, according to the minutes.", MERGER).supported
    verdict = check_claim("Lee advised against the merger but was overruled by Ana Diaz.", MERGER)
    assert not verdict.supported
    assert "overruled" in verdict.reason
