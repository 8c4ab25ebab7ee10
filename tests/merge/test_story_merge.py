"""Merging the briefs of several reports of one story into one note (`merge_briefs`), on
hand-made briefs of hand-written reports: one entry per person and place whatever the form of
the name, figures grouped by what they count with every source's value and a plain statement
when they differ, quotes once with every source, and prose cited by each report that supports it.
Every item keeps its spans in each source."""

from __future__ import annotations

import pytest

from summarizer import merge_briefs
from summarizer.merge.figures import amount
from summarizer.schemas import Brief, Dropped, MergedBrief, NumberItem, Place, Quote, SourceInfo, Usage, WhoItem
from summarizer.text.spans import find_all

FIRST = (
    "North Korean troops arrive in Russia\n\n"
    "About 3,000 North Korean troops arrived in Russia this month, the White House said. "
    "Lloyd Austin, the Secretary of Defense, confirmed the deployment. "
    "\u201cThis is a very, very serious issue,\u201d Austin said. "
    "Kim Yonghyun met officials in Seoul. The US shared intelligence with Kyiv. "
    "Fuel prices rose 5% in the region."
)
SECOND = (
    "Allies urge North Korea to withdraw\n\n"
    "Defense Secretary Lloyd Austin urged North Korea to withdraw its troops from Russia, "
    "where around 10,000 of them have been deployed. "
    "\"This is a very, very serious issue,\" he said. Kim Jong-un did not respond, and Kim said nothing. "
    "The United States and the UN condemned the move. "
    "About 3,000 North Korean troops arrived in Russia this month, the White House said. "
    "Austin, the top defense official, spoke in Washington. Fuel prices rose 5 per cent."
)
THIRD = (
    "Talks in Seoul\n\nOfficials said 40 delegates met in Seoul. Austin, a defense chief, attended. "
    "The United Nations sent observers, and the UN Security Council met."
)


def brief_of(
    text: str, name: str, *, who=(), where=(), numbers=(), quotes=(), summary="", what=(), dropped=(), usage=None
) -> Brief:
    """A brief as the pipeline would make it: every item's spans are where it occurs in `text`."""

    def spans(phrase: str) -> list[tuple[int, int]]:
        found = find_all(text, phrase)
        assert found, f"{phrase!r} is not in the text"
        return found

    return Brief(
        headline=text.split("\n")[0],
        summary=summary,
        what=list(what),
        who=[WhoItem(name=n, kind=kind, role=role, spans=spans(n)) for n, kind, role in who],
        where=[Place(name=n, spans=spans(n)) for n in where],
        numbers=[
            NumberItem(value=value, measures=measures, unit=unit, spans=spans(value))
            for value, measures, unit in numbers
        ],
        quotes=[Quote(text=words, speaker=speaker, spans=spans(words)) for words, speaker in quotes],
        source=SourceInfo(name=name, title=text.split("\n")[0], word_count=len(text.split()), characters=len(text)),
        dropped=list(dropped),
        usage=usage or Usage(),
    )


@pytest.fixture
def note() -> MergedBrief:
    first = brief_of(
        FIRST,
        "first.txt",
        who=[
            ("Lloyd Austin", "person", "Secretary of Defense"),
            ("Kim Yonghyun", "person", None),
            ("White House", "organization", None),
        ],
        where=["Russia", "Seoul", "US", "Kyiv"],
        numbers=[("3,000", "North Korean troops", None), ("5%", "rise in fuel prices", "percent")],
        quotes=[("This is a very, very serious issue", "Austin")],
        summary="About 3,000 North Korean troops arrived in Russia this month, the White House said.",
        what=["Lloyd Austin, the Secretary of Defense, confirmed the deployment."],
        dropped=[Dropped(section="summary", content="Troops invaded Alaska.", reason="not supported")],
        usage=Usage(backend="server", model="m", model_calls=1, prompt_tokens=100, completion_tokens=20, seconds=1.5),
    )
    second = brief_of(
        SECOND,
        "second.txt",
        who=[
            ("Defense Secretary Lloyd Austin", "person", None),
            ("Kim Jong-un", "person", None),
            ("Kim", "person", None),
            ("UN", "organization", None),
            ("Austin", "person", "the top defense official"),
        ],
        where=["Russia", "United States", "Washington", "North Korea"],
        numbers=[
            ("10,000", None, None),
            ("3,000", "North Korean troops", None),
            ("5 per cent", "fuel prices", "percent"),
        ],
        quotes=[("This is a very, very serious issue", "Lloyd Austin")],
        summary="Defense Secretary Lloyd Austin urged North Korea to withdraw its troops from Russia. "
        "About 3,000 North Korean troops arrived in Russia this month. Austin flew to the moon.",
        usage=Usage(
            backend="server", model="m", model_calls=2, prompt_tokens=150, completion_tokens=30, retries=1, seconds=2.0
        ),
    )
    third = brief_of(
        THIRD,
        "third.txt",
        who=[
            ("Austin", "person", "a defense chief"),
            ("United Nations", "organization", None),
            ("UN Security Council", "organization", None),
        ],
        where=["Seoul"],
        numbers=[("40", "delegates", None)],
    )
    return merge_briefs([first, second, third], [FIRST, SECOND, THIRD])


