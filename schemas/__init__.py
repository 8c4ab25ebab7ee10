"""The brief's contract (`Brief`) and the smaller `Draft` the model is asked to fill in.

The draft models are loaded on first use: they build on instructor (and so on the openai SDK),
which a run that only reads and writes briefs, such as a batch answered from the cache, never
needs to import."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from summarizer.schemas.brief import (
    Brief,
    Dropped,
    NumberItem,
    Place,
    ProseItem,
    Quote,
    SourceInfo,
    Usage,
    WhenItem,
    WhoItem,
)
from summarizer.schemas.merged import (
    Citation,
    Cited,
    CitedSentence,
    MergedBrief,
    MergedDate,
    MergedPerson,
    MergedPlace,
    MergedQuote,
    MergedSource,
    NumberGroup,
    SourcedDropped,
    SourcedFigure,
    SourcedText,
)

if TYPE_CHECKING:
    from summarizer.schemas.draft import Draft, DraftEvent, DraftFigure, DraftPerson, DraftQuote, ProseDraft

_DRAFT_MODELS = ("Draft", "DraftEvent", "DraftFigure", "DraftPerson", "DraftQuote", "ProseDraft")

__all__ = [
    "Brief",
    "Citation",
    "Cited",
    "CitedSentence",
    "Draft",
    "DraftEvent",
    "DraftFigure",
    "DraftPerson",
    "DraftQuote",
    "Dropped",
    "MergedBrief",
    "MergedDate",
    "MergedPerson",
    "MergedPlace",
    "MergedQuote",
    "MergedSource",
    "NumberGroup",
    "NumberItem",
    "ProseDraft",
    "ProseItem",
    "Place",
    "Quote",
    "SourceInfo",
    "SourcedDropped",
    "SourcedFigure",
    "SourcedText",
    "Usage",
    "WhenItem",
    "WhoItem",
]


def __getattr__(name: str) -> Any:
    if name in _DRAFT_MODELS:
        value = getattr(import_module(".draft", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
