"""The requests for one article: the messages of each part, the draft model the answer must
fill, and the notes a reader needs about what the model read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from summarizer.backends import Backend
from summarizer.config import Settings
from summarizer.drafting.parts import split_story
from summarizer.drafting.prompts import build_messages, numbered_sentences
from summarizer.extract.evidence import Evidence
from summarizer.extract.junk_names import is_junk_name
from summarizer.schemas import Draft, ProseDraft
from summarizer.source.article import Article
from summarizer.source.language import language_note
from summarizer.text.names import name_occurs
from summarizer.text.sentences import last_sentence_end_within
from summarizer.text.spans import find_all

_MAX_LISTED_NAMES = 20
_MAX_LISTED_FIGURES = 12


@dataclass
class DraftRequest:
    """What is asked of the model for one article (one entry of `parts` per request)."""

    evidence: Evidence
    parts: list[list[dict[str, str]]]  # the messages of each request, in article order
    model: str
    response_model: type[ProseDraft]
    notes: list[str]

    def kwargs(self, settings: Settings, part: int) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": self.parts[part],
            "response_model": self.response_model,
            "max_retries": settings.max_retries,
            "temperature": settings.temperature,
            "max_tokens": settings.max_tokens,
        }


def build_request(article: Article, evidence: Evidence, backend: Backend) -> DraftRequest:
    """The requests for one article: one, or one per part when it exceeds the backend's budget.
    A small model reads only the lead instead: it is asked for a headline and summary, which
    news puts first, and each token it reads costs time."""
    story = article.story_text()
    notes = [note for note in (language_note(story),) if note]
    budget = backend.prompt_budget_chars()
    # Only names the brief would show: a junk name offered as a hint invites the model to use it.
    people = [e.name for e in evidence.people_and_organizations if not is_junk_name(e.name, e.kind, story)]
    figures = list(dict.fromkeys(f.value for f in evidence.figures))
    if backend.small_model:
        if budget is not None and len(story) > budget:
            story = lead_within(story, budget)
            notes.append(
                f"the model read the first {len(story)} characters; quotes, names and figures cover the whole article"
            )
        messages = build_messages(story, people[:_MAX_LISTED_NAMES], figures[:_MAX_LISTED_FIGURES], full=False)
        return DraftRequest(evidence, [messages], backend.model, ProseDraft, notes)
    pieces = _pieces(story, budget)
    if len(pieces) == 1:
        parts = [build_messages(numbered_sentences(story), people[:_MAX_LISTED_NAMES], figures[:_MAX_LISTED_FIGURES])]
    else:
        notes.append(
            f"the model read the article in {len(pieces)} parts of at most {budget} characters; "
            "their drafts were merged"
        )
        parts = [
            build_messages(
                numbered_sentences(story, start, end),
                [name for name in people if name_occurs(story[start:end], name)][:_MAX_LISTED_NAMES],
                [value for value in figures if find_all(story[start:end], value)][:_MAX_LISTED_FIGURES],
                part=number,
                parts=len(pieces),
            )
            for number, (start, end) in enumerate(pieces, 1)
        ]
    return DraftRequest(evidence, parts, backend.model, Draft, notes)


def _pieces(story: str, budget: int | None) -> list[tuple[int, int]]:
    """Where each part of `story` is (start, end), blank parts left out: a part is numbered as
    the whole story is, so its citations point into the story."""
    if budget is None:
        return [(0, len(story))]
    pieces, start = [], 0
    for piece in split_story(story, budget):
        if piece.strip():
            pieces.append((start, start + len(piece)))
        start += len(piece)
    return pieces or [(0, len(story))]


def lead_within(story: str, budget: int) -> str:
    """The opening paragraphs of `story` that fit in `budget` characters (at least one cut)."""
    cut = story.rfind("\n\n", 0, budget)
    if cut <= 0:
        cut = last_sentence_end_within(story, budget) or budget
    return story[:cut].rstrip()
