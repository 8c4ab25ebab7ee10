"""Whose age it is (grounding/ages.py): an age set after a name that the article sets after
another name is refused; the age the article gives, a name it gives no age, or a surname two
people share is kept. Hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.prose import check_claim

CRASH = (
    "Ann Lee, 21, was hurt in the crash and her brother Tom Lee, 28, was taken to hospital with a broken leg. "
    "Police said the driver, Bo Kim (45), fled on foot."
)


def test_an_age_the_article_gives_another_person_is_refused():
    verdict = check_claim("Ann Lee, 28, was taken to hospital with a broken leg.", CRASH)
    assert not verdict.supported
    assert verdict.reason == "the article gives Ann Lee the age 21, not 28; 28 is the age it gives Tom Lee"


def test_an_age_in_brackets_is_read_too():
    verdict = check_claim("Bo Kim (28) was taken to hospital with a broken leg.", CRASH)
    assert not verdict.supported
    assert "gives Bo Kim the age 45" in verdict.reason


def test_the_age_the_article_gives_is_kept():
    assert check_claim("Tom Lee, 28, was taken to hospital with a broken leg.", CRASH).supported
    assert check_claim("The driver, Bo Kim, 45, fled on foot.", CRASH).supported


def test_a_surname_two_people_share_may_be_either():
    assert check_claim("Lee, 28, was taken to hospital with a broken leg.", CRASH).supported


def test_a_name_the_article_gives_no_age_decides_nothing():
    source = "Carla Diaz, a 34-year-old nurse, was praised by the hospital on Monday."
    assert check_claim("Carla Diaz, 34, was praised by the hospital on Monday.", source).supported


def test_one_part_of_a_lower_cased_claim_keeps_the_article_s_capitals():
    # The article says the two acts apart, so the claim is checked again as its two statements
    # ("... was shot", "... was taken into custody"), each opening with a capital: the name
    # inside must still be read as the name it is ("Enid gaver , 28 was taken" was kept).
    source = (
        "Police said Enid Gaver, 21, was killed in the fight and her cousin David Gaver, 28, was shot in the "
        "stomach. Officers said the family had camped outside the store for days. "
        "David Gaver was later taken into custody, police said."
    )
    verdict = check_claim("enid gaver , 28 , was shot in the stomach and taken into custody .", source)
    assert not verdict.supported
    assert "gives Enid Gaver the age 21" in verdict.reason
    assert check_claim("david gaver , 28 , was shot in the stomach and taken into custody .", source).supported
