"""Reading defects counted on hand-made briefs: each definition catches its defect and leaves
the sound version of the same item alone."""

from summarizer.evaluation.reading import is_bad_headline, is_cut, reading_defects
from summarizer.schemas import Brief, NumberItem, Quote, SourceInfo, WhoItem

ARTICLE = (
    "The council voted on Monday. Floods hit the town, and the floods closed Route 9. "
    'Mayor Ann Lee said: "We will rebuild the bridge." Lee said 300 homes were lost.'
)


def _brief(**fields):
    base = {"headline": "Council votes to rebuild the bridge", "source": SourceInfo(name="t.txt")}
    return Brief(**(base | fields))


def test_a_sound_brief_has_no_defects():
    brief = _brief(
        summary="The council voted on Monday.",
        what=["Lee said 300 homes were lost."],
        who=[WhoItem(name="Ann Lee", role="mayor")],
        numbers=[NumberItem(value="300", measures="homes lost")],
        quotes=[Quote(text="We will rebuild the bridge.", speaker="Ann Lee")],
    )
    assert set(reading_defects(brief, ARTICLE).values()) == {0}


def test_each_defect_is_counted():
    brief = _brief(
        headline="Ann Lee, The Daily Star",
        summary="The station had provided Mr.",
        what=["“We will rebuild the bridge.", "We will rebuild the bridge.", "Donald J."],
        who=[WhoItem(name="Ann Lee"), WhoItem(name="Lee"), WhoItem(name="T"), WhoItem(name="Floods")],
        numbers=[NumberItem(value="300"), NumberItem(value="9", measures="route")],
        quotes=[Quote(text="We will rebuild the bridge.")],
    )
    assert reading_defects(brief, ARTICLE) == {
        "cut_prose": 2,  # "...provided Mr." and "Donald J."
        "quote_fragment_events": 2,  # an open quotation mark, and a quote's own words
        "duplicate_entities": 1,  # Lee ~ Ann Lee
        "junk_names": 2,  # T, and Floods (the article writes "floods")
        "unlabelled_figures": 1,
        "bad_headlines": 1,
        "quotes_without_speaker": 1,
    }


def test_cut_prose_knows_abbreviations_that_do_end_sentences():
    assert not is_cut("Shares of Apple Inc.")
    assert not is_cut("He returned to the U.S.")
    assert not is_cut('He said: "We won."')
    assert is_cut("Troops were sent to the border, Sen.")
    assert is_cut("Traffic rose 3.5% within")


def test_bad_headlines():
    assert is_bad_headline("Jane Roe, The Associated Press")
    assert is_bad_headline("In brief:")
    assert is_bad_headline("Bridge")
    assert not is_bad_headline("Harbour Bridge reopens after repairs")
    assert not is_bad_headline("UN, EU agree on aid for Sudan")


def test_a_truly_ambiguous_short_name_is_no_duplicate():
    ambiguous = _brief(summary="", who=[WhoItem(name="Kim Jong-un"), WhoItem(name="Kim Yonghyun"), WhoItem(name="Kim")])
    assert reading_defects(ambiguous, ARTICLE)["duplicate_entities"] == 0
    companies = [WhoItem(name="Rogers Media"), WhoItem(name="Rogers Communications Inc."), WhoItem(name="Rogers")]
    assert reading_defects(_brief(summary="", who=companies), ARTICLE)["duplicate_entities"] == 0
    one_person = _brief(
        summary="", who=[WhoItem(name="Kim Jong-un"), WhoItem(name="Lloyd Austin"), WhoItem(name="Kim")]
    )
    assert reading_defects(one_person, ARTICLE)["duplicate_entities"] == 1


def test_a_name_with_a_capital_inside_is_no_junk_even_beside_its_web_address():
    text = "Riders should visit the TfL website, tfl.gov.uk, as other riders did."
    brief = _brief(summary="", who=[WhoItem(name="TfL", kind="organization"), WhoItem(name="Riders")])
    assert reading_defects(brief, text)["junk_names"] == 1  # Riders ("riders" is a common noun)


