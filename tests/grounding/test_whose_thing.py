"""Whose thing a noun is (`grounding/qualifiers.py`), where the evidence says it with a pronoun
or with describing words between "of" and the name. Hand-made sentences; each test has the
swapped claim refused and a faithful one kept."""

from __future__ import annotations

from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.prose import check_claim
from summarizer.grounding.qualifiers import qualifier_mismatch


def mismatch(claim: str, evidence: str) -> str | None:
    return qualifier_mismatch(parse_claim(claim), Passage(parse_source(evidence), 0, 0))


ILLNESS = "Ann Moran was forced to trade places with Bo Moran last month after her heart condition worsened."


def test_her_in_a_clause_is_the_named_subject_of_the_sentence():
    verdict = check_claim("The couple traded places last month after Bo's heart condition worsened.", ILLNESS)
    assert not verdict.supported and "'condition' is Ann Moran's, not Bo's" in verdict.reason
    assert check_claim("The couple traded places last month after Ann's heart condition worsened.", ILLNESS).supported


def test_her_is_nobodys_when_the_clause_above_has_a_common_noun_subject():
    """ "Lee said the committee reviewed her emails": the sentence does not say whose."""
    evidence = "Dan Lee said the committee had reviewed her emails from the office in March."
    assert mismatch("The committee reviewed Ann Holt's emails from the office in March.", evidence) is None


def test_his_is_no_bodys():
    """ "Veterans Affairs paid for his doctor": a body is "its", so "his" is someone else."""
    evidence = "Veterans Affairs was covering the cost of his doctor because his father is a veteran."
    assert mismatch("Veterans Affairs was covering the cost of Tom Dunn's doctor.", evidence) is None
    person = evidence.replace("Veterans Affairs", "Ann Dunn")
    assert mismatch("Ann Dunn was covering the cost of Tom Dunn's doctor.", person) is not None


def test_two_names_on_one_noun_agree_when_one_is_the_evidences():
    evidence = "Ann Holt gave the speech of her life on Tuesday, and Bo Kim called her speech historic."
    assert mismatch("Bo Kim praised Ann Holt's Ohio State speech.", evidence) is None


DANCE = (
    "The director was already familiar with Ann Holt, having first seen her performing the choreography "
    "of renowned American post-modernist Debra Hale. In 2014 she was an adviser to her friend, "
    "the Canadian choreographer Ivy Stone."
)


def test_of_a_name_after_describing_words_is_that_names():
    verdict = check_claim("The director first saw Holt performing the choreography of Ivy Stone.", DANCE)
    assert not verdict.supported and "'choreography' is Debra Hale's, not Ivy Stone's" in verdict.reason
    assert check_claim("The director first saw Holt performing the choreography of Debra Hale.", DANCE).supported


def test_his_in_an_object_is_the_subject_of_its_verb():
    evidence = "Carlo Ruiz replicated his famous derby celebration after scoring against Lazio on Sunday."
    assert mismatch("Carlo Ruiz replicated Bo Kim's famous derby celebration.", evidence) is not None
    assert mismatch("Carlo Ruiz replicated Ruiz's famous derby celebration.", evidence) is None


def test_his_under_a_verb_with_no_subject_of_its_own_is_nobodys():
    """ "Ann Holt joined, publishing an essay attacking *his* record": the essay's target is
    someone named before, not Ann Holt."""
    evidence = "Ann Holt joined the group this week, publishing an essay attacking his record in office."
    assert mismatch("Ann Holt published an essay attacking Bo Kim's record in office.", evidence) is None


DERBY = (
    "Carlo Ruiz danced after scoring a vital goal in Boca's 2-0 win over River Plate in 2004. "
    "On Sunday he celebrated his strike against Lazio in the same way."
)


def test_a_name_on_the_other_side_of_a_noun_is_the_evidences():
    verdict = check_claim("Ruiz danced after a vital goal in Boca's 2-0 win over Lazio in 2004.", DERBY)
    assert not verdict.supported and "'win' is over River Plate, not Lazio" in verdict.reason
    assert check_claim("Ruiz danced after a vital goal in Boca's 2-0 win over River Plate in 2004.", DERBY).supported


def test_the_other_side_is_compared_with_the_same_preposition_only():
    """ "his strike against Lazio" says nothing of whose strike, nor of a win over anyone."""
    assert mismatch("Carlo Ruiz celebrated his strike against Lazio.", "Ruiz's strike came late on Sunday.") is None
