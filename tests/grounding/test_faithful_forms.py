"""Faithful claims said in forms the article does not use, on hand-made sentences: a clause on
"while" and a semicolon's two statements checked apart, a figure whose noun is left out before
a preposition, a denying verb the evidence also uses, a city's name for the team the article
writes with it, and an acronym for the name the evidence spells out. Beside each, the same
claim made wrong, which stays refused."""

from summarizer.grounding.claim_figures import counted_unit
from summarizer.grounding.claim_parts import claim_parts, side_by_side
from summarizer.grounding.claims import parse_claim
from tests.grounding_checks import kept, reason

CHOCOLATE = (
    "The company said prices of its chocolate bars will stay the same this winter. "
    "The maker shrank its chocolate bar last month. "
    "Shops in three towns reported complaints from regular buyers. "
    "A spokeswoman blamed the weather in the growing regions. "
    "Farmers in Ghana had a poor harvest this year. "
    "Customers are now getting nearly 10 per cent less chocolate in every bar."
)


def test_a_while_clause_is_a_statement_of_its_own():
    assert claim_parts("Customers get less chocolate while prices stay the same.") == (
        "Customers get less chocolate.",
        "Prices stay the same.",
    )
    # without a subject of its own, it says its act of the main clause's subject
    assert claim_parts("The mayor praised the plan while also calling for a new vote.") == (
        "The mayor praised the plan.",
        "The mayor also calling for a new vote.",
    )
    # opening the claim, with its comma
    assert claim_parts("While the mayor spoke, protesters marched outside the hall.") == (
        "Protesters marched outside the hall.",
        "The mayor spoke.",
    )
    # a cause or a condition is not split: the cause test reads it
    assert claim_parts("Prices stay the same because the cost of cocoa fell.") == ()
    # a name that is also an English word stays a name when it opens a part ("And" before it)
    assert claim_parts("Prices stay the same while Brown said the cost of cocoa fell.") == (
        "Prices stay the same.",
        "And Brown said the cost of cocoa fell.",
    )


def test_a_claim_joining_sentences_far_apart_with_while_is_kept_and_each_half_is_checked():
    claim = "Customers are now getting nearly 10 per cent less chocolate while the company said prices will stay the same this winter."
    assert kept(claim, CHOCOLATE)
    assert not kept(claim.replace("10 per cent", "20 per cent"), CHOCOLATE)
    assert "Nestle" in reason(claim.replace("the company", "Nestle"), CHOCOLATE)  # "nestle" is an English word


AWARDS = (
    "This year's picks were announced on Monday. "
    "Redfern Press chose candour, and Holloway Books chose resilience, the two publishers said."
)


def test_names_set_side_by_side_keep_their_own_words():
    assert side_by_side("Redfern Press chose candour, while Holloway Books chose resilience.")
    assert not side_by_side("The survey was conducted by phone and published on Friday.")
    assert kept("Redfern Press chose candour, while Holloway Books chose resilience.", AWARDS)
    assert "pairs" in reason("Redfern Press chose resilience, while Holloway Books chose candour.", AWARDS)


def test_a_semicolon_joins_two_statements_each_checked():
    assert claim_parts("The maker shrank its bar; shops reported complaints from buyers.") == (
        "The maker shrank its bar.",
        "Shops reported complaints from buyers.",
    )
    assert claim_parts('She said "we tried; we failed" to the board on Monday.') == ()  # inside a quotation
    claim = "Customers are now getting nearly 10 per cent less chocolate; prices of the bars will stay the same this winter."
    assert kept(claim, CHOCOLATE)
    assert not kept(claim.replace("10 per cent", "20 per cent"), CHOCOLATE)
    # what the second statement says will be done must be the evidence's
    assert "rise" in reason(claim.replace("stay the same", "rise"), CHOCOLATE)


ROSTER = (
    "The club released two guards on Tuesday. "
    "The moves leave the team with just 10 players under league contracts, and they must be at 14 "
    "within the next two weeks."
)


