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


POLL = (
    "Mayor Tom Ray's plans for housing have cost his party support in Ohio, according to a poll of 400 "
    "registered voters released on Friday by Harbour Research, a polling group. "
    "Sixty percent of voters in Ohio have an unfavourable view of Ray, the poll found."
)


def test_a_name_that_modifies_a_noun_goes_with_that_noun():
    # "a Harbour Research poll": the poll is the group's, though "Ohio" stands nearer to it in
    # the claim and "Ray" in the evidence; the parse says which name a word goes with.
    assert check_claim(
        "A Harbour Research poll of 400 registered voters in Ohio found 60 percent view Tom Ray unfavourably.", POLL
    ).supported


def test_a_swap_the_parse_shows_too_stays_refused():
    verdict = check_claim("Redfern Press chose resilience, while Holloway Books chose candour.", AWARDS)
    assert "pairs Redfern Press with 'resilience'" in verdict.reason
