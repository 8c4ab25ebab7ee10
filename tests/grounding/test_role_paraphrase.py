"""A role the article states in other words: a noun for what the person did ("player" for one
who scored), an organization called for short ("the commission", a team by its town), a
preposition that only links the role's nouns; and the roles these readings must still refuse
(another person's, one the article never states)."""

from __future__ import annotations

from summarizer.grounding.roles import check_role
from summarizer.grounding.synonyms import agent_nouns

MATCH = (
    "The Otters beat the Dover Herons 3-2 on Sunday. "
    "Lena Park and Joe Tamm also scored for the Otters, and coach Sam Reed praised them. "
    "Ivo Brandt scored for Dover late in the third period. "
    "Eli Moss watched from the stands."
)
BOARD = (
    "The Port Ellis Harbour Safety Commission met on Monday. "
    "Maria Chen, vice-chair of the commission, said the review would take a year."
)
ELDERS = (
    "The Council of Elders met on Monday and set a date to choose a new chief. "
    "Villagers expect a quick decision. "
    "The council comprises nine village heads who serve for life."
)
AD = "Glide, a razor company, sells blades online. Glide's Hometown Heroes ad drew praise on Monday."


def test_a_noun_for_what_the_person_did_states_the_role() -> None:
    assert check_role("Lena Park", "Otters player", MATCH).supported
    # the second name of a pair that scored together did so too
    assert check_role("Joe Tamm", "Otters player", MATCH).supported


def test_a_noun_for_the_deed_is_no_role_the_text_never_states() -> None:
    verdict = check_role("Lena Park", "Otters captain", MATCH)
    assert not verdict.supported
    assert "'Otters captain'" in verdict.reason
    # watching is not playing
    assert not check_role("Eli Moss", "Otters player", MATCH).supported


def test_the_deed_of_one_person_is_not_the_role_of_another() -> None:
    # Reed praised the scorers; he did not score
    assert not check_role("Sam Reed", "Otters player", MATCH).supported


def test_agent_nouns_leave_out_the_person_the_act_is_done_to() -> None:
    assert {"scorer", "player"} <= agent_nouns("score")
    assert "employer" in agent_nouns("hire") and "employee" not in agent_nouns("hire")
    assert not agent_nouns("nonexistentverb")


def test_a_passive_verb_gives_the_person_no_role_of_the_one_who_acts() -> None:
    assert not check_role("Ana Ruiz", "employer", "Ana Ruiz was hired by the bakery in May.").supported
    assert check_role("Ana Ruiz", "employer", "Ana Ruiz hired ten bakers in May.").supported


def test_a_team_named_by_its_town_states_the_team() -> None:
    assert check_role("Ivo Brandt", "Herons player", MATCH).supported
    assert not check_role("Ivo Brandt", "Otters player", MATCH).supported


def test_a_town_with_two_teams_names_neither() -> None:
    text = (
        "The Dover Herons and the Dover Eagles both won on Sunday. "
        "Ivo Brandt scored for Dover late in the third period."
    )
    assert not check_role("Ivo Brandt", "Herons player", text).supported


def test_an_organization_called_by_its_head_noun_states_the_role() -> None:
    verdict = check_role("Maria Chen", "vice-chair of the Port Ellis Harbour Safety Commission", BOARD)
    assert verdict.supported
    assert [BOARD[start:end] for start, end in verdict.evidence] == [
        "Maria Chen, vice-chair of the commission, said the review would take a year."
    ]


def test_a_head_noun_stands_for_no_name_the_article_never_writes() -> None:
    text = "Maria Chen, vice-chair of the commission, said the review would take a year."
    assert not check_role("Maria Chen", "vice-chair of the Port Ellis Harbour Safety Commission", text).supported
    # a commission the article names is not another one the model makes up
    assert not check_role("Maria Chen", "vice-chair of the Port Ellis Coastal Water Commission", BOARD).supported


def test_an_organization_is_named_by_its_definite_head_noun() -> None:
    verdict = check_role("Council of Elders", "nine village heads who serve for life", ELDERS)
    assert verdict.supported
    # what the council is said to be is not what the article says
    assert not check_role("Council of Elders", "twelve elected judges of the high court", ELDERS).supported


def test_a_preposition_that_links_the_role_counts_for_nothing() -> None:
    assert check_role("Glide", "razor company behind the Hometown Heroes ad", AD).supported
    assert not check_role("Glide", "shoe company behind the Summer Nights ad", AD).supported


def test_a_place_after_the_name_states_where_the_person_lives() -> None:
    text = "Tom Vale, 45, of Millbrook, and Rita Ames were charged with fraud on Friday."
    assert check_role("Tom Vale", "Millbrook resident", text).supported
    assert check_role("Tom Vale", "resident of Millbrook", text).supported
    # the place is his, not hers; and a place the sentence only mentions is no home
    assert not check_role("Rita Ames", "Millbrook resident", text).supported
    assert not check_role("Tom Vale", "Millbrook resident", "Tom Vale, 45, was charged in Millbrook.").supported


