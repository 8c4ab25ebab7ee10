"""Roles that a sentence states with help from the rest of the article or from how news writes
names: a definite description the role ends on that the story already gives ("injured in the
crash"), an age after a name with a title before it ("Cleaner Ana Ruiz, 54"), and a party and
state in brackets after a lawmaker's name ("Rep. Bo Kim (R-Va.)"). Each test also gives the
same role to another person of the article, or a title the article never gives, and expects a
refusal."""

from __future__ import annotations

import pytest

from summarizer.grounding.roles import check_role

CRASH = (
    "A bus left the road near Millbrook on Monday. The crash closed the highway for six hours. "
    "Retired nurse Ana Ruiz, 57, was one of those injured. "
    "Bo Kim, who drove past, called the police."
)

FAMILY = (
    "Officers found three people in the house. "
    "They were Lena Park, 8; her brother, Eli Park, 10; and their grandmother, Rita Ames, 61. "
    "Police said the children's mother was at work."
)

LOSS = (
    "Westland Rail Police confirmed there had been some loss of life. "
    "A spokesman for the Port Ellis ferry said the crossing was closed."
)


def test_a_definite_description_the_role_ends_on_may_be_the_storys() -> None:
    verdict = check_role("Ana Ruiz", "injured in the crash", CRASH)
    assert verdict.supported
    assert check_role("Rita Ames", "the children's grandmother", FAMILY).supported
    # the rest of the role must be written with the person: Kim was not injured
    assert not check_role("Bo Kim", "injured in the crash", CRASH).supported
    # a word the story never writes is no description of its own ("the fire")
    assert not check_role("Ana Ruiz", "injured in the flood", CRASH).supported
    # an invented title with a given description is refused
    assert not check_role("Ana Ruiz", "driver in the crash", CRASH).supported


def test_a_given_description_never_stands_for_the_persons_own_words() -> None:
    # "the crash" is the story's, but "passenger" is not written with Ruiz
    assert not check_role("Ana Ruiz", "passenger hurt in the crash", CRASH).supported
    # a word made from the role's ("driver" for "drove") is no word of it as written
    assert not check_role("Bo Kim", "drove the bus in the crash", CRASH).supported
    # the role's own description ("The region's ...") is the person's, not the story's
    assert not check_role("Bo Kim", "The region's highway police", CRASH).supported


def test_a_name_in_the_description_must_be_stated_with_the_person() -> None:
    text = "Ana Ruiz won the race in Dover. The Westland Cup was held in May. Bo Kim hosted it."
    assert not check_role("Ana Ruiz", "winner of the Westland Cup", text).supported
    assert not check_role("Bo Kim", "winner of the race", text).supported


def test_a_description_may_be_most_of_a_role_only_when_the_rest_is_written() -> None:
    verdict = check_role("Westland Rail Police", "confirmed loss of life and the arrest of the ferry crew", LOSS)
    assert not verdict.supported  # "arrest" is written nowhere
    text = LOSS + " The crew of the ferry was arrested later."
    assert check_role("Westland Rail Police", "confirmed loss of life and the arrest of the ferry crew", text).supported
    # the same role given to the ferry's spokesman: he confirmed nothing
    assert not check_role("Port Ellis", "confirmed loss of life and the arrest of the ferry crew", text).supported


@pytest.mark.parametrize("title", ["Cleaner", "Striker", "Coach"])
def test_an_age_after_a_name_with_a_title_before_it_is_the_persons(title: str) -> None:
    text = f"{title} Ana Ruiz, 54, said the box looked like any other. Her neighbour Bo Kim, 60, agreed."
    assert check_role("Ana Ruiz", "54", text).supported
    assert not check_role("Bo Kim", "54", text).supported
    # a given name before the surname is another person's, as before
    text = "Ruiz's brother, Ivo Ruiz, 12, and her mother, Ana Ruiz, 40, were home."
    assert not check_role("Ana Ruiz", "12", text).supported


def test_an_age_in_a_description_is_no_age_after_another_name() -> None:
    text = "Striker Ana Ruiz signed on Monday. The 31-year-old's move was announced as Ruiz landed."
    assert check_role("Ana Ruiz", "striker, 31", text).supported
    assert not check_role("Ana Ruiz", "striker, 33", text).supported


