"""A description is not a name: "the Welsh club" is a club of Wales, which the article may
call by its name. The doer test cannot tell which club a description means, so it does not
refuse the claim for it; a name in the doer's place is still held to the evidence."""

from summarizer.grounding.prose import check_claim

MATCH = (
    "Welsh side Harbury Town will have no fans at Saturday's game against Kestrel Rovers. "
    "Harbury Town have thrown their support behind a fan-run boycott of the trip to Yorkshire."
)


def test_a_club_described_by_its_country_may_be_the_doer():
    assert check_claim("The Welsh club have thrown their support behind a fan-run boycott.", MATCH).supported
    swapped = check_claim("Kestrel Rovers have thrown their support behind a fan-run boycott.", MATCH)
    assert not swapped.supported


INJURY = (
    "Coach Rui Marques said Pierre Lavaud will miss Saturday's game after the Frenchman limped out of training. "
    "Lavaud, who picked up the injury in Tuesday's draw at Kestrel Rovers, should be fit next week."
)


def test_a_capitalised_word_for_a_kind_of_person_after_the_is_a_description():
    assert check_claim("The Frenchman picked up the injury in Tuesday's draw at Kestrel Rovers.", INJURY).supported
    assert check_claim("the frenchman picked up the injury in tuesday 's draw at kestrel rovers .", INJURY).supported
    swapped = check_claim("Rui Marques picked up the injury in Tuesday's draw at Kestrel Rovers.", INJURY)
    assert not swapped.supported


PROTEST = (
    "Ann Lee has staged a protest at the city hall in Leeds. "
    "The hall, a large building on the square, serves as the seat of the council. "
    "The 30-year-old singer could be seen standing atop a truck next to the hall. "
    "Critics such as Jo Park said little."
)
WITNESS = (
    "Police were called at six. "
    'Hannah Moss, who lives nearby, said: "I heard a crash." '
    "The 23-year-old added that she had seen people being carried away on stretchers. "
    "Jim Long took photographs of the scene."
)


def test_a_description_opening_a_sentence_is_someone_named_just_before():
    assert not check_claim("Jo Park was seen on top of a truck next to the hall.", PROTEST).supported
    assert check_claim("Ann Lee was seen on top of a truck next to the hall.", PROTEST).supported
    assert not check_claim("Jim Long saw people being carried away on stretchers.", WITNESS).supported
    assert check_claim("Hannah Moss saw people being carried away on stretchers.", WITNESS).supported
    assert check_claim("Hannah Moss said she saw people being carried away on stretchers.", WITNESS).supported
