"""How a role is cut into parts: at semicolons, slashes and commas, but not at the comma of a
figure ("6,000"); and a role's capital that opens a compound word ("Co-founder") names no one."""

from __future__ import annotations

from summarizer.grounding.roles import check_role

TEXT = (
    "The Westland Militia has lost over 6,000 fighters in the war, Ana Ruiz said. "
    "Ruiz, who founded the Westland Riders with Bo Kim, spoke in Easton."
)


def test_a_figure_with_a_thousands_comma_is_one_part() -> None:
    assert check_role("Westland Militia", "has lost over 6,000 fighters", TEXT).supported
    assert not check_role("Westland Militia", "has lost over 7,000 fighters", TEXT).supported


def test_a_capital_opening_a_compound_word_is_no_name_the_article_lacks() -> None:
    verdict = check_role("Ana Ruiz", "Co-founder of the Westland Riders", TEXT)
    assert verdict.supported
    # a name the article never writes is still refused
    verdict = check_role("Ana Ruiz", "Co-founder of the Northland Riders", TEXT)
    assert not verdict.supported and "Northland" in verdict.reason


def test_an_acronym_is_named_by_the_words_it_spells() -> None:
    text = (
        "The couple got a letter from Westland Immigration and Citizenship Services saying the federal "
        "department had concerns. WICS did not give details."
    )
    assert check_role("WICS", "federal department that raised concerns", text).supported
    # a role the spelt-out sentence does not state is still refused
    assert not check_role("WICS", "provincial ministry that approved the adoption", text).supported


def test_speaking_to_someone_may_be_said_with_any_verb_for_it() -> None:
    text = "Ana Ruiz, who lives near the bridge, told the Gazette it shook for a minute."
    assert check_role("Ana Ruiz", "spoke to the Gazette", text).supported
    assert check_role("Ana Ruiz", "talked to the Gazette", text).supported
    assert not check_role("Ana Ruiz", "wrote to the Herald", text).supported


def test_a_role_headed_by_a_noun_for_an_organization_is_no_persons() -> None:
    text = "The Westland Poll, a public opinion research group, ran the survey, said Ana Ruiz."
    assert check_role("Westland Poll", "public opinion research group that ran the survey", text).supported
    verdict = check_role("Ana Ruiz", "public opinion research group that ran the survey", text)
    assert not verdict.supported and "organization" in verdict.reason
    # a noun that may name a person as well ("producer") is left to the other tests
    assert check_role("Ana Ruiz", "film producer", "Ana Ruiz, a film producer, spoke.").supported
