"""Publisher and date of an article, only where it states them (`summarizer.source.metadata`).

Every text here is made up. A wrong publisher or date is worse than none, so each form that
counts has negative twins: the same words inside a story sentence, or too far from the top or
the bottom of the article, must not count."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer.source.metadata import SourceMeta, find_source_meta, meta_from_html, wire_dateline_length
from tests.conftest import SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE, read_seed

TITLE = "Harbour Bridge Reopens After Three Weeks Of Repairs\n\n"
BODY = (
    "The harbour bridge reopened on Thursday after three weeks of repairs, the city council said. "
    "Traffic was light in the morning and heavier by the evening rush.\n\n"
)
LONG_BODY = BODY * 30  # far more than the top and bottom zones together


def meta(text: str) -> SourceMeta:
    return find_source_meta(text)


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, date",
    [
        ("Published October 31, 2024", "October 31, 2024"),
        ("Published: Oct. 31, 2024 10:15 a.m. ET", "Oct. 31, 2024"),
        ("Updated 10:15 AM EDT, Thu October 31, 2024", "October 31, 2024"),
        ("Posted on 2024-10-31T10:15:00Z", "2024-10-31"),
        ("Last modified on Thu 31 Oct 2024 10.15 GMT", "31 Oct 2024"),
        ("First published 31 October 2024", "31 October 2024"),
        ("PUBLISHED: Sept. 5, 2024", "Sept. 5, 2024"),
        ("Posted: 31/10/2024", "31/10/2024"),
        ("By Jane Doe | Published October 31, 2024", "October 31, 2024"),
    ],
)
def test_published_line_gives_the_date_as_written(line: str, date: str) -> None:
    text = TITLE + line + "\n\n" + LONG_BODY
    assert meta(text).date == date
    assert date in text


def test_published_line_at_the_bottom_counts() -> None:
    assert meta(TITLE + LONG_BODY + "Published 31 October 2024\n").date == "31 October 2024"


def test_published_wins_over_updated() -> None:
    text = TITLE + "Updated November 2, 2024\nPublished October 31, 2024\n\n" + LONG_BODY
    assert meta(text).date == "October 31, 2024"


@pytest.mark.parametrize(
    "line, date",
    [
        ("October 31, 2024", "October 31, 2024"),
        ("Thursday, October 31, 2024", "October 31, 2024"),
        ("Thursday 31 October 2024 10.15 GMT", "31 October 2024"),
        ("Oct. 31, 2024, 10:15 a.m.", "Oct. 31, 2024"),
        ("2024-10-31", "2024-10-31"),
        ("Jane Doe | October 31, 2024", "October 31, 2024"),
    ],
)
def test_line_that_is_only_a_date(line: str, date: str) -> None:
    assert meta(TITLE + line + "\n\n" + LONG_BODY).date == date


@pytest.mark.parametrize(
    "line, date",
    [
        ("ROME 1996-12-06", "1996-12-06"),
        ("PORT ELLEN, Scotland 2024-10-31", "2024-10-31"),
        ("WASHINGTON, Oct. 31, 2024 — The harbour bridge reopened.", "Oct. 31, 2024"),
        ("Glasgow, 31 October 2024 (AP) - The harbour bridge reopened.", "31 October 2024"),
    ],
)
def test_dateline(line: str, date: str) -> None:
    assert meta(TITLE + line + "\n" + LONG_BODY).date == date


def test_headline_ending_in_a_date_is_not_a_dateline() -> None:
    assert meta("Storm Makes Landfall On The Coast October 9, 2024\n\n" + LONG_BODY).date is None


def test_event_dates_in_the_story_are_not_the_publication_date() -> None:
    text = (
        "Defense Chiefs Urge Withdrawal Of Troops\n\n"
        "On October 30, 2024, the defense chiefs of both countries urged a withdrawal of the troops. "
        "A report published on October 29, 2024 said 10,000 soldiers were there.\n\n"
        + LONG_BODY
        + "The talks resume on November 12, 2024 in Geneva.\n"
    )
    assert meta(text) == SourceMeta(None, None)


def test_published_line_in_the_middle_of_a_long_article_is_ignored() -> None:
    text = TITLE + BODY * 15 + "Published October 31, 2024\n\n" + BODY * 15
    assert meta(text).date is None


def test_several_date_lines_are_a_timeline_not_a_publication_date() -> None:
    text = TITLE + LONG_BODY + "Timeline\n\nOctober 30, 2024\nTalks begin.\n\nNovember 2, 2024\nTalks end.\n"
    assert meta(text).date is None


def test_month_and_day_without_a_year_is_not_a_full_date() -> None:
    assert meta(TITLE + "Published Oct. 31\n\n" + LONG_BODY).date is None


# --- publishers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline, publisher",
    [
        ("By Jane Doe, Reuters", "Reuters"),
        ("By Jane Doe | The Guardian", "The Guardian"),
        ("By Jane Doe and Tom Roe, The Associated Press", "The Associated Press"),
        ("By Jane Doe, Tom Roe, Reuters", "Reuters"),
        ("By JANE DOE, CNN", "CNN"),
        ("By Jane Doe for MailOnline", "MailOnline"),
        ("By Jane Doe • Harbour Daily News • October 31, 2024", "Harbour Daily News"),
        ("By The Associated Press", "The Associated Press"),
        ("By Reuters | Oct. 31, 2024", "Reuters"),
    ],
)
def test_byline_with_a_publisher(byline: str, publisher: str) -> None:
    assert meta(TITLE + byline + "\n\n" + LONG_BODY).publisher == publisher


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, its phones had been shut off and its website had gone dark.",
        "By Election Day, Republicans expect to hold the seat.",
        "By winning the primary in Ohio, Tom Roe picked up all 66 delegates.",
        "By Monday Morning, Officials Said",
        "By Jane Doe, Staff Writer",
        "By Jane Doe, Senior Political Correspondent",
        "By Jane Doe, Washington",
        "By Jane Doe, Tom Roe",
        "By Jane Doe",
        "By Jane Doe, Daily Mail Reporter",
        "By Harbour Gazette Staff",
        "By Times Square, crowds gathered in the rain.",
        "Engineered by Harbour Neuro, Edited by Tom Roe",
    ],
)
def test_no_publisher_from_by_in_ordinary_lines(line: str) -> None:
    assert meta(TITLE + line + "\n\n" + LONG_BODY).publisher is None


@pytest.mark.parametrize(
    "opening, publisher",
    [
        ("WASHINGTON (Reuters) - The harbour bridge reopened.", "Reuters"),
        ("RENO, Nev. (AP) — The harbour bridge reopened.", "The Associated Press"),
        ("New York (AFP) – The harbour bridge reopened.", "AFP"),
        ("Oct 31 (Reuters) - The harbour bridge reopened.", "Reuters"),
        ("LONDON, Oct 31 (Reuters) - The harbour bridge reopened.", "Reuters"),
        ("(CNN) — The harbour bridge reopened.", "CNN"),
        ("PORT ELLEN (Harbour Wire) -- The bridge reopened.", "Harbour Wire"),
        ("A caption here. (Photo: Jane Doe) PORT ELLEN (AP) -- The bridge reopened.", "The Associated Press"),
    ],
)
def test_wire_dateline(opening: str, publisher: str) -> None:
    assert meta(TITLE + opening + "\n\n" + LONG_BODY).publisher == publisher


@pytest.mark.parametrize(
    "opening",
    [
        "Party Leaders (DNC) — the party's governing body — met on Monday.",
        "The council thanked the agency (Reuters) - which broke the story - for its work.",
        "A crowd at the bridge. (Photo: Jane Doe/Reuters)",
    ],
)
def test_parentheses_in_sentences_are_not_wire_datelines(opening: str) -> None:
    assert meta(TITLE + opening + "\n\n" + LONG_BODY).publisher is None


@pytest.mark.parametrize(
    "footer, publisher",
    [
        ("© 2024 The Associated Press. All rights reserved.", "The Associated Press"),
        ("Copyright 2024 Reuters", "Reuters"),
        ("Copyright © 2024 Cable News Network, Inc. All Rights Reserved.", "Cable News Network"),
        ("More text. Copyright 2016 The Associated Press. All rights reserved.", "The Associated Press"),
        ("Source: Reuters", "Reuters"),
        ("Source: The Harbour Gazette", "The Harbour Gazette"),
    ],
)
def test_copyright_and_source_lines(footer: str, publisher: str) -> None:
    assert meta(TITLE + LONG_BODY + footer + "\n").publisher == publisher


@pytest.mark.parametrize(
    "footer",
    [
        "From HARBOUR TALES by Jane Doe. Copyright © 2015 by Jane Doe. Reprinted courtesy of Example Books.",
        "© Getty Images",
        "© 2024 Jane Doe",  # a photographer's credit
        "Image copyright Jane Doe",
        "Source: NATO.",  # a chart's data source, not the article's publisher
        "Source: Bureau of Labor Statistics",
        "The report's source: a person familiar with the talks.",
    ],
)
def test_footers_that_do_not_name_the_publisher(footer: str) -> None:
    assert meta(TITLE + LONG_BODY + footer + "\n").publisher is None


def test_copyright_at_the_top_is_a_photo_credit() -> None:
    assert meta(TITLE + "© 2024 Harbour Photo Agency\n\n" + LONG_BODY).publisher is None


def test_random_capitalised_words_give_nothing() -> None:
    text = (
        "Alpha Beta Gamma Delta Epsilon Zeta\n\nRiver Oak, Stone Field.\n\nNorth Gate | West Tower | "
        "Old Mill\n\n" + LONG_BODY + "Harbour Bridge, City Council, Port Authority.\n"
    )
    assert meta(text) == SourceMeta(None, None)


def test_byline_wins_over_copyright_and_both_dates_found() -> None:
    text = (
        TITLE
        + "By Jane Doe, The Harbour Gazette\nPublished 31 October 2024\n\n"
        + LONG_BODY
        + "© 2024 Harbour Media Group Ltd\n"
    )
    assert meta(text) == SourceMeta("The Harbour Gazette", "31 October 2024")


# --- the seed articles -------------------------------------------------------------------------


def test_seed_000_names_its_site_only_in_page_furniture() -> None:
    """Benzinga appears only in a product credit ("Engineered by Benzinga Neuro"), an ad line
    ("brought to you by Benzinga APIs") and a dateless "Posted In:" tag line: none states who
    published the article, and nothing states when, so both stay unknown."""
    text = read_seed(SEED_WITH_BOILERPLATE)
    assert "Benzinga" in text and "Posted In:" in text
    assert meta(text) == SourceMeta(None, None)


def test_seed_004_has_an_event_date_but_no_publication_date() -> None:
    text = read_seed(SEED_NORTH_KOREA)
    assert "On October 30, the defense chiefs" in text
    assert meta(text) == SourceMeta(None, None)


# --- API ---------------------------------------------------------------------------------------


def test_source_meta_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        SourceMeta("Reuters", None).publisher = "AP"  # type: ignore[misc]


def test_empty_text() -> None:
    assert meta("") == SourceMeta(None, None)


# --- HTML pages --------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Harbour bridge reopens</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2024-10-31T10:15:00+00:00">
</head><body><article><h1>Harbour bridge reopens</h1>
<p>The harbour bridge reopened on Thursday after three weeks of repairs, the city council said.</p>
</article></body></html>"""


