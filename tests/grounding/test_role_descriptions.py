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


LEAD = (
    "The bridge would have stayed open had the inspection been done, according to a structural engineer. "
    "Lawyers for the city called Dana Holt, a former county surveyor, on Tuesday. "
    "A man was charged on Monday. Holt said the cracks were old."
)


def test_a_lead_that_describes_the_person_before_naming_them_states_their_role() -> None:
    verdict = check_role("Dana Holt", "structural engineer; former county surveyor", LEAD)
    assert verdict.supported
    assert _evidence(LEAD, verdict)[0].endswith("according to a structural engineer.")


def test_only_the_description_before_the_first_mention_counts_and_only_its_noun_phrase() -> None:
    # "A man" comes before a later mention of Holt, not before the first
    assert not check_role("Dana Holt", "man", LEAD).supported
    later = LEAD.replace("according to a structural engineer", "according to the city")
    assert not check_role("Dana Holt", "structural engineer", later).supported
    # "arrested" follows "A man was": no part of the description
    arrested = "A man was arrested on Monday. Police identified Dana Holt in a statement."
    assert check_role("Dana Holt", "man", arrested).supported
    assert not check_role("Dana Holt", "arrested man", arrested).supported


def test_a_next_sentence_that_speaks_of_she_before_naming_anyone_goes_on_about_the_person() -> None:
    text = "Ama Tebo was arrested on Monday. Police said she is a nurse at the clinic."
    assert check_role("Ama Tebo", "nurse at the clinic", text).supported
    # "she" after another name is that sentence's business, not the person before
    other = "Ama Tebo was arrested on Monday. Lev Oren said she is a nurse at the clinic."
    assert not check_role("Ama Tebo", "nurse at the clinic", other).supported


def test_a_lead_description_holding_a_name_is_read_through_the_name() -> None:
    text = (
        "A High Court of Westland judge fined the utility on Friday. "
        "Justice Ama Tebo ordered the utility to pay the costs."
    )
    verdict = check_role("Ama Tebo", "Westland judge", text)
    assert verdict.supported
    assert _evidence(text, verdict)[0] == "A High Court of Westland judge fined the utility on Friday."


def test_a_description_whose_head_a_name_or_people_modifies_goes_on_about_the_subject_before() -> None:
    text = (
        "ROME - Ana Ruiz met privately with Bishop Lev Oren on Saturday. "
        "The Liberal mayoral candidate said the meeting was personal."
    )
    assert check_role("Ana Ruiz", "Liberal mayoral candidate", text).supported
    # the description speaks of the subject before, not of the one she met
    assert not check_role("Lev Oren", "Liberal mayoral candidate", text).supported
    placed = "Dana Holt is hopeful about the season. The Westville, Ont., golfer tees off on Thursday."
    assert check_role("Dana Holt", "golfer from Westville", placed).supported
    # an invented title is not in the description
    assert not check_role("Dana Holt", "Westville tennis coach", placed).supported


def test_a_sentence_opening_on_a_name_and_a_verb_or_a_new_name_does_not_refer_back() -> None:
    reported = "Ana Ruiz met the council on Friday. The Westville Gazette reported the meeting was tense."
    assert not check_role("Ana Ruiz", "Westville Gazette reporter", reported).supported
    named = "Ana Ruiz met the council on Friday. The Liberal leader, Lev Oren, said the meeting was tense."
    assert not check_role("Ana Ruiz", "Liberal leader", named).supported


def test_a_relation_to_a_named_person_is_not_that_persons_own_role() -> None:
    text = "Ana Ruiz met the bishop on Saturday. Some of Ruiz's advisers, including her husband, Lev Oren, were there."
    assert check_role("Lev Oren", "Ruiz's husband", text).supported
    assert not check_role("Ana Ruiz", "Ruiz's husband", text).supported
    # her own bakery is hers
    assert check_role("Ana Ruiz", "owner of Ruiz's Bakery", "Ana Ruiz, the owner of Ruiz's Bakery, spoke.").supported


def test_a_relation_within_a_family_is_read_by_the_given_name() -> None:
    text = "Rob Holt was charged. His son, Ben Holt, and Ann Holt, his wife, died in the crash."
    assert check_role("Ben Holt", "Holt's son", text).supported
    assert check_role("Rob Holt", "Ann Holt's husband", text).supported
    assert not check_role("Ann Holt", "Ann Holt's husband", text).supported


def test_a_lead_whose_subject_is_a_definite_description_states_the_role_of_the_subject_named_next() -> None:
    text = (
        "The head of the Westland Nurses Union is worried that the strike will fail. "
        "In an interview with Lev Oren on his radio show, Ana Ruiz said her members were tired."
    )
    assert check_role("Ana Ruiz", "head of the Westland Nurses Union", text).supported
    # the interviewer is no subject of the sentence that names them
    assert not check_role("Lev Oren", "head of the Westland Nurses Union", text).supported
    # an invented title is not in the description
    assert not check_role("Ana Ruiz", "spokeswoman for the nurses", text).supported


def test_a_lead_subject_that_names_its_own_person_describes_no_one_after() -> None:
    text = (
        "The chairman of the Westland Party, Bo Kim, complained on Saturday. "
        "On Sunday, Ana Ruiz, the mayor's adviser, echoed that concern."
    )
    assert not check_role("Ana Ruiz", "chairman of the Westland Party", text).supported


def test_a_title_other_than_the_one_written_beside_the_name_is_refused() -> None:
    text = "Ana Ruiz, head of the Westland Nurses Union, said the strike would go on. It began in May."
    assert check_role("Ana Ruiz", "head of the Westland Nurses Union", text).supported
    assert check_role("Ana Ruiz", "leader of the Westland Nurses Union", text).supported  # a wider word
    assert not check_role("Ana Ruiz", "treasurer of the Westland Nurses Union", text).supported
    before = "Westland Nurses Union head Ana Ruiz said the strike would go on."
    assert not check_role("Ana Ruiz", "Westland Nurses Union treasurer", before).supported
    # a title beside another name is that person's, not a contrast
    other = "Ana Ruiz blamed union head Lev Oren for the failed presidential bid."
    assert check_role("Ana Ruiz", "failed presidential candidate", other).supported


def test_a_definite_subject_after_an_opening_phrase_goes_on_about_the_only_person_named_before() -> None:
    text = (
        "Now comes the real test for Sen. Ana Ruiz. "
        "After winning the primary by a wide margin, the Westland senator must face older voters."
    )
    assert check_role("Ana Ruiz", "Westland senator", text).supported
    # with two people named before, the description may be of either, so of neither
    two = text.replace("for Sen. Ana Ruiz.", "for Sen. Ana Ruiz and Gov. Lev Oren.")
    assert not check_role("Ana Ruiz", "Westland senator", two).supported
    assert not check_role("Ana Ruiz", "Westland governor", text).supported
