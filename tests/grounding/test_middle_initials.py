"""A name the article writes with a middle initial ("Donald J. Trump", as some papers always do)
is the name a summary writes without it ("Donald Trump"); another given name with the same
surname ("Ivanka Trump", "Eric Trump") stays another person."""

from summarizer.grounding.prose import check_claim

SOURCE = (
    "Donald J. Trump won the Republican primary in Florida on Tuesday, his campaign said. "
    "Later that night, Ivanka Trump spoke to reporters in Miami about the result."
)


def test_a_middle_initial_the_claim_leaves_out_is_the_same_name():
    verdict = check_claim("Donald Trump won the Republican primary in Florida on Tuesday.", SOURCE)
    assert verdict.supported, verdict.reason


def test_another_given_name_before_the_surname_stays_refused():
    relative = check_claim("Ivanka Trump won the Republican primary in Florida on Tuesday.", SOURCE)
    assert not relative.supported
    assert relative.reason == "the evidence names Donald Trump, not Ivanka Trump"
    unknown = check_claim("Eric Trump won the Republican primary in Florida on Tuesday.", SOURCE)
    assert not unknown.supported


def test_the_event_and_the_figures_of_the_named_man_stay_checked():
    lost = check_claim("Donald Trump lost the Republican primary in Florida on Tuesday.", SOURCE)
    assert not lost.supported
    negated = check_claim("Donald Trump did not win the Republican primary in Florida on Tuesday.", SOURCE)
    assert not negated.supported
