"""Model backends behind one seam: something that answers an OpenAI-style chat completion.

`make_backend(settings, client=None)` picks one: a ready `openai.OpenAI`/`AsyncOpenAI` client if
given (tests and custom servers come in through the same door), OpenAI or an OpenAI-compatible
server over HTTP, or the embedded llama.cpp model in-process."""

from __future__ import annotations

from typing import Any

from summarizer.backends.base import Backend
from summarizer.config import Settings


def make_backend(settings: Settings, client: Any = None) -> Backend:
    """The backend the settings ask for; heavy modules are imported only when chosen."""
    if client is not None or settings.resolved_backend in ("openai", "server"):
        from summarizer.backends.remote import RemoteBackend

        return RemoteBackend(settings, client=client)
    from summarizer.backends.embedded import EmbeddedBackend

    return EmbeddedBackend(settings)


__all__ = ["Backend", "make_backend"]