def test_sources_are_numbered_in_the_order_given_with_their_titles(note):
    assert [(s.id, s.name, s.title) for s in note.sources] == [
        ("S1", "first.txt", "North Korean troops arrive in Russia"),
        ("S2", "second.txt", "Allies urge North Korea to withdraw"),
        ("S3", "third.txt", "Talks in Seoul"),
    ]


def test_one_person_whatever_the_form_of_the_name_with_every_role_and_source(note):
    austin = [person for person in note.who if "Austin" in person.name]
    assert len(austin) == 1
    austin = austin[0]
    assert austin.name == "Lloyd Austin" and austin.kind == "person"
    assert set(austin.aliases) == {"Defense Secretary Lloyd Austin", "Austin"}
    assert [(role.text, role.source) for role in austin.roles] == [
        ("Secretary of Defense", "S1"),
        ("Defense Secretary", "S2"),
        ("the top defense official", "S2"),
        ("a defense chief", "S3"),
    ]
    assert austin.sources == ["S1", "S2", "S3"]


def test_every_span_of_a_merged_name_points_at_that_name_in_its_source(note):
    texts = {"S1": FIRST, "S2": SECOND, "S3": THIRD}
    for entry in note.who + note.where:
        for citation in entry.citations:
            for start, end in citation.spans:
                assert texts[citation.source][start:end] in {entry.name, *entry.aliases}


def test_a_lone_family_name_shared_by_two_people_stays_apart(note):
    kims = sorted(person.name for person in note.who if person.name.startswith("Kim"))
    assert kims == ["Kim", "Kim Jong-un", "Kim Yonghyun"]


def test_a_lone_name_joins_the_one_full_name_that_ends_or_starts_with_it():
    text = "Kim Yonghyun spoke. Later Kim left. Austin Grant wrote."
    first = brief_of(text, "a", who=[("Kim Yonghyun", "person", None)])
    second = brief_of(text, "b", who=[("Kim", "person", None), ("Austin Grant", "person", None)])
    people = merge_briefs([first, second], [text, text]).who
    assert [(p.name, p.sources) for p in people] == [("Kim Yonghyun", ["S1", "S2"]), ("Austin Grant", ["S2"])]


def test_different_first_names_are_different_people():
    text = "Lloyd Austin and Tom Austin met."
    people = merge_briefs(
        [
            brief_of(text, "a", who=[("Lloyd Austin", "person", None)]),
            brief_of(text, "b", who=[("Tom Austin", "person", None)]),
        ],
        [text, text],
    ).who
    assert [p.name for p in people] == ["Lloyd Austin", "Tom Austin"]


def test_initials_are_the_same_body_or_place_but_a_longer_name_is_not(note):
    organizations = {person.name: person for person in note.who if person.kind == "organization"}
    assert organizations["United Nations"].aliases == ["UN"]
    assert organizations["United Nations"].sources == ["S2", "S3"]
    assert "UN Security Council" in organizations
    united_states = next(place for place in note.where if place.name == "United States")
    assert united_states.aliases == ["US"] and united_states.sources == ["S1", "S2"]


def test_places_are_listed_once_in_reading_order(note):
    names = [place.name for place in note.where]
    assert len(names) == len(set(names))
    assert names[:4] == ["Russia", "Seoul", "United States", "Kyiv"]
    assert next(p for p in note.where if p.name == "Seoul").sources == ["S1", "S3"]


