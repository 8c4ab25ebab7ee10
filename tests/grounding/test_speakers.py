"""Who said it and who wrote it: the speaker of "said"/"told" is a doer like any other; an
essay's frame ("The columnist argues that") is not content of the claim; a reporting verb
("testified") reports what its evidence reports with another ("said")."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.prose import check_claim

INTERVIEW = (
    "Coach Dana Ruiz will leave the club at the end of the season. "
    '"This decision was a long time coming," Ruiz told radio host Sam Ortega on Monday. '
    "Assistant coach Lee Park will take over the team in June."
)
ESSAY = (
    "Most cartoon fathers are drawn as clumsy and lazy, and the jokes are always at their expense. "
    "The mothers, by contrast, are calm and competent."
)
TRIAL = (
    "Witness Omar Haddad took the stand on Tuesday. "
    "A driver going at the limit would have had nine seconds to stop at the sign, Haddad said."
)


def test_the_speaker_of_told_is_checked():
    assert check_claim("Ruiz told Sam Ortega that the decision was a long time coming.", INTERVIEW).supported
    verdict = check_claim("Park told Sam Ortega that the decision was a long time coming.", INTERVIEW)
    assert not verdict.supported
    assert verdict.reason == "Park is not the doer of 'told' in the evidence (Ruiz is)"


def test_an_essays_frame_is_not_content():
    claim = parse_claim("The columnist argues that most cartoon fathers are drawn as clumsy and lazy.")
    assert "columnist" not in {w.lower for w in claim.content}
    assert "argues" not in {w.lower for w in claim.content}
    assert check_claim(claim.text, ESSAY).supported
    invented = check_claim("The columnist argues that cartoon fathers should be banned from television.", ESSAY)
    assert not invented.supported


def test_a_reporting_verb_reports_what_the_evidence_says():
    assert check_claim("Haddad testified that a driver would have had nine seconds to stop.", TRIAL).supported
    # the speaker is not the one the evidence has: the verb is an event the evidence lacks
    verdict = check_claim("Ortiz testified that a driver would have had nine seconds to stop.", TRIAL)
    assert not verdict.supported


DESCRIBED = (
    "Ryan Robertson, 25, has struggled on the tour this season, and the Scot admitted he needed to work harder. "
    "Coach Mark Elder praised the young player."
)


def test_a_doer_described_in_the_same_sentence_is_not_someone_else():
    # the parse gives "admitted" to "the Scot", who is Robertson, named in that sentence
    assert check_claim("Robertson admitted he needed to work harder on the tour.", DESCRIBED).supported
    verdict = check_claim("Elder admitted he needed to work harder on the tour.", DESCRIBED)
    assert not verdict.supported
    assert verdict.reason == "Elder is not the doer of 'admitted' in the evidence (Scot is)"
