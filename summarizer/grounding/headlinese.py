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

__all__ = ["HEADLINE_SHORT_FORMS", "SEATS_OF_GOVERNMENT", "in_sentence_case", "read_headline"]

#: Short forms headlines use for words a story writes in full (lower case).
HEADLINE_SHORT_FORMS = {
    "pm": "prime minister",
    "govt": "government",
    "gov't": "government",
}
_COMPASS = ("North", "South", "East", "West")
#: Capitals headlines name for their country's government ("Ottawa raises concerns"), with the
#: names the country goes by, the adjective of its people last: the words a story uses instead.
SEATS_OF_GOVERNMENT = {
    "Washington": ("U.S.", "United States", "America", "American"),
    "Ottawa": ("Canada", "Canadian"),
    "London": ("Britain", "U.K.", "United Kingdom", "British"),
    "Beijing": ("China", "Chinese"),
    "Moscow": ("Russia", "Russian"),
    "Tokyo": ("Japan", "Japanese"),
    "Paris": ("France", "French"),
    "Berlin": ("Germany", "German"),
    "Brussels": ("EU", "European Union"),
    "Tehran": ("Iran", "Iranian"),
    "Pyongyang": ("North Korea", "North Korean"),
    "Seoul": ("South Korea", "South Korean"),
    "Kyiv": ("Ukraine", "Ukrainian"),
    "Kiev": ("Ukraine", "Ukrainian"),
    "Canberra": ("Australia", "Australian"),
    "Ankara": ("Turkey", "Turkish"),
    "Riyadh": ("Saudi Arabia", "Saudi"),
    "Damascus": ("Syria", "Syrian"),
    "Islamabad": ("Pakistan", "Pakistani"),
    "Cairo": ("Egypt", "Egyptian"),
    "Rome": ("Italy", "Italian"),
    "Madrid": ("Spain", "Spanish"),
    "Taipei": ("Taiwan", "Taiwanese"),
    "Caracas": ("Venezuela", "Venezuelan"),
    "Havana": ("Cuba", "Cuban"),
    "Kabul": ("Afghanistan", "Afghan"),
    "Baghdad": ("Iraq", "Iraqi"),
    "Dublin": ("Ireland", "Irish"),
    "Wellington": ("New Zealand",),
}
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’]*(?![\w-])")


def read_headline(headline: str, story: str) -> str:
    """`headline` with each short form the story spells out, and does not itself write, replaced
    by the story's words: a short form of `HEADLINE_SHORT_FORMS` in capitals ("PM", "Govt"), a
    point of the compass standing for the name the story makes of it ("the West" where the
    story writes "Western Conference" and never "West"), and a capital standing for its country's
    government (`SEATS_OF_GOVERNMENT`: "Ottawa" where the story writes "Canada" or "the Canadian
    government", never "Ottawa")."""
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
        return _country_of_seat(word, story) or word

    return _WORD.sub(spelled_out, headline)


def _country_of_seat(word: str, story: str) -> str | None:
    """The first name of the country whose capital `word` is that the story writes (its people's
    adjective last: "Canadian" where the story writes only "the Canadian government"), or None
    when it writes none (the capital is then checked as the name it is)."""
    return next(
        (name for name in SEATS_OF_GOVERNMENT.get(word, ()) if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", story)),
        None,
    )


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
        read_as = words(word)
        if len(read_as) != 1 or read_as[0].lower in named:
            return word  # "Ruiz0", which reads as two words: no word of English to lower
        read = read_as[0]
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
