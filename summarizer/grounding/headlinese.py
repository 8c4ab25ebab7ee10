"""Headlines write short forms that the story spells out: "PM" for "prime minister", "the West"
for the "Western Conference". A headline is checked as a claim like any summary sentence, but
read with each such short form as the article's own words, so the test of names meets the name
the article writes; a short form the article does not spell out is left as it is (and is then
refused as a name the article lacks), and every other test runs unchanged."""

from __future__ import annotations

import re

__all__ = ["HEADLINE_SHORT_FORMS", "read_headline"]

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
