"""Structural fixes the Overlay format cannot express.

An Overlay 1.0 action can only merge into or remove the nodes a JSONPath selects; it cannot
move a node, rename a key, or derive new nodes from old ones. The four rewrites below do
exactly that, generically, so they keep working when upstream adds operations:

- D1 flatten `style: deepObject` query parameters into `name[key]` parameters: the generator
  ignores `style` and would send `?number=2` instead of `?page[number]=2`.
- D2 hoist inline response bodies into named components: inline envelopes otherwise become
  `GetMessageResponse200`-style classes, or collide and get dropped.
- D6 open the enums of every schema a response or webhook can carry: the generator's closed
  enums make a whole response fail to parse when Telnyx adds a value.
- D8 turn nullable inline objects (`type: [object, "null"]`) into `anyOf: [$ref, null]` with a
  named component: otherwise the generator names them `...Type0`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from cut import COMPONENT_PREFIX, HTTP_METHODS, iter_refs

SCHEMA_PREFIX = f"{COMPONENT_PREFIX}schemas/"
JSON = "application/json"


class PreprocessError(Exception):
    """The spec has a shape these rewrites do not handle."""


def pascal_case(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", text) if word)


def operations(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield operation


def _resolve_parameter(spec: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    ref = parameter.get("$ref")
    if ref is None:
        return parameter
    resolved: dict[str, Any] = spec["components"]["parameters"][ref.rsplit("/", 1)[-1]]
    return resolved


def subschemas(schema: Any) -> Iterator[dict[str, Any]]:
    """The schema and every schema nested in it, without following `$ref`."""
    if not isinstance(schema, dict):
        return
    yield schema
    for key in ("items", "additionalProperties", "not"):
        yield from subschemas(schema.get(key))
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for member in schema.get(key, ()):
            yield from subschemas(member)
    for member in schema.get("properties", {}).values():
        yield from subschemas(member)


# D1 ------------------------------------------------------------------------------------


def _flatten(name: str, schema: dict[str, Any], required: bool, fallback_description: str) -> list[dict[str, Any]]:
    flattened = []
    required_keys = set(schema.get("required", ()))
    for key, sub in schema.get("properties", {}).items():
        wire_name = f"{name}[{key}]"
        if sub.get("type") == "object" and "properties" in sub:
            flattened += _flatten(wire_name, sub, required and key in required_keys, fallback_description)
            continue
        parameter: dict[str, Any] = {
            "name": wire_name,
            "in": "query",
            "required": required and key in required_keys,
            "description": sub.get("description", fallback_description),
            "schema": sub,
        }
        flattened.append(parameter)
    return flattened


def flatten_deep_object_parameters(spec: dict[str, Any]) -> int:
    count = 0
    for operation in operations(spec):
        rewritten = []
        for parameter in operation.get("parameters", []):
            resolved = _resolve_parameter(spec, parameter)
            if resolved.get("style") != "deepObject":
                rewritten.append(parameter)
                continue
            schema = resolved.get("schema", {})
            if schema.get("type") != "object" or not schema.get("properties"):
                raise PreprocessError(
                    f"{operation['operationId']}: deepObject parameter {resolved['name']!r} "
                    "is not an object with properties"
                )
            rewritten += _flatten(
                resolved["name"], schema, bool(resolved.get("required")), resolved.get("description", "")
            )
            count += 1
        if rewritten:
            operation["parameters"] = rewritten
    return count


# D2 ------------------------------------------------------------------------------------


def _is_inline_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict) and "$ref" not in schema and ("properties" in schema or schema.get("type") == "object")
    )


def _resolve_response(spec: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    ref = response.get("$ref")
    if ref is None:
        return response
    resolved: dict[str, Any] = spec["components"]["responses"][ref.rsplit("/", 1)[-1]]
    return resolved


def hoist_inline_responses(spec: dict[str, Any]) -> int:
    schemas = spec["components"]["schemas"]
    count = 0
    for operation in operations(spec):
        for status, reference in operation.get("responses", {}).items():
            # A shared `#/components/responses/...` entry (the 2026-01-30 spec has 11 with inline
            # envelopes) is hoisted in place the first time; later operations then see a $ref.
            response = _resolve_response(spec, reference)
            media = response.get("content", {}).get(JSON)
            if not media or not _is_inline_object(media.get("schema")):
                continue
            schema = media["schema"]
            candidates = [pascal_case(schema["title"])] if schema.get("title") else []
            candidates.append(f"{operation['operationId']}Response")
            if not status.startswith("2"):
                candidates = [f"{operation['operationId']}Response{status}"]
            for name in candidates:
                # The generator names a component's class after its title: keep them equal.
                named = {**schema, "title": name}
                if name not in schemas:
                    schemas[name] = named
                    break
                if schemas[name] == named:  # identical envelopes share one class
                    break
            else:
                raise PreprocessError(f"{operation['operationId']} {status}: no free component name among {candidates}")
            media["schema"] = {"$ref": SCHEMA_PREFIX + name}
            count += 1
    return count


# D8 ------------------------------------------------------------------------------------


def _nullable_object(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return isinstance(kind, list) and "null" in kind and "object" in kind


def _nullable_ref(ref: str, siblings: dict[str, Any]) -> dict[str, Any]:
    return {**siblings, "anyOf": [{"$ref": ref}, {"type": "null"}]}


def split_nullable_objects(spec: dict[str, Any]) -> int:
    schemas = spec["components"]["schemas"]
    count = 0
    nullable_components = set()
    for name, schema in schemas.items():
        if _nullable_object(schema):
            schema["type"] = "object"
            nullable_components.add(SCHEMA_PREFIX + name)
            count += 1

    def rewrite(node: Any, owner: str) -> Any:
        """Returns the replacement for `node` (nested inside the component `owner`)."""
        if isinstance(node, list):
            return [rewrite(item, owner) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get("$ref") in nullable_components:
            return _nullable_ref(node["$ref"], {k: v for k, v in node.items() if k != "$ref"})
        for key, value in list(node.items()):
            if key == "properties" and isinstance(value, dict):
                for prop, sub in value.items():
                    child_owner = owner + pascal_case(prop)
                    if isinstance(sub, dict) and _nullable_object(sub) and "properties" in sub:
                        hoisted = {k: v for k, v in sub.items() if k not in ("description",)}
                        hoisted["type"] = "object"
                        if child_owner in schemas and schemas[child_owner] != hoisted:
                            raise PreprocessError(f"cannot hoist nullable object: component {child_owner} exists")
                        schemas[child_owner] = rewrite(hoisted, child_owner)
                        extra = {"description": sub["description"]} if "description" in sub else {}
                        value[prop] = _nullable_ref(SCHEMA_PREFIX + child_owner, extra)
                        nonlocal count
                        count += 1
                    else:
                        value[prop] = rewrite(sub, child_owner)
            elif key == "items":
                node[key] = rewrite(value, owner + "Item")
            elif key not in {"examples", "example"}:
                node[key] = rewrite(value, owner)
        return node

    for name in list(schemas):
        schemas[name] = rewrite(schemas[name], name)
    for section in ("paths", "webhooks"):
        spec[section] = rewrite(spec[section], "")
    responses = spec["components"].get("responses", {})
    for name in list(responses):
        responses[name] = rewrite(responses[name], name)
    return count


# D6 ------------------------------------------------------------------------------------


def _reachable_schemas(spec: dict[str, Any], roots: list[str]) -> set[str]:
    components = spec["components"]
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        ref = pending.pop()
        if ref in seen or not ref.startswith(COMPONENT_PREFIX):
            continue
        seen.add(ref)
        section, _, name = ref[len(COMPONENT_PREFIX) :].partition("/")
        pending.extend(iter_refs(components[section][name]))
    return seen


def open_response_enums(spec: dict[str, Any]) -> int:
    roots = [*iter_refs(spec.get("webhooks", {}))]
    for operation in operations(spec):
        roots += iter_refs(operation.get("responses", {}))
    count = 0
    for ref in sorted(_reachable_schemas(spec, roots)):
        if not ref.startswith(SCHEMA_PREFIX):
            continue
        for schema in subschemas(spec["components"]["schemas"][ref[len(SCHEMA_PREFIX) :]]):
            values = schema.pop("enum", None)
            if values is None:
                continue
            # Keep the known values where users (and docstrings) can still see them.
            known = ", ".join(f"`{value}`" for value in values)
            description = schema.get("description", "").rstrip()
            schema["description"] = f"{description}\n\nKnown values: {known}. Other values may appear.".lstrip()
            schema["x-known-values"] = values
            count += 1
    return count


# ---------------------------------------------------------------------------------------


def prune_unused_components(spec: dict[str, Any]) -> int:
    roots = [*iter_refs(spec["paths"]), *iter_refs(spec.get("webhooks", {}))]
    security = [f"{COMPONENT_PREFIX}securitySchemes/{name}" for req in spec.get("security", []) for name in req]
    used = _reachable_schemas(spec, roots + security)
    removed = 0
    for section, items in spec["components"].items():
        for name in list(items):
            if f"{COMPONENT_PREFIX}{section}/{name}" not in used:
                del items[name]
                removed += 1
    return removed


STEPS: list[tuple[str, Callable[[dict[str, Any]], int]]] = [
    ("D1 flatten deepObject query parameters", flatten_deep_object_parameters),
    ("D2 hoist inline response bodies", hoist_inline_responses),
    ("D8 split nullable objects", split_nullable_objects),
    ("D6 open response enums", open_response_enums),
    ("prune unused components", prune_unused_components),
]


def preprocess(spec: dict[str, Any]) -> dict[str, int]:
    return {name: step(spec) for name, step in STEPS}
