"""A cause or sequel ("after ...") is weighed by its acts and things: a name in it that the
article writes, though not in the passage that gives the cause ("after Rovers goalie Sam
Price lost a race", where the passage says "after Price lost a race"), is the name tests'
to check. An invented cause is still refused."""

from summarizer.grounding.prose import check_claim

SOURCE = (
    "Rovers goalie Sam Price made 31 saves on Friday. The crowd of 9,000 was the season's largest. "
    "Tickets sold out in an hour. The Sharks led 2-1 after two periods. "
    "Dale Moore gave the Sharks more insurance with a short-handed goal after Price lost a race for the puck."
)


def test_a_name_of_the_cause_written_elsewhere_in_the_article_is_there() -> None:
    claim = "Moore scored short-handed for the Sharks after Rovers goalie Sam Price lost a race for the puck."
    assert check_claim(claim, SOURCE).supported


def test_an_invented_cause_is_still_refused() -> None:
    claim = "Moore scored short-handed for the Sharks after Rovers goalie Sam Price broke his stick on a shot."
    assert not check_claim(claim, SOURCE).supported
    claim = "Moore scored short-handed for the Sharks after Rovers coach Ian Lowe pulled Price for an attacker."
    assert not check_claim(claim, SOURCE).supported