@pytest.mark.parametrize("page", [PAGE, PAGE.encode("utf-8")])
def test_html_metadata(page: str | bytes) -> None:
    assert meta_from_html(page) == SourceMeta("The Harbour Gazette", "2024-10-31")


def test_html_without_metadata_gives_nothing() -> None:
    """A date in the story text is not searched for: it may be an event's date."""
    page = (
        "<!doctype html><html><head><title>Harbour bridge reopens</title></head><body><article>"
        "<p>The bridge reopened on Thursday, 30 October 2024, after three weeks of repairs, the council said.</p>"
        "</article></body></html>"
    )
    assert meta_from_html(page) == SourceMeta(None, None)


def test_undecodable_html_gives_nothing() -> None:
    page = b'<!doctype html><html><head><meta charset="utf-8"></head><body>\xff\xfe broken</body></html>'
    assert meta_from_html(page) == SourceMeta(None, None)


def test_a_one_line_text_of_megabytes_is_read_only_near_its_ends() -> None:
    text = "Published October 31, 2024 " + "the bridge reopened on Thursday. " * 60_000 + "Copyright 2024 Reuters"
    assert meta(text) == SourceMeta("Reuters", "October 31, 2024")
    assert meta("word " * 1_000_000 + "\nPublished October 31, 2024\n" + "word " * 400).date is None


def test_a_wire_dateline_opening_a_sentence_is_measured_so_a_summary_can_leave_it_out():
    for sentence, rest in [
        ("(CNN)Blues legend Ida Moss was in hospital for two days.", "Blues legend"),
        ("LONDON (Reuters) - Shares fell on Monday.", "Shares fell"),
        ("RENO, Nev. (AP) — The council met on Tuesday.", "The council"),
    ]:
        assert sentence[wire_dateline_length(sentence) :].startswith(rest)
    assert wire_dateline_length("The (CNN) report said so.") == 0  # not at the start
    assert wire_dateline_length("Party Leaders (DNC) — the committee met.") == 0  # no wire agency
