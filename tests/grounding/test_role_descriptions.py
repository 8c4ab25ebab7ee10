"""A role the article states through a definite description: the sentence that names the person
refers back ("The director, Gerry Fox, ...") or the next sentence goes on about them ("The
49-year-old ruler ..."); a description that names someone else gives that person's role to no one."""

from __future__ import annotations

from summarizer.grounding.roles import check_role

REVIEW = (
    "On Wednesday, the Office of the Independent Water Review Director criticised the utility. "
    "The director, Gerry Fox, urged a new inquiry into the spills."
)
RULER = (
    "The island's council will meet on Friday after Queen Ama Tebo stepped down. "
    "The 61-year-old ruler resigned on Sunday as the island's ninth monarch. "
    "Prime Minister Lev Oren said the council would act quickly."
)


def _evidence(source: str, verdict) -> list[str]:
    return [source[start:end] for start, end in verdict.evidence]


def test_a_description_referring_back_takes_its_role_from_the_sentence_before() -> None:
    verdict = check_role("Gerry Fox", "Independent Water Review Director", REVIEW)
    assert verdict.supported
    assert _evidence(REVIEW, verdict) == [
        "On Wednesday, the Office of the Independent Water Review Director criticised the utility.",
        "The director, Gerry Fox, urged a new inquiry into the spills.",
    ]


def test_the_sentence_before_counts_only_when_the_naming_sentence_holds_a_word_of_the_role() -> None:
    source = "Mayor Ana Ruiz opened the bridge on Monday. The ribbon was cut by Gerry Fox, a local engineer."
    assert not check_role("Gerry Fox", "mayor", source).supported
    assert check_role("Gerry Fox", "local engineer", source).supported


def test_a_next_sentence_opening_on_a_description_goes_on_about_the_person() -> None:
    verdict = check_role("Ama Tebo", "the island's ninth monarch", RULER)
    assert verdict.supported
    assert _evidence(RULER, verdict)[-1].startswith("The 61-year-old ruler resigned")


def test_a_description_that_names_someone_else_is_not_about_the_person_before() -> None:
    source = "Queen Ama Tebo stepped down on Sunday. The Prime Minister, Lev Oren, said the council would meet."
    verdict = check_role("Ama Tebo", "prime minister", source)
    assert not verdict.supported and "'prime minister' is not stated" in verdict.reason