def test_a_figure_before_a_preposition_counts_what_is_left_out():
    claim = parse_claim("The team must reach 14 under league contracts.")
    assert counted_unit(claim, claim.figures[0]) is None
    plain = parse_claim("The team has 10 players under league contracts.")
    assert counted_unit(plain, plain.figures[0]).text == "players"
    assert kept("The team must reach 14 under league contracts within the next two weeks.", ROSTER)
    assert "16" in reason("The team must reach 16 under league contracts within the next two weeks.", ROSTER)


FIRED = (
    "Ann Lee helped build the campaign from nothing. "
    "Lee was dismissed on Monday as the senator's campaign manager, after months of losses. "
    "Aides said the decision was the senator's alone."
)


def test_a_denying_verb_the_evidence_uses_too_agrees_with_it():
    assert kept("The senator dismisses campaign manager Ann Lee.", FIRED)
    # a negation the evidence does not have stays refused
    assert not kept("The senator did not dismiss campaign manager Ann Lee.", FIRED)


HOCKEY = (
    "The San Jose Sharks beat the Oilers 7-4 on Saturday. "
    "Logan Couture scored twice for the winners. "
    "Both teams return to action on Monday, with the Sharks heading to Calgary to face the Flames "
    "and the Oilers playing host to the Winnipeg Jets."
)


def test_a_city_of_two_words_stands_for_the_team_the_article_names_with_it():
    assert kept("San Jose is heading to Calgary to face the Flames on Monday.", HOCKEY)
    # a place the article never names is no team of it
    assert not kept("San Diego is heading to Calgary to face the Flames on Monday.", HOCKEY)


BUREAU = (
    "On Wednesday, the director of the Federal Bureau of Investigation, Dana Reyes, said the messages were "
    "private. The head of the Drug Enforcement Administration, Lou Park, declined to comment."
)


def test_an_acronym_is_the_name_the_evidence_spells_out_before_its_own_of():
    # the parse names the director's bureau "Federal Bureau": the claim's "FBI" spells it out
    assert kept("FBI director Dana Reyes said the messages were private.", BUREAU)
    # an acronym the article spells out for another body is not this one's
    assert not kept("DEA director Dana Reyes said the messages were private.", BUREAU)


SCREENERS = (
    "Two Transportation Security Administration screeners were fired on Friday, police said. "
    "The Drug Enforcement Administration was not involved."
)


def test_an_acronym_spells_out_a_name_the_parse_cut_before_its_first_words():
    assert kept("Two TSA screeners were fired on Friday.", SCREENERS)
    assert not kept("Two DEA screeners were fired on Friday.", SCREENERS)


COHORT = (
    "The program began last May with 500 adults. "
    "In the first cohort, more than 90 per cent stuck with the program for the full six months. "
    "More than 250,000 residents are expected to apply next year."
)


def test_a_share_of_a_whole_is_its_per_cent_and_a_fraction_of_a_scale_its_value():
    assert kept("More than nine in ten people in the first cohort stuck with the program for six months.", COHORT)
    assert not kept("More than eight in ten people in the first cohort stuck with the program for six months.", COHORT)
    assert kept("More than a quarter of a million residents are expected to apply next year.", COHORT)
    assert not kept("More than half a million residents are expected to apply next year.", COHORT)


RALLY = (
    "The singer spoke at the candidate's North Carolina rally on Monday. "
    "Her manager, Lee Park, works on a floor of Harmon Tower in Midtown."
)


def test_a_name_that_is_a_place_by_its_own_name_may_follow_in():
    assert kept("The singer spoke at a rally in North Carolina on Monday.", RALLY)
    assert kept("Her manager works in Harmon Tower.", RALLY)
    # a person's name where a place goes stays refused
    assert "never a place" in reason("The singer spoke at a rally in Lee Park on Monday.", RALLY)


RUNNING_MATE = "Asked to pick a running mate, the candidate named Sen. Ted Cruz, R-Texas, on Tuesday."


def test_a_title_the_article_writes_abbreviated():
    assert kept("Asked to pick a running mate, the candidate named Texas Senator Ted Cruz.", RUNNING_MATE)
    assert not kept("Asked to pick a running mate, the candidate named Texas Governor Ted Cruz.", RUNNING_MATE)
