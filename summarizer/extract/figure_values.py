"""The phrase a figure is the value of, read backwards through its sentence from the figure: the
subject of a link ("[the original cost of the complex] was $35 million"), the noun before "of"
("[a return] of 6.7 per cent", "a [town] of 3,000": its population), and the subject of a change
("[net profit] fell 38%": the fall in net profit; "fell ... to 4.7 billion": net profit itself).
`figure_labels` asks for it when no noun phrase follows the figure. Moved from there: reading
back over a verb group to a subject is a rule of its own, with its own words (the links and the
change verbs)."""

from __future__ import annotations

import re

from summarizer.extract.figure_words import (
    AUXILIARIES,
    COMMON_VERBS,
    NOT_A_LABEL,
    QUANTITY_WORDS,
    RELATIVES,
    WORD_OR_MARK,
    looks_like_verb,
)
from summarizer.text.lexicon import TEMPORAL_WORDS
from summarizer.text.sentences import sentence_span_around

__all__ = ["MAX_SUBJECT_WORDS", "VALUE_LINKS", "value_of"]


# "the [10-year] Treasury yield": a measure joined to its noun is a word of the phrase
_MEASURE_WORD = re.compile(r"\d[\d,.]*-[A-Za-z]")
#: The most words of the phrase a figure is the value of.
MAX_SUBJECT_WORDS = 8

# The verb or preposition that makes a figure the value of the phrase before it, and what a
# change verb makes of that phrase ("profit fell 38%" -> "fall in profit").
_CHANGE_NOUNS = {
    "fall": "fall",
    "drop": "drop",
    "decline": "decline",
    "rise": "rise",
    "increase": "increase",
    "decrease": "decrease",
    "grow": "growth",
    "gain": "gain",
    "climb": "rise",
    "jump": "rise",
    "fell": "fall",
    "falls": "fall",
    "dropped": "drop",
    "drops": "drop",
    "slipped": "fall",
    "declined": "decline",
    "declines": "decline",
    "plunged": "fall",
    "slumped": "fall",
    "tumbled": "fall",
    "decreased": "decrease",
    "shrank": "fall",
    "rose": "rise",
    "rises": "rise",
    "climbed": "rise",
    "jumped": "rise",
    "surged": "rise",
    "soared": "rise",
    "increased": "increase",
    "increases": "increase",
    "grew": "growth",
    "grows": "growth",
    "gained": "gain",
    "gains": "gain",
}
VALUE_LINKS = frozenset(
    "was|is|were|are|be|been|stood|stands|reached|reaches|hit|hits|totalled|totaled|totals|topped|"
    "exceeded|cost|costs|costing|of|at|to|worth|valued|priced|estimated|put|numbered|amounted|"
    "nearly|about|around|approximately|roughly|some|almost|over|under|than|least|more|less|just|"
    "only|by|up".split("|")
)


