"""Verbs of denial: "refuted claims suggesting he will rejoin" denies the rejoining as "denied"
does, so a claim that he denied it is the article's, and one that he said he would rejoin is
refused; and a verb that denies does not deny how it is done ("refuted ..., insisting he is
happy": he is happy)."""

from summarizer.grounding.prose import check_claim

SOURCE = (
    "Striker Luis Moreno has refuted claims suggesting he will rejoin Boca Juniors in the summer, "
    "insisting he is happy at Juventus. "
    "Moreno joined Juventus from Manchester City in 2013. "
    "Boca president Daniel Angelici said last week that the club was close to a deal. "
    "The club's fans hope to see him back."
)


def test_a_denial_in_other_words_is_the_articles():
    verdict = check_claim("Moreno has denied he will rejoin Boca Juniors in the summer.", SOURCE)
    assert verdict.supported, verdict.reason


def test_what_was_denied_stays_denied_and_its_doer_and_date_checked():
    affirmed = check_claim("Moreno has said he will rejoin Boca Juniors in the summer.", SOURCE)
    assert not affirmed.supported and affirmed.reason == "the evidence negates 'rejoin', the claim does not"
    swapped = check_claim("Angelici has denied he will rejoin Boca Juniors in the summer.", SOURCE)
    assert not swapped.supported and swapped.reason.startswith("Angelici is not the doer")
    dated = check_claim("Moreno has denied he will rejoin Boca Juniors in 2014.", SOURCE)
    assert not dated.supported and dated.reason == "the figure 2014 is not in the article"


def test_a_denial_does_not_deny_how_it_is_made():
    verdict = check_claim("Moreno said he is happy at Juventus.", SOURCE)
    assert verdict.supported, verdict.reason
    negated = check_claim("Moreno said he is not happy at Juventus.", SOURCE)
    assert not negated.supported
