"""The small contract every backend keeps, and the parts they share: transport retries and
the rewrite of `response_format` for servers that take a schema inside `json_object`."""

from __future__ import annotations

import abc
import copy
from typing import Any

from summarizer.config import Settings
from summarizer.drafting.strict_schema import strict_schema


class Backend(abc.ABC):
    """One way to get a chat completion. `create` is a single model call (retries included);
    validation, re-asks and grounding happen above it, the same for every backend."""

    name: str = "backend"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.resolved_model
        self.output_mode = settings.resolved_output_mode

    @abc.abstractmethod
    def create(self, **request: Any) -> Any:
        """Return an `openai.types.chat.ChatCompletion` for an OpenAI-style request."""

    @abc.abstractmethod
    async def acreate(self, **request: Any) -> Any:
        """The async form of `create`."""

    def identity(self) -> dict[str, Any]:
        """What decides the answer to a request besides the request itself: which model, where,
        and how structured output is asked for (never the key). Stored answers are keyed on it."""
        return {
            "backend": self.name,
            "model": self.model,
            "base_url": self.settings.base_url,
            "output_mode": self.output_mode,
        }

    #: Small models are asked only for prose from the article's lead (see schemas.draft).
    small_model: bool = False

    def prompt_budget_chars(self) -> int | None:
        """How many characters of article one request may carry (None: all of it); a longer
        article is read in parts, except by a small model, which reads only this much lead."""
        return self.settings.context_chars


def adapt_response_format(request: dict[str, Any], output_mode: str) -> dict[str, Any]:
    """Instructor's `json_schema` response format in the form the server takes.

    `json_schema` mode asks for OpenAI's strict structured outputs: the schema rewritten by
    `strict_schema` and `"strict": true`, so the answer always parses and has every field
    (vLLM, Ollama and llama.cpp's server take the same form). `json_object` mode rewrites it into
    `json_object` + `schema`, the form llama-cpp-python turns into a grammar (it ignores or
    rejects the `json_schema` form); that form is left exactly as it was, recorded cassettes
    match it byte for byte."""
    response_format = request.get("response_format")
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return request
    if output_mode != "json_object":
        return _strict_json_schema(request)
    adapted = dict(request)
    schema = copy.deepcopy(response_format["json_schema"]["schema"])
    adapted["response_format"] = {"type": "json_object", "schema": schema}
    return adapted


def _strict_json_schema(request: dict[str, Any]) -> dict[str, Any]:
    json_schema = request["response_format"]["json_schema"]
    adapted = dict(request)
    adapted["response_format"] = {
        "type": "json_schema",
        "json_schema": {**json_schema, "strict": True, "schema": strict_schema(json_schema["schema"])},
    }
    return adapted


# Raw control characters are not allowed inside JSON strings, yet grammar-constrained llama.cpp
# output sometimes puts a literal line break in one; as whitespace they mean nothing, so they
# become spaces rather than costing a re-ask (a second full generation) for a formality.
_CONTROL_TO_SPACE = {code: " " for code in range(32)}


def without_control_characters(response: Any) -> Any:
    """The completion with control characters in its message text turned into spaces."""
    for choice in getattr(response, "choices", None) or []:
        message = getattr(choice, "message", None)
        content = getattr(message, "content", None)
        if isinstance(content, str):
            message.content = content.translate(_CONTROL_TO_SPACE)  # type: ignore[union-attr]  # it has content
    return response
