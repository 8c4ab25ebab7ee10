"""Everything found in the article without a model: names (with kinds and roles), direct quotes
(with speakers), figures (with units) and the dates of its events. This is the backbone of every brief. It is right by
construction about *where* things are, and the model only adds labels and prose on top."""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.extract.dates import Dated, find_dates
from summarizer.extract.entities import Entity, find_entities, is_actor
from summarizer.extract.figures import Figure, find_figures
from summarizer.extract.quotes import QuoteCandidate, find_quotes
from summarizer.source.article import Article
from summarizer.source.metadata import HEAD_CHARS
from summarizer.text.spans import Span


@dataclass
class Evidence:
    entities: list[Entity]
    quotes: list[QuoteCandidate]
    figures: list[Figure]
    people_and_organizations: list[Entity]
    dates: list[Dated] = field(default_factory=list)

    @property
    def places(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "place"]


def gather_evidence(article: Article) -> Evidence:
    """Run every deterministic extractor over the article, outside its boilerplate."""
    entities = find_entities(article.text, article.boilerplate)
    dates = find_dates(article.text, [*article.boilerplate, *_publication_date(article)], published=article.date)
    return Evidence(
        entities=entities,
        quotes=find_quotes(article.text, article.boilerplate, entities),
        # a date is not also a figure ("three days ago", "in 2019")
        figures=find_figures(article.text, [*article.boilerplate, *((d.start, d.end) for d in dates)]),
        people_and_organizations=[e for e in entities if e.kind != "place" and is_actor(e, article.text)],
        dates=dates,
    )


def _publication_date(article: Article) -> list[Span]:
    """Where the article states its own date near its top ("Published Oct. 31, 2024"): that
    dates the article, not one of its events."""
    if not article.date:
        return []
    start = article.text.find(article.date, 0, HEAD_CHARS + len(article.date))
    return [(start, start + len(article.date))] if start >= 0 else []