def test_a_thing_named_after_a_body_or_a_part_of_it_is_no_duplicate():
    """A reader of a brief on a hearing sees the Senate and its committee as two bodies, a bank
    and the stadium named after it as two things; the same name with a legal form, or a surname
    beside the full name, is still one entity written twice."""
    who = [
        WhoItem(name="Senate"),
        WhoItem(name="Senate Armed Services Committee"),
        WhoItem(name="Harbour Bank"),
        WhoItem(name="Harbour Bank Stadium"),
        WhoItem(name="Ann Lee"),
        WhoItem(name="Ann Lee Community Centre"),
        WhoItem(name="House Subcommittee on Energy"),
    ]
    assert reading_defects(_brief(summary="", who=who), ARTICLE)["duplicate_entities"] == 0
    twice = [WhoItem(name="Nordvik Energy"), WhoItem(name="Nordvik Energy ASA"), WhoItem(name="Harbour Bank")]
    twice += [WhoItem(name="Harbour"), WhoItem(name="Lee"), WhoItem(name="Ann Lee")]
    assert reading_defects(_brief(summary="", who=twice), ARTICLE)["duplicate_entities"] == 3


def test_a_subgroup_a_foundation_or_a_programme_is_no_duplicate():
    """'Committee Republicans' are some of the Republicans, the Ann Lee Foundation is not Ann Lee,
    and a network's news programme is not the network: a reader sees two entries for two things.
    'Liberals' beside 'Liberals Party' is still counted: there the plural stands first."""
    who = [
        WhoItem(name="Republicans"),
        WhoItem(name="Committee Republicans"),
        WhoItem(name="Ann Lee"),
        WhoItem(name="Ann Lee Foundation"),
        WhoItem(name="KTV"),
        WhoItem(name="KTV Evening News"),
        WhoItem(name="Harbourton"),
        WhoItem(name="Harbourton Herald"),
    ]
    assert reading_defects(_brief(summary="", who=who), ARTICLE)["duplicate_entities"] == 0
    twice = [
        WhoItem(name="Liberals"),
        WhoItem(name="Liberals Party"),
        WhoItem(name="Nordvik"),
        WhoItem(name="Nordvik ASA"),
    ]
    assert reading_defects(_brief(summary="", who=twice), ARTICLE)["duplicate_entities"] == 2


def test_a_club_of_a_town_other_initials_and_a_persons_initials_are_no_duplicates():
    """'Harbourton' and 'Harbourton United' play each other; George W. and George H.W. are father
    and son; 'AP' beside the person 'Alan Price' is a news agency. A name without its middle
    initial and a body beside its initials are still counted."""
    who = [
        WhoItem(name="Harbourton", kind="organization"),
        WhoItem(name="Harbourton United", kind="organization"),
        WhoItem(name="Paul W. Oduya"),
        WhoItem(name="Paul H.W. Oduya"),
        WhoItem(name="AP", kind="organization"),
        WhoItem(name="Alan Price"),
    ]
    assert reading_defects(_brief(summary="", who=who), ARTICLE)["duplicate_entities"] == 0
    twice = [
        WhoItem(name="Mary Vane"),
        WhoItem(name="Mary J. Vane"),
        WhoItem(name="HTA", kind="organization"),
        WhoItem(name="Harbour Transit Authority", kind="organization"),
    ]
    assert reading_defects(_brief(summary="", who=twice), ARTICLE)["duplicate_entities"] == 2


def test_a_place_in_a_complement_a_generic_head_and_a_thing_named_after_someone_are_no_duplicates():
    """'Harbourton' is not the 'Rowing Club of Harbourton'; 'House' beside the 'White House' is
    the chamber; the 'Ann J. Lee Foundation' is not Ann Lee; a county's GOP is part of the GOP;
    'The Star' beside 'The Harbourton Star' and the 'Daily Star' may be either. A body with and
    without its country, and a name without its 'The', are still counted."""
    names = (
        "Harbourton, Rowing Club of Harbourton, House, White House, Ann Lee, Ann J. Lee Foundation, GOP, "
        "Polk County GOP, Harbour Council, Harbour Council Dems, Senate, Senate Majority PAC, Bank of Harbourton, "
        "Bank of Harbourton Stadium, The Star, The Harbourton Star, Daily Star"
    )
    who = [WhoItem(name=name) for name in names.split(", ")]
    assert reading_defects(_brief(summary="", who=who), ARTICLE)["duplicate_entities"] == 0
    twice = [WhoItem(name=name) for name in ("Senate", "U.S. Senate", "The Pentagon", "Pentagon")]
    assert reading_defects(_brief(summary="", who=twice), ARTICLE)["duplicate_entities"] == 2
