"""Everything found in the article without a model: names (with kinds and roles), direct quotes
(with speakers) and figures (with units). This is the backbone of every brief. It is right by
construction about *where* things are, and the model only adds labels and prose on top."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import Figure, find_figures
from .names import ROLE_NOUNS, Entity, find_entities
from .quotes import QuoteCandidate, find_quotes
from .source import Article


@dataclass
class Evidence:
    entities: list[Entity]
    quotes: list[QuoteCandidate]
    figures: list[Figure]
    text: str = ""

    @property
    def people_and_organizations(self) -> list[Entity]:
        return [e for e in self.entities if e.kind != "place" and not _not_an_actor(e, self.text)]

    @property
    def places(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "place"]


# "Korean", "Ukrainian", "Congolese", "Polish", "Israeli": nationality adjectives, not actors.
_DEMONYM = re.compile(r"(?:an|ese|ish|i)$")


def _not_an_actor(entity: Entity, text: str) -> bool:
    """An unclassified capitalised run that is a nationality ("North Korean"), a bare title
    ("Secretary of Defense") or a section label ("What Happened:") is not someone involved."""
    if entity.kind != "other":
        return False
    words = entity.name.split()
    if _DEMONYM.search(words[-1]) or any(word.lower() in ROLE_NOUNS for word in words):
        return True
    return bool(entity.mentions) and all(text[m.end:m.end + 1] == ":" for m in entity.mentions)


def gather_evidence(article: Article) -> Evidence:
    """Run every deterministic extractor over the article, outside its boilerplate."""
    entities = find_entities(article.text, article.boilerplate)
    return Evidence(
        text=article.text,
        entities=entities,
        quotes=find_quotes(article.text, article.boilerplate, entities),
        figures=find_figures(article.text, article.boilerplate),
    )
