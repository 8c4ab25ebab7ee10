"""A role that says what the person does or whose they are ("lives near the tram station", "of
the Delegates Unbound group") is no description of them as an organization, though its noun
is one; its verb must then be stated with them."""

from __future__ import annotations

import pytest

from summarizer.grounding.roles import check_role

CRASH = (
    "A tram overturned in Croydon early on Wednesday. "
    "Ann Lee, who lives near the tram station, said she heard a crash. "
    "James Vale told the Reuters news agency that the line was shut. "
    "Mary Kim, whose Riders United group has campaigned for safety, called for an inquiry."
)


@pytest.mark.parametrize(
    ("name", "role"),
    [("Ann Lee", "lives near the tram station"), ("Mary Kim", "of the Riders United group")],
)
def test_a_role_saying_what_the_person_does_or_whose_they_are_is_read_as_stated(name: str, role: str) -> None:
    assert check_role(name, role, CRASH).supported


def test_an_organization_for_a_person_is_still_refused() -> None:
    verdict = check_role("James Vale", "news agency", CRASH)
    assert not verdict.supported and "describes an organization" in verdict.reason


def test_a_deed_the_sentence_does_not_state_is_refused() -> None:
    verdict = check_role("Ann Lee", "runs the tram station", CRASH)
    assert not verdict.supported and "the deed 'runs'" in verdict.reason


@pytest.mark.parametrize(
    ("name", "role"),
    [("James Vale", "lives near the tram station"), ("Ann Lee", "of the Riders United group")],
)
def test_a_deed_or_a_group_of_another_person_is_refused(name: str, role: str) -> None:
    assert not check_role(name, role, CRASH).supported
