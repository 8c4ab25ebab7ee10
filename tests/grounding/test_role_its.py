""" "Its" before any name refers to the organization the sentence before speaks of, as "he"
and "she" do to a person: "Its UK director Ann Lee said ..." states Lee's role with that
organization, and "In its report, the agency says ..." states what the organization is.
After another name, "its" may be that one's."""

from __future__ import annotations

from summarizer.grounding.roles import check_role

TRUST = (
    "The Harbour Food Trust released its yearly report on Monday. "
    "Its UK director Ann Lee said hunger was rising in every region."
)
SPILL = (
    "Coastal Waters Canada, for its part, denies that the spill harmed anyone. "
    "In its yearly report, the agency says the beaches are safe."
)


def test_its_before_a_name_gives_the_title_of_the_organization_before() -> None:
    assert check_role("Ann Lee", "UK director of the Harbour Food Trust", TRUST).supported


def test_its_after_another_name_is_that_ones() -> None:
    source = (
        "The Harbour Food Trust released its yearly report on Monday. "
        "Bo Kim of Grainline said its UK director, Ann Lee, had warned of hunger."
    )
    assert not check_role("Ann Lee", "UK director of the Harbour Food Trust", source).supported


def test_a_sentence_speaking_of_its_before_any_name_goes_on_about_the_organization() -> None:
    assert check_role("Coastal Waters Canada", "agency", SPILL).supported


def test_a_sentence_naming_another_before_its_does_not() -> None:
    source = (
        "Coastal Waters Canada, for its part, denies that the spill harmed anyone. "
        "Harbour Watch said in its yearly report that the agency was wrong."
    )
    assert not check_role("Coastal Waters Canada", "agency", source).supported
