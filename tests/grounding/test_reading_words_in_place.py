"""Words read where they stand: "has since" is an adverb of time, not a cause; a verb inside a
hyphenated adjective ("London-based") has no subject to swap; a verb the evidence negates in
one clause and states plainly in the next may be stated plainly. Each refusal these replace
still happens where the claim is wrong."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.prose import check_claim

PHOTO = (
    "Lena Ortiz, 29, took a picture of her dog on the roof of the museum. "
    "She uploaded the picture to a sharing website, and it quickly became a hit."
)
REPORTER = "Sam Price reports on sport for the Northern Post. The Northern Post based two reporters in Leeds."
BOAT = "Officials ruled that the boat could not be sailed out of the harbour, so the crew sailed it along the canal."


def test_has_since_is_time_not_a_cause():
    assert check_claim("Her picture was uploaded to a sharing website and has since gone viral.", PHOTO).supported
    assert check_claim(
        "Lena Ortiz uploaded the picture to a sharing website and has since gone viral.", PHOTO
    ).supported
    invented = check_claim(
        "Her picture was uploaded to a sharing website since a famous singer shared it online.", PHOTO
    )
    assert not invented.supported and "cause or sequel" in invented.reason


def test_a_verb_inside_a_hyphenated_adjective_has_no_subject_to_swap():
    assert check_claim("Sam Price is a Leeds-based reporter for the Northern Post.", REPORTER).supported
    swapped = check_claim("Leeds based two reporters in the Northern Post.", REPORTER)
    assert not swapped.supported


def test_a_verb_the_evidence_also_states_plainly_may_be_stated_plainly():
    assert check_claim("The crew sailed the boat along the canal.", BOAT).supported
    # Negated and never stated plainly: a claim that drops the negation is refused.
    negated = "Officials ruled that the boat could not be sailed out of the harbour."
    verdict = check_claim("The boat was sailed out of the harbour.", negated)
    assert not verdict.supported and "not" in verdict.reason


def test_a_capital_after_a_quotation_mark_opens_a_sentence_not_a_name():
    def names(claim: str) -> list[str]:
        return [" ".join(w.text for w in name) for name in parse_claim(claim).names]

    # Two sentences run on without a full stop: "First" opens the second, as "He" would.
    assert names("Ann Kent called her 'our heroine' First time she is hailed as an icon.") == ["Ann Kent"]
    assert names("Ann Kent called her ` our heroine ' First time she is hailed as an icon .") == ["Ann Kent"]
    # A name there is still a name, and a plural possessive closes no quotation.
    assert names("Ann Kent called her 'our heroine' Kestrelton hailed her.") == ["Ann Kent", "Kestrelton"]
    assert names("The Smiths' Garden Centre closed.") == ["Smiths' Garden Centre"]
