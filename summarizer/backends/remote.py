"""OpenAI and every OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio) over HTTP,
through the official `openai` SDK. The SDK's own retries are turned off so that ours (tenacity,
with Retry-After) are the only ones, and a test's recorded cassette is never retried into.

Requests go through the client's documented generic `post` rather than `client.chat`: the first
touch of `client.chat` imports every resource module of the SDK (admin, audio, realtime...),
which costs a batch more start-up time than briefing an article does."""

from __future__ import annotations

from typing import Any

import openai
from openai.types.chat import ChatCompletion

from summarizer.backends.base import Backend, adapt_response_format
from summarizer.backends.in_flight import request_place
from summarizer.backends.retrying import acall_with_retries, call_with_retries
from summarizer.config import Settings

_CHAT_COMPLETIONS = "/chat/completions"
_PLACEHOLDER_KEY = "not-needed"  # local servers ignore the key, but the SDK insists on one


class RemoteBackend(Backend):
    """A chat-completions endpoint reached with the openai SDK (or a client you pass in)."""

    def __init__(self, settings: Settings, client: Any = None) -> None:
        super().__init__(settings)
        self.name = "openai" if settings.resolved_backend == "openai" and not settings.base_url else "server"
        self._client = client if not isinstance(client, openai.AsyncOpenAI) else None
        self._async_client = client if isinstance(client, openai.AsyncOpenAI) else None

    def _client_options(self) -> dict[str, Any]:
        return {
            "api_key": self.settings.api_key or _PLACEHOLDER_KEY,
            "base_url": self.settings.base_url or None,
            "timeout": self.settings.timeout,
            "max_retries": 0,
        }

    @property
    def client(self) -> openai.OpenAI:
        if self._client is None:
            self._client = openai.OpenAI(**self._client_options())
        return self._client

    @property
    def async_client(self) -> openai.AsyncOpenAI:
        if self._async_client is None:
            self._async_client = openai.AsyncOpenAI(**self._client_options())
        return self._async_client

    def create(self, **request: Any) -> Any:
        request = adapt_response_format(request, self.output_mode)
        return call_with_retries(lambda: self.client.post(_CHAT_COMPLETIONS, body=request, cast_to=ChatCompletion))

    async def acreate(self, **request: Any) -> Any:
        request = adapt_response_format(request, self.output_mode)

        async def attempt() -> Any:
            async with request_place():  # a batch's bound on requests in flight (see in_flight)
                return await self.async_client.post(_CHAT_COMPLETIONS, body=request, cast_to=ChatCompletion)

        return await acall_with_retries(attempt)
