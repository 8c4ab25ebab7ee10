"""Splitting a long story into parts: nothing lost or repeated, nothing over budget, and cuts
between paragraphs whenever paragraphs fit."""

from __future__ import annotations

import pytest

from summarizer.drafting.parts import split_story

PARAGRAPHS = [
    "The council approved the new tram line on Thursday after a two-hour debate.",
    "Work will start in May and last three years, the transport office said.",
    "Shopkeepers on Mill Street asked for compensation during the works.\nSome said they would close.",
    "The first trams are due to run in 2028.",
]
STORY = "\n\n".join(PARAGRAPHS)


def assert_covers(parts: list[str], story: str, budget: int) -> None:
    assert "".join(parts) == story  # every character once, in order
    assert all(0 < len(part) <= budget for part in parts), [len(part) for part in parts]


def test_a_story_within_the_budget_is_one_part():
    assert split_story(STORY, len(STORY)) == [STORY]


@pytest.mark.parametrize("budget", [100, 150, 200])  # the longest paragraph is 97 with its break
def test_parts_cover_the_story_within_the_budget_and_end_at_paragraphs(budget):
    parts = split_story(STORY, budget)
    assert len(parts) > 1
    assert_covers(parts, STORY, budget)
    for part in parts[:-1]:
        assert part.endswith("\n\n"), repr(part)  # every paragraph fits, so every cut is between two


def test_paragraphs_are_packed_greedily():
    budget = len(PARAGRAPHS[0]) + 2 + len(PARAGRAPHS[1]) + 2
    parts = split_story(STORY, budget)
    assert parts[0] == PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n"
    assert_covers(parts, STORY, budget)


def test_a_paragraph_too_long_is_cut_between_lines_then_sentences():
    long_paragraph = "First line of a long paragraph here.\nSecond line. It has two sentences in it."
    story = "Short opening paragraph.\n\n" + long_paragraph
    parts = split_story(story, 39)
    assert_covers(parts, story, 39)
    assert parts == [
        "Short opening paragraph.\n\n",
        "First line of a long paragraph here.\n",
        "Second line. ",
        "It has two sentences in it.",
    ]


def test_a_giant_sentence_is_cut_between_words_and_a_giant_word_anywhere():
    story = "word " * 30 + "x" * 25
    parts = split_story(story, 12)
    assert_covers(parts, story, 12)
    assert all(part.endswith(" ") for part in parts[:-3])  # whole words while there are words
    assert parts[-3:] == ["x" * 12, "x" * 12, "x"]


def test_a_budget_below_one_character_is_refused():
    with pytest.raises(ValueError, match="budget"):
        split_story(STORY, 0)
