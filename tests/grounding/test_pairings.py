"""Which name goes with which word: a claim that swaps the words of two names is refused, one
that pairs them as the evidence does (in any order) is kept. Hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.prose import check_claim

AWARDS = (
    "Neither list overlaps with this year's picks by Redfern Press (\"candour\") and Holloway Books "
    "(\"resilience\"), the two publishers announced on Monday."
)


def test_two_names_with_their_words_swapped_are_refused():
    verdict = check_claim("Redfern Press picked resilience, while Holloway Books picked candour.", AWARDS)
    assert not verdict.supported
    assert "pairs Redfern Press with 'resilience'" in verdict.reason


def test_the_same_pairs_in_another_order_are_kept():
    assert check_claim("Holloway Books picked resilience, while Redfern Press picked candour.", AWARDS).supported


def test_a_date_is_no_name_to_pair_a_word_with():
    source = (
        "Lena Ortiz, the chief of Corvane, was arrested on Dec. 2 in Halden at the request of the Ardish "
        "government, which wants her extradited."
    )
    claim = "Corvane chief Lena Ortiz was arrested in Halden on Dec. 2 at the request of the Ardish government."
    assert check_claim(claim, source).supported
