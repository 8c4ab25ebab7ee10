"""A sentence that opens on someone's people or party alone ("The German said ...", "The
28-year-old Brazilian fought on") goes on about the subject of the sentence before, as "The
49-year-old ruler" does; a title beside a name ("The German coach, Max Alt, ...") does not,
nor does it speak of anyone but that subject."""

from __future__ import annotations

import pytest

from summarizer.grounding.roles import check_role

FINAL = "Ann Lee beat Bo Kim in the final on Sunday. The German said she was proud of the win."
BOUT = "Ann Lee won the bout in four rounds. The 28-year-old Brazilian fought on with a cut above her eye."


@pytest.mark.parametrize(("source", "role"), [(FINAL, "German"), (BOUT, "28-year-old Brazilian")])
def test_a_people_description_goes_on_about_the_subject_before(source: str, role: str) -> None:
    assert check_role("Ann Lee", role, source).supported


def test_a_people_description_is_not_about_someone_else_named_before() -> None:
    assert not check_role("Bo Kim", "German", FINAL).supported


def test_a_title_set_beside_another_name_is_no_description_of_the_person() -> None:
    source = "Ann Lee won the bout in four rounds. The German coach, Max Alt, said she was proud."
    assert not check_role("Ann Lee", "German", source).supported
