from summarizer.extract.evidence import gather_evidence
from summarizer.source.article import Article

TEXT = """Talks Resume In Geneva

What Happened: Ukrainian and Russian negotiators met in Geneva on Monday, the Foreign Ministry said.
"The talks are serious and long overdue, but still fragile," Foreign Minister Anna Berg said.
A Polish diplomat and the Secretary of State attended. Berg thanked the Red Cross.
"""


def test_actors_are_people_and_organizations_not_adjectives_titles_or_labels():
    evidence = gather_evidence(Article.from_text(TEXT))
    actors = {e.name for e in evidence.people_and_organizations}
    assert {"Anna Berg", "Red Cross"} <= actors
    assert not actors & {"Ukrainian", "Russian", "Polish", "Secretary of State", "What Happened", "Happened"}
    assert "Geneva" in {e.name for e in evidence.places}


def test_evidence_quotes_and_figures_come_with_spans():
    evidence = gather_evidence(Article.from_text(TEXT))
    [quote] = evidence.quotes
    assert TEXT[quote.start : quote.end] == quote.text and quote.speaker == "Anna Berg"
