"""Pairs a sentence makes with "respectively" ("the Hall and the Annex into the North Wing and
the Old Mill, respectively"): a claim pairing them the other way is refused, one pairing them
as the sentence does is kept. Hand-made sentences."""

from summarizer.grounding.claims import parse_claim, parse_source
from summarizer.grounding.prose import check_claim
from summarizer.grounding.respectively import respectively_mismatch

MOVE = (
    "Nobody knows how long the works will take. "
    "Moving the Hall and Annex staff into the North Wing and Old Mill, respectively, will cost millions."
)


def _reason(claim: str) -> str | None:
    text = parse_source(MOVE)
    return next((r for p in text.windows if (r := respectively_mismatch(parse_claim(claim), p))), None)


def test_a_pair_swapped_both_ways_is_refused():
    claim = "The Annex staff will move into the North Wing while the Hall staff move to the Old Mill."
    assert _reason(claim) is not None and "the other way" in (_reason(claim) or "")
    assert not check_claim(claim, MOVE).supported


def test_one_name_given_the_others_partner_is_refused():
    assert not check_claim("The Annex staff will move into the North Wing.", MOVE).supported


def test_the_pairs_as_the_sentence_makes_them_are_kept():
    assert check_claim(
        "The Hall staff will move into the North Wing while the Annex staff move to the Old Mill.", MOVE
    ).supported
    assert _reason("The Annex staff will move into the Old Mill.") is None
    assert _reason("The Hall and Annex staff will move into the North Wing and Old Mill, respectively.") is None
