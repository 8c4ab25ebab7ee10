"""A long name's words nest in the parse ("New" qualifies "York", "York" qualifies "Police
Department"): the name a noun or verb is given is the whole run, so its initials ("NYPD",
"TSA") or its other short forms find it, and another body named instead is still a swap.
Hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.prose import check_claim
from summarizer.grounding.qualifiers import name_parts, proper_name
from summarizer.text.parse import parse

STORY = (
    "Two Transportation Security Administration screeners were fired after a complaint at the "
    "airport, police said. The National Weather Service forecasters warned of heavy snow."
)


def _token(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


def test_a_name_is_every_word_of_its_nested_compound():
    text = "The New York Police Department officers were praised."
    head = _token(text, "Department")
    assert [t.text for t in sorted(name_parts(head), key=lambda t: t.i)] == ["New", "York", "Police", "Department"]
    assert proper_name(head) == "New York Police Department"


def test_the_initials_of_a_nested_name_are_that_name():
    assert check_claim("Two TSA screeners were fired after a complaint at the airport.", STORY).supported
    assert check_claim("The NWS forecasters warned of heavy snow.", STORY).supported


def test_another_body_on_the_noun_is_still_a_swap():
    swapped = check_claim("Two National Weather Service screeners were fired after a complaint at the airport.", STORY)
    assert not swapped.supported
