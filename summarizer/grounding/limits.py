"""Holding a draft to the lengths and counts the model was told (`schemas.draft.LIMITS`), item
by item. Validation does not enforce them, so an answer that breaks one costs neither a re-ask
nor the rest of the draft: a string that is too long is cut after its last whole sentence that
fits (a quote stays verbatim, a summary keeps its first sentences), or dropped when no sentence
fits; a label that is too long (a role, what a figure counts, a speaker) is dropped and its item
kept; items past a list's count are dropped. Everything cut or dropped is listed with the
reason, so nothing the model wrote disappears unseen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from summarizer.schemas import Draft, Dropped, ProseDraft
from summarizer.schemas.draft import LIMITS, DraftEvent, DraftFigure, DraftPerson, DraftQuote
from summarizer.text.sentences import sentence_spans

__all__ = ["cut_at_sentences", "within_limits"]

Drop = Callable[[str, str, str], None]  # (section, content, reason)
Item = TypeVar("Item")


def within_limits(draft: ProseDraft) -> tuple[ProseDraft, list[Dropped]]:
    """A copy of `draft` that keeps every limit, and what was cut or dropped to get there."""
    dropped: list[Dropped] = []

    def drop(section: str, content: str, reason: str) -> None:
        dropped.append(Dropped(section=section, content=content, reason=reason))

    headline = draft.headline
    if len(headline) > LIMITS.headline:
        drop("headline", headline, _too_long("a headline", LIMITS.headline))
        headline = ""
    summary, beyond = cut_at_sentences(draft.summary, LIMITS.summary)
    for sentence in beyond:
        drop("summary", sentence, f"past the summary's limit of {LIMITS.summary} characters")
    update: dict[str, object] = {"headline": headline, "summary": summary}
    if isinstance(draft, Draft):
        update["what"] = _events(draft.what, drop)
        update["who"] = _people(draft.who, drop)
        update["numbers"] = _figures(draft.numbers, drop)
        update["quotes"] = _quotes(draft.quotes, drop)
        if beyond and draft.summary_sentences:
            update["summary_sentences"] = draft.summary_sentences[: len(draft.summary_sentences) - len(beyond)]
    return draft.model_copy(update=update), dropped


def cut_at_sentences(text: str, limit: int) -> tuple[str, list[str]]:
    """`text` up to the end of its last sentence that ends within `limit` characters, and the
    sentences after it; "" and all its sentences when even the first is too long."""
    if len(text) <= limit:
        return text, []
    spans = sentence_spans(text)
    fitting = [end for _, end in spans if end <= limit]
    cut = fitting[-1] if fitting else 0
    return text[:cut], [text[start:end] for start, end in spans if end > cut]


def _too_long(what: str, limit: int) -> str:
    return f"longer than the {limit} characters {what} may have"


def _beyond(
    items: list[Item], limit: int, section: str, what: str, show: Callable[[Item], str], drop: Drop
) -> list[Item]:
    for item in items[limit:]:
        drop(section, show(item), f"past the limit of {limit} {what}")
    return items[:limit]


def _events(events: list[DraftEvent], drop: Drop) -> list[DraftEvent]:
    kept = []
    for event in events:
        text, beyond = cut_at_sentences(event.text, LIMITS.event)
        if beyond and not text:
            drop("what", event.text, _too_long("an event", LIMITS.event))
            continue
        for sentence in beyond:
            drop("what", sentence, f"past an event's limit of {LIMITS.event} characters")
        kept.append(event.model_copy(update={"text": text}) if beyond else event)
    return _beyond(kept, LIMITS.events, "what", "events", lambda event: event.text, drop)


def _people(people: list[DraftPerson], drop: Drop) -> list[DraftPerson]:
    kept = []
    for person in people:
        if len(person.name) > LIMITS.name:
            drop("who", f"{person.name}: {person.role}".rstrip(": "), _too_long("a name", LIMITS.name))
            continue
        if len(person.role) > LIMITS.role:
            drop("who", f"{person.name}: {person.role}", _too_long("a role", LIMITS.role))
            person = person.model_copy(update={"role": ""})
        kept.append(person)
    return _beyond(kept, LIMITS.people, "who", "people", lambda p: f"{p.name}: {p.role}".rstrip(": "), drop)


def _figures(figures: list[DraftFigure], drop: Drop) -> list[DraftFigure]:
    kept = []
    for figure in figures:
        if len(figure.value) > LIMITS.value:
            drop("numbers", f"{figure.value}: {figure.measures}".rstrip(": "), _too_long("a figure", LIMITS.value))
            continue
        if len(figure.measures) > LIMITS.measures:
            drop("numbers", f"{figure.value}: {figure.measures}", _too_long("what a figure counts", LIMITS.measures))
            figure = figure.model_copy(update={"measures": ""})
        kept.append(figure)
    return _beyond(kept, LIMITS.figures, "numbers", "figures", lambda f: f"{f.value}: {f.measures}".rstrip(": "), drop)


def _quotes(quotes: list[DraftQuote], drop: Drop) -> list[DraftQuote]:
    kept = []
    for quote in quotes:
        text, beyond = cut_at_sentences(quote.text, LIMITS.quote)
        if beyond and not text:
            drop(
                "quotes",
                f"{quote.text} ({quote.speaker})" if quote.speaker else quote.text,
                _too_long("a quote", LIMITS.quote),
            )
            continue
        for sentence in beyond:
            drop("quotes", sentence, f"past a quote's limit of {LIMITS.quote} characters")
        if len(quote.speaker) > LIMITS.speaker:
            drop("quotes", f"speaker of {text[:40]!r}: {quote.speaker}", _too_long("a speaker", LIMITS.speaker))
            quote = quote.model_copy(update={"speaker": ""})
        kept.append(quote.model_copy(update={"text": text}) if beyond else quote)
    return _beyond(kept, LIMITS.quotes, "quotes", "quotes", lambda quote: quote.text, drop)
