"""The one name matcher: titles, surnames, initials, legal suffixes, case, and when a short form is
left alone because it fits several names. Hand-made names only."""

from __future__ import annotations

import pytest

from summarizer.text.names import (
    FULL_FIT,
    find_same,
    fit_strength,
    has_surname,
    is_initials,
    name_key,
    name_occurs,
    name_words,
    same_entity,
    surname,
    without_title,
)
from summarizer.text.tokens import tokenize

SAME = [
    # surname and full name
    ("Austin", "Lloyd Austin"),
    ("Lloyd Austin", "Lloyd J. Austin"),
    ("Al Hashish", "Fouzia Al Hashish"),
    ("King", "Martin Luther King Jr."),
    # family name first (Korean, Chinese)
    ("Kim", "Kim Jong-un"),
    ("Xi", "Xi Jinping"),
    # titles are roles, not part of the name
    ("Defense Secretary Lloyd Austin", "Lloyd Austin"),
    ("US Defense Secretary Lloyd Austin", "Austin"),
    ("President Biden", "Joe Biden"),
    ("Dr. Jane Roe", "Roe"),
    ("Sen. Bernie Sanders", "Bernie Sanders"),
    ("Mayor Doug McCallum", "McCallum"),
    ("Mr. Kim", "Kim Yonghyun"),
    # initials and acronyms
    ("UN", "United Nations"),
    ("U.S.", "United States"),
    ("USA", "United States of America"),
    ("U.S.", "US"),
    # legal and generational suffixes
    ("Equinor", "Equinor ASA"),
    ("Apple", "Apple Inc."),
    ("Acme Holdings Ltd", "Acme Holdings"),
    ("Martin Luther King", "Martin Luther King Jr."),
    # case, hyphens and typography
    ("lloyd austin", "LLOYD AUSTIN"),
    ("Indo-Pacific", "Indo Pacific"),
    ("O’Brien", "O'Brien"),
    # a list that writes the surname first
    ("Farah Adnan", "Adnan Farah"),
    # the first of two surnames
    ("Acosta", "Melba Acosta Febo"),
]

