"""People a sentence lists after a pronoun ("They were Ann Holt, 8; her brother, Ben Holt, 10"):
what the sentence before said of them is said of each, and each number is the age of the name
it follows, of no one else."""

from __future__ import annotations

from summarizer.grounding.roles import check_role

LIST = (
    "Police said officers found two victims dead in the kitchen. "
    "They were Ann Holt, 8; her brother, Ben Holt, 10; and their neighbour, Rita Vos, 61. "
    "Chief Dan Ellis said the suspect fled."
)


def test_a_list_after_they_were_takes_the_description_of_the_sentence_before() -> None:
    assert check_role("Ann Holt", "victim, 8", LIST).supported
    assert check_role("Rita Vos", "victim, 61", LIST).supported
    # an invented description is still refused
    assert not check_role("Ben Holt", "firefighter", LIST).supported


def test_each_age_is_the_one_written_after_the_name() -> None:
    assert check_role("Ben Holt", "10", LIST).supported
    assert not check_role("Ann Holt", "victim, 10", LIST).supported
    assert not check_role("Rita Vos", "victim, 8", LIST).supported
    # the chief is in no list and has no age
    assert not check_role("Dan Ellis", "chief, 61", LIST).supported


def test_an_age_written_as_years_old_is_a_role_word_like_any_other() -> None:
    text = "Ann Holt will miss the final. The 26-year-old midfielder hurt her knee on Sunday."
    assert check_role("Ann Holt", "midfielder, 26", text).supported
    assert not check_role("Ann Holt", "midfielder, 27", text).supported


def test_a_pronoun_before_a_possessive_name_is_someone_else() -> None:
    text = "Officers found the woman injured in the kitchen. She was Rita Vos's daughter."
    assert not check_role("Rita Vos", "injured woman", text).supported
    named = "Officers found the woman injured in the kitchen. She was Rita Vos, a nurse."
    assert check_role("Rita Vos", "injured woman", named).supported


QUOTED = (
    'Photo: the bridge after the storm (Dan Ellis) A Westland Ambulance Service spokesman said: "We were called '
    'at 6.10 to the bridge. "Crews from three stations are there. "We are treating a number of patients." '
    "Rita Vos, who lives nearby, said the water rose quickly."
)


def test_the_sentences_of_a_quotation_in_which_its_speaker_speaks_of_themselves_are_theirs() -> None:
    assert check_role("Westland Ambulance Service", "treating a number of patients", QUOTED).supported
    # the photographer credited before the speaker and the next person named are not the speaker
    assert not check_role("Dan Ellis", "treating a number of patients", QUOTED).supported
    assert not check_role("Rita Vos", "treating a number of patients", QUOTED).supported
    # a sentence of the quotation that is not of the speaker says nothing of them
    assert not check_role("Westland Ambulance Service", "crews from three stations", QUOTED).supported
