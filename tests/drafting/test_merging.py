"""Merging the drafts of a long article's parts: the lead's prose, and everything else once,
in article order, with the fullest name and any role or speaker a later part adds."""

from __future__ import annotations

from summarizer.drafting.merge_parts import merge_drafts
from summarizer.schemas import Draft, DraftFigure, DraftPerson, DraftQuote


def draft(**fields) -> Draft:
    full = {"headline": "", "summary": "", "what": [], "who": [], "numbers": [], "quotes": []}
    full.update(fields)
    return Draft.model_validate(full, context={"source": None})


LEAD = draft(
    headline="Ministers agree on a new border deal",
    summary="Ministers agreed a border deal on Friday.",
    what=["Ministers agreed a border deal on Friday."],
    who=[DraftPerson(name="Austin", role="")],
    numbers=[DraftFigure(value="$2 billion", measures="aid")],
    quotes=[DraftQuote(text="\u201cThis is a start,\u201d", speaker="")],
)
LATER = draft(
    headline="Talks continue",
    summary="Talks will continue in June.",
    what=["ministers agreed a border  deal on Friday.", "Talks will continue in June in Geneva."],
    who=[DraftPerson(name="Lloyd Austin", role="defence secretary"), DraftPerson(name="Tom Austin", role="")],
    numbers=[
        DraftFigure(value="$2 billion", measures="Aid"),
        DraftFigure(value="$2 billion", measures="loans"),
        DraftFigure(value="June 12", measures="next meeting"),
    ],
    quotes=[
        DraftQuote(text="This is a start.", speaker="Lloyd Austin"),
        DraftQuote(text="We will meet again", speaker=""),
    ],
)


def test_prose_comes_from_the_lead():
    merged = merge_drafts([LEAD, LATER])
    assert merged.headline == "Ministers agree on a new border deal"
    assert merged.summary == "Ministers agreed a border deal on Friday."


def test_events_are_listed_once_in_order():
    assert [event.text for event in merge_drafts([LEAD, LATER]).what] == [
        "Ministers agreed a border deal on Friday.",
        "Talks will continue in June in Geneva.",
    ]


def test_the_same_person_once_with_the_fullest_name_and_a_role():
    who = merge_drafts([LEAD, LATER]).who
    assert [(p.name, p.role) for p in who] == [("Lloyd Austin", "defence secretary"), ("Tom Austin", "")]


def test_figures_are_one_per_value_and_measure():
    numbers = merge_drafts([LEAD, LATER]).numbers
    assert [(f.value, f.measures) for f in numbers] == [
        ("$2 billion", "aid"),
        ("$2 billion", "loans"),
        ("June 12", "next meeting"),
    ]


def test_quotes_are_one_per_text_whatever_the_marks_and_a_later_part_names_the_speaker():
    quotes = merge_drafts([LEAD, LATER]).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("\u201cThis is a start,\u201d", "Lloyd Austin"),
        ("We will meet again", ""),
    ]


def test_merging_leaves_the_parts_drafts_as_they_were():
    merge_drafts([LEAD, LATER])
    assert LEAD.who[0].name == "Austin" and LEAD.quotes[0].speaker == ""


def test_a_part_that_gave_nothing_adds_nothing_and_a_lost_lead_leaves_the_prose_empty():
    merged = merge_drafts([None, LATER, None])
    assert merged.headline == "" and merged.summary == ""  # the assembler falls back to the article's lead
    assert [p.name for p in merged.who] == ["Lloyd Austin", "Tom Austin"]
    assert merge_drafts([None, None]) is None


def test_a_short_name_fitting_two_people_stays_apart_and_a_title_does_not_split_one():
    parts = [
        draft(who=[DraftPerson(name="Kim Yonghyun", role=""), DraftPerson(name="Kim Jong-un", role="")]),
        draft(who=[DraftPerson(name="Kim", role="minister"), DraftPerson(name="President Biden", role="")]),
        draft(who=[DraftPerson(name="Joe Biden", role="")]),
    ]
    who = merge_drafts(parts).who
    assert [(p.name, p.role) for p in who] == [
        ("Kim Yonghyun", ""),
        ("Kim Jong-un", ""),
        ("Kim", "minister"),  # which Kim is not for the merge to guess
        ("President Biden", ""),
    ]
