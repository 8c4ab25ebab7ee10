"""The words by which an article names one person: the surname, and the given name it writes
before that surname ("Corey" of "Corey Lewandowski"). News calls people by their given name
in quotes and in close-ups ("Donald was Corey's only supporter"), and a summary gives them
their surname; the tests of whose thing a word is (`relations`, `qualifiers`) read the two as
one person. A given name the article writes before two surnames (a father and son, two
Donalds) names neither."""

from __future__ import annotations

from functools import lru_cache

from summarizer.grounding.claims import SourceText
from summarizer.text.gazetteer import GIVEN_NAMES
from summarizer.text.names import without_possessive

__all__ = ["person_words"]


def person_words(surname: str, source: SourceText) -> frozenset[str]:
    """`surname` (lower case) and the given names (lower case) the article writes before it and
    before no other surname."""
    return frozenset({surname, *_given_names(source).get(surname, ())})


@lru_cache(maxsize=16)
def _given_names(source: SourceText) -> dict[str, frozenset[str]]:
    """Per surname, its own given names in the article. (Cached per article: every claim asks.)"""
    before: dict[str, set[str]] = {}
    for sentence in source.sentences:
        for first, second in zip(sentence, sentence[1:], strict=False):
            if (
                first.capitalised
                and second.capitalised
                and first.lower in GIVEN_NAMES
                and source.text[first.end : second.start] == " "
            ):
                before.setdefault(first.lower, set()).add(without_possessive(second.lower))
    owned: dict[str, set[str]] = {}
    for given, surnames in before.items():
        if len(surnames) == 1:
            owned.setdefault(next(iter(surnames)), set()).add(given)
    return {surname: frozenset(given) for surname, given in owned.items()}
