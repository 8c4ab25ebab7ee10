"""Who said it: the sentence that says what the claim reports names its speaker, and a claim
that gives the saying to another person the article names is refused (claim_speakers)."""

from summarizer.grounding.claim_speakers import speaker_mismatch
from summarizer.grounding.claims import Passage, parse_claim, parse_source

SOURCE = (
    '"The shape of the bar is what people love," Ann Lee said on Facebook. '
    "The smaller bar went on sale last month. "
    "Eve Moss, the head of sales for the firm, said the company had to choose between a new shape and higher prices."
)


def mismatch(claim: str, source: str = SOURCE) -> str | None:
    text = parse_source(source)
    return speaker_mismatch(parse_claim(claim), Passage(text, 0, len(text.sentences) - 1))


def test_the_speaker_of_the_sentence_that_says_it_decides():
    assert mismatch("Eve Moss said the firm had to choose between a new shape and higher prices.") is None
    reason = mismatch("Ann Lee said the firm had to choose between a new shape and higher prices.")
    assert reason is not None and "Eve Moss" in reason


def test_another_verb_of_speaking_gives_the_same_speaker():
    source = "'This was a natural choice for the country,' added Eve Moss, the manager of the brand."
    assert mismatch("Dan Roe said the brand was a natural choice for the country.", source)
    assert mismatch("Eve Moss said the brand was a natural choice for the country.", source) is None


def test_a_pronoun_or_a_description_says_nothing_against_the_claim():
    source = "Ann Lee runs the shop. She said the council had to choose between new parking and lower rents."
    assert mismatch("Ann Lee said the council had to choose between new parking and lower rents.", source) is None
    source = "A spokesman for the firm said the company had to choose between a new shape and higher prices."
    assert mismatch("Ann Lee said the firm had to choose between a new shape and higher prices.", source) is None
