"""summarizer: grounded briefing notes from news articles.

    from summarizer import summarize
    brief = summarize(text)          # a Brief: who, what, where, numbers, quotes, with spans
"""

from .config import Settings, resolve_settings
from .errors import (
    BackendError,
    BackendUnavailable,
    ConfigError,
    InputError,
    ModelOutputError,
    SummarizerError,
)
from .pipeline import asummarize, summarize
from .schemas import Brief

__version__ = "0.1.0"

__all__ = [
    "BackendError",
    "BackendUnavailable",
    "Brief",
    "ConfigError",
    "InputError",
    "ModelOutputError",
    "Settings",
    "SummarizerError",
    "asummarize",
    "resolve_settings",
    "summarize",
]