def test_an_acronym_stands_for_the_words_it_spells() -> None:
    assert check_role("Dana Wu", "CEO of Brightline", "Brightline chief executive Dana Wu spoke.").supported
    assert check_role("Dana Wu", "Brightline chief executive", "Brightline CEO Dana Wu spoke.").supported
    assert check_role("Dana Wu", "Welsh MP", "Dana Wu, a Welsh member of parliament, spoke.").supported
    # another title's acronym is not this one
    assert not check_role("Dana Wu", "Brightline CFO", "Brightline CEO Dana Wu spoke.").supported
    assert not check_role("Dana Wu", "Brightline CFO", "Brightline chief executive Dana Wu spoke.").supported


def test_a_people_stands_for_its_place() -> None:
    text = "Canadian Foreign Minister Dana Wu spoke on Monday."
    assert check_role("Dana Wu", "foreign minister of Canada", text).supported
    reverse = "Dana Wu, the foreign minister of Canada, spoke on Monday."
    assert check_role("Dana Wu", "Canadian foreign minister", reverse).supported


def test_a_role_that_names_a_place_the_article_never_names_is_refused() -> None:
    text = "Canadian Foreign Minister Dana Wu spoke on Monday."
    verdict = check_role("Dana Wu", "foreign minister of Sweden", text)
    assert not verdict.supported
    assert "'Sweden'" in verdict.reason


def test_a_name_written_in_lower_case_is_found_as_written() -> None:
    text = "A report from flatfinder.net says rents will rise. Rents rose in May."
    assert check_role("flatfinder.net", "source of the report on rents", text).supported
    # another sentence about rents does not name it
    assert not check_role("flatfinder.net", "landlord", text).supported


def test_a_person_the_role_names_may_be_he_or_she_just_after_being_named() -> None:
    text = "Tom Vale was charged on Monday. His lawyer, Rita Ames, said he would appeal."
    assert check_role("Rita Ames", "Vale's lawyer", text).supported
    # "his" after another name is that person's
    other = "Tom Vale was charged on Monday. Cy Dunn said his lawyer, Rita Ames, would appeal."
    assert not check_role("Rita Ames", "Vale's lawyer", other).supported
    # too far back to be the one meant
    far = "Tom Vale was charged on Monday. The court sat late. Bail was set. His lawyer, Rita Ames, spoke."
    assert not check_role("Rita Ames", "Vale's lawyer", far).supported


def test_a_noun_that_only_says_an_organization_is_one_says_nothing_of_its_role() -> None:
    text = "Dana Wu spoke on Monday. She serves as a senior director at Green Paws."
    assert check_role("Green Paws", "organisation where Wu is a senior director", text).supported
    assert not check_role("Green Paws", "organisation where Wu is a volunteer driver", text).supported


def test_a_figure_of_the_role_is_read_as_a_value_and_must_be_in_the_article() -> None:
    text = "Dana Wu is one of 3 judges on the panel."
    assert check_role("Dana Wu", "one of three judges", text).supported
    verdict = check_role("Dana Wu", "one of four judges", text)
    assert not verdict.supported
    assert "four" in verdict.reason


def test_the_verb_after_an_appositive_is_the_persons_own() -> None:
    text = "Ivo Brandt, the Herons' new captain, scored twice on Sunday."
    assert check_role("Ivo Brandt", "Herons player", text).supported
    # what someone else did, or what the person did not do, is no deed of theirs
    assert not check_role("Ivo Brandt", "Herons player", "Ivo Brandt, the Herons' owner, said Bo Kim scored.").supported
    assert not check_role("Ivo Brandt", "Herons player", "Ivo Brandt, the Herons' owner, watched the game.").supported


TOWN = (
    "Millbrook council met on Monday. Millbrook will close the old bridge. "
    "The bridge is a century old. Residents of Millbrook complained. "
    "Mayor Ana Ruiz said the work was needed. Councillor Tom Vale of Eastfield disagreed."
)


def test_a_bare_title_gives_the_role_of_the_storys_own_place() -> None:
    verdict = check_role("Ana Ruiz", "mayor of Millbrook", TOWN)
    assert verdict.supported
    assert [TOWN[start:end] for start, end in verdict.evidence] == ["Mayor Ana Ruiz said the work was needed."]
    assert check_role("Ana Ruiz", "Millbrook mayor", TOWN).supported


def test_a_bare_title_gives_no_other_place_and_no_other_title() -> None:
    # a place the story names but is not set in
    assert not check_role("Ana Ruiz", "mayor of Eastfield", TOWN).supported
    # a title the sentence does not give
    assert not check_role("Tom Vale", "Millbrook mayor", TOWN).supported
    # a title tied to another place
    assert not check_role("Tom Vale", "Millbrook councillor", TOWN).supported
    # a place named once is no setting
    once = "Millbrook council met on Monday. Mayor Ana Ruiz said the work was needed."
    assert not check_role("Ana Ruiz", "Millbrook mayor", once).supported
