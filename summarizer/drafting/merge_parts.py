"""Merging the drafts of a long article's parts into one draft, each thing said once.

Parts overlap in what they mention: the minister named in full in the lead is "Austin" three
paragraphs on, and a quote or figure may be repeated. The merge keeps the first mention (the
parts come in article order) and fills in what a later mention adds: a fuller name, a role,
a speaker. Headline and summary come from the first part, the lead, where news puts the story;
a later part's headline describes only that part."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.schemas import Draft, DraftEvent, DraftFigure, DraftPerson, DraftQuote
from summarizer.text.names import find_same
from summarizer.text.spans import fold, strip_quote_marks

__all__ = ["merge_drafts"]

_SOFT_ENDINGS = " ,.;:"  # closing punctuation that does not make a quote different


def merge_drafts(drafts: Sequence[Draft | None]) -> Draft | None:
    """One draft from the parts' drafts in article order; a part that gave nothing is None.
    The merge is not re-validated: every item was checked against the article in its part."""
    usable = [draft for draft in drafts if draft is not None]
    if not usable:
        return None
    lead = drafts[0]
    return Draft.model_construct(
        headline=lead.headline if lead else "",
        summary=lead.summary if lead else "",
        headline_sentences=lead.headline_sentences if lead else [],
        summary_sentences=lead.summary_sentences if lead else [],
        what=_unique_events([event for draft in usable for event in draft.what]),
        who=_unique_people([person for draft in usable for person in draft.who]),
        numbers=_unique_figures([figure for draft in usable for figure in draft.numbers]),
        quotes=_unique_quotes([quote for draft in usable for quote in draft.quotes]),
    )


def _key(text: str) -> str:
    return " ".join(fold(text).lower().split())


def _unique_events(events: list[DraftEvent]) -> list[DraftEvent]:
    kept: dict[str, DraftEvent] = {}
    for event in events:
        kept.setdefault(_key(event.text), event)
    return list(kept.values())


def _unique_people(people: list[DraftPerson]) -> list[DraftPerson]:
    """Each person once: a later mention joins the one kept person its name fits ("Austin" the
    "Lloyd Austin" of an earlier part), and one that fits several ("Kim" beside "Kim Yonghyun"
    and "Kim Jong-un") stays apart rather than guess."""
    kept: list[DraftPerson] = []
    for person in people:
        index = find_same(person.name, [known.name for known in kept])
        if index is None:
            kept.append(person.model_copy())
            continue
        same = kept[index]
        if len(person.name.split()) > len(same.name.split()):
            same.name = person.name
        if not same.role.strip() and person.role.strip():
            same.role = person.role
    return kept


def _unique_figures(figures: list[DraftFigure]) -> list[DraftFigure]:
    kept: dict[tuple[str, str], DraftFigure] = {}
    for figure in figures:
        kept.setdefault((_key(figure.value), _key(figure.measures)), figure)
    return list(kept.values())


def _unique_quotes(quotes: list[DraftQuote]) -> list[DraftQuote]:
    kept: dict[str, DraftQuote] = {}
    for quote in quotes:
        key = _key(strip_quote_marks(quote.text)).rstrip(_SOFT_ENDINGS)
        known = kept.get(key)
        if known is None:
            kept[key] = quote.model_copy()
        elif not known.speaker.strip() and quote.speaker.strip():
            known.speaker = quote.speaker
    return list(kept.values())
