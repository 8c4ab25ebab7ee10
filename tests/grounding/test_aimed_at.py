"""An "at" just after a particle of its verb ("hit back at", "lashed out at") names whom the act
is aimed at, not a place: the placement test does not ask the article to write that person
after a preposition of place. A person put in a place's slot is still refused."""

from summarizer.grounding.prose import check_claim

SOURCE = (
    "Newcastle manager Jim Carver hit back at the club's former captain, Mike Oswin, on Friday. "
    "Oswin had said the club would be relegated. The match will be played at Grange Park."
)


def test_a_person_an_act_is_aimed_at_is_no_place():
    assert check_claim("Jim Carver hit back at Mike Oswin on Friday.", SOURCE).supported


def test_a_person_in_a_place_s_slot_is_still_refused():
    verdict = check_claim("The match will be played at Mike Oswin.", SOURCE)
    assert not verdict.supported
    assert "never a place" in verdict.reason
