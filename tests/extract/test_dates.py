import re

import pytest

import summarizer.extract.dates as dates_module
from summarizer.extract.dates import find_dates, parse_date, same_date_key
from summarizer.extract.evidence import gather_evidence
from summarizer.source.article import Article

PUBLISHED = "Thursday, Oct. 31, 2024"  # a Thursday


@pytest.mark.parametrize(
    "sentence, written, iso",
    [
        ("The dam failed on October 30, 2024, at dawn.", "October 30, 2024", "2024-10-30"),
        ("The dam failed on 30 October 2024 at dawn.", "30 October 2024", "2024-10-30"),
        ("The report, dated 2024-10-30, was leaked.", "2024-10-30", "2024-10-30"),
        ("Talks began in March 2023 and stalled.", "March 2023", "2023-03"),
        ("The plant closed in 2019 after a fire.", "2019", "2019"),
        ("The dam failed on Oct. 30 after heavy rain.", "Oct. 30", "2024-10-30"),
        ("The dam failed on Tuesday after heavy rain.", "on Tuesday", "2024-10-29"),
        ("The council will vote on Tuesday.", "on Tuesday", "2024-11-05"),
        ("The council will vote next Monday.", "next Monday", "2024-11-04"),
        ("Rain fell yesterday across the valley.", "yesterday", "2024-10-30"),
        ("Last year, 170 people died in floods.", "Last year", "2023"),
        ("Prices rose earlier this month in the city.", "earlier this month", "2024-10"),
        ("The bridge opened three days ago, officials said.", "three days ago", "2024-10-28"),
    ],
)
def test_dates_are_found_as_written_and_normalised_from_the_publication_date(sentence, written, iso):
    [found] = find_dates(sentence, published=PUBLISHED)
    assert found.text == written
    assert sentence[found.start : found.end] == written
    assert found.iso == iso


def test_relative_dates_are_not_normalised_without_a_publication_date():
    found = find_dates("The dam failed on Tuesday; last year it held; on Oct. 30 it cracked.")
    assert [d.text for d in found] == ["on Tuesday", "last year", "Oct. 30"]
    assert [d.iso for d in found] == [None, None, None]


def test_each_date_says_what_it_dates_in_the_words_of_its_sentence():
    text = "Floods hit the town in May. On Tuesday, the mayor resigned over the response."
    [_, tuesday] = find_dates(text)
    assert tuesday.context == "On Tuesday, the mayor resigned over the response."
    assert tuesday.context in text


def test_months_that_are_words_and_counts_are_not_dates():
    text = "Officials may march on, she said; 2,019 people and $2019 and 2019% were counted in 10 days."
    assert find_dates(text) == []


def test_times_and_decades_are_kept_without_a_calendar_date():
    found = find_dates("Since the 1990s the ferry has left at 7:30 a.m. daily.", published=PUBLISHED)
    assert [(d.text, d.iso) for d in found] == [("the 1990s", None), ("7:30 a.m.", None)]


def test_an_impossible_day_is_kept_as_written_without_a_date():
    [found] = find_dates("The vote on February 30, 2023 never happened.")
    assert found.text == "February 30, 2023" and found.iso is None


def test_publication_dates_are_read_in_the_forms_news_pages_state_them():
    assert str(parse_date("Oct. 31, 2024")) == "2024-10-31"
    assert str(parse_date("Thursday 31 October 2024")) == "2024-10-31"
    assert str(parse_date("2024-10-31T09:00:00Z")) == "2024-10-31"
    assert parse_date("yesterday") is None


def test_dates_are_evidence_and_never_also_figures():
    text = "Published Oct. 31, 2024\n\nIn 2019, 45 people died; three days ago 12 more were hurt."
    evidence = gather_evidence(Article.from_text(text, "x"))
    assert [d.text for d in evidence.dates] == ["2019", "three days ago"]  # the article's own date is not an event's
    assert [f.value for f in evidence.figures] == ["45", "12"]


def test_a_day_counted_from_an_event_is_not_a_date_and_one_day_is_one_entry():
    text = "To this day nobody knows. He left on Saturday and the next day wrote that Saturday was hard."
    assert [d.text for d in find_dates(text)] == ["on Saturday", "Saturday"]
    assert len({same_date_key(d.text) for d in find_dates(text)}) == 1


# Every form's dates, in several cases and spellings, with digits of another script and the
# letters that match under case folding (the Kelvin sign for "k", the long s for "s").
_EVERY_FORM = (
    "On Thursday, Oct. 31, 2024, and Friday 1st of November 2024 at 10:30 a.m., the 2024-10-30 memo "
    "said March 2023 (in March, not March 5) differed from 3 Sept and Sept. 4. TWO DAYS AGO, twelve "
    "weeks ago, 3 years ago and \u017fix months ago, Earlier This Month, LAST YEAR, next weekend, the "
    "past \u212aecade? Since Monday, BY Tuesday, until Friday, late June, mid-July, Early August, "
    "Yesterday, TONIGHT, tomorrow and today; THE 1990s and the 2000s; in 2019, 1988 and 2031; "
    "noon, midnight, 9pm, 11 am, 23:15 and \u0661\u0662 pm; \u0663 March 2020 and March \u0664, 2021."
)


@pytest.mark.parametrize("form", range(len(dates_module._FORMS)))
def test_each_forms_look_ahead_changes_no_match(form):
    name, starts, pattern = dates_module._FORMS[form]
    bare, anchored = re.compile(pattern), dates_module._PATTERNS[form][1]
    found = [(m.span(), m.groupdict()) for m in bare.finditer(_EVERY_FORM)]
    assert found, f"{name}: the text has no date of this form"
    assert [(m.span(), m.groupdict()) for m in anchored.finditer(_EVERY_FORM)] == found
    assert all(re.match(starts, _EVERY_FORM[start]) for (start, _), _ in found)


# Texts that each lack the words some forms need: a form skipped for a text must find nothing in it.
_WITHOUT_SOME_FORMS = (
    _EVERY_FORM,
    _EVERY_FORM.upper(),
    _EVERY_FORM.lower(),
    "Martin Market said the Junior league Decided nothing; the team ate jam at 9.",
    "The Mayor spoke. May 4 was quiet, and so was Oct.and the rest; in Sept. it rained.",
    "Three \u017fea\u017fon\u017f of \u0131t: THE PAST \u017fEA\u017fON, yE\u017fTERDAY and TON\u0131GHT, \u212aept for weeks AGO.",
    "He arrived at 10:30a.m., left at 4 PM and at 5pm, slept at midnight, ate at noon in the 80s.",
    "Nothing here is a date: the 40 members met in a hall.",
)


@pytest.mark.parametrize("text", _WITHOUT_SOME_FORMS)
def test_a_form_skipped_for_a_text_finds_nothing_in_it(text):
    run = {name for name, _ in dates_module._forms_that_may_match(text)}
    for name, pattern in dates_module._PATTERNS:
        if name not in run:
            assert pattern.search(text) is None, name


def test_forms_whose_words_a_text_lacks_are_skipped():
    run = {name for name, _ in dates_module._forms_that_may_match("Nothing here is a date: the 40 members met.")}
    assert run == {"iso", "year"}
    assert "ago" in {name for name, _ in dates_module._forms_that_may_match("Three years AGO.")}
    assert "month_day" not in {name for name, _ in dates_module._forms_that_may_match("Martin Market in Marseille")}
