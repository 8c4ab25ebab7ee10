"""A multiple may be written as a word of its own: "double" is what "twice" says, "triple"
"three times". Another multiple is still refused."""

from summarizer.grounding.prose import check_claim

SOURCE = (
    "More than 40,000 people voted for Ana Ruiz in the primary. That was almost double what the "
    "second-place finisher, Tom Hale, won."
)


def test_twice_is_what_double_says() -> None:
    assert check_claim("Ruiz's primary vote total was nearly twice that of Tom Hale.", SOURCE).supported


def test_another_multiple_is_refused() -> None:
    assert not check_claim("Ruiz's primary vote total was nearly three times that of Tom Hale.", SOURCE).supported
    assert not check_claim("Ruiz's primary vote total was nearly four times that of Tom Hale.", SOURCE).supported