POLITICS = (
    "Committee Chairman Tom Vale and Rep. Bo Kim (R-Va.) asked for an inquiry. "
    "Sen. Ana Ruiz (D-N.Y.) said the request was political. "
    "Sen. Eli Moss (Tex.) did not comment."
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Bo Kim", "Republican representative from Virginia"),
        ("Ana Ruiz", "Democratic senator from New York"),
        ("Eli Moss", "Texas senator"),
    ],
)
def test_a_party_and_state_in_brackets_state_them(name: str, role: str) -> None:
    assert check_role(name, role, POLITICS).supported


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Tom Vale", "Republican representative from Virginia"),  # Kim's brackets, in Vale's sentence
        ("Eli Moss", "Democratic senator from New York"),
        ("Bo Kim", "Democratic representative from Virginia"),  # another party
        ("Ana Ruiz", "Democratic senator from Ohio"),  # a state the article never names
        ("Eli Moss", "Republican senator from Utah"),
        ("Bo Kim", "Republican governor of Virginia"),  # an invented title: brackets give none
        ("Ana Ruiz", "Democratic mayor of New York"),
        ("Eli Moss", "Texas governor"),
    ],
)
def test_a_party_and_state_in_brackets_are_only_the_names_before_them(name: str, role: str) -> None:
    assert not check_role(name, role, POLITICS).supported


def test_brackets_that_give_no_state_state_nothing() -> None:
    text = "Ana Ruiz (AP) spoke on Monday."
    assert not check_role("Ana Ruiz", "Republican from Texas", text).supported


RACE = (
    "Otters boss Ivo Brandt said Lena Park drove superbly to finish third. "
    "Two team analysts, Rita Ames and Eli Moss, agreed. "
    "Tom Vale, the Herons coach, said Park was lucky. "
    "The race was watched by Premier Ann Lee and Bo Kim."
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Lena Park", "Otters boss"),  # the title right before another name
        ("Lena Park", "Herons coach"),  # in an appositive after another name
        ("Ivo Brandt", "Herons coach"),
        ("Bo Kim", "Premier"),  # a capitalised title before another name
    ],
)
def test_a_title_written_beside_another_name_is_not_the_persons(name: str, role: str) -> None:
    assert not check_role(name, role, RACE).supported


def test_the_reason_names_whom_the_title_is_written_beside() -> None:
    verdict = check_role("Lena Park", "Otters boss", RACE)
    assert not verdict.supported and "Ivo Brandt" in verdict.reason


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Ivo Brandt", "Otters boss"),
        ("Tom Vale", "Herons coach"),
        ("Eli Moss", "team analyst"),  # a title set to a list of names is each one's
        ("Rita Ames", "team analyst"),
        ("Ann Lee", "Premier"),
    ],
)
def test_a_title_written_beside_the_persons_name_is_theirs(name: str, role: str) -> None:
    assert check_role(name, role, RACE).supported


def test_a_title_beside_a_name_says_nothing_of_a_role_that_names_that_person() -> None:
    text = "Ann Lee's lawyer, Bo Kim, spoke for her. Eli Moss said he hired Kim too."
    assert check_role("Bo Kim", "Ann Lee's lawyer", text).supported
    # a title beside something that is no person's name ("the Otters, whose coach ...") is left alone
    text = "The Otters, where Ana Ruiz is coach, won again."
    assert check_role("Ana Ruiz", "Otters coach", text).supported


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Bo Kim met Harbour Affairs Minister Ana Ruiz in Dover.", "Harbour Affairs Minister"),
        ("Bo Kim introduced former Westland Attorney General Ana Ruiz.", "Former Westland Attorney General"),
        ("Bo Kim crashed before Race Director Ana Ruiz stopped the race.", "Race Director who stopped the race"),
    ],
)
def test_a_capitalised_title_of_several_words_is_the_name_it_is_written_before(text: str, role: str) -> None:
    assert check_role("Ana Ruiz", role, text).supported
    verdict = check_role("Bo Kim", role, text)
    assert not verdict.supported and "Ana Ruiz" in verdict.reason


CLUB = (
    "Westland United manager Ana Ruiz said striker Bo Kim will miss the match. "
    "Kim, 29, hurt his knee. Eli Moss, a spokesman for Ruiz, confirmed it."
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Westland United", "Westland United manager"),  # the whole name of the one it is given to
        ("Westland United", "striker for Westland United"),
        ("Ana Ruiz", "spokesman for Ruiz"),  # a person's bare surname
        ("Ana Ruiz", "Ruiz aide"),
    ],
)
def test_a_role_that_names_the_one_it_is_given_to_is_someone_elses(name: str, role: str) -> None:
    verdict = check_role(name, role, CLUB)
    assert not verdict.supported and "themselves" in verdict.reason


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Ana Ruiz", "Westland United manager"),
        ("Eli Moss", "spokesman for Ruiz"),
        ("Bo Kim", "Westland United striker"),
    ],
)
def test_the_same_role_is_kept_for_the_one_it_names_a_relation_of(name: str, role: str) -> None:
    assert check_role(name, role, CLUB).supported


def test_a_name_inside_a_longer_name_is_no_relation_to_itself() -> None:
    text = "Ana Ruiz founded the Ruiz Foundation in 2001 and chairs it."
    assert check_role("Ana Ruiz", "Ruiz Foundation founder", text).supported
    # a family: the surname may be the other person's of that name
    text = "Ivo Ruiz and his son, Ana Ruiz, died in the crash."
    assert check_role("Ana Ruiz", "Ruiz's son", text).supported
