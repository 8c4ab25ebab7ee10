"""One entry per entity in a brief's `who`: a role an item states beats a title carried in
another form of the name."""

from __future__ import annotations

from summarizer.grounding.entity_index import one_entry_each
from summarizer.schemas import WhoItem


def _person(name: str, role: str | None, start: int) -> WhoItem:
    return WhoItem(name=name, kind="person", role=role, spans=[(start, start + len(name))])


def test_a_stated_role_beats_the_title_another_form_of_the_name_carries() -> None:
    items = [
        _person("Senate Majority Leader Jo Marsh", None, 0),
        _person("Jo Marsh", "Senate Majority Leader, Republican from Ohio", 60),
    ]
    [marsh] = one_entry_each(items)
    assert (marsh.name, marsh.role) == ("Jo Marsh", "Senate Majority Leader, Republican from Ohio")
