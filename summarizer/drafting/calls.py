"""Counting what drafting one article costs: every model call and token, re-asks included, and
every transport retry, so a brief's `usage` is what was really spent."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from summarizer.backends import Backend
from summarizer.schemas import Usage


@dataclass
class CallLog:
    """Counts every model call and token, re-asks included, and every transport retry. The
    parts of a long article are drafted in threads, so the counting is done under a lock."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = 0
    started: float = field(default_factory=time.perf_counter)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, response: Any) -> Any:
        usage = getattr(response, "usage", None)
        with self._lock:
            self.calls += 1
            if usage is not None:
                self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
                self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        return response

    def retried(self) -> None:
        """One transport retry (told by backends.retrying through `counting_retries`)."""
        with self._lock:
            self.retries += 1

    def usage(self, backend: Backend) -> Usage:
        return Usage(
            backend=backend.name,
            model=backend.model,
            model_calls=self.calls,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            retries=self.retries,
            seconds=round(time.perf_counter() - self.started, 3),
        )
