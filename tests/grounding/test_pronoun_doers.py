"""A sentence that opens with "he" or "she" goes on about the person named before it: the doer
of its verb is that person (`structure._resolved_doers`), so a claim that gives the act to
another person the article names is refused; a pronoun of another verb is still anyone."""

from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.prose import check_claim
from summarizer.grounding.structure import doer_mismatch

SOURCE = (
    "Bo Kim and Jo Park founded the firm. Ann Lee runs its branches in the north. The firm grew fast. "
    "At the firm, Mr. Kim helped the city structure its sale of the water company last year. "
    "He helped conceive a plan that would allow two dairies to merge."
)


def swapped(claim: str) -> str | None:
    """The doer test alone, on the last two sentences as one passage: the one on Mr. Kim and the
    one that goes on about him with "he"."""
    text = parse_source(SOURCE)
    last = len(text.sentences) - 1
    return doer_mismatch(parse_claim(claim), Passage(text, last - 1, last))


def test_the_pronoun_is_the_person_named_before():
    assert swapped("Bo Kim helped the city structure its sale of the water company.") is None
    assert "Ann Lee" in (swapped("Ann Lee helped the city structure its sale of the water company.") or "")
    assert check_claim("Bo Kim helped the city structure its sale of the water company.", SOURCE).supported
    assert not check_claim("Ann Lee helped the city structure its sale of the water company.", SOURCE).supported


def test_a_pronoun_of_another_verb_may_be_anyone():
    source = (
        "Jo Ray said the senator needs to show more warmth. "
        "He suggested that she share stories about her childhood on the farm."
    )
    assert check_claim("Jo Ray suggested the senator share stories about her childhood on the farm.", source).supported


def test_a_pronoun_after_two_named_subjects_is_one_of_them():
    source = (
        "Jo Park chaired the board meeting on Tuesday. "
        "Ann Lee said Bo Kim was to blame for her defeat after he decided to send a memo to the board."
    )
    assert not check_claim("Jo Park sent a memo to the board.", source).supported
    assert check_claim("Bo Kim sent a memo to the board.", source).supported
