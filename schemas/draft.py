"""What the model is asked to write: small on purpose, so a 135M model can fill it under a
grammar and a large one cannot wander. The validators check each claim against the article
(bound with `checking_against(text)`, or pydantic's validation context `{"source": text}`); a
failure becomes instructor's re-ask message, so the model sees exactly which quote or figure it
made up.

Lengths and counts (`LIMITS`) are told, never enforced by validation: each field's description
states its limit (strict structured outputs refuse `maxLength`, so the description is how a
capable model learns it), the prompt states them from the same constants, and the JSON schema
also carries `maxLength`/`maxItems`, which bound a grammar-constrained small model's generation.
An answer that breaks one anyway is not re-asked: `grounding.limits` cuts or drops the offending
item alone and lists it in the brief's `dropped`. A re-ask costs a whole generation, and one
long event used to cost the whole draft.

Why a ContextVar and not instructor's `context=`: instructor renders every message as a Jinja
template when given a context, and our messages hold untrusted article text."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from instructor import ResponseSchema
from pydantic import BaseModel, Field, ValidationInfo, field_validator

from summarizer.text.names import name_occurs
from summarizer.text.spans import find_all, strip_quote_marks

_ARTICLE: ContextVar[str | None] = ContextVar("summarizer_article", default=None)


@dataclass(frozen=True)
class DraftLimits:
    """How long each string of a draft may be (characters) and how many items each list may
    hold: the one source of the limits the schema, the prompt and `grounding.limits` use."""

    headline: int = 100
    summary: int = 320
    event: int = 160
    events: int = 4
    name: int = 60
    role: int = 80
    people: int = 8
    value: int = 30
    measures: int = 60
    figures: int = 6
    quote: int = 400
    speaker: int = 60
    quotes: int = 6


LIMITS = DraftLimits()


def _text(description: str, limit: int) -> Any:
    """A string field whose description states its limit and whose schema carries `maxLength`
    (kept for grammars, removed for strict mode); validation does not enforce it."""
    return Field(description=f"{description} (at most {limit} characters)", json_schema_extra={"maxLength": limit})


def _items(description: str, limit: int) -> Any:
    """A list field whose description states how many items it may hold (and `maxItems`)."""
    return Field(description=f"{description} (at most {limit} items)", json_schema_extra={"maxItems": limit})


def _cites(description: str) -> Any:
    return Field(default_factory=list, description=description)


_CITES = "The [numbers] of the article's sentences that state it; optional"


def _none_as_empty(value: Any) -> Any:
    """Strict mode lets the model answer null for an optional list: null means none."""
    return [] if value is None else value


class DraftPerson(BaseModel):
    name: str = _text("Full name as the article gives it", LIMITS.name)
    role: str = _text("Their role as the article states it, or empty", LIMITS.role)


class DraftFigure(BaseModel):
    value: str = _text("The figure exactly as written", LIMITS.value)
    measures: str = _text("What it counts", LIMITS.measures)


class DraftQuote(BaseModel):
    text: str = _text("Words inside quotation marks, copied exactly", LIMITS.quote)
    speaker: str = _text("Who said it", LIMITS.speaker)


class DraftEvent(BaseModel):
    """One main event, and the numbers of the article's sentences it comes from."""

    # An answer may give an event as a bare string, as prompt version 4 asked: `Draft` reads it
    # as an event citing nothing.

    text: str = _text("One main event, as one sentence", LIMITS.event)
    sentences: list[int] = _cites(_CITES)

    @field_validator("sentences", mode="before")
    @classmethod
    def _null_is_no_citation(cls, value: Any) -> Any:
        return _none_as_empty(value)


class ProseDraft(ResponseSchema):
    """All a small model is asked for: a headline and a summary of the article's lead. Lengths
    are bounded because a grammar-constrained small model otherwise repeats itself to the
    token limit (and every output token costs ~20 ms on two cores)."""

    # Why instructor's ResponseSchema as the base: instructor needs its response model to be one,
    # and otherwise derives a new subclass of ours (pydantic's create_model) on every request.

    headline: str = _text("A headline", LIMITS.headline)
    summary: str = _text("What happened, 1-3 sentences", LIMITS.summary)

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The JSON schema pydantic makes, generated once per class and arguments: instructor
        asks for it on every request, and generating it costs more than the rest of preparing
        one. A copy is returned, so a caller that edits it changes nothing for the next: read
        from the schema's JSON text, several times quicker than a deep copy of the dict."""
        return json.loads(_json_schema(cls, args, tuple(sorted(kwargs.items()))))


class Draft(ProseDraft):
    """What a capable model is asked for: the prose, with the numbers of the article sentences
    that support it, plus events and labelled people, figures and quotes. The citations are
    optional: an answer without them is checked against the whole article."""

    headline_sentences: list[int] = _cites("The [numbers] of the article's sentences the headline comes from; optional")
    summary_sentences: list[list[int]] = _cites(
        "For each sentence of the summary, in order, the [numbers] of the article's sentences that state it; optional"
    )
    what: list[DraftEvent] = _items("Main events", LIMITS.events)
    who: list[DraftPerson] = _items("People and organisations", LIMITS.people)
    numbers: list[DraftFigure] = _items("Figures", LIMITS.figures)
    quotes: list[DraftQuote] = _items("Direct quotes", LIMITS.quotes)

    @field_validator("headline_sentences", "summary_sentences", mode="before")
    @classmethod
    def _null_is_no_citation(cls, value: Any) -> Any:
        value = _none_as_empty(value)
        if isinstance(value, list):
            return [_none_as_empty(item) for item in value]
        return value

    @field_validator("what", mode="before")
    @classmethod
    def _bare_events(cls, value: Any) -> Any:
        """Events given as strings (prompt version 4's form) are events citing nothing."""
        if isinstance(value, list):
            return [{"text": item} if isinstance(item, str) else item for item in value]
        return value

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
def _json_schema(model: type[ProseDraft], args: tuple, kwargs: tuple) -> str:
    return json.dumps(super(ProseDraft, model).model_json_schema(*args, **dict(kwargs)))


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
