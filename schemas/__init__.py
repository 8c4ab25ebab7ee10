"""The brief's contract (`Brief`) and the smaller `Draft` the model is asked to fill in."""

from .brief import Brief, Dropped, NumberItem, Place, Quote, SourceInfo, Usage, WhoItem
from .draft import Draft, DraftFigure, DraftPerson, DraftQuote, ProseDraft

__all__ = [
    "Brief",
    "Draft",
    "DraftFigure",
    "DraftPerson",
    "DraftQuote",
    "Dropped",
    "NumberItem",
    "ProseDraft",
    "Place",
    "Quote",
    "SourceInfo",
    "Usage",
    "WhoItem",
]
