"""Everything found in the article without a model: names (with kinds and roles), direct quotes
(with speakers) and figures (with units). This is the backbone of every brief. It is right by
construction about *where* things are, and the model only adds labels and prose on top."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.extract.entities import Entity, find_entities, is_actor
from summarizer.extract.figures import Figure, find_figures
from summarizer.extract.quotes import QuoteCandidate, find_quotes
from summarizer.source.article import Article


@dataclass
class Evidence:
    entities: list[Entity]
    quotes: list[QuoteCandidate]
    figures: list[Figure]
    people_and_organizations: list[Entity]

    @property
    def places(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "place"]


def gather_evidence(article: Article) -> Evidence:
    """Run every deterministic extractor over the article, outside its boilerplate."""
    entities = find_entities(article.text, article.boilerplate)
    return Evidence(
        entities=entities,
        quotes=find_quotes(article.text, article.boilerplate, entities),
        figures=find_figures(article.text, article.boilerplate),
        people_and_organizations=[e for e in entities if e.kind != "place" and is_actor(e, article.text)],
    )
