"""A headline's short forms ("PM", "the West") are read as the words the story spells out before
the headline is checked; one the story does not spell out is still refused as an unknown name."""

from __future__ import annotations

from summarizer.evaluation.replay import replay_answer
from summarizer.grounding.headlinese import read_headline

STORY = (
    "Budget Talks\n\n"
    "OTTAWA — Lena Park said on Monday that as prime minister she is worried about cuts to the "
    "province's schools. Park spoke at a school in the Western Hills district of the city.\n"
)


def _answer(headline: str) -> dict:
    return {"headline": headline, "summary": "", "what": [], "who": [], "numbers": [], "quotes": []}


def test_a_short_form_the_story_spells_out_is_read_as_its_words() -> None:
    assert read_headline("Park worried as PM about cuts", STORY) == "Park worried as prime minister about cuts"
    assert read_headline("Park speaks in the West", STORY) == "Park speaks in the Western"


def test_a_short_form_the_story_writes_or_does_not_spell_out_is_left_alone() -> None:
    assert read_headline("Park speaks to the PM", "The PM met Park.") == "Park speaks to the PM"
    assert read_headline("MP worried about cuts", STORY) == "MP worried about cuts"
    assert read_headline("Park speaks in the East", STORY) == "Park speaks in the East"


def test_a_headline_with_a_spelled_out_short_form_is_kept_as_written() -> None:
    brief = replay_answer(STORY, "budget", _answer("Park worried as PM about cuts to schools"))
    assert brief.headline == "Park worried as PM about cuts to schools"
    assert not [d for d in brief.dropped if d.section == "headline"]


def test_a_short_form_the_story_does_not_spell_out_is_still_refused() -> None:
    story = STORY.replace("as prime minister", "as premier")
    brief = replay_answer(story, "budget", _answer("Park worried as PM about cuts to schools"))
    [dropped] = [d for d in brief.dropped if d.section == "headline"]
    assert "'PM'" in dropped.reason


def test_a_compass_word_stands_only_for_a_name_the_story_makes_of_it() -> None:
    assert read_headline("Park speaks in the West", "Park spoke in the western suburbs.") == "Park speaks in the West"
