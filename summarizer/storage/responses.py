"""Model answers stored by the exact request that produced them, so a re-run that sends the same
request (the same messages, schema and generation settings, to the same model) gets the same
answer without the model: after a change to the extractors or the grounding, an evaluation of
hundreds of articles re-runs in seconds instead of re-generating every draft.

The key is a hash of the backend's identity (backend, model, model file or server address,
output mode) and the request body; no key or secret is part of either, and the files hold only
the model's answers. A missing, unreadable or corrupt entry is a miss, never an error. A cached
answer is counted as the call it was (its tokens included), as a brief from the brief cache is."""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer.source.files import write_atomically


class ResponseCache:
    """Chat completions as one JSON file each under `directory`, written atomically."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    @staticmethod
    def key(identity: dict[str, Any], request: dict[str, Any]) -> str:
        payload = json.dumps({"identity": identity, "request": request}, sort_keys=True, default=str)
        return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        """The stored completion, or None when there is none or it cannot be read back."""
        from openai.types.chat import ChatCompletion

        try:
            return ChatCompletion.model_validate_json(self._path(key).read_bytes())
        except (OSError, ValueError):
            return None

    def put(self, key: str, response: Any) -> None:
        """Store a completion; one that cannot be written (a full disk) is only a miss later."""
        dump = getattr(response, "model_dump_json", None)
        if dump is not None:  # only real completions are kept; anything else is not worth replaying
            try:
                write_atomically(self._path(key), dump())
            except OSError as error:
                logging.getLogger("summarizer").warning("cache %s: cannot write (%s)", self.directory, error.strerror)

    def wrap(self, send: Callable[..., Any], identity: dict[str, Any]) -> Callable[..., Any]:
        """`send` (sync or async) answered from this cache when it holds the request's answer;
        a fresh answer is stored once it has arrived whole."""
        if inspect.iscoroutinefunction(send):

            async def acached(**request: Any) -> Any:
                key = self.key(identity, request)
                if (stored := await asyncio.to_thread(self.get, key)) is not None:
                    return stored
                response = await send(**request)
                await asyncio.to_thread(self.put, key, response)
                return response

            return acached

        def cached(**request: Any) -> Any:
            key = self.key(identity, request)
            if (stored := self.get(key)) is not None:
                return stored
            response = send(**request)
            self.put(key, response)
            return response

        return cached
