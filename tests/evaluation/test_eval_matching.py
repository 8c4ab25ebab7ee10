"""The metric definitions the README documents: when a quote or a name counts as the gold one."""

from __future__ import annotations

import pytest

from summarizer.evaluation.matching import covers, is_pronoun, match_quotes, mention_head, same_name, word_tokens


def test_tokens_ignore_quotation_marks_case_and_punctuation():
    assert word_tokens("\u201cWe Will, rebuild.\u201d") == ["we", "will", "rebuild"]


@pytest.mark.parametrize(
    "predicted, gold, expected",
    [
        ("we will rebuild the bridge", "\u201cWe will rebuild the bridge,\u201d", True),
        ("we will rebuild", "we will rebuild the bridge this year", True),  # all of the prediction is in gold
        ("we will go home", "we will rebuild the bridge this year", False),  # 2 of 4, 2 of 7
        ("we will rebuild the bridge this", "we will rebuild the bridge this year", True),  # 6 of 7 >= 0.8
        ("we will rebuild the bridge this year and then the tunnel too", "we will rebuild the bridge this year", True),
        ("", "anything", False),
    ],
)
def test_quotes_match_at_eighty_percent_of_either_side(predicted, gold, expected):
    assert covers(word_tokens(predicted), word_tokens(gold)) is expected


def test_quote_matching_is_one_to_one_in_prediction_order():
    gold = ["\u201cIt is safe again\u201d", "\u201cIt is safe again\u201d", "\u201cNever again\u201d"]
    predicted = ["It is safe again", "It is safe again", "It is safe again", "something else entirely"]
    assert match_quotes(predicted, gold) == [(0, 0), (1, 1)]


@pytest.mark.parametrize(
    "predicted, gold, expected",
    [
        ("Justin Trudeau", "Justin Trudeau", True),
        ("Trudeau", "Justin Trudeau", True),  # surname
        ("Kim Jong Un", "Kim", True),  # every gold word is in the prediction
        ("mayor", "the mayor", True),  # a leading article does not count
        ("Andrew Scheer", "Justin Trudeau", False),
        ("Justin Bieber", "Justin Trudeau", False),  # a shared first name is not enough
        (None, "Justin Trudeau", False),
        ("Justin Trudeau", None, False),
    ],
)
def test_speaker_names_match_at_surname_level(predicted, gold, expected):
    assert same_name(predicted, gold) is expected


@pytest.mark.parametrize(
    "mention, expected",
    [("he", True), ("She", True), ("they", True), ("Trump", False), ("his spokesman", False), (None, False)],
)
def test_pronoun_mentions_are_recognised(mention, expected):
    assert is_pronoun(mention) is expected


@pytest.mark.parametrize(
    "mention, head",
    [
        ("Len Burman, head of the centrist Tax Policy Center", "Len Burman"),
        ("Rep. Joseph Crowley (D-N.Y.), a leading advocate", "Rep. Joseph Crowley"),
        ("Don Fowler, who helmed the committee", "Don Fowler"),
        ("Trump lawyer Marc Kasowitz", "Trump lawyer Marc Kasowitz"),
        ("Sen. Tom Carper of Delaware", "Sen. Tom Carper"),
        ("Ann Lee of the Tax Policy Center", "Ann Lee"),
        ("Speaker of the House Paul Ryan", "Speaker of the House Paul Ryan"),
        ("the former secretary of state", "the former secretary of state"),
        (None, None),
    ],
)
def test_source_mentions_lose_their_appositive(mention, head):
    assert mention_head(mention) == head