def test_figures_that_count_the_same_thing_are_grouped_and_a_disagreement_is_said_plainly(note):
    troops = next(group for group in note.numbers if group.measures == "North Korean troops")
    assert [(figure.value, figure.sources) for figure in troops.values] == [
        ("3,000", ["S1"]),
        ("10,000", ["S2"]),
        ("3,000", ["S2"]),
    ]
    assert troops.agreement == "differ"
    assert troops.note is not None
    for stated in ("S1 says 3,000", "S2 says 10,000", "S2 says 3,000", "North Korean troops"):
        assert stated in troops.note


def test_a_figure_whose_report_does_not_say_what_it_counts_joins_the_group_its_sentence_names(note):
    troops = next(group for group in note.numbers if group.measures == "North Korean troops")
    unlabelled = next(figure for figure in troops.values if figure.value == "10,000")
    assert unlabelled.measures is None  # what the report said: nothing; the group says what it counts
    assert SECOND[slice(*unlabelled.citations[0].spans[0])] == "10,000"


def test_the_same_amount_written_differently_agrees(note):
    prices = next(group for group in note.numbers if group.values[0].value == "5%")
    assert [figure.value for figure in prices.values] == ["5%", "5 per cent"]
    assert prices.agreement == "agree" and prices.note is None


def test_a_figure_only_one_source_gives_is_single_and_percentages_never_join_counts(note):
    delegates = next(group for group in note.numbers if group.measures == "delegates")
    assert delegates.agreement == "single"
    assert [figure.value for figure in delegates.values] == ["40"]
    for group in note.numbers:
        kinds = {"%" in figure.value or "cent" in figure.value for figure in group.values}
        assert len(kinds) == 1


def test_an_unlabelled_figure_no_group_fits_stands_alone():
    text = "Officials counted 12 on Monday. Later 300 soldiers arrived."
    first = brief_of(text, "a", numbers=[("300", "soldiers", None)])
    second = brief_of(text, "b", numbers=[("12", None, None)])
    groups = merge_briefs([first, second], [text, text]).numbers
    assert [([f.value for f in g.values], g.measures) for g in groups] == [(["300"], "soldiers"), (["12"], None)]


def test_figures_from_dated_reports_are_said_to_change_between_them():
    first_text = "Published: October 20, 2024\n\nAbout 3,000 troops arrived."
    second_text = "Published: November 2, 2024\n\nAround 10,000 troops are now there."
    first = brief_of(first_text, "a", numbers=[("3,000", "troops", None)])
    second = brief_of(second_text, "b", numbers=[("10,000", "troops", None)])
    note = merge_briefs([first, second], [first_text, second_text])
    assert [source.date for source in note.sources] == ["October 20, 2024", "November 2, 2024"]
    assert note.numbers[0].note == (
        "The figure for troops changes between reports: "
        "S1 says 3,000 (October 20, 2024); S2 says 10,000 (November 2, 2024)."
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        ("10,000", 10000.0),
        ("10 thousand", 10000.0),
        ("$1.2 billion", 1.2e9),
        ("5%", 5.0),
        ("5 per cent", 5.0),
        ("around 3,000", 3000.0),
        ("no figure", None),
    ],
)
def test_amounts_compare_the_quantity_not_the_writing(value, expected):
    assert amount(value) == expected


def test_a_quote_in_several_reports_is_listed_once_with_each_source_and_one_name_for_its_speaker(note):
    assert len(note.quotes) == 1
    quote = note.quotes[0]
    assert quote.speaker == "Lloyd Austin"
    assert quote.sources == ["S1", "S2"]
    first_span = quote.citations[0].spans[0]
    second_span = quote.citations[1].spans[0]
    assert FIRST[slice(*first_span)] == SECOND[slice(*second_span)] == "This is a very, very serious issue"


def test_a_quote_inside_a_longer_one_is_the_same_quote_but_a_word_is_not():
    text = "\u201cWe will not back down, ever,\u201d she said. \u201cNever,\u201d he said. \u201cWe will not back down\u201d"
    first = brief_of(text, "a", quotes=[("We will not back down, ever", "Ann Lee"), ("Never", "Bo Chan")])
    second = brief_of(text, "b", quotes=[("We will not back down", "Ann Lee"), ("ever", None)])
    quotes = merge_briefs([first, second], [text, text]).quotes
    assert [(q.text, q.sources) for q in quotes] == [
        ("We will not back down, ever", ["S1", "S2"]),
        ("Never", ["S1"]),
        ("ever", ["S2"]),
    ]


