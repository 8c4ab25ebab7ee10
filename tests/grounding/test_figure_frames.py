"""A figure the article has, moved into the phrase of another figure, is refused: "the first 40
buyers" where the article says "the first 20 buyers" and "40 lucky buyers"; "about 300 people
missing" where it says "about 300 hurt and 12 people missing". The same figure in its own
phrase, or said in other words around it, is kept. A figure written with a scale ("$5 billion")
is not the bare number of another measure ("a 5-year plan")."""

from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.figure_frames import frame_mismatch
from summarizer.grounding.prose import check_claim

SALE = (
    "The shop will offer the first 20 buyers the lamp at the old price of $4. "
    "It expects 40 lucky buyers across the region to get the lamp at that price."
)
FLOOD = "The agency put the toll at 61 on Friday, with about 300 hurt and 12 people missing in the valley."
TALKS = "The unions held 14 meetings in all, 9 of which took place before the vote."
BUDGET = (
    "The council dropped its 5-year plan for the harbour. Moving the offices to the old mill "
    "is expected to cost over $2 billion, the council said."
)


def test_a_figure_in_another_figures_phrase_is_refused() -> None:
    assert not check_claim("The first 40 buyers will get the lamp at the old price of $4.", SALE).supported
    assert not check_claim("The agency put the toll at 61 on Friday, with about 300 people missing.", FLOOD).supported
    assert not check_claim("The unions held 9 meetings in all during the dispute.", TALKS).supported


def test_a_figure_in_its_own_phrase_is_kept() -> None:
    assert check_claim("The first 20 buyers will get the lamp at the old price of $4.", SALE).supported
    assert check_claim("The agency put the toll at 61 on Friday, with about 300 hurt and 12 missing.", FLOOD).supported
    assert check_claim("The unions held 14 meetings in all, 9 of them before the vote.", TALKS).supported


def test_a_scaled_figure_is_not_another_measures_number() -> None:
    assert not check_claim("Moving the offices to the old mill will cost about $5 billion.", BUDGET).supported
    assert check_claim("Moving the offices to the old mill will cost over $2 billion.", BUDGET).supported


POLL = "Canada was the runner-up with 16 percent, while Mexico was third on 11 percent."


def test_a_frame_said_with_another_figures_small_word_is_kept() -> None:
    # "with 11 percent" shares all its words with "with 16 percent", but only one more than
    # "on 11 percent": a paraphrase, not a figure moved.
    claim = parse_claim("Mexico came third in the poll with 11 percent.")
    assert frame_mismatch(claim, Passage(parse_source(POLL), 0, 0)) is None
    assert check_claim("Mexico came third in the poll with 11 percent.", POLL).supported
