"""What a figure counts, read from its own sentence: the noun phrase it quantifies ("3,000
[North Korean soldiers]"; read in `figure_phrases`), the phrase after "of" for a share ("90 per
cent of [the city's Black population]"), or the subject it is the value of ("[net profit] fell
38% to 4.7 billion kroner": the fall in net profit, and net profit; read in `figure_values`).
Units are kept apart from the label: a measure ("45 km", "17-second"), a currency written as a
word ("kroner"; both read in `figure_units`) or a person's age ("the 36-year-old woman", "Doug
Purdy, 73,"). A figure that quantifies no noun phrase is labelled from the other words of its
sentence (`figure_context`), and what those word-order rules leave, from its parse
(`figure_grammar`).

Why rules and not the model: the label must be words of the article's own sentence, so a reader
can check it at the figure's spans; a small model invents labels, a large one is asked to
confirm or improve them and is checked."""

from __future__ import annotations

import re

from summarizer.extract.figure_phrases import names_someone, phrase_after
from summarizer.extract.figure_values import value_of
from summarizer.extract.figure_words import (
    AUXILIARIES,
    OBJECT_VERBS,
    QUANTITY_WORDS,
    WORD_OR_MARK,
)
from summarizer.text.sentences import sentence_span_around

__all__ = ["age_label", "label_figure", "score_label"]

_STATES = frozenset("missing|dead|injured|wounded|hurt|killed|homeless|stranded|trapped|displaced|arrested".split("|"))
# What an adjective after a measure says it measures: "3 metres [high]", "3.1 seconds [clear]".
_DIMENSION_ADJECTIVES = {
    **dict.fromkeys(("high", "tall"), "height"),
    "long": "length",
    "deep": "depth",
    "wide": "width",
    "thick": "thickness",
    **dict.fromkeys(("ahead", "clear"), "lead"),
    "behind": "deficit",
    "apart": "gap",
    "away": "distance",
}
# "Doug Purdy, 73,"; "John Mills Jr.\n, 41," (a line break the text kept before the comma)
_AGE_OF = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*(?:\.(?=\s*,))?)\s*,\s+$")


def label_figure(text: str, start: int, end: int, *, share_or_money: bool = False) -> str | None:
    """What the figure at text[start:end] counts (see the module docstring), or None. A share or
    an amount of money names its whole after "of" ("90 per cent of [voters]"); a count may be
    the object of a verb ("killed [42 people]": people killed)."""
    if not share_or_money and _AGE_LIMIT.search(text[max(0, start - 40) : start]) and text[start:end].isdigit():
        return "age limit"  # "a girl under 16"
    after_of = re.match(r"\s+of\s+", text[end : end + 64]) if share_or_money else None
    if after_of:
        return phrase_after(text, end + after_of.end(), determiners=True) or value_of(text, start)
    following = phrase_after(text, end)
    part_of = None if share_or_money else _PART_OF.match(text[end : end + 24])
    if following is None and part_of:  # "20 of those [injured]", "three of the [suspects]"
        following = phrase_after(text, end + part_of.start("det"), determiners=True)
    if following is None and not share_or_money and _OF_THEM.match(text, end):
        following = _plural_before(text, start)  # "its [troops] ... around 10,000 of them"
    if following is None:
        return value_of(text, start)
    if following in _DIMENSION_ADJECTIVES:
        return _DIMENSION_ADJECTIVES[following]  # "3 metres high": its height, not a count of "high"
    verb = None if share_or_money or following.split()[-1] in _STATES else _verb_before(text, start)
    return f"{following} {verb}" if verb else following  # "left 32 civilians dead": no "left" after the state


# What a score decides: "a 3-2 [victory]", "a 5-4 [ruling]", "by a 2-1 [vote]".
_RESULT_NOUNS = frozenset(
    "victory|win|defeat|loss|draw|tie|lead|decision|ruling|vote|verdict|triumph|success|score|result|"
    "won|lost|beat|led|drew|tied|trailed|finished|ended".split("|")
)
_RESULT_BY = re.compile(
    r"\b(?P<noun>victory|win|defeat|loss|vote|ruling|verdict|decision)\b[^.;:!?]{0,40}\bby\s+(?:a\s+)?$", re.IGNORECASE
)


def score_label(measures: str | None, following: str, before: str = "") -> str | None:
    """The label of a score ("3-2"): what it decides ("a 3-2 [victory]": score of the victory;
    "the [defeat] on Tuesday by 432 to 202"; "won 3-2": score) when its sentence names a
    result, else None (a range such as "5-7 people" keeps its own label)."""
    if following in _RESULT_NOUNS and not following.endswith("ed"):
        return f"score of the {following}"
    result_by = _RESULT_BY.search(before)
    if result_by:
        return f"score of the {result_by.group('noun').lower()}"
    if measures and measures.split()[0].lower() in _RESULT_NOUNS:
        return "score"
    return None


_PART_OF = re.compile(r"^\s+of\s+(?P<det>the|those|these|its|their|his|her|our)\s")
_OF_THEM = re.compile(r"\s+of\s+them\b")


def _plural_before(text: str, start: int) -> str | None:
    """The plural noun "them" stands for: the last one before the figure in its sentence, as the
    tagger reads it ("urged North Korea to withdraw its [troops] from Russia, where around 10,000
    of them have been deployed"), never the clause's subject. Parsed only for this rare shape,
    never for a whole article; None when no such noun comes before the figure in its sentence."""
    from summarizer.text.parse import parse  # the tagger loads on the first "N of them"

    span = sentence_span_around(text, start)
    if span is None or span[0] >= start:
        return None
    plurals = [  # not the subject of the clause: "Police freed 12 of them" counts someone else
        token.text
        for token in parse(text[span[0] : start])
        if token.tag_ == "NNS" and token.text.islower() and not token.dep_.startswith("nsubj")
    ]
    return plurals[-1] if plurals else None


def age_label(text: str, position: int, *, after_name: bool = False) -> str | None:
    """A person's age: "the 36-year-old [woman]" (from the phrase after "year-old"), or the
    name before "Name, 73,"."""
    if not after_name:
        noun = phrase_after(text, position, person=True)
        if noun and names_someone(noun.split()):
            return f"age of {noun}"  # "the 47-year-old [William Shrubsall]"
        return f"age of the {noun}" if noun else "age"
    name = _AGE_OF.search(text[max(0, position - 60) : position])
    if name is None or not re.match(r"\d{1,3},", text[position : position + 4]):
        return None
    return f"age of {name.group('name')}"


def _verb_before(text: str, start: int) -> str | None:
    """The verb a counted object follows: "killed [42 people]" counts people killed."""
    tokens = [m.group() for m in WORD_OR_MARK.finditer(text[max(0, start - 40) : start])]
    while tokens and tokens[-1].lower() in QUANTITY_WORDS - {"to", "by", "of", "at"}:
        tokens.pop()
    if not tokens:
        return None
    verb = tokens[-1]
    if verb.islower() and (verb.endswith("ed") or verb in OBJECT_VERBS) and verb not in AUXILIARIES:
        return verb
    return None


# "a girl under 16", "children over 12": an age bound.
_AGE_LIMIT = re.compile(
    r"(?:\b(?:girls?|boys?|child|children|kids?|teens?|teenagers?|youths?|adults?|people|anyone|those|players|men|women)"
    r"|\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were))\s+(?:under|over|aged)\s+$",
    re.IGNORECASE,
)