def test_summary_sentences_are_said_once_and_cite_every_report_that_supports_them(note):
    by_text = {sentence.text: sentence for sentence in note.summary}
    shared = by_text["About 3,000 North Korean troops arrived in Russia this month, the White House said."]
    assert shared.sources == ["S1", "S2"]  # the second report has the same sentence
    for citation in shared.citations:
        source = {"S1": FIRST, "S2": SECOND}[citation.source]
        assert "About 3,000 North Korean troops arrived in Russia this month" in source[slice(*citation.spans[0])]
    assert "About 3,000 North Korean troops arrived in Russia this month." not in by_text  # the same, said once
    assert by_text["Defense Secretary Lloyd Austin urged North Korea to withdraw its troops from Russia."].sources == [
        "S2"
    ]


def test_a_summary_sentence_no_report_supports_is_dropped_and_reported(note):
    assert all("moon" not in sentence.text for sentence in note.summary)
    dropped = [(item.source, item.section, item.content) for item in note.dropped]
    assert ("S2", "summary", "Austin flew to the moon.") in dropped
    assert ("S1", "summary", "Troops invaded Alaska.") in dropped  # the single brief's drops are kept


def test_events_are_cited_and_usage_is_the_sum_of_every_report(note):
    assert [(event.text, event.sources) for event in note.what] == [
        ("Lloyd Austin, the Secretary of Defense, confirmed the deployment.", ["S1"])
    ]
    assert (note.usage.model_calls, note.usage.prompt_tokens, note.usage.completion_tokens, note.usage.retries) == (
        3,
        250,
        50,
        1,
    )
    assert note.usage.seconds == 3.5


def test_every_cited_span_lies_inside_its_source(note):
    texts = {"S1": FIRST, "S2": SECOND, "S3": THIRD}
    items = (
        note.summary
        + note.what
        + note.who
        + note.where
        + note.quotes
        + [figure for group in note.numbers for figure in group.values]
    )
    assert items
    for item in items:
        assert item.citations, item
        for citation in item.citations:
            for start, end in citation.spans:
                assert 0 <= start < end <= len(texts[citation.source])


def test_one_text_per_brief_is_required():
    one = brief_of(FIRST, "a")
    with pytest.raises(ValueError):
        merge_briefs([one], [FIRST, SECOND])
    with pytest.raises(ValueError):
        merge_briefs([], [])


def test_the_markdown_note_cites_each_item_and_shows_article_markup_as_text(note):
    from summarizer.render.dispatch import render

    markdown = render(note, "markdown")
    assert markdown.startswith("# North Korean troops arrive in Russia\n")
    assert "- **S1** “North Korean troops arrive in Russia” · `first.txt`" in markdown
    austin = next(line for line in markdown.splitlines() if line.startswith("- **Lloyd Austin**"))
    assert "Secretary of Defense [S1]" in austin and "a defense chief [S3]" in austin
    assert " · S3 `@" in austin
    assert "⚠ The sources give different figures for North Korean troops" in markdown
    text = "Riot Report\n\nOfficials met <script>alert(1)</script> on Monday, said Ann Lee."
    hostile = brief_of(
        text,
        "x.txt",
        who=[("Ann Lee", "person", "<b>chief</b>")],
        what=["Officials met <script>alert(1)</script> on Monday, said Ann Lee."],
    )
    shown = render(merge_briefs([hostile], [text]), "markdown")
    assert "<script>" not in shown and "<b>" not in shown
    assert "&lt;script>alert(1)&lt;/script>" in shown and "&lt;b>chief&lt;/b>" in shown


@pytest.mark.parametrize(
    "texts, names, fragment",
    [
        ("one article as a string", None, "list of article texts"),
        ([], None, "at least one article"),
        (["a", "b"], ["only one name"], "2 texts but 1 names"),
    ],
)
def test_summarize_many_refuses_what_it_cannot_brief_before_calling_a_model(texts, names, fragment):
    from summarizer import InputError, summarize_many

    with pytest.raises(InputError, match=fragment):
        summarize_many(texts, names=names, merge=True, base_url="http://127.0.0.1:9/v1", max_retries=0)


def test_summarize_many_without_merge_returns_each_brief_in_order():
    from summarizer import summarize_many
    from tests.stub_server import StubServer, draft_reply

    with StubServer([draft_reply(), draft_reply(), draft_reply()]) as server:
        briefs = summarize_many([FIRST, SECOND, THIRD], base_url=server.base_url, max_retries=0)
    assert [brief.source.name for brief in briefs] == ["<text 1>", "<text 2>", "<text 3>"]
    assert [brief.source.characters for brief in briefs] == [len(text) for text in (FIRST, SECOND, THIRD)]
