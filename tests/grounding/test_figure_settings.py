"""A figure is refused when the claim's words around it stand around another figure of the
evidence (it belongs to something else there). Two misreadings of that test: a day of a month
("On March 12, Ortiz posted ...") dates the words around it and counts none of them, so it takes
no figure's words; and a figure that leaves out what it counts ("40,000 customers lost power and
9,000 remained without it") counts the noun of the figure before it. A figure given to
something else is still refused, and so is a count the evidence gives only as a day of a month
("12 weeks" where it writes "March 12")."""

from summarizer.grounding.prose import check_claim

POSTS = (
    "Nell Ortiz hosts the morning show. She was recently suspended for three weeks after criticising "
    "the council's budget vote. On March 12, Ortiz posted a message about the harbour bill."
)
OUTAGE = (
    "NB Hydro said in a statement that 40,000 customers lost power in the province's south because "
    "of the storm and 9,000 remained without power Sunday morning. Crews from two provinces were helping."
)
COUNTS = "Police arrested 14 people at the march on Saturday. Some 41 officers were injured in the clashes."


def test_a_date_gives_no_figure_to_something_else() -> None:
    claim = "Ortiz was earlier suspended for three weeks over posting a message on the harbour bill."
    assert check_claim(claim, POSTS).supported


def test_a_figure_that_leaves_out_its_noun_counts_the_one_before() -> None:
    assert check_claim("NB Hydro said 9,000 customers were still without power Sunday morning.", OUTAGE).supported


def test_a_figure_given_to_something_else_is_still_refused() -> None:
    assert not check_claim("NB Hydro said 9,000 customers lost power in the province's south.", OUTAGE).supported
    assert not check_claim("Police arrested 41 people at the march on Saturday.", COUNTS).supported
    assert not check_claim(
        "Ortiz was earlier suspended for 12 weeks over posting a message on the harbour bill.", POSTS
    ).supported


def test_a_date_written_day_first_is_the_date() -> None:
    assert check_claim("On 12 March, Ortiz posted a message about the harbour bill.", POSTS).supported
