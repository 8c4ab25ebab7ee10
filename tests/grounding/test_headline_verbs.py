"""A headline's verbs, as headlines write them: in the present where the article tells the past
("Okafor calls for ..." where "Okafor called for ...": the past of a reporting verb is no content
word of the article, `lemmas.STOPWORDS`, but a passage that writes it holds the present form a
claim uses), and naming how someone spoke where the article reports it plainly ("Pell hails
mayor as reformer" where "..., or so says novelist Jane Pell": a verb WordNet files among the
verbs of communication is the article's when its speaker says, with a plain verb of saying,
what the headline says was said). Who did it, whether, what and how many stay checked."""

from summarizer.grounding.claims import parse_source
from summarizer.grounding.headlinese import read_headline
from summarizer.grounding.prose import check_claim
from summarizer.grounding.synonyms import is_communication

AUDIT = (
    "The city released its audit of the $2 million police budget on Monday. "
    "Councillor Jane Okafor called for the resignation of the police chief after reading it. "
    "Mayor Tom Ray said the audit showed serious problems but defended the chief. "
    "The council meets again in March."
)
PRAISE = (
    "The new mayor of Dunmore is a true reformer who has done more for the town than anyone in 20 years. "
    "Or so says novelist Jane Pell, who made the comments in an interview with the Dunmore Gazette. "
    "Councillor Tom Okafor, who lost the election to the mayor, has called for a recount. "
    "Pell said the council should ban cars from the high street."
)


def _headline(headline: str, source: str) -> tuple[bool, str]:
    verdict = check_claim(read_headline(headline, source), source)
    return verdict.supported, verdict.reason


def test_the_past_of_a_reporting_verb_is_kept_as_a_verb_of_the_sentence():
    assert "call" in parse_source(AUDIT).verb_keys[1]
    assert "say" in parse_source(AUDIT).verb_keys[2]


def test_a_headline_in_the_present_meets_the_articles_past():
    supported, reason = _headline("Okafor calls for chief's resignation over the findings", AUDIT)
    assert supported, reason


def test_who_called_whether_and_how_much_stay_checked():
    supported, reason = _headline("Ray calls for chief's resignation over the findings", AUDIT)
    assert not supported and reason.startswith("Ray is not the doer of 'calls'")
    supported, reason = _headline("Okafor does not call for chief's resignation over the findings", AUDIT)
    assert not supported and reason.startswith("the negation 'not'")
    supported, reason = _headline("Okafor calls for chief's resignation over $3 million audit", AUDIT)
    assert not supported and "3" in reason


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
