"""A headline tells in the present what the article tells in the past ("Okafor calls for ..."
where "Okafor called for ..."): the past of a reporting verb is no content word of the article
(`lemmas.STOPWORDS`), but a passage that writes it holds the present form a claim uses; who did
it, whether, and how many stay checked."""

from summarizer.grounding.claims import parse_source
from summarizer.grounding.headlinese import read_headline
from summarizer.grounding.prose import check_claim

SOURCE = (
    "The city released its audit of the $2 million police budget on Monday. "
    "Councillor Jane Okafor called for the resignation of the police chief after reading it. "
    "Mayor Tom Ray said the audit showed serious problems but defended the chief. "
    "The council meets again in March."
)


def _headline(headline: str) -> tuple[bool, str]:
    verdict = check_claim(read_headline(headline, SOURCE), SOURCE)
    return verdict.supported, verdict.reason


def test_the_past_of_a_reporting_verb_is_kept_as_a_verb_of_the_sentence():
    assert "call" in parse_source(SOURCE).verb_keys[1]
    assert "say" in parse_source(SOURCE).verb_keys[2]


def test_a_headline_in_the_present_meets_the_articles_past():
    supported, reason = _headline("Okafor calls for chief's resignation over the findings")
    assert supported, reason


def test_who_called_whether_and_how_much_stay_checked():
    supported, reason = _headline("Ray calls for chief's resignation over the findings")
    assert not supported and reason.startswith("Ray is not the doer of 'calls'")
    supported, reason = _headline("Okafor does not call for chief's resignation over the findings")
    assert not supported and reason.startswith("the negation 'not'")
    supported, reason = _headline("Okafor calls for chief's resignation over $3 million audit")
    assert not supported and "3" in reason
