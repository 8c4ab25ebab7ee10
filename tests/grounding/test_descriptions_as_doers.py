"""A description is not a name: "the Welsh club" is a club of Wales, which the article may
call by its name. The doer test cannot tell which club a description means, so it does not
refuse the claim for it; a name in the doer's place is still held to the evidence."""

from summarizer.grounding.prose import check_claim

MATCH = (
    "Welsh side Harbury Town will have no fans at Saturday's game against Kestrel Rovers. "
    "Harbury Town have thrown their support behind a fan-run boycott of the trip to Yorkshire."
)


def test_a_club_described_by_its_country_may_be_the_doer():
    assert check_claim("The Welsh club have thrown their support behind a fan-run boycott.", MATCH).supported
    swapped = check_claim("Kestrel Rovers have thrown their support behind a fan-run boycott.", MATCH)
    assert not swapped.supported
