"""A headline's verbs, as headlines write them: naming how someone spoke where the article
reports it plainly ("Pell hails mayor as reformer" where "..., or so says novelist Jane Pell": a verb WordNet files among the
verbs of communication is the article's when its speaker says, with a plain verb of saying,
what the headline says was said). Who did it, whether, what and how many stay checked."""

from summarizer.grounding.headlinese import read_headline
from summarizer.grounding.prose import check_claim
from summarizer.grounding.synonyms import is_communication

PRAISE = (
    "The new mayor of Dunmore is a true reformer who has done more for the town than anyone in 20 years. "
    "Or so says novelist Jane Pell, who made the comments in an interview with the Dunmore Gazette. "
    "Councillor Tom Okafor, who lost the election to the mayor, has called for a recount. "
    "Pell said the council should ban cars from the high street."
)


def _headline(headline: str, source: str) -> tuple[bool, str]:
    verdict = check_claim(read_headline(headline, source), source)
    return verdict.supported, verdict.reason


def test_wordnet_files_verbs_of_saying_apart():
    assert is_communication("hail") and is_communication("urge") and is_communication("argue")
    assert not is_communication("win") and not is_communication("sue")


def test_a_headlines_verb_of_saying_is_what_its_speaker_says_in_the_article():
    supported, reason = _headline("Pell hails mayor as reformer", PRAISE)
    assert supported, reason


def test_another_speaker_another_claim_a_figure_or_a_negation_stays_refused():
    assert _headline("Okafor hails mayor as reformer", PRAISE) == (
        False,
        "the event ('hails') is not in the evidence",
    )
    supported, _ = _headline("Pell hails mayor as fraud", PRAISE)
    assert not supported
    supported, reason = _headline("Pell hails mayor as reformer of 30 years", PRAISE)
    assert not supported and "30" in reason
    supported, reason = _headline("Pell does not hail mayor as reformer", PRAISE)
    assert not supported and reason.startswith("the negation 'not'")
    supported, reason = _headline("Pell urges council to allow cars on the high street", PRAISE)
    assert not supported and "'ban' in the evidence" in reason