DIFFERENT = [
    ("Tom Austin", "Lloyd Austin"),  # same surname, another person
    ("Lloyd Austin", "Lloyd Smith"),
    ("Al", "Ali Larijani"),  # not written in capitals: no acronym
    ("Us", "United States"),
    ("UN", "United Kingdom"),
    ("Kim Yonghyun", "Kim Jong-un"),
    ("", "Lloyd Austin"),
    ("East India", "East India Company"),  # "Company" is part of the name, not a legal form
    ("Adnan Farah", "Farah Adnan Omar"),  # inverted only when the two words are the whole name
    ("Ann", "Mary Ann Vane"),  # a middle given name is no surname
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_names_of_one_entity_match_both_ways(a: str, b: str) -> None:
    assert same_entity(a, b)
    assert same_entity(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_names_of_different_entities_do_not_match(a: str, b: str) -> None:
    assert not same_entity(a, b)
    assert not same_entity(b, a)


@pytest.mark.parametrize(
    ("short", "organization"),
    [("Sumitomo Bank", "Sumitomo Bank Ltd"), ("UN", "United Nations"), ("Equinor", "Equinor ASA")],
)
def test_organisations_match_by_whole_name_initials_or_legal_form(short: str, organization: str) -> None:
    assert same_entity(short, organization, organization=True)


@pytest.mark.parametrize(
    ("short", "organization"),
    [("Bank", "Sumitomo Bank"), ("Toronto", "Toronto Star"), ("Canadian", "Canadian Tire"), ("Bank", "Bank of Japan")],
)
def test_a_generic_word_or_a_place_of_an_organisation_is_not_the_organisation(short: str, organization: str) -> None:
    assert not same_entity(short, organization, organization=True)


@pytest.mark.parametrize(
    ("short", "organization"),
    [
        ("Sumitomo", "Sumitomo Bank"),
        ("Rogers", "Rogers Communications Inc."),
        ("Sharks", "San Jose Sharks"),
        ("Globe", "The Globe and Mail"),
        ("The Globe", "Globe"),
        ("Star", "Toronto Star"),
        ("Stroke Foundation", "Stroke Foundation of Canada"),
    ],
)
def test_the_distinctive_opening_or_closing_words_of_an_organisation_name_it(short: str, organization: str) -> None:
    assert same_entity(short, organization, organization=True)


def test_a_body_named_with_and_without_its_country_is_one_body() -> None:
    assert same_entity("Senate", "U.S. Senate", organization=True)
    assert same_entity("Army", "Kenyan Army", organization=True)
    assert find_same("Senate", ["U.S. Senate", "Texas Senate"], organization=True) is None
    assert not same_entity("Bank", "Harbour Bank", organization=True)  # a body's own word, not a place


def test_a_body_without_its_parent_place_or_complement_is_the_body() -> None:
    assert not same_entity("Appeals Court", "Harbour State Court of Appeals", organization=True)  # no place
    assert same_entity("Appeals Court", "Texas Court of Appeals", organization=True)
    assert same_entity("Select Committee", "House Select Committee on Harbours", organization=True)
    assert not same_entity("Joint Committee", "House Joint Committee on Harbours", organization=True)


def test_a_short_organisation_name_joins_only_the_one_it_fits() -> None:
    assert find_same("Rogers", ["Rogers Media", "Rogers Communications Inc."], organization=True) is None
    assert find_same("Sharks", ["San Jose Sharks", "Calgary Flames"], organization=True) == 0


@pytest.mark.parametrize(
    ("name", "plain", "role"),
    [
        ("Defense Secretary Lloyd Austin", "Lloyd Austin", "Defense Secretary"),
        ("US Defense Secretary Lloyd Austin", "Lloyd Austin", "US Defense Secretary"),
        ("Prime Minister Justin Trudeau", "Justin Trudeau", "Prime Minister"),
        ("Sen. Bernie Sanders", "Bernie Sanders", "Sen."),
        ("Dr. Jane Roe", "Jane Roe", "Dr."),
        ("Mayor Doug McCallum", "Doug McCallum", "Mayor"),
        ("Mr. Smith", "Smith", None),  # an honorific goes, but is no role
        ("Lloyd Austin", "Lloyd Austin", None),
        ("Mayor", "Mayor", None),  # a title alone is not split from nothing
        ("Martin Luther King Jr.", "Martin Luther King Jr.", None),  # "King" here is a name
        ("Major League Baseball", "Major League Baseball", None),  # a body's name: "Major" is no rank here
        ("Police Federation Chairman Jo Apter", "Jo Apter", "Police Federation Chairman"),
        ("Transit Union Secretary-Treasurer Ann Lobo", "Ann Lobo", "Transit Union Secretary-Treasurer"),
        ("Harbour Attorney Andrew M Lobo", "Andrew M Lobo", "Harbour Attorney"),  # "M" within: an initial
        ("M Dupont", "Dupont", None),  # "M" opening the name: Monsieur
        # a surname that is a title's word, and a title ending on a body's word or holding "of":
        # a known given name after the title opens the name
        ("Prime Minister John Major", "John Major", "Prime Minister"),
        ("Secretary of State Warren Christopher", "Warren Christopher", "Secretary of State"),
        ("Minister of Finance Jose Angel Gurria", "Jose Angel Gurria", "Minister of Finance"),
        ("Secretary of State", "Secretary of State", None),
        ("Federal Reserve Bank of New York", "Federal Reserve Bank of New York", None),
    ],
)
def test_a_leading_title_becomes_a_role(name: str, plain: str, role: str | None) -> None:
    assert without_title(name) == (plain, role)


def test_a_lone_surname_joins_only_the_one_name_it_fits() -> None:
    both_kims = ["Kim Yonghyun", "Kim Jong-un"]
    assert find_same("Kim", both_kims) is None
    assert find_same("Kim", ["Kim Jong-un", "Lloyd Austin"]) == 0
    assert find_same("Austin", ["Tom Smith", "Lloyd Austin"]) == 1
    assert find_same("Jane Doe", ["Lloyd Austin"]) is None


def test_a_surname_is_preferred_to_a_first_word() -> None:
    assert find_same("Trump", ["Trump Tower", "Donald Trump"]) == 1
    assert find_same("Lloyd", ["Lloyd Austin", "Harold Lloyd"]) == 1
    assert find_same("Kim", ["Kim Jong-un", "Kim Yonghyun", "Lloyd Austin"]) is None
    assert find_same("Austin", ["Lloyd Austin", "Tom Austin"]) is None


def test_a_name_written_the_same_way_wins_over_a_short_form() -> None:
    assert find_same("Austin", ["Lloyd Austin", "Austin"]) == 1
    assert find_same("Secretary Austin", ["Lloyd Austin", "Austin"]) == 1
    assert find_same("Equinor", ["Equinor ASA", "Statoil"], organization=True) == 0


def test_surname_is_the_last_word_as_written_past_a_generational_suffix() -> None:
    assert surname("Lloyd Austin") == "Austin"
    assert surname("Martin Luther King Jr.") == "King"
    assert surname("John Smith III") == "Smith"
    assert surname("Madonna") == "Madonna"
    assert surname("") == ""


def test_has_surname_reads_words_as_written() -> None:
    assert has_surname("Fouzia Al Hashish", "Al Hashish")
    assert has_surname("Lloyd Austin", "Austin")
    assert not has_surname("Lloyd Austin", "austin")  # the extractor's names keep their case
    assert not has_surname("Austin", "Austin")  # a surname is part of a longer name
    assert not has_surname("Lloyd Austinson", "Austin")


def test_initials_must_spell_every_capitalised_word() -> None:
    assert is_initials("UN", "United Nations")
    assert is_initials("U.S.", "United States")
    assert not is_initials("UN", "United Nations Children's Fund")
    assert not is_initials("U", "United")
    assert not is_initials("un", "United Nations")


def test_keys_and_words_ignore_case_punctuation_and_suffixes() -> None:
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("Indo-Pacific") == name_key("indo pacific")
    assert name_words("Equinor ASA") == ["equinor"]
    assert name_words("ASA") == ["asa"]  # nothing but a legal form keeps it
    assert name_words("Widget Co. Inc.") == ["widget"]


ARTICLE = "Defense Secretary Lloyd Austin arrived on Monday. “We are ready,” Austin said in Austinville."


@pytest.mark.parametrize(
    ("name", "stated"),
    [
        ("Lloyd Austin", True),
        ("Austin", True),
        ("President Austin", True),  # the surname is stated; the title is checked as a role elsewhere
        ("Tom Austin", True),  # its surname occurs: the grounder can do no better from words alone
        ("Jane Roe", False),
        ("Austinvill", False),  # whole words only
        ("rived on Monday. We", False),  # a last word no name is ("We") states no one
        ("", False),
        ("   ", False),
    ],
)
def test_a_name_occurs_if_it_or_its_surname_does(name: str, stated: bool) -> None:
    assert name_occurs(ARTICLE, name) is stated


def test_an_organisations_closing_words_win_over_a_name_it_opens():
    """ "Commons" is the House of Commons, not its committee; "Democratic" is no short name of
    the Democratic National Committee, a body of its own."""
    names = ["Commons Procedure Committee", "British House of Commons"]
    assert find_same("Commons", names, organization=True) == 1
    assert find_same("Democratic", ["Democratic National Committee", "Democratic Party"], organization=True) == 1
    assert find_same("Rogers", ["Rogers Communications Inc."], organization=True) == 0


def test_an_organisations_core_without_its_country_and_generic_words_names_it():
    assert find_same("Red Cross", ["Harbour Rovers", "Kenya Red Cross Society"], organization=True) == 1
    assert not same_entity("Society", "Kenya Red Cross Society", organization=True)
    assert not same_entity("Kenya", "Kenya Red Cross Society", organization=True)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Fisheries Department", "Department of Fisheries"),
        ("Ruritania Green Party", "Green Party of Ruritania"),
        ("Harmon Centre", "Harmon Centre for Rent Studies"),  # the head kept, its complement left off
        ("Harbour City Police", "Harbour City Police Service"),  # the service is the police
    ],
)
def test_one_body_written_with_of_or_without_its_complement(one: str, other: str) -> None:
    assert fit_strength(one, other, organization=True) == FULL_FIT


def test_inverting_of_needs_the_same_words_and_a_body_of_its_own_keeps_its_head() -> None:
    assert not same_entity("Fisheries Department", "Department of Forests", organization=True)
    # "Harmon" opens the centre's name but is no short name of a body named after it
    assert not same_entity("Harmon", "Harmon Centre for Rent Studies", organization=True)
    assert not same_entity("Harbour Air", "Harbour Air Centre", organization=True)  # an arena named after it
    assert not same_entity("Police", "Harbour City Police Service", organization=True)


def test_a_hyphen_before_a_dotted_acronym_ends_the_word():
    words = [t.text for t in tokenize("the then-U.S. envoy and a well-known O'Brien-Smith")]
    assert words == ["the", "then", "U.S.", "envoy", "and", "a", "well-known", "O'Brien-Smith"]
