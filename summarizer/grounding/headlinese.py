"""Headlines write short forms that the story spells out: "PM" for "prime minister", "the West"
for the "Western Conference". A headline is checked as a claim like any summary sentence, but
read with each such short form as the article's own words, so the test of names meets the name
the article writes; a short form the article does not spell out is left as it is (and is then
refused as a name the article lacks), and every other test runs unchanged.

A headline in title case ("Council Votes to Close Old Bridge") is read in sentence case first:
each capitalised word the story writes only in lower case is the ordinary word, not a name."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.grounding.lemmas import STOPWORDS, words
from summarizer.grounding.quantities import is_number_word

__all__ = ["HEADLINE_SHORT_FORMS", "in_sentence_case", "read_headline"]

#: Short forms headlines use for words a story writes in full (lower case).
HEADLINE_SHORT_FORMS = {
    "pm": "prime minister",
    "govt": "government",
    "gov't": "government",
}
_COMPASS = ("North", "South", "East", "West")
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’]*(?![\w-])")


def read_headline(headline: str, story: str) -> str:
    """`headline` with each short form the story spells out, and does not itself write, replaced
    by the story's words: a short form of `HEADLINE_SHORT_FORMS` in capitals ("PM", "Govt"), and
    a point of the compass standing for the name the story makes of it ("the West" where the
    story writes "Western Conference" and never "West")."""
    headline = in_sentence_case(headline, story)
    lowered = story.lower()

    def spelled_out(match: re.Match[str]) -> str:
        word = match.group()
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", story):
            return word
        full = HEADLINE_SHORT_FORMS.get(word.lower())
        if full and word[0].isupper() and re.search(rf"\b{re.escape(full)}\b", lowered):
            return full
        if word in _COMPASS and re.search(rf"\b{word}ern [A-Z]", story):
            return f"{word}ern"
        return word

    return _WORD.sub(spelled_out, headline)


#: Of a headline's words of four letters or more after its first, the share in capitals that
#: makes it title case, and the fewest such words that can tell.
_TITLE_CASE_SHARE = 0.75
_TITLE_CASE_WORDS = 3
# Where a capital says nothing of a name: the start of a text, a line or a sentence.
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”‘’'—–-])\s*$")


def in_sentence_case(headline: str, story: str) -> str:
    """`headline` in sentence case when it is written in title case: each capitalised word
    after the first that the story writes in lower case (in some form: "Votes" for its "voted")
    and never with a capital inside a sentence, and every small word and number word ("To",
    "Three"), lowered. A word the story names with a capital ("Lee", "Council" of "City
    Council"), or does not write at all, stays as written: a name the story lacks is still one."""
    found = list(_WORD.finditer(headline))
    inner = [m.group() for m in found[1:] if len(m.group()) >= 4]
    if len(inner) < _TITLE_CASE_WORDS or sum(w[0].isupper() for w in inner) < _TITLE_CASE_SHARE * len(inner):
        return headline
    ordinary, named = _story_cases(story)

    def lowered(match: re.Match[str]) -> str:
        word = match.group()
        if match.start() == 0 or not word[0].isupper() or not word[1:].islower():
            return word  # the opening word, and "NDP", "McLeod", "iPhone": written so on purpose
        [read] = words(word) or (None,)
        if read is None or read.lower in named:
            return word
        small = read.lower in STOPWORDS or is_number_word(read.lower)
        keys = {k for k in read.keys if not k.startswith("~")}
        return word.lower() if small or keys & ordinary else word

    return _WORD.sub(lowered, headline)


@lru_cache(maxsize=16)
def _story_cases(story: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of the words `story` writes in lower case, and the words (in lower case) it
    writes with a capital inside a sentence, where the capital marks a name. (Cached: one
    story, read for one headline and again when the brief is re-grounded.)"""
    ordinary: set[str] = set()
    named: set[str] = set()
    for word in words(story):
        if not word.text[0].isalpha():
            continue
        if word.capitalised:
            if not _SENTENCE_START.search(story[max(0, word.start - 3) : word.start]):
                named.add(word.lower)
        else:
            ordinary.update(k for k in word.keys if not k.startswith("~"))
    return frozenset(ordinary), frozenset(named)