def value_of(text: str, start: int) -> str | None:
    """The phrase a figure is the value of, read backwards through its sentence: "[the original
    cost of the complex] was $35 million", "[a return] of 6.7 per cent", "[profit] fell 38%"."""
    span = sentence_span_around(text, start)
    sentence_start = span[0] if span else max(0, start - 200)
    tokens = [m.group() for m in WORD_OR_MARK.finditer(text[sentence_start:start])]
    change = None
    # Over the quantity words and the link ("was", "of", "fell ... to"), to the phrase's end.
    links = []
    while tokens and tokens[-1].lower() in QUANTITY_WORDS | VALUE_LINKS:
        links.append(tokens.pop().lower())
    changed_by = tokens[-1].lower() in _CHANGE_NOUNS if tokens else False  # the figure's own verb is read
    if changed_by:
        verb = tokens.pop().lower()
        # "fell 38%" and "fell by 38%" are the change; "fell to -11" is the new level.
        change = None if links and links[-1] in ("to", "at") else _CHANGE_NOUNS[verb]
    elif links and (changed := _change_before(tokens)) is not None:
        changed_by = True
        tokens = tokens[:changed]  # "profit fell 38% [this year] to [4.7 billion]": the value of profit itself
    elif not _linked(text, sentence_start, start):
        return None
    skipped: list[str] = []  # the verb group between the subject and the figure: "[taxes] that are going up by"
    while tokens and len(skipped) < 4 and _in_verb_group(tokens[-1]):
        skipped.append(tokens.pop().lower())
    if changed_by and skipped and not any(word in AUXILIARIES or word in RELATIVES for word in skipped):
        return None  # "the toll after the volcano [erupted] rose to 280": a clause's verb, the parse reads it
    words: list[str] = []
    while tokens and len(words) < MAX_SUBJECT_WORDS:
        token = tokens[-1]
        lower = token.lower()
        if lower in ("of", "from", "in", "for", "'s", "’s") and words:
            # "[restored] in the community of 3,000": a verb or an adverb before the preposition
            # ends the subject; a noun goes on it ("the cost of the complex")
            if lower not in ("'s", "’s") and len(tokens) >= 2 and _ends_subject(tokens[-2]):
                break
            words.insert(0, tokens.pop())
            continue
        if (not token[0].isalpha() and not _MEASURE_WORD.match(token)) or (
            lower in NOT_A_LABEL and lower not in ("the", "a", "an")
        ):
            break
        if words and looks_like_verb(token):
            break  # "down in Bamfield [requiring] crews to climb 80 ft": a clause before the subject
        if lower in ("the", "a", "an"):
            if len(tokens) >= 2 and tokens[-2].lower() in ("of", "from", "in", "for"):
                words.insert(0, tokens.pop())  # "cost of the complex": keep the article inside
                continue
            break
        words.insert(0, tokens.pop())
    while words and words[0].lower() in ("of", "from", "in", "for", "the", "a", "an"):
        words.pop(0)
    if all(_MEASURE_WORD.match(word) for word in words):
        return change  # "the 170-gram was reduced to 150 grams": a measure is no subject alone
    if not change and links[-1:] == ["of"] and words[-1].lower() in _SETTLEMENTS:
        return f"population of the {' '.join(words)}"  # "a town of 3,000"
    phrase = " ".join(words)
    return f"{change} in {phrase}" if change else phrase


_TIME_OF_A_CHANGE = frozenset("this|last|next|year|month|week|quarter|day|today|yesterday|on|in|the".split("|"))
_PERCENT_WORDS = frozenset("per|cent|percent|%|point|points|percentage".split("|"))


def _change_before(tokens: list[str]) -> int | None:
    """Where the change verb stands when `tokens` end with a change and its amount ("fell [by]
    38 [per cent]"), maybe followed by when ("this year", "on Monday"), or None."""
    index = len(tokens) - 1
    while index >= 0 and (tokens[index].lower() in _TIME_OF_A_CHANGE or tokens[index].lower() in TEMPORAL_WORDS):
        index -= 1
    while index >= 0 and tokens[index].lower() in _PERCENT_WORDS:
        index -= 1
    if index < 1 or not tokens[index][0].isdigit():
        return None
    index -= 1
    if tokens[index].lower() == "by":
        index -= 1
    return index if index >= 0 and tokens[index].lower() in _CHANGE_NOUNS else None


# Places whose "of" and a bare number give how many live there: "a town of 3,000".
_SETTLEMENTS = frozenset(
    "town|city|village|community|country|nation|island|province|state|municipality|suburb|hamlet|"
    "region|district|county|neighbourhood|neighborhood".split("|")
)


def _ends_subject(token: str) -> bool:
    """A word before a preposition that cannot be part of a noun phrase: a verb or an adverb."""
    return token.islower() and (
        looks_like_verb(token) or token.endswith("ly") or token in AUXILIARIES or token in COMMON_VERBS
    )


def _in_verb_group(token: str) -> bool:
    lower = token.lower()
    return token.islower() and (
        lower in AUXILIARIES or lower in RELATIVES or lower in _CHANGE_NOUNS or looks_like_verb(token)
    )


def _linked(text: str, sentence_start: int, start: int) -> bool:
    """Whether the words just before the figure make it a value ("was", "of", "at", "cost")."""
    before = [m.group().lower() for m in WORD_OR_MARK.finditer(text[max(sentence_start, start - 40) : start])]
    while before and before[-1] in QUANTITY_WORDS - {"of", "at", "to", "by"}:
        before.pop()
    return bool(before) and before[-1] in VALUE_LINKS
