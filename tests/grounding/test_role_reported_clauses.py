"""A sentence that ends on who tells it ("..., the campaign said", "..., a court filing shows")
is about the clause it reports: the subject of that clause is the one a description in the next
sentence goes on about, and a definite description there is the lead's description of the one
named next. An attribution to a person ("..., a federal judge ruled") leaves the root as it is:
the one named next may be that person."""

from __future__ import annotations

from summarizer.grounding.roles import check_role

FILING = (
    "The retired nurse accused of hiding cash from the charity told police she had panicked, a court filing says. "
    "Dana Holt, 61, will appear in court on Friday."
)
RULING = (
    "The retired nurse accused of hiding cash from the charity will stay in custody, a federal judge ruled on Monday. "
    "Judge Ana Ruiz said the evidence was strong."
)
CAMPAIGN = (
    "Dana Holt plans to debate Omar Reyes on Tuesday in Reno, the campaign told reporters. "
    "The Republican front-runner will propose a cut in the gas tax."
)


def test_the_subject_of_a_reported_clause_is_described_before_they_are_named() -> None:
    verdict = check_role("Dana Holt", "retired nurse accused of hiding cash from the charity", FILING)
    assert verdict.supported


def test_after_an_attribution_to_a_person_the_one_named_next_may_be_that_person() -> None:
    verdict = check_role("Ana Ruiz", "retired nurse accused of hiding cash from the charity", RULING)
    assert not verdict.supported


def test_a_description_goes_on_about_the_subject_of_the_reported_clause() -> None:
    assert check_role("Dana Holt", "Republican front-runner", CAMPAIGN).supported


def test_a_description_does_not_go_on_about_another_person_of_the_reported_clause() -> None:
    assert not check_role("Omar Reyes", "Republican front-runner", CAMPAIGN).supported
