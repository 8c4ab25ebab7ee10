"""A role the article states in other words (`role_readings`): a noun for what the person did
("player" for one who scored), an organization called for short ("the commission", a team by
its town), an acronym, a people for its place, a place after the name, a person the role names
as "he" or "she", a bare title in a story set in one place; and the roles these readings must
still refuse (another person's, one the article never states, a place or figure it never gives)."""

from __future__ import annotations

import pytest

from summarizer.grounding.roles import check_role
from summarizer.grounding.synonyms import agent_nouns

MATCH = (
    "The Otters beat the Dover Herons 3-2 on Sunday. "
    "Lena Park and Joe Tamm also scored for the Otters, and coach Sam Reed praised them. "
    "Ivo Brandt scored for Dover late in the third period. "
    "Eli Moss watched from the stands."
)
TWO_TEAMS = (
    "The Dover Herons and the Dover Eagles both won on Sunday. Ivo Brandt scored for Dover late in the third period."
)
BOARD = (
    "The Port Ellis Harbour Safety Commission met on Monday. "
    "Maria Chen, vice-chair of the commission, said the review would take a year."
)
BOARD_UNNAMED = "Maria Chen, vice-chair of the commission, said the review would take a year."
COMMISSION = "vice-chair of the Port Ellis Harbour Safety Commission"
ELDERS = (
    "The Council of Elders met on Monday and set a date to choose a new chief. "
    "Villagers expect a quick decision. "
    "The council comprises nine village heads who serve for life."
)
AD = "Glide, a razor company, sells blades online. Glide's Hometown Heroes ad drew praise on Monday."
CHARGED = "Tom Vale, 45, of Millbrook, and Rita Ames were charged with fraud on Friday."
CEO = "Brightline CEO Dana Wu spoke."
CHIEF = "Brightline chief executive Dana Wu spoke."
MINISTER = "Canadian Foreign Minister Dana Wu spoke on Monday."
LAWYER = "Tom Vale was charged on Monday. His lawyer, Rita Ames, said he would appeal."
PAWS = "Dana Wu spoke on Monday. She serves as a senior director at Green Paws."
PANEL = "Dana Wu is one of 3 judges on the panel."
CAPTAIN = "Ivo Brandt, the Herons' new captain, scored twice on Sunday."
WINNER = "Lena Park scored in overtime to give the Otters a 3-2 victory over the Dover Herons."
RENTS = "A report from flatfinder.net says rents will rise. Rents rose in May."
SUED = "Tom Vale sued Bo Kim on Monday. His lawyer, Rita Ames, said he would win."
QUOTED = "\u201cI never met Bo Kim,\u201d said Tom Vale. His lawyer, Rita Ames, agreed."
OTHER_HIS = "Tom Vale was charged on Monday. Cy Dunn said his lawyer, Rita Ames, would appeal."
FAR_HIS = "Tom Vale was charged on Monday. The court sat late. Bail was set. His lawyer, Rita Ames, spoke."
OWNER_SAID = "Ivo Brandt, the Herons' owner, said Bo Kim scored."
CANADA = "Dana Wu, the foreign minister of Canada, spoke."
ONCE = "Millbrook council met on Monday. Mayor Ana Ruiz said the work was needed."
TOWN = (
    "Millbrook council met on Monday. Millbrook will close the old bridge. "
    "The bridge is a century old. Residents of Millbrook complained. "
    "Mayor Ana Ruiz said the work was needed. Councillor Tom Vale of Eastfield disagreed."
)

STATED = [
    pytest.param("Lena Park", "Otters player", MATCH, id="scored: player"),
    pytest.param("Joe Tamm", "Otters player", MATCH, id="the second of two who scored"),
    pytest.param("Ana Ruiz", "employer", "Ana Ruiz hired ten bakers in May.", id="hired: employer"),
    pytest.param("Ivo Brandt", "Herons player", MATCH, id="a team by its town"),
    pytest.param("Maria Chen", COMMISSION, BOARD, id="the commission"),
    pytest.param("Council of Elders", "nine village heads who serve for life", ELDERS, id="the council"),
    pytest.param("Glide", "razor company behind the Hometown Heroes ad", AD, id="a linking preposition"),
    pytest.param("Tom Vale", "Millbrook resident", CHARGED, id="of a place: resident"),
    pytest.param("Tom Vale", "resident of Millbrook", CHARGED, id="of a place: resident of"),
    pytest.param("Dana Wu", "CEO of Brightline", CHIEF, id="an acronym for words"),
    pytest.param("Dana Wu", "Brightline chief executive", CEO, id="words for an acronym"),
    pytest.param("Dana Wu", "Welsh MP", "Dana Wu, a Welsh member of parliament, spoke.", id="MP"),
    pytest.param("Dana Wu", "DOD official", "Dana Wu, an official at the Department of Defense, spoke.", id="DOD"),
    pytest.param("Dana Wu", "foreign minister of Canada", MINISTER, id="a people for its place"),
    pytest.param("Dana Wu", "Canadian foreign minister", CANADA, id="a place"),
    pytest.param("Rita Ames", "Vale's lawyer", LAWYER, id="his lawyer"),
    pytest.param("Rita Ames", "Vale's lawyer", SUED, id="his is the subject's, not the object's"),
    pytest.param("Rita Ames", "Vale's lawyer", QUOTED, id="his is not a name in a quotation"),
    pytest.param("Green Paws", "organisation where Wu is a senior director", PAWS, id="organisation says nothing"),
    pytest.param("Dana Wu", "one of three judges", PANEL, id="three is 3"),
    pytest.param("Ivo Brandt", "Herons player", CAPTAIN, id="the verb after an appositive"),
    pytest.param("flatfinder.net", "source of the report on rents", RENTS, id="a lower-case name"),
    pytest.param("Ana Ruiz", "Millbrook mayor", TOWN, id="a bare title in the story's place"),
    pytest.param("Lena Park", "Otters player", WINNER, id="the winning side"),
]

