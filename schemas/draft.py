"""What the model is asked to write: small on purpose, so a 135M model can fill it under a
grammar and a large one cannot wander. The validators check each claim against the article
(bound with `checking_against(text)`, or pydantic's validation context `{"source": text}`); a
failure becomes instructor's re-ask message, so the model sees exactly which quote or figure it
made up.

Why a ContextVar and not instructor's `context=`: instructor renders every message as a Jinja
template when given a context, and our messages hold untrusted article text."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from ..textmatch import find_all, strip_quote_marks

_ARTICLE: ContextVar[str | None] = ContextVar("summarizer_article", default=None)

_MAX_EVENTS = 4
_MAX_PEOPLE = 8
_MAX_FIGURES = 6
_MAX_QUOTES = 6


class DraftPerson(BaseModel):
    name: str = Field(max_length=60)
    role: str = Field(max_length=80, description="Their role as the article states it, or empty")


class DraftFigure(BaseModel):
    value: str = Field(max_length=30, description="The figure exactly as written")
    measures: str = Field(max_length=60, description="What it counts")


class DraftQuote(BaseModel):
    text: str = Field(max_length=400, description="Words inside quotation marks, copied exactly")
    speaker: str = Field(max_length=60)


class ProseDraft(BaseModel):
    """All a small model is asked for: prose it can write from the article's lead."""

    headline: str = Field(max_length=120)
    summary: str = Field(max_length=400, description="What happened, 1-3 sentences")
    what: list[str] = Field(max_length=_MAX_EVENTS, description="Main events")


class Draft(ProseDraft):
    """What a capable model is asked for: the prose plus labelled people, figures and quotes."""

    who: list[DraftPerson] = Field(max_length=_MAX_PEOPLE)
    numbers: list[DraftFigure] = Field(max_length=_MAX_FIGURES)
    quotes: list[DraftQuote] = Field(max_length=_MAX_QUOTES)

    @field_validator("quotes")
    @classmethod
    def _quotes_are_verbatim(cls, quotes: list[DraftQuote], info: ValidationInfo) -> list[DraftQuote]:
        source = _source(info)
        if source is not None:
            missing = [q.text for q in quotes if not find_all(source, strip_quote_marks(q.text))]
            if missing:
                raise ValueError(
                    "these quotes are not in the article word for word; copy the exact words or "
                    f"leave them out: {missing}"
                )
        return quotes

    @field_validator("who")
    @classmethod
    def _names_are_stated(cls, people: list[DraftPerson], info: ValidationInfo) -> list[DraftPerson]:
        source = _source(info)
        if source is not None:
            missing = [p.name for p in people if not name_occurs(source, p.name)]
            if missing:
                raise ValueError(f"these names do not appear in the article; name only people it names: {missing}")
        return people

    @field_validator("numbers")
    @classmethod
    def _figures_are_stated(cls, figures: list[DraftFigure], info: ValidationInfo) -> list[DraftFigure]:
        source = _source(info)
        if source is not None:
            missing = [f.value for f in figures if not find_all(source, f.value)]
            if missing:
                raise ValueError(f"these figures do not appear in the article; use only figures it states: {missing}")
        return figures


def name_occurs(source: str, name: str) -> bool:
    """A name is stated if it, or its last word (the surname), occurs as a whole word."""
    name = name.strip()
    if not name:
        return False
    return bool(find_all(source, name) or find_all(source, name.split()[-1]))


@contextmanager
def checking_against(article_text: str) -> Iterator[None]:
    """Validate drafts made inside this block against `article_text`."""
    token = _ARTICLE.set(article_text)
    try:
        yield
    finally:
        _ARTICLE.reset(token)


def _source(info: ValidationInfo) -> str | None:
    """The article to check against; an explicit `{"source": None}` context turns checks off."""
    context = info.context or {}
    return context["source"] if "source" in context else _ARTICLE.get()
