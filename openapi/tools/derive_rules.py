"""Derive the structural validation rules of every overlay method from the cut spec and
openapi/naming.yml.

    overlay/telnyx_messaging/_resources/_spec_rules.py

Per method (`messages.send`), per argument under the overlay's name (`from_`, `filter`):
what the spec states as schema, reduced to what a client-side check can use: `required`,
`nullable`, `type`, `format` (uuid, date-time, url/uri), `x-format` (address, +E.164,
boolean), `enum`, `pattern`, `minimum`/`maximum`, `minLength`/`maxLength`,
`minItems`/`maxItems`/`uniqueItems`, nested `properties` (with their `required`) and array
`items`. Query parameters in brackets (`filter[name][eq]`) nest under their group, as the
method takes them (`filter={"name": {"eq": ...}}`); a parameter that is both a value and a
group (`filter[name]` and `filter[name][eq]`) keeps its type and gains `properties`.
Each argument is shaped like an OpenAPI parameter: `{"in": "path"|"query"|"body",
"required": bool, "schema": {...}}`. The overlay's `_validation` turns this data into rules
and lays what the spec says in prose over it. Descriptions are not copied.
"""

from __future__ import annotations

import pprint
import re
from typing import Any

from derive_surface import load_naming, python_name

HEADER = (
    "# Derived by openapi/tools/derive_rules.py from the cut Telnyx OpenAPI spec and\n"
    "# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.\n"
)
FILE = "_spec_rules.py"
JSON = "application/json"
# Copied as they are; everything else of a schema (descriptions, examples, titles) is not a rule.
KEPT = (
    "format",
    "x-format",
    "pattern",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
)


class Schemas:
    """Reads schemas of one spec, following `$ref`s; a schema that refers back to itself is
    cut at the repeat (an object with no properties: accepted as any dict)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: Any, seen: tuple[str, ...] = ()) -> tuple[dict[str, Any], tuple[str, ...]]:
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                return {"type": "object"}, seen
            seen = (*seen, ref)
            target: Any = self.spec
            for part in ref.removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        if isinstance(node, dict) and len(node.get("allOf", [])) == 1 and "properties" not in node:
            return self.resolve(node["allOf"][0], seen)
        return (node if isinstance(node, dict) else {}), seen

    def rule(self, node: Any, seen: tuple[str, ...] = ()) -> dict[str, Any]:
        """The checkable part of one schema."""
        schema, seen = self.resolve(node, seen)
        out: dict[str, Any] = {}
        nullable = bool(schema.get("nullable"))
        for key in ("anyOf", "oneOf"):
            if key in schema:
                members = [self.resolve(m, seen) for m in schema[key]]
                concrete = [(m, s) for m, s in members if m.get("type") != "null"]
                nullable = nullable or len(concrete) < len(members)
                if len(concrete) != 1:  # a real union: nothing a single rule can say
                    return {"nullable": True} if nullable else {}
                inner = self.rule(*concrete[0])
                if nullable:
                    inner["nullable"] = True
                return inner
        kind = schema.get("type")
        if isinstance(kind, list):
            nullable = nullable or "null" in kind
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else None
        if kind is not None:
            out["type"] = kind
        if nullable:
            out["nullable"] = True
        if "enum" in schema:
            out["enum"] = [v for v in schema["enum"] if v is not None]
        out.update((key, schema[key]) for key in KEPT if key in schema)
        if kind == "array" and "items" in schema:
            out["items"] = self.rule(schema["items"], seen)
        properties = self.properties(schema, seen)
        if properties:
            out["properties"] = properties
            if schema.get("required"):
                out["required"] = list(schema["required"])
        return out

    def properties(self, schema: dict[str, Any], seen: tuple[str, ...]) -> dict[str, Any]:
        found = {}
        for name, prop in schema.get("properties", {}).items():
            if not self.resolve(prop, seen)[0].get("readOnly"):  # the server sets those
                found[name] = self.rule(prop, seen)
        return found


def operation_rules(spec: dict[str, Any], operation: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """Argument (overlay name) -> rule, for one operation."""
    schemas = Schemas(spec)
    found: dict[str, Any] = {}
    parameters = [schemas.resolve(p)[0] for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
    for parameter in parameters:
        if parameter.get("in") == "path":
            # OpenAPI: path parameters are always required
            found[python_name(parameter["name"])] = _argument("path", True, schemas.rule(parameter.get("schema", {})))
    for parameter in parameters:
        if parameter.get("in") == "query":
            _add_query(found, parameter, schemas)
    body = operation.get("requestBody")
    if body:
        content = schemas.resolve(body)[0].get("content", {}).get(JSON, {})
        schema, seen = schemas.resolve(content.get("schema", {}))
        required = list(schema.get("required", []))
        properties = schemas.properties(schema, seen)
        # required fields first, in the spec's order: the first missing one is reported
        for wire in sorted(properties, key=lambda w: required.index(w) if w in required else len(required)):
            prop, name = properties[wire], python_name(wire)
            if name not in found:  # a path parameter of the same name wins (its value goes in the URL)
                found[name] = _argument("body", wire in required, prop)
    return found


def _add_query(found: dict[str, Any], parameter: dict[str, Any], schemas: Schemas) -> None:
    head, *rest = re.split(r"\[|\]\[|\]", parameter["name"].rstrip("]"))
    rule = schemas.rule(parameter.get("schema", {}))
    name = python_name(head)
    entry = found.setdefault(name, _argument("query", False, {} if not rest else {"type": "object"}))
    entry["required"] = entry["required"] or bool(parameter.get("required"))
    if not rest:
        entry["schema"].update(rule)
        return
    node = entry["schema"]
    for key in rest[:-1]:
        node = node.setdefault("properties", {}).setdefault(key, {})
    node.setdefault("properties", {}).setdefault(rest[-1], {}).update(rule)


def _argument(where: str, required: bool, schema: dict[str, Any]) -> dict[str, Any]:
    return {"in": where, "required": required, "schema": schema}


def derive_rules(spec: dict[str, Any], naming_path: Any) -> str:
    """The source of _spec_rules.py: one entry per naming row whose operation the spec has."""
    _, namings, _ = load_naming(naming_path)
    by_id = {
        op["operationId"]: (op, item)
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    rules = {
        naming.method: operation_rules(spec, *by_id[naming.operation_id])
        for naming in sorted(namings.values(), key=lambda n: n.method)
        if naming.operation_id in by_id
    }
    data = pprint.pformat(rules, width=110, sort_dicts=False)  # the spec's order
    return (
        f"{HEADER}"
        '"""What the spec states structurally about each method\'s arguments (see\n'
        "openapi/tools/derive_rules.py); telnyx_messaging._validation builds the rules from it.\n"
        '"""\n\n'
        "from typing import Any, Final\n\n"
        f"SPEC_RULES: Final[dict[str, dict[str, dict[str, Any]]]] = {data}\n"
    )
