"""A name put where the evidence writes another ("a spokesman for Ortiz" where the evidence has
"a spokesman for Halvorsen") is refused; a name in its own place, in another form or listed
beside the other, is kept. Hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.claims import parse_claim, parse_source
from summarizer.grounding.name_slots import slot_mismatch
from summarizer.grounding.prose import check_claim

DEBATE = (
    "The debate was held on a Saturday night, when few people were watching television. "
    "The scheduling was so odd that a spokesman for Lena Halvorsen could only quip: \"I guess the "
    "holiday was booked.\" Rival candidate Marta Ortiz said nothing about the date."
)


def _slot(claim: str, source: str) -> str | None:
    text = parse_source(source)
    return next((r for p in text.windows if (r := slot_mismatch(parse_claim(claim), p))), None)


def test_a_role_given_to_another_person_is_refused():
    verdict = check_claim("A spokesman for Marta Ortiz joked that the holiday was booked.", DEBATE)
    assert not verdict.supported
    assert _slot("A spokesman for Marta Ortiz joked that the holiday was booked.", DEBATE) == (
        "the evidence gives Lena Halvorsen, not Marta Ortiz, the place the claim puts Marta Ortiz in"
    )


def test_the_name_in_its_own_place_is_kept():
    assert check_claim("A spokesman for Lena Halvorsen joked that the holiday was booked.", DEBATE).supported


PIPELINE = (
    "Corvane Energy has said it signed agreements with all the towns along the proposed route to "
    "Halden Gas's $4-billion plant on the coast."
)


def test_a_doer_swapped_for_another_name_of_the_sentence_is_refused():
    assert _slot("Halden Gas has said it signed agreements with all the towns along the route.", PIPELINE)
    assert not check_claim(
        "Halden Gas has said it signed agreements with all the towns along the route.", PIPELINE
    ).supported


def test_the_doer_of_the_sentence_is_kept():
    assert check_claim(
        "Corvane Energy has said it signed agreements with all the towns along the route.", PIPELINE
    ).supported


def test_a_possessive_fills_no_other_name_s_place():
    # "Major's girlfriend, Kim Ray": the girlfriend was killed, and she is Kim Ray.
    source = "The crash killed Tom Major's girlfriend, 26-year-old Kim Ray, and two of his sons."
    assert _slot("The crash killed Kim Ray, 26, and two of Tom Major's sons.", source) is None


def test_a_name_listed_beside_the_other_shares_its_place():
    source = "The club beat Arsenal and Chelsea in the cup this winter."
    assert _slot("The club beat Chelsea in the cup this winter.", source) is None


def test_a_name_in_another_form_is_the_same_name():
    source = "Ann Weir, a collision expert, testified that the United States immigration officials cleared her."
    assert _slot("U.S. immigration officials cleared her, Weir testified.", source) is None
    assert _slot("The Bucks acquired Tom Ray.", "The Milwaukee Bucks made moves, Milwaukee acquiring Tom Ray.") is None


def test_a_name_the_article_writes_in_that_place_is_kept():
    # Who said what is the other tests' to weigh: Weir is the one the article has saying something.
    source = "Ann Weir said the plant would close. Tom Ray said the plant would stay open."
    assert _slot("Ann Weir said the plant would stay open.", source) is None


def test_a_figure_ends_the_phrase_a_name_stands_in():
    # "Halden Town 1906 fan groups": the groups are the club's and the town's, listed apart.
    source = "Corvane's Red Scarf and Halden Town 1906 fan groups organised the protest."
    assert _slot("Corvane fan groups organised the protest.", source) is None
    assert _slot("Corvane fan groups organised the protest.", "Halden fan groups organised the protest.")


def test_a_name_hanging_on_a_word_before_it_has_no_place_of_its_own():
    # "the founder of Halden Press, which celebrated": the founder is who celebrated, the press
    # only names him; so is "the former clerk of the House of Commons said".
    source = "Ann Weir is the founder of Halden Press, which recently celebrated its first birthday."
    assert _slot("Halden Press, founded by Ann Weir, recently celebrated its first birthday.", source) is None
    source = "The former clerk of the House of Commons said Monday he is considering a run."
    assert _slot("Tom Ray said Monday he is considering a run.", source) is None
    assert _slot("Tom Ray said Monday he is considering a run.", "Ann Weir said Monday he is considering a run.")


def test_a_name_in_apposition_shares_the_place():
    source = "Tom Ray, grand chief of the Corvane Nation, agreed with the findings."
    assert _slot("Corvane Nation grand chief Tom Ray agreed with the findings.", source) is None


def test_an_adjective_or_a_misspelling_is_no_other_name():
    source = "The report found systemic racism against First Nations people in the city."
    assert _slot("The report found systemic racism against Indigenous people in the city.", source) is None
    source = "The tram came off the tracks in a tunnel near Sandlilands tram station."
    assert _slot("The tram came off the tracks in a tunnel near Sandilands tram station.", source) is None


def test_a_team_s_nickname_may_stand_for_its_club():
    source = "Jon Ray joined Sunderland from Corvane Town in January."
    assert _slot("Jon Ray joined the Black Cats from Corvane Town in January.", source) is None
    # two nicknames are two teams
    source = (
        "The Sixers and Bucks made big moves ahead of the deadline on Thursday, the Sixers landing "
        "Tom Weir and Milwaukee acquiring Ann Lee."
    )
    assert _slot("Before the deadline, the Bucks landed Tom Weir.", source)


def test_a_place_is_weighed_by_the_place_tests():
    source = "The club backed a campaign to boycott the trip to Elland Road."
    assert _slot("The club backed a campaign to boycott the trip to Yorkshire.", source) is None


def test_a_name_another_word_acts_on_has_no_place_after_it():
    # "via affiliate company Halden Works, says": the director says it, not the company.
    source = "The director of Corvane, which works via affiliate company Halden Works, says the classes are mixed."
    assert _slot("Ann Weir, director of Corvane, says the classes are mixed.", source) is None
    # the same word before both names: the same place ("prompting X to cancel")
    source = "Strong gusts continued Saturday, prompting Halden Ferries to cancel several sailings."
    assert _slot("Strong gusts prompted Halden Hydro to cancel several sailings.", source)


def test_a_pronoun_capitalised_after_a_colon_holds_no_other_name_s_place():
    source = (
        "Ray Dunmore brings the right record to the job: He carefully guarded the mayor's votes at the last "
        "contested count in 1998, in what an aide called a long night."
    )
    claim = "Ray Dunmore carefully guarded the mayor's votes at the last contested count in 1998."
    assert _slot(claim, source) is None
    assert check_claim(claim, source).supported


COMMITTEE = (
    "Rep. Ann Moreau (D-Md.), chair of the party's rules committee, said the talks went well. "
    "Rep. Bo Lindqvist (D-S.C.), a member of the leadership, agreed."
)


def test_a_parenthesis_after_a_name_does_not_hide_its_setting():
    assert _slot("Rep. Bo Lindqvist chairs the party's rules committee.", COMMITTEE) == (
        "the evidence gives Ann Moreau, not Bo Lindqvist, the place the claim puts Bo Lindqvist in"
    )
    assert not check_claim("Rep. Bo Lindqvist chairs the party's rules committee.", COMMITTEE).supported
    assert check_claim("Rep. Ann Moreau chairs the party's rules committee.", COMMITTEE).supported
    assert check_claim("Bo Lindqvist is a member of the leadership.", COMMITTEE).supported


KITES = (
    "The kite was set to fly at the festival last Saturday in Chongqing in south-western China. "
    "Organisers said they had broken the record. "
    "The previous record was set by a kite made by craftsmen in Weifang in eastern China last spring."
)


def test_a_town_the_article_gives_another_event_is_refused_in_this_ones_place():
    claim = "The previous record kite was made by craftsmen in Chongqing last spring."
    assert _slot(claim, KITES) == "the evidence gives Weifang, not Chongqing, the place the claim puts Chongqing in"
    assert not check_claim(claim, KITES).supported
    assert check_claim("The previous record kite was made by craftsmen in Weifang last spring.", KITES).supported


def test_a_wider_place_or_a_town_written_with_the_other_is_kept():
    assert check_claim("The previous record kite was made by craftsmen in China last spring.", KITES).supported
    together = "Fans in Leeds gathered on Sunday. Police said fans in Bradford, near Leeds, had gathered too."
    assert _slot("Fans in Leeds had gathered too.", together) is None
