"""Opposites news turns on that WordNet does not pair (polarity.OPPOSITES): who "trails" in a
poll against one "ahead" or in the lead, a challenge "upheld" against one denied or overturned.
Each is refused when the evidence says only the opposite, and kept when it says the claim's word
or its own opposite is said of another thing the claim also states."""

from summarizer.grounding.prose import check_claim


def kept(claim: str, source: str) -> bool:
    return check_claim(claim, source).supported


POLL = "In the race for mayor, Ms. Ortiz is still ahead of Mr. Lamb in the city's latest polls."
RULING = "The visiting club appealed the red card shown to its captain, but the appeal was denied by the league."


def test_trails_against_ahead():
    found = check_claim("Ms. Ortiz trails Mr. Lamb in the city's latest polls for mayor.", POLL)
    assert not found.supported and "ahead" in found.reason
    assert kept("Ms. Ortiz leads Mr. Lamb in the city's latest polls for mayor.", POLL)
    trailing = "In the race for mayor, Ms. Ortiz trails Mr. Lamb in the city's latest polls."
    assert kept("Ms. Ortiz trails Mr. Lamb in the city's latest polls for mayor.", trailing)


def test_upheld_against_denied():
    found = check_claim("The visiting club's appeal of its captain's red card was upheld by the league.", RULING)
    assert not found.supported and "deny" in found.reason
    assert kept("The league denied the visiting club's appeal of its captain's red card.", RULING)
    upheld = RULING.replace("denied", "upheld")
    assert kept("The visiting club's appeal of its captain's red card was upheld by the league.", upheld)
