"""A complete, schema-valid value for any schema of the spec: the starting point of every record.

The spec's own `example`s are used where given (they are what Telnyx documents); the rest is
filled from the schema (enums' first value, formats, bounds), so a record the fake creates has
every field a real answer has, and the fake then overwrites what the request decided.
"""

from __future__ import annotations

import copy
from typing import Any

from telnyx_messaging.testing._spec import Spec

_MAX_DEPTH = 12
_BY_FORMAT = {
    "uuid": "00000000-0000-4000-8000-000000000000",
    "date-time": "2026-01-01T00:00:00.000Z",
    "date": "2026-01-01",
    "uri": "https://example.com",
    "url": "https://example.com",
    "email": "user@example.com",
}


class Examples:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._cache: dict[str, Any] = {}

    def of(self, pointer: str) -> Any:
        if pointer not in self._cache:
            self._cache[pointer] = self._build(self.spec.resolve(pointer), 0)
        return copy.deepcopy(self._cache[pointer])

    def _build(self, schema: Any, depth: int) -> Any:
        schema = self.spec.deref(schema)
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return None
        for key in ("example", "const"):
            if key in schema:
                return copy.deepcopy(schema[key])
        for key in ("examples", "enum"):
            if schema.get(key):
                return copy.deepcopy(schema[key][0])
        if "allOf" in schema:
            return self._all_of(schema, depth)
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                branches = [self.spec.deref(b) for b in schema[key]]
                chosen = next((b for b in branches if b.get("type") != "null"), branches[0])
                return self._build(chosen, depth + 1)
        return self._typed(schema, depth)

    def _all_of(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = self._build(part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return {**merged, **self._object(schema, depth)}

    def _typed(self, schema: dict[str, Any], depth: int) -> Any:
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object" or "properties" in schema:
            return self._object(schema, depth)
        if kind == "array":
            item = self._build(schema.get("items", {}), depth + 1)
            return [] if item is None else [item] * max(1, int(schema.get("minItems", 1)))
        if kind == "string":
            return _BY_FORMAT.get(str(schema.get("format")), "x" * max(1, int(schema.get("minLength", 6))))
        scalars: dict[str, Any] = {
            "integer": int(schema.get("minimum", 0)),
            "number": float(schema.get("minimum", 0)),
            "boolean": False,
        }
        return scalars.get(str(kind))

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        return {name: self._build(sub, depth + 1) for name, sub in schema.get("properties", {}).items()}
