"""News names a government by its capital: "Ottawa raises concerns" where the article writes
"the Canadian government" or, in a story set in Canada, "the federal government". The capital
stands for that government only: a provincial government, another country's federal
government, or a capital of an article that never names its country is still refused."""

from summarizer.grounding.prose import check_claim
from summarizer.text.capitals import countries_governed_from

FEDERAL = (
    "HALIFAX - Canada's fisheries minister Lena Roy said Tuesday that the federal government will "
    "pay for new wharves in three Nova Scotia harbours. Canadians who fish there have waited a "
    "decade for the repairs. Roy said the work starts in May."
)
NAMED = (
    "A family in Red Deer has learned that the Canadian government will not grant their adopted "
    "daughter citizenship. The family has 60 days to answer the letter."
)
PROVINCIAL = (
    "The Ontario government will pay for new wharves in three harbours, minister Lena Roy said "
    "Tuesday. Roy said the work starts in May."
)
ELSEWHERE = (
    "The federal government will pay for new wharves in three harbours, minister Lena Roy said "
    "Tuesday. Roy said the work starts in May, a month after a visit to the United States."
)


def test_a_capital_is_the_seat_of_its_country_s_government() -> None:
    assert countries_governed_from("Ottawa") == ("Canada",)
    assert countries_governed_from("Toronto") == ()


def test_the_capital_for_the_federal_government_of_the_story_s_country() -> None:
    assert check_claim("Ottawa will pay for new wharves in three Nova Scotia harbours, Roy said.", FEDERAL).supported


def test_the_capital_for_the_government_named_with_its_country() -> None:
    assert check_claim("Ottawa will not grant a Red Deer family's adopted daughter citizenship.", NAMED).supported


def test_another_capital_or_government_is_refused() -> None:
    assert not check_claim(
        "Washington will pay for new wharves in three Nova Scotia harbours, Roy said.", FEDERAL
    ).supported
    assert not check_claim("Ottawa will pay for new wharves in three harbours, Roy said.", PROVINCIAL).supported
    assert not check_claim("Washington will pay for new wharves in three harbours, Roy said.", ELSEWHERE).supported
    assert not check_claim("Ottawa will pay for new wharves in three harbours, Roy said.", ELSEWHERE).supported
