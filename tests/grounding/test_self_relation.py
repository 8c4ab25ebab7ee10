"""A claim that writes one name on both sides of a word of relation ("for Sunderland against
Sunderland") relates it to itself, which no report does; two different names, a name that
describes something ("Sunderland fans"), or a name set apart by punctuation do not."""

from summarizer.grounding.claims import parse_claim, parse_source
from summarizer.grounding.prose import check_claim
from summarizer.grounding.self_relation import self_relation

SOURCE = (
    "Harbury striker Joe Dale has scored twice for Harbury since arriving from Kestrel Rovers in January. "
    "He scored the winner against Kestrel Rovers on Sunday, and Harbury fans cheered Harbury's new hero."
)


def _relates(claim: str) -> str | None:
    return self_relation(parse_claim(claim), parse_source(SOURCE).windows[0])


def test_a_name_on_both_sides_of_a_relation_is_refused():
    verdict = check_claim("joe dale scored twice for harbury against harbury in january .", SOURCE)
    assert not verdict.supported
    assert "Harbury to itself" in verdict.reason
    assert _relates("Joe Dale moved from Kestrel Rovers to Kestrel Rovers in January.") is not None


def test_two_names_or_a_name_that_describes_relate_nothing_to_itself():
    assert _relates("Joe Dale scored for Harbury against Kestrel Rovers on Sunday.") is None
    assert _relates("Harbury fans cheered Harbury's new hero.") is None
    assert _relates("John Smith and Jane Smith met Joe Dale.") is None
    assert _relates("Joe Dale scored for Harbury, to Harbury's delight.") is None
    assert check_claim("Joe Dale scored the winner against Kestrel Rovers on Sunday.", SOURCE).supported
