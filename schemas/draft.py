"""What the model is asked to write: small on purpose, so a 135M model can fill it under a
grammar and a large one cannot wander. The validators check each claim against the article
(bound with `checking_against(text)`, or pydantic's validation context `{"source": text}`); a
failure becomes instructor's re-ask message, so the model sees exactly which quote or figure it
made up.

Why a ContextVar and not instructor's `context=`: instructor renders every message as a Jinja
template when given a context, and our messages hold untrusted article text."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Annotated, Any

from instructor import ResponseSchema
from pydantic import BaseModel, Field, ValidationInfo, field_validator

from summarizer.text.names import name_occurs
from summarizer.text.spans import find_all, strip_quote_marks

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


class ProseDraft(ResponseSchema):
    """All a small model is asked for: a headline and a summary of the article's lead. Lengths
    are bounded because a grammar-constrained small model otherwise repeats itself to the
    token limit (and every output token costs ~20 ms on two cores)."""

    # Why instructor's ResponseSchema as the base: instructor needs its response model to be one,
    # and otherwise derives a new subclass of ours (pydantic's create_model) on every request.

    headline: str = Field(max_length=100)
    summary: str = Field(max_length=320, description="What happened, 1-3 sentences")

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The JSON schema pydantic makes, generated once per class and arguments: instructor
        asks for it on every request, and generating it costs more than the rest of preparing
        one. A copy is returned, so a caller that edits it changes nothing for the next."""
        return copy.deepcopy(_json_schema(cls, args, tuple(sorted(kwargs.items()))))


class Draft(ProseDraft):
    """What a capable model is asked for: the prose plus events and labelled people, figures
    and quotes."""

    what: list[Annotated[str, Field(max_length=160)]] = Field(max_length=_MAX_EVENTS, description="Main events")
    who: list[DraftPerson] = Field(max_length=_MAX_PEOPLE)
    numbers: list[DraftFigure] = Field(max_length=_MAX_FIGURES)
    quotes: list[DraftQuote] = Field(max_length=_MAX_QUOTES)

    @field_validator("quotes")
    @classmethod
    def _quotes_are_verbatim(cls, quotes: list[DraftQuote], info: ValidationInfo) -> list[DraftQuote]:
        _reject_unfound(
            info,
            [q.text for q in quotes],
            lambda source, text: find_all(source, strip_quote_marks(text)),
            "these quotes are not in the article word for word; copy the exact words or leave them out",
        )
        return quotes

    @field_validator("who")
    @classmethod
    def _names_are_stated(cls, people: list[DraftPerson], info: ValidationInfo) -> list[DraftPerson]:
        _reject_unfound(
            info,
            [p.name for p in people],
            name_occurs,
            "these names do not appear in the article; name only people it names",
        )
        return people

    @field_validator("numbers")
    @classmethod
    def _figures_are_stated(cls, figures: list[DraftFigure], info: ValidationInfo) -> list[DraftFigure]:
        _reject_unfound(
            info,
            [f.value for f in figures],
            find_all,
            "these figures do not appear in the article; use only figures it states",
        )
        return figures


@lru_cache(maxsize=32)
def _json_schema(model: type[ProseDraft], args: tuple, kwargs: tuple) -> dict[str, Any]:
    return super(ProseDraft, model).model_json_schema(*args, **dict(kwargs))


def _reject_unfound(info: ValidationInfo, claims: list[str], found: Callable[[str, str], object], advice: str) -> None:
    """Raise the re-ask message listing every claim `found` cannot locate in the article."""
    source = _source(info)
    if source is None:
        return
    missing = [claim for claim in claims if not found(source, claim)]
    if missing:
        raise ValueError(f"{advice}: {missing}")


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
