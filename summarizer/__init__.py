"""summarizer: grounded briefing notes from news articles.

    from summarizer import summarize
    brief = summarize(text)          # a Brief: who, what, where, numbers, quotes, with spans
    note = summarize_many([a, b], merge=True)  # one MergedBrief of several reports of a story

The model-calling half (openai, instructor) is imported on first use of `summarize` or
`asummarize`, so commands that never call a model, such as a batch answered from the cache,
start in a fraction of the time.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from summarizer.config import Settings, resolve_settings
from summarizer.errors import (
    BackendError,
    BackendUnavailable,
    ConfigError,
    InputError,
    ModelOutputError,
    SummarizerError,
)

if TYPE_CHECKING:
    from summarizer.merge.many import summarize_many
    from summarizer.merge.story import merge_briefs
    from summarizer.pipeline import asummarize, summarize
    from summarizer.schemas import Brief, MergedBrief

__version__ = "0.1.0"

_LAZY = {
    "summarize": "summarizer.pipeline",
    "asummarize": "summarizer.pipeline",
    "summarize_many": "summarizer.merge.many",
    "merge_briefs": "summarizer.merge.story",
    "Brief": "summarizer.schemas",
    "MergedBrief": "summarizer.schemas",
}

__all__ = [
    "BackendError",
    "BackendUnavailable",
    "Brief",
    "ConfigError",
    "InputError",
    "MergedBrief",
    "ModelOutputError",
    "Settings",
    "SummarizerError",
    "asummarize",
    "merge_briefs",
    "resolve_settings",
    "summarize",
    "summarize_many",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
