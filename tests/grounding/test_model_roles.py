"""A model's role for a person the extractor already gave a role: shown when the article backs
it (it is usually the fuller one), else dropped with the reason and the article's role kept."""

from __future__ import annotations

from summarizer.evaluation.replay import replay_answer

ARTICLE = (
    "Bridge Reopens\n\n"
    "The bridge reopened on Monday, said Mayor Ana Ruiz, who chairs the city's transport board. "
    "\u201cIt is safe again,\u201d Ruiz said.\n"
)


def _role_of(brief, name: str) -> str | None:
    return next(item.role for item in brief.who if item.name == name)


def _answer(role: str) -> dict:
    return {
        "headline": "",
        "summary": "",
        "what": [],
        "who": [{"name": "Ana Ruiz", "role": role}],
        "numbers": [],
        "quotes": [],
    }


def test_a_backed_model_role_replaces_the_extracted_one() -> None:
    brief = replay_answer(ARTICLE, "bridge", _answer("mayor who chairs the city's transport board"))
    assert _role_of(brief, "Ana Ruiz") == "mayor who chairs the city's transport board"
    assert not [d for d in brief.dropped if d.section == "who"]


def test_an_unbacked_model_role_is_dropped_and_the_article_role_kept() -> None:
    brief = replay_answer(ARTICLE, "bridge", _answer("governor of the state"))
    assert _role_of(brief, "Ana Ruiz") == "Mayor"
    [dropped] = [d for d in brief.dropped if d.section == "who"]
    assert dropped.content == "Ana Ruiz: governor of the state" and "'Mayor'" in dropped.reason


GOLF = (
    "Golf Returns\n\n"
    "Woods will play at Pebble Beach in June. Woods won at Pebble Beach, a famous golf course, in 2000. "
    "\u201cI love Pebble,\u201d Woods said.\n"
)


def _who(name: str, role: str) -> dict:
    return {**_answer(role), "who": [{"name": name, "role": role}]}


def test_a_model_name_the_story_writes_in_full_replaces_the_extracted_part_of_it() -> None:
    brief = replay_answer(GOLF, "golf", _who("Pebble Beach", "famous golf course"))
    [course] = [item for item in brief.who if "Pebble" in item.name]
    assert (course.name, course.role, course.aliases) == ("Pebble Beach", "famous golf course", ["Pebble"])
    assert [GOLF[start:end] for start, end in course.spans] == ["Pebble Beach", "Pebble Beach", "Pebble"]
    assert not brief.dropped


def test_a_fuller_name_the_story_never_writes_is_still_refused() -> None:
    brief = replay_answer(GOLF, "golf", _who("Pebble Bay", "famous golf course"))
    assert "Pebble Bay" not in [item.name for item in brief.who]
    assert any(d.content == "Pebble Bay" and "read as" in d.reason for d in brief.dropped)


SENATE = (
    "Leaders Meet\n\n"
    "Senate Majority Leader Jo Marsh of Ohio met the governors on Tuesday. Marsh, a Republican from Ohio, "
    "has led the chamber since 2019. \u201cWe found common ground,\u201d Marsh said.\n"
)


def test_a_backed_model_role_beats_the_title_another_form_of_the_name_carries() -> None:
    brief = replay_answer(SENATE, "senate", _who("Jo Marsh", "Senate Majority Leader, Republican from Ohio"))
    assert _role_of(brief, "Jo Marsh") == "Senate Majority Leader, Republican from Ohio"
    assert not [d for d in brief.dropped if d.section == "who"]


FAMILY = (
    "A Visit\n\n"
    "First lady Ann Gale showed the guests the garden on Friday. President Gale met the visiting "
    "delegation in his office. \u201cIt was a good day,\u201d Gale said.\n"
)


def test_a_backed_role_whose_name_joins_another_entry_is_reported_not_lost() -> None:
    brief = replay_answer(FAMILY, "family", _who("Gale", "President"))
    shown = any(item.role == "President" for item in brief.who)
    reported = [d for d in brief.dropped if d.section == "who" and d.content == "Gale: President"]
    assert shown != bool(reported)  # shown, or said why not: never both, never neither
    assert shown or "'Ann Gale'" in reported[0].reason
