"""Whose age it is: news gives a person's age as a number set off after the name ("Enoch
Gaver, 21, was killed and suspect David Gaver, 28, was shot"; "Ann Lee (34)"). A claim that
writes "Enoch Gaver, 28," uses a name and a figure the article both has, in a sentence whose
every word is there; only the pairing is wrong, and it is the article's own wording that says
so: wherever it sets an age after that name, the age is another.

The claim is refused when the article sets an age after a name the claim's name is part of
("Gaver" of "Enoch Gaver" and of "David Gaver": either may be meant) and never the claim's. A
name the article gives no age decides nothing (the claim may have it from "the 28-year-old"),
nor does an age the article also writes after that name in another place (an age then and
now)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from summarizer.grounding.claims import Claim, Passage, SourceText, parse_claim, shown_name
from summarizer.grounding.lemmas import Word
from summarizer.text.names import name_words

__all__ = ["age_mismatch"]

# What follows a name when the number after it is an age: ", 28," (or the clause's end, "and"
# in a list of people, or the verb of a clause whose subject it closes, as `claim_parts` writes
# one part of a claim: "Ann Lee, 28 was taken") or "(28)"; "aged" may stand before it.
_AGE_AFTER_NAME = re.compile(
    r"\s*(?:,\s*(?:aged\s+)?(\d{1,3})\s*(?=[,.;]|\s+(?:and|is|was|were|has|had|will)\b|$)|\(\s*(\d{1,3})\s*\))"
)
# Ages people are given (a "Name, 2014," is a date; a "Name, 350," no age).
_OLDEST = 120


def age_mismatch(claim: Claim, passage: Passage) -> str | None:
    """An age the claim sets after a name that the article sets after that name nowhere, though it
    gives the name an age (see the module docstring)."""
    for name, age in _aged_names(claim.names, claim.text):
        wanted = frozenset(name_words(shown_name(name)))
        given = [value for _, theirs, value in _article_ages(passage.source) if wanted <= theirs]
        if given and age not in given:
            ages = ", ".join(sorted(set(given)))
            owner = next((shown for shown, _, value in _article_ages(passage.source) if value == age), None)
            also = f"; {age} is the age it gives {owner}" if owner else ""
            return f"the article gives {shown_name(name)} the age {ages}, not {age}{also}"
    return None


def _aged_names(names: Sequence[Sequence[Word]], text: str) -> Iterator[tuple[Sequence[Word], str]]:
    """Each name of `names` (of `text`) followed by an age, with the age."""
    for name in names:
        found = _AGE_AFTER_NAME.match(text, name[-1].end)
        if found is None:
            continue
        age = found.group(1) or found.group(2)
        if 0 < int(age) <= _OLDEST:
            yield name, str(int(age))


@lru_cache(maxsize=16)
def _article_ages(source: SourceText) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Every name of the article followed by an age: as written, as its words (`name_words`),
    and the age.
    (Cached: every claim of a brief asks the same article.)"""
    found = []
    for start, end in source.spans:
        sentence = source.text[start:end]
        for name, age in _aged_names(parse_claim(sentence).names, sentence):
            shown = shown_name(name)
            found.append((shown, frozenset(name_words(shown)), age))
    return tuple(found)
