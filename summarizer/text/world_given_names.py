"""Given names of the world: the many that the hand-made `gazetteer.GIVEN_NAMES` cannot hold.

Why a package's data: `GIVEN_NAMES` holds about 1,200 common names, chosen with care because a
name there makes a lone word a person; news also names people whose given name it lacks
("Cedric Pioline", "Silvio Berlusconi", "Gilles De Bilde", "Edna Fernandes"), and those went
unnamed when nothing else around them vouched for a person. Faker (MIT) ships, for each of its
~80 locales, the given names its fake people are made of, kept by its maintainers: about 16,500
names of letters a-z, read once per process and only when such a name is weighed (~0.1 s; a
copy in the user cache after the first process, `table_copies`). The list is taken as it is;
the caller decides what a match is worth (`person_cues`), since it holds English words and
places too ("Will", "Florence").
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from functools import lru_cache
from pathlib import Path

from summarizer.text.table_copies import parsed_once

__all__ = ["is_world_given_name"]

_LISTS = ("first_names", "first_names_male", "first_names_female")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    spec = importlib.util.find_spec("faker")  # its path, without importing the package yet
    if spec is None or spec.origin is None:
        return frozenset()
    source = Path(spec.origin).parent / "providers" / "person" / "__init__.py"
    return parsed_once("world-given-names", source, _read_given_names)


def _read_given_names() -> frozenset[str]:
    import faker.providers.person as person  # the locales' modules, imported on a cache miss only

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute in _LISTS:
            # a class attribute: a tuple, a list or a dict of names by weight (a property is no list)
            listed = vars(provider).get(attribute) if provider is not None else None
            if isinstance(listed, (list, tuple, dict)):
                names.update(str(name).lower() for name in listed)
    return frozenset(name for name in names if len(name) > 2 and name.isascii() and name.isalpha())


def is_world_given_name(word: str) -> bool:
    """Whether `word` (any case) is a given name of one of Faker's locales."""
    return word.lower() in _given_names()
