"""Which unit of time a count is in: "$30 a *week*" is not "$30 per *month*", and "a *month*
before she left office" is not "a *week* before". The units are stopwords to the coverage test
(they say little alone), so a claim that swaps one for another keeps every content word and
figure of its evidence. The claim is refused when its evidence names the claim's unit nowhere
and counts the same number of another unit: the same count, in another unit, is the unit
changed ("a week" against "per month"), while another count may be the same span said
otherwise ("two weeks" against "14 days") and is left alone."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.lemmas import Word
from summarizer.grounding.quantities import is_number_word

__all__ = ["UNITS", "time_unit_mismatch"]

#: The units of time, singular.
UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "century")
# Each form of a unit, and the adverbs and adjectives that say "one of it" ("weekly": a week).
_FORMS = {
    **{unit: unit for unit in UNITS},
    **{unit + "s": unit for unit in UNITS},
    "centuries": "century",
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "fortnightly": "fortnight",
    "monthly": "month",
    "quarterly": "quarter",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
}
# Words that count one of a unit: "a week", "per month", "the following day", "next year".
_ONE = frozenset("a an per each every one 1 next following previous".split())


def time_unit_mismatch(claim: Claim, passage: Passage) -> str | None:
    """A count of a unit of time in the claim that its evidence gives only in another unit
    (see the module docstring)."""
    theirs = [measure for sentence in passage.sentences for measure in _measures(sentence)]
    named = {_FORMS[w.lower] for w in passage.words if w.lower in _FORMS}
    for count, unit, said in _measures(claim.words):
        if unit in named:
            continue
        other = next((m for m in theirs if m[0] == count and m[1] != unit), None)
        if other is not None:
            return f"the claim counts {said!r}, the evidence {other[2]!r}"
    return None


def _measures(text_words: Sequence[Word]) -> list[tuple[str, str, str]]:
    """(count, unit, as written) for each unit of time a count stands right before ("a week":
    ("1", "week"); "three months": ("three", "month")); a unit without a count ("months of
    talks", "the week") measures nothing."""
    found = []
    for at, (previous, word) in enumerate(zip(text_words, text_words[1:], strict=False), start=1):
        unit = _FORMS.get(word.lower)
        if unit is None or word.lower.endswith("ly") or word.lower == "annual":
            continue
        following = text_words[at + 1].lower if at + 1 < len(text_words) else ""
        if unit == "quarter" and previous.lower in ("a", "one") and following == "of":
            continue  # "a quarter of a million", "a quarter of the vote": a fraction, no time
        if previous.lower in _ONE:
            count = "1"
        elif previous.is_number or is_number_word(previous.lower):
            count = previous.lower.replace(",", "")
        else:
            continue
        found.append((count, unit, f"{previous.text} {word.text}"))
    return found
