"""The one sentence splitter, on the cases news prose is full of and a regular expression gets
wrong (abbreviations, initials, "U.S.", decimals, quotes that end sentences), and on line
structure (headlines and bylines have no full stop)."""

import pytest

from summarizer.text.sentences import (
    first_sentence,
    last_sentence_end_within,
    sentence_around,
    sentence_span_around,
    sentence_spans,
    sentence_starts,
    split_sentences,
    starts_sentence,
)

HARD_CASES = [
    ("It happened this month. Austin flew.", 2),  # nupunkt's own model keeps "month." as an abbreviation
    ("He said so. Austin flew.", 2),
    ("Mr. Smith met Dr. Jones.", 1),
    ("It was made in the U.S. The firm said so.", 2),
    ("Donald J. Trump won. He left.", 2),
    ("City vs. Rovers ended 2-1. Fans cheered.", 2),
    ("Sen. Ed Markey (D-Mass.) said it. Then he left.", 2),
    ("On Feb. 3 the vote came. It passed.", 2),
    ("The rate was 3.5 per cent. It fell.", 2),
    ('"We won," he said. "Next year too."', 2),
    ('He said, "We won." The crowd cheered.', 2),
    ('"Really?" he asked. Yes.', 2),
    ("He lives at No. 10 Downing Street. It is old.", 2),
    ("The plant closed in Oct. 2019. Workers left.", 2),
    ("Acme Inc. said profits rose. Shares fell.", 2),
    ("They arrived at 5 p.m. Monday. It rained.", 2),
    ("He was ill. Smith took over.", 2),
    ("Boston, Mass., is cold. Snow fell.", 2),
    ("The U.N. Security Council met. It voted.", 2),
    ("She earned a Ph.D. in 2001. Then she taught.", 2),
    ("Gov. Abbott spoke. Lt. Gov. Patrick did not.", 2),
    ("It was 2 a.m. when it hit. Nobody died.", 2),
    ("J.K. Rowling wrote it. Fans loved it.", 2),
]


@pytest.mark.parametrize(("text", "count"), HARD_CASES)
def test_news_abbreviations_initials_and_quotes(text, count):
    assert len(split_sentences(text)) == count, split_sentences(text)


def test_a_headline_or_byline_line_is_a_sentence_of_its_own():
    text = "Storm hits coast\nJane Roe, The Associated Press\n\nWASHINGTON (AP) — The storm hit. It was bad."
    assert split_sentences(text) == [
        "Storm hits coast",
        "Jane Roe, The Associated Press",
        "WASHINGTON (AP) — The storm hit.",
        "It was bad.",
    ]


def test_a_hard_wrapped_line_that_runs_on_in_lower_case_continues_the_sentence():
    assert split_sentences("The report was written\n  by the team. It is long.") == [
        "The report was written\n  by the team.",
        "It is long.",
    ]


def test_spans_point_at_the_stripped_sentences():
    text = "  One here.  Two there.\n"
    assert [text[start:end] for start, end in sentence_spans(text)] == ["One here.", "Two there."]
    assert sentence_starts(text) == (0, 2, 13)
    assert starts_sentence(text, 13) and not starts_sentence(text, 3)


def test_the_sentence_around_a_position_and_none_between_sentences():
    text = "Ten died. Forty were hurt."
    assert sentence_around(text, text.index("Forty")) == "Forty were hurt."
    assert sentence_around(text, text.index(" Forty")) == ""
    assert sentence_span_around(text, 0) == (0, 9)


def test_first_sentence_and_the_last_sentence_end_within_a_limit():
    text = "Mr. Lee won. Ms. Kim lost badly."
    assert first_sentence(text) == "Mr. Lee won."
    assert first_sentence("   ") == ""
    assert last_sentence_end_within(text, 20) == len("Mr. Lee won.")
    assert last_sentence_end_within(text, 5) == 0


def test_a_piece_opening_with_a_closing_bracket_or_comma_joins_the_sentence_before():
    # "Ill." ends many sentences, so the model may cut after it even inside a party-state bracket
    text = "But Sen. Ann Cole (D-Ill.), noting the size of the crowd, said the bill would pass. It did."
    assert split_sentences(text) == [
        "But Sen. Ann Cole (D-Ill.), noting the size of the crowd, said the bill would pass.",
        "It did.",
    ]


def test_a_sentence_ending_in_a_state_abbreviation_still_ends():
    text = "The plant is in Springfield, Ill. Workers walked out on Monday."
    assert split_sentences(text) == ["The plant is in Springfield, Ill.", "Workers walked out on Monday."]
