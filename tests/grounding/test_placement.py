"""The placement test asks the article to write a name the claim puts after a preposition of
place after one too, except where the claim's "at" names no place (just after a particle of
its verb: "hit back at", "lashed out at") or where the article writes the claim's very words,
however much stands between the preposition and the name ("at Harlow subcontractor Ward
Security"). A person put in a place's slot is still refused. So too a description the article gives a
name in the claim's very words ("Founder of Brightpath, Dana Wells") is beside that name."""

from summarizer.grounding.prose import check_claim

SOURCE = (
    "Newcastle manager Jim Carver hit back at the club's former captain, Mike Oswin, on Friday. "
    "Oswin had said the club would be relegated. The match will be played at Grange Park. "
    "A former steward at Harlow subcontractor Ward Security said the fans were calm."
)


def test_a_person_an_act_is_aimed_at_is_no_place():
    assert check_claim("Jim Carver hit back at Mike Oswin on Friday.", SOURCE).supported


def test_a_person_in_a_place_s_slot_is_still_refused():
    verdict = check_claim("The match will be played at Mike Oswin.", SOURCE)
    assert not verdict.supported
    assert "never a place" in verdict.reason


def test_a_name_after_a_preposition_in_the_article_s_own_words_is_placed():
    claim = "a former steward at harlow subcontractor ward security said the fans were calm ."
    assert check_claim(claim, SOURCE).supported
    assert not check_claim("The match will be played at Ward Security.", SOURCE).supported


def test_a_description_the_article_gives_in_the_claim_s_very_words_is_beside_the_name() -> None:
    source = (
        "Founder of Brightpath, Dana Wells, runs the classes in London. "
        "Lessons in Leeds are led by teacher Dana Wells. Her deputy, Mia Cole, handles bookings. "
        "The founder of the firm says demand is growing."
    )
    assert check_claim("founder of brightpath , dana wells , runs the classes in london .", source).supported
    assert not check_claim("founder of brightpath , mia cole , runs the classes in london .", source).supported


LEAGUE_SOURCE = (
    "Second-placed Riverton are two points behind Premier Division leaders Eastfield. "
    "Defender Tom Hale signed for Riverton in May, and the Harlow Cup president praised him."
)


def test_a_body_the_article_gives_members_is_one_to_be_in() -> None:
    # "Premier Division leaders": the division has members, so one sits "in" it.
    assert check_claim(
        "Riverton are second in the Premier Division, two points behind Eastfield.", LEAGUE_SOURCE
    ).supported


def test_a_person_or_a_body_without_members_in_a_place_s_slot_is_still_refused() -> None:
    verdict = check_claim("Riverton are second in Tom Hale, two points behind Eastfield.", LEAGUE_SOURCE)
    assert not verdict.supported
    verdict = check_claim("The match will be played at Ward Security.", SOURCE)
    assert not verdict.supported and "never a place" in verdict.reason