NOT_STATED = [
    pytest.param("Lena Park", "Herons player", WINNER, id="a victory over the other side"),
    pytest.param("Lena Park", "Herons player", "Lena Park scored as the Otters beat the Herons.", id="beat"),
    pytest.param("Lena Park", "Herons player", MATCH.replace("for the Otters", "against Dover"), id="against a town"),
    pytest.param("Lena Park", "Otters captain", MATCH, id="a deed states no other role"),
    pytest.param("Eli Moss", "Otters player", MATCH, id="watching is not playing"),
    pytest.param("Sam Reed", "Otters player", MATCH, id="praising the scorers is not scoring"),
    pytest.param("Ana Ruiz", "employer", "Ana Ruiz was hired by the bakery in May.", id="a passive"),
    pytest.param("Ivo Brandt", "Otters player", MATCH, id="the other team"),
    pytest.param("Ivo Brandt", "Herons player", TWO_TEAMS, id="a town with two teams"),
    pytest.param("Maria Chen", COMMISSION, BOARD_UNNAMED, id="a head noun for a name never written"),
    pytest.param("Maria Chen", "vice-chair of the Port Ellis Coastal Water Commission", BOARD, id="another commission"),
    pytest.param("Council of Elders", "twelve elected judges of the high court", ELDERS, id="not what it is"),
    pytest.param("Glide", "shoe company behind the Summer Nights ad", AD, id="another company and ad"),
    pytest.param("Rita Ames", "Millbrook resident", CHARGED, id="the place is another's"),
    pytest.param("Tom Vale", "Millbrook resident", "Tom Vale, 45, was charged in Millbrook.", id="only mentioned"),
    pytest.param("Dana Wu", "Brightline CFO", CEO, id="another acronym"),
    pytest.param("Dana Wu", "Brightline CFO", CHIEF, id="another title's acronym"),
    pytest.param("Dana Wu", "MP", "Dana Wu, a member of the public, spoke.", id="the public is no parliament"),
    pytest.param("Rita Ames", "Vale's lawyer", OTHER_HIS, id="his after another name"),
    pytest.param("Rita Ames", "Vale's lawyer", FAR_HIS, id="his too far back"),
    pytest.param("Green Paws", "organisation where Wu is a volunteer driver", PAWS, id="another job"),
    pytest.param("Rita Ames", "Kim's lawyer", SUED, id="his is the subject's"),
    pytest.param("Ivo Brandt", "Herons player", OWNER_SAID, id="another's deed"),
    pytest.param("Ivo Brandt", "Herons player", "Ivo Brandt, the Herons' owner, watched the game.", id="no play"),
    pytest.param("flatfinder.net", "landlord", RENTS, id="a lower-case name's other sentence"),
    pytest.param("Ana Ruiz", "mayor of Eastfield", TOWN, id="a place the story is not set in"),
    pytest.param("Tom Vale", "Millbrook mayor", TOWN, id="a title the sentence does not give"),
    pytest.param("Tom Vale", "Millbrook councillor", TOWN, id="a title tied to another place"),
    pytest.param("Ana Ruiz", "Millbrook mayor", ONCE, id="a place named once is no setting"),
]


@pytest.mark.parametrize(("name", "role", "text"), STATED)
def test_a_role_stated_in_other_words_is_kept(name: str, role: str, text: str) -> None:
    assert check_role(name, role, text).supported


@pytest.mark.parametrize(("name", "role", "text"), NOT_STATED)
def test_a_role_the_text_does_not_give_the_person_is_refused(name: str, role: str, text: str) -> None:
    verdict = check_role(name, role, text)
    assert not verdict.supported
    assert verdict.reason


def test_agent_nouns_leave_out_the_person_the_act_is_done_to() -> None:
    assert {"scorer", "player"} <= agent_nouns("score")
    assert "employer" in agent_nouns("hire") and "employee" not in agent_nouns("hire")
    assert not agent_nouns("nonexistentverb")


def test_the_evidence_is_the_sentence_that_states_the_role_in_other_words() -> None:
    verdict = check_role("Maria Chen", COMMISSION, BOARD)
    assert [BOARD[start:end] for start, end in verdict.evidence] == [BOARD_UNNAMED]
    verdict = check_role("Ana Ruiz", "mayor of Millbrook", TOWN)
    assert [TOWN[start:end] for start, end in verdict.evidence] == ["Mayor Ana Ruiz said the work was needed."]


def test_the_reason_names_what_the_article_never_gives() -> None:
    assert "'Sweden'" in check_role("Dana Wu", "foreign minister of Sweden", MINISTER).reason
    assert "four" in check_role("Dana Wu", "one of four judges", PANEL).reason
    assert "'Otters captain'" in check_role("Lena Park", "Otters captain", MATCH).reason
