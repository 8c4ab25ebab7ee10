"""Labels read from the dependency parse of a figure's sentence, for the shapes the word-order
rules of `figure_labels` leave unlabelled (hand-made sentences)."""

import pytest

from summarizer.extract.figures import find_figures


def _label(sentence: str, value: str) -> str | None:
    [figure] = [f for f in find_figures(sentence) if f.value == value]
    return figure.measures


@pytest.mark.parametrize(
    "sentence, value, label",
    [
        ("In the survey, 44 percent of likely voters backed the mayor.", "44 percent", "likely voters"),
        ("The firm owns 120 shops in Leeds, 45 of which are in the old town.", "45", "shops in Leeds"),
        (
            "The number of nests on the island increased from 800 in 2019 to 1,200 last year.",
            "800",
            "number of nests on the island",
        ),
        (
            "Yields on gilts were in negative territory at minus 0.3 percent, traders said.",
            "0.3 percent",
            "yields on gilts",
        ),
        (
            "The council wants to cut water use 20 percent from last year's level.",
            "20 percent",
            "reduction in water use",
        ),
        ("She will spend the $4 million she says she raised last spring.", "$4 million", "amount raised"),
        ("The tax on fuel, which, at 12 percent, is the lowest in the region, stays.", "12 percent", "tax on fuel"),
        ("Observers counted ballots in 14 swing states last night.", "14", "swing states"),
        ("At least 7 in 10 local farmers said the rain came too late.", "7", "local farmers"),
        ("The plan won the backing of nurses (62 percent) and doctors.", "62 percent", "nurses"),
        ("He moved abroad when he was 19 and never came back.", "19", "age"),
        ("Food waste has gone down 15 percent since the ban, the mayor said.", "15 percent", "fall in food waste"),
        ("About 35 percent who answered the survey reject the plan.", "35 percent", "answered the survey"),
        (
            "Female nurses preferred Patel 51 percent to 24 percent, the poll found.",
            "51 percent to 24 percent",
            "Female nurses preferred Patel",
        ),
        ("The mayor calls for $2 billion in new housing by next spring.", "$2 billion", "new housing"),
        ("The staff went from 160 in May to 130 in June.", "130", "staff"),
    ],
)
def test_a_figure_the_rules_leave_is_labelled_from_its_parse(sentence, value, label):
    assert _label(sentence, value) == label


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Half-time 1-0. Attendance 12,500, receipts 30,000, fines 2,000.", "30,000"),  # a line of a table
        ("The 52-point swing surprised 9 analysts.", "52"),  # a compound the rules read, not the parser
        ("He had already been warned 10,000 times about the road.", "10,000"),  # a unit noun, not a count
        ("Figures show the $250,000 that builders were hoping for never came.", "$250,000"),  # stranded 'for'
        ("Smith lost that county 61%-37%, officials said.", "37%"),  # a loss of a name is no amount
    ],
)
def test_no_label_where_the_parse_says_nothing_sure(sentence, value):
    assert _label(sentence, value) is None


def test_the_next_of_a_list_keeps_its_own_clause_else_the_label_before_it():
    figures = find_figures("Of the crew, 60 percent were Dutch and 30 percent were Danish.")
    assert [f.measures for f in figures] == ["were Dutch", "were Danish"]
    figures = find_figures("Output will rise to 51,000 tonnes and 319,000 tonnes in 2030.")
    assert [f.measures for f in figures] == ["Output", "Output"]


def test_the_same_measure_for_another_place_keeps_the_label_before_it():
    figures = find_figures("The fire destroyed 40 homes in Ashford, 25 in Kenley and 12 in Hale on Monday.")
    assert [f.measures for f in figures] == ["homes destroyed", "homes destroyed", "homes destroyed"]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Last week we were eight, and at one point we were 11.", "11"),  # a count of people, no age
        ("Grants go to children younger than 12 who live in the county.", "12"),  # an age bound
        ("Benghazi Movie '13 Hours' Is About To Come Out Next Week", "13"),  # a title-case headline
    ],
)
def test_no_parse_label_for_a_count_of_us_a_bound_or_a_headline(sentence, value):
    assert _label(sentence, value) is None


def test_the_sentences_the_parse_is_asked_for_are_parsed_together_first():
    """`find_figures` parses in one pass the sentences of the figures no word-order rule
    labelled, which `label_from_grammar` then reads; a figure glued to a word reads none."""
    from summarizer.extract.figure_grammar import sentence_read
    from summarizer.text import parse as parsing

    text = (
        "The Harbour Trust says 44 percent of likely voters back the plan. "
        "Returns on the fund were in negative territory at minus 0.24 percent. "
        "It was a 52-point swing."
    )
    glued = text.index("52")
    assert sentence_read(text, glued, glued + 2) is None
    start = text.index("0.24")
    span = sentence_read(text, start, start + 4)
    assert span is not None and text[span[0] : span[1]].startswith("Returns on the fund")
    asked: list[str] = []
    real_parse = parsing.parse

    def parse(sentence):
        asked.append(sentence)
        assert sentence in parsing._PARSED  # parsed already, with the others
        return real_parse(sentence)

    parsing._PARSED.clear()
    monkey = pytest.MonkeyPatch()
    monkey.setattr(parsing, "parse", parse)
    try:
        find_figures(text)
    finally:
        monkey.undo()
    assert asked
