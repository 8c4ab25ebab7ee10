"""Words as the article writes them: a list of places split by commas is several names, "U.S."
is a place the evidence names even though its words split it, an opposite inside a hyphenated
compound ("first-person") is not an opposite, and a role may be stated with a title's
abbreviation ("Sen.") or a synonym ("goalie" for "goaltender")."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.prose import check_claim
from summarizer.grounding.roles import check_role

BANS = "The company has been banned from building networks in the U.S., Australia and New Zealand."
ESSAY = "In this essay, the last of the series, a mother of two writes about the books she reads with her daughter."
REPORT = "Sen. Ann Moore wrote the report on the province's jails. Ben Olsen, the team's goalie, stopped 30 shots."


def test_names_split_by_commas_are_several():
    claim = parse_claim("It is barred from networks in the U.S., Australia and New Zealand.")
    assert [" ".join(w.text for w in name) for name in claim.names] == ["U S", "Australia", "New Zealand"]
    assert check_claim("The company is banned from networks in the U.S., Australia and New Zealand.", BANS).supported
    swapped = check_claim("The company is banned from networks in the U.S., Germany and New Zealand.", BANS)
    assert not swapped.supported and "'Germany'" in swapped.reason


def test_an_opposite_inside_a_compound_is_not_one():
    assert check_claim("In a first-person essay, a mother of two writes about the books she reads.", ESSAY).supported
    verdict = check_claim("In the first essay of the series, a mother of two writes about the books.", ESSAY)
    assert not verdict.supported and verdict.reason == "'first' here, but 'last' in the evidence"


def test_a_role_may_be_stated_by_an_abbreviated_title_or_a_synonym():
    assert check_role("Ann Moore", "senator", REPORT).supported
    assert check_role("Ben Olsen", "goaltender", REPORT).supported
    assert not check_role("Ben Olsen", "senator", REPORT).supported


def test_a_people_is_named_by_its_place():
    source = (
        "The minister was arrested in Oslo on Monday. Since then, the country has detained three people "
        "from Canada. Officials said individual cases differ."
    )
    assert check_claim("Three Canadians have since been detained by the country.", source).supported
    # "Indi-" opens "individual", which is no name: only the article's names stand for a people
    verdict = check_claim("Three Indians have since been detained by the country.", source)
    assert not verdict.supported and "'Indians' is not in the article" in verdict.reason


def test_an_acronym_is_named_in_the_plural_or_the_singular():
    source = "Investigators said several IPs that sent the threats had also sent spam emails in October."
    assert check_claim(
        "Investigators said several IP addresses that sent the threats had also sent spam.", source
    ).supported
    verdict = check_claim("Investigators said several VPN addresses that sent the threats had also sent spam.", source)
    assert not verdict.supported and "VPN" in verdict.reason


def test_figures_written_the_way_sports_and_seasons_write_them():
    source = (
        "The golfer won the open in 2009 and ’13, and had a lackluster T-32 at the club in 2018. "
        "The league drew 4 million fans in 2015/16, playing on 30 fields."
    )
    assert check_claim("The golfer won the open in 2009 and 2013.", source).supported
    assert not check_claim("The golfer won the open in 2009 and 2014.", source).supported
    assert check_claim("The golfer tied for 32nd at the club in 2018.", source).supported
    assert not check_claim("The golfer tied for 31st at the club in 2018.", source).supported
    # "16" of the season counts nothing: "30 fields" is not taken for "16 playing"
    assert check_claim("The league drew 4 million fans in 2015/16 and plays on 30 fields.", source).supported


def test_an_ordinal_that_counts_a_run_is_its_length():
    source = "The Oilers, who have lost a season-high five straight, slipped to fourth in the race."
    assert check_claim("The Oilers lost a season-high fifth straight.", source).supported
    assert check_claim(
        "The Oilers lost their fifth consecutive game and slipped to fourth in the race.", source
    ).supported
    assert not check_claim("The Oilers lost a season-high sixth straight.", source).supported
    assert not check_claim("The Oilers slipped to fifth in the race.", source).supported


def test_a_capitalised_number_opening_a_claim_is_no_name():
    source = "Officials said 20 of those injured were taken to the city hospital and 31 to the county one."
    assert not parse_claim("Twenty of the injured were taken to the city hospital.").names
    assert check_claim("Twenty of the injured were taken to the city hospital.", source).supported
    assert not check_claim("Twelve of the injured were taken to the city hospital.", source).supported


def test_a_term_and_its_acronym_either_way():
    source = (
        "The weights reflect each factor's influence on gross domestic product growth. "
        "The Toronto Dance Theatre and the Toronto Symphony Orchestra share a hall downtown. The weather was mild. The tickets sold out. The hall was full. "
        "The bar was busy. The rain held off. The stage was bare. Ann Lee is in her 10th season with TDT, the city's dance company."
    )
    assert check_claim("The weights reflect each factor's influence on GDP growth.", source).supported
    assert not check_claim("The weights reflect each factor's influence on CPI growth.", source).supported
    assert check_claim("Ann Lee is in her 10th season with the Toronto Dance Theatre.", source).supported
    assert not check_claim("Ann Lee is in her 10th season with the Toronto Symphony Orchestra.", source).supported


def test_a_word_the_article_writes_in_another_number_or_apart_is_a_word():
    source = "Cheap debt fuelled the share buyback trend. Falling ground water levels have left many wells dry."
    assert check_claim("Cheap debt fuelled share buybacks.", source).supported
    assert check_claim("Falling groundwater levels have left many wells dry.", source).supported
    verdict = check_claim("Falling groundwaterz levels have left many wells dry.", source)
    assert not verdict.supported and "not a word" in verdict.reason


def test_a_figure_belongs_to_what_the_words_around_it_describe():
    source = "The defeat by 432 to 202 dealt a blow to the leader, who saw 118 of her party colleagues vote against the deal."
    verdict = check_claim("A total of 202 of the leader's party colleagues voted against the deal.", source)
    assert not verdict.supported and "118" in verdict.reason
    assert check_claim("A total of 118 of the leader's party colleagues voted against the deal.", source).supported
    standings = (
        "The driver trails his team mate by 19 points with one race remaining. "
        "His team mate can take the title if he wins or scores seven points more than him."
    )
    assert not check_claim("The driver trails his team mate by seven points with one race left.", standings).supported
    assert check_claim("The driver trails his team mate by 19 points with one race left.", standings).supported


def test_a_unit_written_onto_a_figure_must_agree():
    source = "There is a 12mph (20km/h) speed limit on the old section of track."
    verdict = check_claim("The old section of track has a speed limit of 20mph.", source)
    assert not verdict.supported and "20km" in verdict.reason
    assert check_claim("The old section of track has a speed limit of 12mph.", source).supported


def test_a_fraction_is_a_figure():
    source = "The company laid off 75 employees in June, or one-third of its publishing staff."
    verdict = check_claim("The company cut 75 jobs, about half of its publishing staff.", source)
    assert not verdict.supported and "half" in verdict.reason
    assert check_claim("The company cut 75 jobs, a third of its publishing staff.", source).supported
    assert not check_claim("The company cut 75 jobs, two-thirds of its publishing staff.", source).supported


def test_a_figure_setting_stops_at_the_next_figure_and_spares_scores_and_dates():
    source = (
        "Ann Lee's two-game suspension did not slow her down. The defender had four points on a goal and three "
        "assists in her return as the Hawks beat the Owls 7-4 on Jan. 17."
    )
    claim = (
        "Ann Lee had four points in her return from a two-game suspension as the Hawks beat the Owls 7-4 on Jan. 17."
    )
    assert check_claim(claim, source).supported


def test_a_function_word_opening_the_claim_is_no_part_of_a_name():
    source = (
        "After Tuesday night, the senator's chance of winning rests on one hope. Little noticed in the "
        "governor's victories in California and New Jersey Tuesday: she clinched a majority of pledged delegates."
    )
    assert check_claim("After Tuesday's primaries, the governor has a majority of pledged delegates.", source).supported
    assert not check_claim(
        "After Monday's primaries, the governor has a majority of pledged delegates.", source
    ).supported


def test_an_adverb_opening_a_sentence_is_no_given_name_of_the_name_after_it():
    filler = " The weather was cold. The hall was full. Tickets sold out. The band played late. The crowd cheered."
    opening = "Hillary Clinton spoke in Las Vegas on Monday." + filler
    claim = "Hillary Clinton leads Bernie Sanders among Latino voters nationally."
    assert check_claim(claim, opening + " Nationally, Clinton leads Bernie Sanders among Latino voters.").supported
    other = check_claim(claim, opening + " Nationally, Chelsea Clinton leads Bernie Sanders among Latino voters.")
    assert not other.supported and "Chelsea" in other.reason


def test_an_initial_s_full_stop_leaves_it_the_given_name_before_the_surname():
    source = (
        "The singer B.B. King was taken to hospital on Friday. His daughter Claudette King said "
        "B.B. King's dehydration was caused by his Type II diabetes."
    )
    assert check_claim(
        "B.B. King's dehydration was caused by his Type II diabetes, his daughter says.", source
    ).supported
    assert not check_claim(
        "C.C. King's dehydration was caused by his Type II diabetes, his daughter says.", source
    ).supported
