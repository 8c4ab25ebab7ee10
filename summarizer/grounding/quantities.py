"""Figures as values, so that "three" is "3", "1,000" is "1000", "2.5 million" is 2500000 and
"third" is the ordinal 3, "a pair" is 2 and "two decades" is also 20 (years), "nine in ten" is
90 (per cent) and "a quarter of a million" 250000: a claim's figure is found in its evidence
however either spells it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.grounding.lemmas import Word

__all__ = ["Figure", "figures", "is_number_word", "list_counts"]

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_CARDINALS = {word: value for value, word in enumerate(_UNITS)} | {word: 20 + 10 * i for i, word in enumerate(_TENS)}
_CARDINALS |= {"dozen": 12, "twice": 2, "hundred": 100, "pair": 2}
_ORDINALS = dict(
    zip(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
        range(1, 13),
        strict=True,
    )
)
# Counts a number word before them multiplies: "two hundred" is 200, "two dozen" 24 (not 2 and 12).
_MULTIPLIED = frozenset({"hundred", "dozen"})
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
# "one" is as often a pronoun ("one of the ...") as a count; "first" and "second" as often mean
# "earliest" or a unit of time: a claim is not refused for them alone.
_LOOSE = {"one", "first", "second", "zero", "pair"}
# Units that count others: "two decades" is 20 years, as a summary writes it ("about twenty
# years"). Not scales of a number word ("decades" alone says no figure).
_UNITS_OF_YEARS = {"decade": 10, "decades": 10}


@dataclass(frozen=True)
class Figure:
    """A figure of a text: its value(s), where it is (word index) and how it was written."""

    values: frozenset[str]
    index: int
    text: str
    loose: bool


def is_number_word(lower: str) -> bool:
    """Whether a word says a number ("four", "twentieth", "million"), or a plural one ("tens of
    thousands")."""
    bare = lower[:-1] if lower.endswith("s") else lower
    return any(word in _CARDINALS or word in _ORDINALS or word in _SCALES for word in (lower, bare))


def figures(text_words: Sequence[Word]) -> list[Figure]:
    """The figures among `text_words`: digits, number words and ordinals, each with the values
    it can mean (with and without a following scale word: "2.5 million" means 2500000 and is
    written "2.5" in "$2.5m")."""
    found = []
    compound_ends: set[int] = set()
    for i, word in enumerate(text_words):
        if i in compound_ends:
            continue  # the units of a compound number word, read with its tens
        nxt = text_words[i + 1].lower if i + 1 < len(text_words) else ""
        previous = text_words[i - 1] if i else None
        compound = _compound_number(text_words, i)
        ratio = _ratio(text_words, i) if compound is None else None
        if ratio is not None:
            share, last = ratio
            compound_ends.update(range(i + 1, last + 1))
            found.append(Figure(share, i, word.text, False))
        elif compound is not None:
            compound_ends.add(i + 1)
            value, ordinal = compound
            after = text_words[i + 2].lower if i + 2 < len(text_words) else ""
            if ordinal:
                run = {f"#{value}", str(value)} if _opens_a_run(text_words, i + 1) else {f"#{value}"}
                found.append(Figure(frozenset(run), i, word.text, False))
            else:
                found.append(Figure(_with_scale(value, after), i, word.text, False))
        elif word.is_number and not word.text[0].isdigit():
            found.append(Figure(_abbreviated_year(word.text[1:]), i, word.text, False))
        elif word.is_number and previous is not None and _second_year(previous, word):
            year = str(int(previous.text) + 1)
            found.append(Figure(frozenset({word.text, year}), i, word.text, False))
        elif word.is_number and _standing(previous, word):
            found.append(Figure(frozenset({f"#{word.text}", word.text}), i, word.text, False))
        elif word.is_number:
            number = _parse(word.text)
            if number is None:
                continue
            if nxt in _ORDINAL_SUFFIXES and text_words[i + 1].start == word.end:
                # A place written in digits is also the number a table or a score writes it as
                # ("tied for 32nd": "T-32"; "No. 20": "20th").
                found.append(Figure(frozenset({f"#{_show(number)}", _show(number)}), i, word.text, False))
                continue
            found.append(Figure(_with_scale(number, nxt), i, word.text, False))
        elif word.lower in _CARDINALS:
            if word.lower in _MULTIPLIED and i and text_words[i - 1].lower in _CARDINALS:
                continue  # "two hundred", "two dozen": read with its multiplier below
            value = _CARDINALS[word.lower]
            if nxt in _MULTIPLIED and word.lower not in _MULTIPLIED:
                value *= _CARDINALS[nxt]
            found.append(Figure(_with_scale(value, nxt), i, word.text, word.lower in _LOOSE))
        elif word.lower in _MULTIPLES:
            # "almost double what Cruz won" is "nearly twice"; loose, for "a double murder" or
            # "double-digit" counts nothing the evidence must give
            found.append(Figure(frozenset({str(_MULTIPLES[word.lower])}), i, word.text, True))
        elif word.lower in _HALVES:
            scaled = _part_of_scale(text_words, i, 0.5)
            if scaled:
                found.append(Figure(frozenset({"1/2", scaled}), i, word.text, False))
                continue
            # "half an hour", "the second half" are spans of time, said in many ways
            loose = nxt in ("a", "an") or (previous is not None and previous.lower in _ORDINALS)
            found.append(Figure(frozenset({"1/2", "50"}), i, word.text, loose))
        elif word.lower in _PARTS and previous is not None and previous.lower in _PART_COUNTS:
            part = f"{_PART_COUNTS[previous.lower]}/{_PARTS[word.lower]}"
            scaled = _part_of_scale(text_words, i, _PART_COUNTS[previous.lower] / _PARTS[word.lower])
            found.append(Figure(frozenset({part, scaled} - {""}), i, word.text, False))
        elif word.lower in _ORDINALS:
            place = _ORDINALS[word.lower]
            values = {f"#{place}", str(place)} if _opens_a_run(text_words, i) else {f"#{place}"}
            found.append(Figure(frozenset(values), i, word.text, word.lower in _LOOSE))
    return found


_TENS_VALUES = frozenset(range(20, 100, 10))
_UNIT_ORDINALS = {word: value for word, value in _ORDINALS.items() if value < 10}


def _compound_number(text_words: Sequence[Word], index: int) -> tuple[int, bool] | None:
    """The number a compound number word opening at `index` says, and whether it is an ordinal:
    English writes 21 to 99 as a word of tens and a word of units joined by a hyphen
    ("Eighty-four percent", "the twenty-first century"; a space in looser writing), which are one
    number, not two."""
    tens = _CARDINALS.get(text_words[index].lower)
    if tens not in _TENS_VALUES or index + 1 >= len(text_words):
        return None
    units = text_words[index + 1]
    if units.start - text_words[index].end != 1:
        return None
    if units.lower in _UNIT_ORDINALS:
        return tens + _UNIT_ORDINALS[units.lower], True
    unit = _CARDINALS.get(units.lower)
    if unit is None or not 1 <= unit <= 9 or units.lower not in _UNITS:
        return None
    return tens + unit, False


def _number_at(word: Word) -> float | None:
    """The value of a word that is a plain count, in digits or a word ("9", "nine"), else None."""
    if word.is_number and word.text[0].isdigit():
        return _parse(word.text)
    value = _CARDINALS.get(word.lower)
    return float(value) if value is not None and word.lower in _UNITS + _TENS + ["hundred"] else None


def _ratio(text_words: Sequence[Word], index: int) -> tuple[frozenset[str], int] | None:
    """A share written as a count of a whole ("nine in ten", "one out of five", "3 in 4"): the
    share ("9/10") and the per cent it is ("90": "more than 90 per cent stuck with it"), and the
    index of its last word. The whole is part of the figure, never a count of its own: "nine in
    20" is no "nine in ten". Not a year after "in" ("three in 2019")."""
    count = _number_at(text_words[index])
    if count is None:
        return None
    at = index + 1
    if at < len(text_words) and text_words[at].lower == "out" and at + 1 < len(text_words):
        at += 1
        if text_words[at].lower != "of":
            return None
    elif at >= len(text_words) or text_words[at].lower != "in":
        return None
    if at + 1 >= len(text_words):
        return None
    whole = _number_at(text_words[at + 1])
    if whole is None or not count < whole <= _LARGEST_WHOLE or count <= 0:
        return None
    share = f"{_show(count)}/{_show(whole)}"
    return frozenset({share, _show(round(100 * count / whole, 1))}), at + 1


#: The largest whole a share is written of ("one in 1,000"); a larger number after "in" is a year.
_LARGEST_WHOLE = 1000


def _part_of_scale(text_words: Sequence[Word], index: int, fraction: float) -> str:
    """The value of a fraction of a scale word after it ("a quarter *of a million*": 250000;
    "half a million": 500000; "a quarter million"), or ""."""
    after = [w.lower for w in text_words[index + 1 : index + 4]]
    for skipped in (0, 1, 2):
        if len(after) > skipped and after[skipped] in _SCALES and after[:skipped] in ([], ["a"], ["of", "a"]):
            return _show(fraction * _SCALES[after[skipped]])
    return ""


# Words after an ordinal that make it the length of a run: "a fifth straight loss" is five
# straight losses.
_RUN_WORDS = frozenset({"straight", "consecutive", "successive"})


def _opens_a_run(text_words: Sequence[Word], index: int) -> bool:
    """Whether the ordinal at `index` counts a run ("fifth straight", "third consecutive", "a
    fourth win in a row"): then it is also the cardinal ("five straight")."""
    after = [w.lower for w in text_words[index + 1 : index + 5]]
    return bool(after) and (
        after[0] in _RUN_WORDS or after[1:4] == ["in", "a", "row"] or after[:3] == ["in", "a", "row"]
    )


# Words that multiply: "double" says what "twice" and "two times" say.
_MULTIPLES = {"double": 2, "doubled": 2, "triple": 3, "tripled": 3, "quadruple": 4, "quadrupled": 4}
# Fractions: "half" (50 per cent too), and "one-third", "a quarter", "two-thirds" (with a count
# before them; "the third" is an ordinal).
_HALVES = frozenset({"half", "halves"})
_PARTS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
_PART_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _abbreviated_year(digits: str) -> frozenset[str]:
    """ "’13" is 2013, "’98" 1998: the century a news report means by a year written short."""
    return frozenset({digits, f"{20 if int(digits) <= 40 else 19}{digits}"})


def _second_year(previous: Word, word: Word) -> bool:
    """The second year of a season or fiscal year ("2015/16", "2018-19"): two digits, one
    character after a year, that name the year after it ("16" is 2016) and count nothing."""
    return (
        len(word.text) == 2
        and word.text.isdigit()
        and len(previous.text) == 4
        and previous.text.isdigit()
        and previous.text.startswith(("19", "20"))
        and word.start == previous.end + 1
        and int(word.text) == (int(previous.text) + 1) % 100
    )


def _standing(previous: Word | None, word: Word) -> bool:
    """A place in a standing written with "T" for a tie ("T-32", "T32"): the ordinal 32nd."""
    return previous is not None and previous.text == "T" and word.start - previous.end <= 1 and word.text.isdigit()


def _parse(digits: str) -> float | None:
    cleaned = digits.replace(",", "")
    if cleaned.count(".") > 1:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None


def _with_scale(number: float, next_word: str) -> frozenset[str]:
    values = {_show(number)}
    if next_word in _SCALES:
        values.add(_show(number * _SCALES[next_word]))
    if next_word in _UNITS_OF_YEARS:
        values.add(_show(number * _UNITS_OF_YEARS[next_word]))
    return frozenset(values)


def _show(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


# One name of a list: capitalised words, with "of" or "de" inside ("Bay of Islands").
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|de|the)\s+)?[A-Z][\w'’.-]*)*"
_NAME_LIST = re.compile(rf"\b{_LISTED_NAME}(?:,\s+{_LISTED_NAME})+,?\s+(?:and|or)\s+{_LISTED_NAME}")
_LISTED = re.compile(_LISTED_NAME)
#: A list must name this many to be counted: "A and B" is everywhere, and counts nothing.
_FEWEST_LISTED = 3


def list_counts(text: str) -> frozenset[str]:
    """How many names each list of `text` gives ("Drayton Valley, Edmonton, Red Deer and
    Sundre": "4"): a summary counts what its article lists ("sessions in four locations")."""
    counts = set()
    for match in _NAME_LIST.finditer(text):
        count = len(_LISTED.findall(match.group()))
        if count >= _FEWEST_LISTED:
            counts.add(_show(float(count)))
    return frozenset(counts)
