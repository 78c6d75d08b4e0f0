"""What build/spec/messaging.json declares for one operation (what Prism does not check for us).

Prism ignores bracketed query parameters and accepts unknown body properties, so the contract
tests compare what the overlay sent with the spec themselves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from tests.support.prism import ensure_spec


@cache
def _document() -> dict[str, Any]:
    return json.loads(ensure_spec().read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = _document()["components"][section][name]
    return node


@dataclass(frozen=True)
class SpecOperation:
    method: str
    template: str
    query: frozenset[str]
    body_properties: frozenset[str]
    body_required: frozenset[str]
    statuses: frozenset[str]


@cache
def spec_operation(method: str, template: str) -> SpecOperation:
    """`spec_operation("POST", "/messages")`; KeyError when the spec has no such operation."""
    declared = _document()["paths"][template][method.lower()]
    parameters = [_resolve(p) for p in declared.get("parameters", ())]
    properties: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    if "requestBody" in declared:
        schema = _resolve(_resolve(declared["requestBody"])["content"]["application/json"]["schema"])
        properties = frozenset(
            name for name, prop in schema.get("properties", {}).items() if not _resolve(prop).get("readOnly")
        )
        required = frozenset(schema.get("required", ()))
    return SpecOperation(
        method=method,
        template=template,
        query=frozenset(p["name"] for p in parameters if p["in"] == "query"),
        body_properties=properties,
        body_required=required,
        statuses=frozenset(declared["responses"]),
    )
