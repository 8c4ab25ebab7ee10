"""The names in the description a claim gives a person ("Ann Lee, *a Vance supporter*", "Ann Lee
*of the Harbour Union*") against the descriptions the article gives that person
(`affiliations.affiliation_mismatch`): refused only where the article ties the person to
another name by the same noun, or ties the claim's name to someone else's description; kept
where the article describes the person by no name, or by the claim's anywhere, and in the
readings earlier entity tests got wrong (an agentless passive, an event name holding a place,
a plural pronoun for two names, a name stated elsewhere in the article)."""

from summarizer.grounding.affiliations import affiliation_mismatch
from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.prose import check_claim
from tests.grounding.passages import whole_passage

RALLY = (
    "The rally drew several hundred people to the square on Saturday. "
    "State Senator Ann Lee, a Vance supporter, said the campaign would win the county. "
    "Harbour Union organiser Tom Ray said his members would march on Monday. "
    "Oakfield Rovers coach Ben Dale and former Westport Tigers coach Joe Kirby spoke after them. "
    "Mara Quist, a lawyer, called the rally peaceful."
)


def _mismatch(claim: str, source: str) -> str | None:
    everything = whole_passage(source)
    return affiliation_mismatch(parse_claim(claim), everything)


def test_a_description_the_article_gives_the_person_with_another_name_is_refused():
    reason = _mismatch("Ann Lee, a Marsh supporter, said the campaign would win the county.", RALLY + " Marsh lost.")
    assert reason is not None and "Vance" in reason
    verdict = check_claim("Ann Lee, a Marsh supporter, said the campaign would win the county.", RALLY + " Marsh lost.")
    assert not verdict.supported


def test_a_name_of_another_persons_description_is_refused():
    # The sentence names both coaches: only the parse ties each team to its coach.
    reason = _mismatch("Ben Dale, a former Westport Tigers coach, spoke after them.", RALLY)
    assert reason is not None and "Dale" in reason
    body = _mismatch("Tom Ray of the Harbour Union said his members would march on Monday.", RALLY)
    assert body is None  # the article's own tie
    swapped = _mismatch(
        "Mara Quist of the Harbour Union called the rally peaceful.", RALLY + " Quist, an Ellis Law partner, left."
    )
    assert swapped is not None and "Ray" in swapped
    owned = _mismatch(
        "The Harbour Union's Mara Quist called the rally peaceful.", RALLY + " Quist, an Ellis Law partner, left."
    )
    assert owned is not None and "Ray" in owned
    assert _mismatch("The Harbour Union's Tom Ray said his members would march on Monday.", RALLY) is None


def test_the_claims_own_description_is_kept():
    assert _mismatch("Ann Lee, a Vance supporter, said the campaign would win the county.", RALLY) is None
    assert check_claim("Ann Lee, a Vance supporter, said the campaign would win the county.", RALLY).supported
    assert _mismatch("Oakfield Rovers coach Ben Dale spoke after them.", RALLY) is None


def test_a_person_the_article_describes_by_no_name_may_be_what_the_claim_says():
    # "a lawyer": no body is named, so the claim's firm contradicts nothing here.
    assert (
        _mismatch("Mara Quist, a lawyer at Ellis Law, called the rally peaceful.", RALLY + " Ellis Law paid.") is None
    )


def test_a_second_description_the_article_gives_elsewhere_is_kept():
    # (d) A claim may join facts of two sentences: the article ties Lee to the Vance camp in one
    # sentence and calls her a Dunmore senator in another.
    source = RALLY + " Lee, the Dunmore senator, left early."
    assert _mismatch("Dunmore senator Ann Lee said the campaign would win the county.", source) is None
    # Where one lives and whom one works for may both hold: "of" is no noun to set them against.
    union = "Tom Ray of the Harbour Union said his members would march. Dover voted."
    assert _mismatch("Tom Ray of Dover said his members would march.", union) is None


