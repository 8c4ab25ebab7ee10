"""A JSON schema rewritten for OpenAI's strict structured outputs (`"strict": true`).

Strict mode compiles the schema into a constraint on decoding, so the answer always parses and
has every field; in exchange it accepts only a subset of JSON Schema, and rejects the whole
request (HTTP 400, or every line of a batch) when the schema steps outside it. The rules, from
OpenAI's structured-outputs guide ("Supported schemas"):

- every object has `additionalProperties: false` and lists all its properties in `required`;
  "optional" is spelled as a union with null;
- supported constraints are, for strings, `pattern` and `format` (a fixed list of formats); for
  numbers `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`; for arrays
  `minItems`, `maxItems`; `enum`, `const`, `anyOf` (not at the root), `$defs` and `$ref`;
- `allOf`, `not`, `if`/`then`/`else`, `dependentRequired`, `dependentSchemas` are not supported,
  nor (the guide lists them for fine-tuned models; pydantic-ai and the openai SDK's own helper
  leave them out for every model) `minLength`, `maxLength`, `patternProperties`,
  `unevaluatedProperties`, `propertyNames`, `minProperties`, `maxProperties`,
  `unevaluatedItems`, `contains`, `minContains`, `maxContains`, `uniqueItems`; and `default`
  is refused outright ("'default' is not permitted");
- a `$ref` may not have sibling keywords (the openai SDK's `to_strict_json_schema` inlines it).

Dropping a constraint is safe here because the schema only steers the model: every answer is
still validated by the pydantic model the schema came from (`max_length` included), so an
answer that breaks a dropped constraint is caught after it arrives, exactly as before."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from typing import Any

__all__ = ["strict_schema"]

# Keywords strict mode rejects; each is still enforced by our pydantic validation afterwards.
UNSUPPORTED_KEYWORDS = frozenset(
    {
        "default",
        "minLength",
        "maxLength",
        "patternProperties",
        "unevaluatedProperties",
        "propertyNames",
        "minProperties",
        "maxProperties",
        "unevaluatedItems",
        "contains",
        "minContains",
        "maxContains",
        "uniqueItems",
        "discriminator",  # pydantic's hint beside a union; the union itself is kept
    }
)
# Keywords that would change what is valid if dropped: refusing is safer than loosening silently.
_INEXPRESSIBLE = ("not", "if", "then", "else", "dependentRequired", "dependentSchemas")
SUPPORTED_FORMATS = frozenset({"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"})
_ANNOTATIONS = ("title", "description")


def strict_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of `schema` that strict mode accepts, meaning the same to our validation.

    Every object schema (in `$defs`, array `items`, `anyOf`, `properties`) gets
    `additionalProperties: false` and `required` = all its properties; a property that was not
    required becomes nullable, so the model can still say "none" (a null for a field pydantic
    would have defaulted must be dropped before validating; our drafts have no optional fields).
    Unsupported keywords are removed (see the module docstring for why that is safe), `oneOf`
    becomes `anyOf`, a one-item `allOf` is merged, and a `$ref` with sibling keywords is inlined.
    Raises ValueError for what strict mode cannot say at all (a map with free keys, `not`, ...)."""
    if schema.get("type") != "object" or "anyOf" in schema:
        raise ValueError("strict mode needs an object schema at the root")
    try:
        written = json.dumps(schema)
    except (TypeError, ValueError):  # not plain JSON: rewrite this one afresh
        root = copy.deepcopy(schema)
        return _strict(root, root, ())
    return json.loads(_strict_written(written))


@lru_cache(maxsize=32)
def _strict_written(schema: str) -> str:
    """`strict_schema` of a schema written as JSON, written as JSON: every request of a batch
    carries the same schema, and rewriting it (a deep copy and a walk) cost more than the rest of
    preparing the request. A fresh copy is read from the text each time, so no caller shares it."""
    root = json.loads(schema)
    return json.dumps(_strict(root, root, ()))


def _strict(node: Any, root: dict[str, Any], inlining: tuple[str, ...]) -> Any:
    if not isinstance(node, dict):
        return node
    node = dict(node)
    ref = node.get("$ref")
    if isinstance(ref, str) and len(node) > 1:
        if ref not in inlining:  # siblings beside a $ref are not allowed: inline the target
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            return _strict({**copy.deepcopy(_resolve(root, ref)), **siblings}, root, (*inlining, ref))
        node = {"$ref": ref}  # a recursive reference: keep it, lose its annotations
    for keyword in _INEXPRESSIBLE:
        if keyword in node:
            raise ValueError(f"strict mode cannot express {keyword!r}")
    for keyword in UNSUPPORTED_KEYWORDS:
        node.pop(keyword, None)
    if "format" in node and node["format"] not in SUPPORTED_FORMATS:
        del node["format"]
    if "oneOf" in node:  # "exactly one" -> "at least one": looser, and validation still decides
        node["anyOf"] = node.get("anyOf", []) + node.pop("oneOf")
    if "allOf" in node:
        parts = node.pop("allOf")
        if len(parts) != 1:
            raise ValueError("strict mode cannot express 'allOf' with more than one schema")
        return _strict({**parts[0], **node}, root, inlining)

    for key in ("$defs", "definitions"):
        if isinstance(node.get(key), dict):
            node[key] = {name: _strict(sub, root, inlining) for name, sub in node[key].items()}
    if isinstance(node.get("items"), dict):
        node["items"] = _strict(node["items"], root, inlining)
    if isinstance(node.get("prefixItems"), list):
        node["prefixItems"] = [_strict(sub, root, inlining) for sub in node["prefixItems"]]
    if isinstance(node.get("anyOf"), list):
        node["anyOf"] = [_strict(sub, root, inlining) for sub in node["anyOf"]]
    if _is_object(node):
        _close_object(node, root, inlining)
    return node


def _is_object(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind) or "properties" in node


def _close_object(node: dict[str, Any], root: dict[str, Any], inlining: tuple[str, ...]) -> None:
    extra = node.get("additionalProperties", False)
    if extra is not False and not (extra is True and node.get("properties")):
        # dict[str, X] or a bare `dict`: strict mode has no way to allow keys it does not name
        raise ValueError("strict mode cannot express an object with free-form keys")
    required = set(node.get("required", []))
    properties = {}
    for name, sub in (node.get("properties") or {}).items():
        sub = _strict(sub, root, inlining)
        properties[name] = sub if name in required else _nullable(sub)
    node["properties"] = properties
    node["required"] = list(properties)
    node["additionalProperties"] = False


def _nullable(node: dict[str, Any]) -> dict[str, Any]:
    """`node` or null: a required property that may be "not given"."""
    if _allows_null(node):
        return node
    kind = node.get("type")
    if isinstance(kind, str) and not ({"enum", "const", "$ref", "anyOf"} & node.keys()):
        return {**node, "type": [kind, "null"]}
    annotations = {key: node[key] for key in _ANNOTATIONS if key in node}
    inner = {key: value for key, value in node.items() if key not in _ANNOTATIONS}
    return {**annotations, "anyOf": [inner, {"type": "null"}]}


def _allows_null(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(isinstance(sub, dict) and _allows_null(sub) for sub in node.get("anyOf", []))


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"cannot resolve $ref {ref!r}: only local references are supported")
    target: Any = root
    for key in ref[2:].split("/"):
        target = target[key.replace("~1", "/").replace("~0", "~")]
    if not isinstance(target, dict):
        raise ValueError(f"$ref {ref!r} does not point at a schema")
    return target