def test_the_readings_earlier_entity_tests_got_wrong_are_kept():
    # (a) an agentless passive with the doer named nearby
    passive = (
        "Nora Diaz chaired the jury of the Harbour Prize this year. "
        "The prize was awarded to the poet Ivo Mark on Friday."
    )
    assert check_claim("Nora Diaz's jury awarded the Harbour Prize to Ivo Mark.", passive).supported
    # (b) an event name holding a place is no place of the act
    event = "Lena Park, a Norfolk golfer, won the 2008 U.S. Open at Torrey Pines."
    assert _mismatch("Norfolk golfer Lena Park won the 2008 U.S. Open.", event) is None
    assert check_claim("Norfolk golfer Lena Park won the 2008 U.S. Open.", event).supported
    # (c) a plural pronoun for the two names the claim gives
    pair = "Harbour Union organisers Tom Ray and Eve Holt met the mayor on Monday. They asked him to reopen the pier."
    assert _mismatch("Tom Ray of the Harbour Union asked the mayor to reopen the pier.", pair) is None
    assert check_claim("Tom Ray and Eve Holt asked the mayor to reopen the pier.", pair).supported


def test_a_tie_the_article_states_otherwise_beside_the_person_is_kept():
    # (d) "who later coached the Westport Tigers": the claim joins what the article says of Dale.
    source = RALLY + " Dale, who later coached the Westport Tigers, left early."
    assert _mismatch("Ben Dale, a former Westport Tigers coach, spoke after them.", source) is None
    # Named beside the person, but without the noun's family: no statement of the tie.
    named = RALLY + " Dale said the Westport Tigers would lose."
    assert _mismatch("Ben Dale, a former Westport Tigers coach, spoke after them.", named) is not None


def test_an_adjective_says_what_kind_not_which_body():
    # Many people are British or Republican: another's being so, or the person's being called
    # English elsewhere, contradicts nothing.
    source = "British actor Sam Reed opened the festival. Republican Sen. Ann Lee and Dover Gov. Bo Kim attended."
    assert _mismatch("English actor Sam Reed opened the festival.", source) is None
    assert _mismatch("Republican Gov. Bo Kim attended.", source) is None
    # A place is a body of its own: "Dover Gov." is no "Exeter Gov.".
    assert _mismatch("Exeter Gov. Bo Kim attended.", source + " Exeter voted.") is not None


def test_an_acronym_the_article_may_spell_out_is_kept():
    # "Harbour Workers Union organiser" holds only "Union" as a tie: "HWU" may be that body.
    source = "Harbour Workers Union organiser Tom Ray said his members would march on Monday."
    assert _mismatch("HWU organiser Tom Ray said his members would march on Monday.", source) is None
    assert _mismatch("Oakfield organiser Tom Ray said his members would march on Monday.", source) is not None


THREATS = (
    "Jo Lind, a technical researcher at Corvex, said the threats came from the same addresses. "
    "Kevin Haley agreed, and said Symantec had looked at the servers too. "
    "Ann Bell, a nurse at the Harbour Trust, of Dover, also spoke."
)


def test_a_person_put_of_another_body_than_the_one_they_work_at_is_refused():
    verdict = check_claim("Jo Lind of Symantec said the threats came from the same addresses.", THREATS)
    assert not verdict.supported
    assert "never of Symantec" in verdict.reason
    assert check_claim("Jo Lind of Corvex said the threats came from the same addresses.", THREATS).supported


def test_of_an_acronym_the_article_may_spell_out_is_kept():
    source = "\"Rates will fall,\" said Tom Ray, chief strategist for the Harbour Workers Union."
    assert check_claim("Tom Ray of the HWU said rates will fall.", source).supported
    assert not check_claim("Tom Ray of Oakfield Bank said rates will fall.", source).supported


def test_of_a_town_is_where_someone_lives_not_whom_they_work_for():
    assert check_claim("Ann Bell of Dover also spoke.", THREATS).supported


CAUCUS = (
    "''The vote is about expectations,'' said Gov. Ann M. Thorsby of Elmland, a Republican who has not endorsed. "
    "''People want a third way,'' said Farm Secretary Bo Kestner, a former Elmland governor and a key Varga supporter."
)


def test_a_description_joined_to_an_apposition_and_a_middle_initial_are_read():
    swapped = check_claim("Governor Ann Thorsby, a key Varga supporter, said people want a third way.", CAUCUS)
    assert not swapped.supported
    passage = Passage(parse_source(CAUCUS), 0, 1)
    reason = affiliation_mismatch(parse_claim("Governor Ann Thorsby, a key Varga supporter, spoke."), passage)
    assert reason is not None and "Kestner" in reason
    assert affiliation_mismatch(parse_claim("Bo Kestner, a key Varga supporter, spoke."), passage) is None
