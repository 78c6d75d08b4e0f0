"""`make spec-diff OLD=... NEW=...`: what changed, per operation, between two upstream specs.

    python openapi/tools/spec_diff.py OLD NEW

OLD and NEW are paths or http(s) URLs of upstream Telnyx specs. Both go through the same
cut + patch + preprocess as `make generate` (build_spec.build), so the report describes what
the generated client sees: flattened `page[number]` parameters, named response components,
and response enum values (which preprocess moves into `x-known-values`).

Operations are matched by operationId (the scope's key, stable across Telnyx's retagging), or
by method and path template when an operation has none; a path that moved under the same
operationId is reported as a change. For every operation it lists parameters, request body
fields and 2xx response fields that were added, removed or changed (type, required), and
enum values added or removed. Nested objects are walked with dotted paths
(`whatsapp_message.template.name`, arrays as `to[].status`), down to MAX_DEPTH levels.
The scope's webhooks are compared the same way. The output is deterministic plain text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from build_spec import build, run
from cut import HTTP_METHODS
from load import Source

MAX_DEPTH = 8  # deeper nesting is summarised by its type; the Telnyx schemas stop at ~5
ADDED_RESPONSE_DEPTH = 2  # a new operation's response is listed this deep (`data.id`), the rest counted
# Formats the generator maps to their own Python type; other formats (`address`, `decimal`,
# `E+164`, ...) stay `str`, so a change in them is noise for a client.
TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
JSON = "application/json"
METHOD_ORDER = {method: index for index, method in enumerate(HTTP_METHODS)}


@dataclass(frozen=True)
class Field:
    """One parameter or body field, reduced to what a client depends on."""

    type: str
    required: bool | None  # None: not applicable (a response body)
    enum: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = [self.type]
        if self.required is not None:
            parts.append("required" if self.required else "optional")
        if self.enum:
            parts.append(f"enum: {_enum_list(self.enum)}")
        return ", ".join(parts)


Fields = dict[str, Field]


@dataclass(frozen=True)
class Operation:
    """An operation (or webhook) flattened into comparable field tables."""

    key: str  # identity across versions: operationId, else method + path template
    operation_id: str
    label: str  # "POST /messages" or "webhook deliveryUpdate"
    webhook: bool
    statuses: tuple[str, ...]
    parameters: Fields
    request: Fields  # "" is the body itself
    responses: dict[str, Fields]  # 2xx status -> fields ("" is the body itself)


@dataclass
class OperationChange:
    operation: Operation
    lines: list[str] = field(default_factory=list)


@dataclass
class SpecDiff:
    added: list[Operation]
    removed: list[Operation]
    changed: list[OperationChange]
    unchanged: list[Operation]


# --- schemas --------------------------------------------------------------------------


class Schemas:
    """Resolves `$ref`s and flattens schemas into dotted-path field tables."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.components: dict[str, Any] = spec.get("components", {})

    def resolve(self, node: Any) -> tuple[dict[str, Any], tuple[str, ...]]:
        """The schema behind `node` and the refs followed to reach it (for cycle checks)."""
        refs: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in refs:
                break
            refs.append(ref)
            section, _, name = ref.removeprefix("#/components/").partition("/")
            node = self.components.get(section, {}).get(name, {})
        return (node if isinstance(node, dict) else {}), tuple(refs)

    def variants(self, schema: dict[str, Any]) -> list[dict[str, Any]]:
        """The resolved members of anyOf/oneOf (a nullable object is `anyOf: [$ref, null]`)."""
        members = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
        return [self.resolve(member)[0] for member in members]

    def describe(self, node: Any, depth: int = 0) -> str:
        schema, _ = self.resolve(node)
        if depth > MAX_DEPTH:
            return "..."
        variants = self.variants(schema)
        if variants:
            return "|".join(_unique(self.describe(variant, depth + 1) for variant in variants))
        if schema.get("allOf"):
            parts = [self.resolve(member)[0] for member in schema["allOf"]]
            return "object" if any(self._is_object(part) for part in parts) else self.describe(parts[0], depth + 1)
        kinds = schema.get("type")
        names = kinds if isinstance(kinds, list) else [kinds] if kinds else []
        if not names:
            return "object" if "properties" in schema else "any"
        described = [self._describe_type(str(name), schema, depth) for name in names]
        return "|".join(described)

    def _describe_type(self, name: str, schema: dict[str, Any], depth: int) -> str:
        if name == "array":
            return f"array<{self.describe(schema.get('items', {}), depth + 1)}>"
        if name != "null" and schema.get("format") in TYPED_FORMATS:
            return f"{name}({schema['format']})"
        return name

    def _is_object(self, schema: dict[str, Any]) -> bool:
        return "properties" in schema or schema.get("type") == "object"

    def enum_values(self, node: Any) -> tuple[str, ...]:
        """Closed (`enum`) and open (`x-known-values`, see preprocess D6) values alike."""
        schema, _ = self.resolve(node)
        values = schema.get("enum", schema.get("x-known-values", []))
        for variant in self.variants(schema):
            values = [*values, *variant.get("enum", variant.get("x-known-values", []))]
        if schema.get("type") == "array" and not values:
            return self.enum_values(schema.get("items", {}))
        return tuple(_unique(_enum_text(value) for value in values))

    def properties(self, schema: dict[str, Any]) -> Iterator[tuple[str, Any, bool]]:
        """(name, schema, required) of every property, merging allOf and anyOf/oneOf members."""
        required = set(schema.get("required", ()))
        yield from ((name, sub, name in required) for name, sub in schema.get("properties", {}).items())
        for key in ("allOf", "anyOf", "oneOf"):
            for member in schema.get(key, ()):
                resolved, _ = self.resolve(member)
                yield from self.properties(resolved)

    def fields(self, node: Any, required: bool | None) -> Fields:
        """Every field of a body, keyed by dotted path; "" is the body itself."""
        table: Fields = {"": self.field_of(node, required)}
        self._walk(node, "", table, seen=(), depth=0)
        return table

    def field_of(self, node: Any, required: bool | None) -> Field:
        return Field(type=self.describe(node), required=required, enum=self.enum_values(node))

    def _walk(self, node: Any, prefix: str, table: Fields, seen: tuple[str, ...], depth: int) -> None:
        schema, refs = self.resolve(node)
        if depth >= MAX_DEPTH or set(refs) & set(seen):
            return  # bounded: recursive schemas and very deep nesting stop here
        seen = (*seen, *refs)
        for name, sub, required in self.properties(schema):
            path = f"{prefix}.{name}" if prefix else name
            table.setdefault(path, self.field_of(sub, required))  # first definition wins (allOf order)
            self._walk(sub, path, table, seen, depth + 1)
        for item in self._array_items(schema):
            self._walk(item, f"{prefix}[]", table, seen, depth + 1)

    def _array_items(self, schema: dict[str, Any]) -> list[Any]:
        candidates = [schema, *self.variants(schema)]
        return [candidate["items"] for candidate in candidates if "items" in candidate]


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _enum_text(value: Any) -> str:
    return "null" if value is None else str(value)


def _enum_list(values: Iterable[str]) -> str:
    # Quote only what would be ambiguous in a comma-separated list (Telnyx has an empty line_type).
    return ", ".join(f'"{value}"' if not value.strip() or "," in value else value for value in values)


# --- operations -----------------------------------------------------------------------


def path_key(method: str, path: str) -> str:
    """`GET /messages/{}`: a renamed path parameter is the same operation."""
    return f"{method.upper()} {re.sub(r'{[^}]*}', '{}', path)}"


def _json_schema(holder: dict[str, Any]) -> Any | None:
    content = holder.get("content", {})
    media = content.get(JSON) or next(iter(content.values()), None)
    return media.get("schema") if isinstance(media, dict) else None


def _parameters(schemas: Schemas, item: dict[str, Any], operation: dict[str, Any]) -> Fields:
    table: Fields = {}
    # Operation-level parameters override path-level ones with the same name and location.
    for raw in [*item.get("parameters", ()), *operation.get("parameters", ())]:
        parameter, _ = schemas.resolve(raw)
        key = f"{parameter.get('in', '?')} {parameter.get('name', '?')}"
        table[key] = schemas.field_of(parameter.get("schema", {}), bool(parameter.get("required")))
    return dict(sorted(table.items()))


def _request(schemas: Schemas, operation: dict[str, Any]) -> Fields:
    body, _ = schemas.resolve(operation.get("requestBody", {}))
    schema = _json_schema(body)
    return {} if schema is None else schemas.fields(schema, bool(body.get("required")))


def _responses(schemas: Schemas, operation: dict[str, Any]) -> dict[str, Fields]:
    tables: dict[str, Fields] = {}
    for status, raw in operation.get("responses", {}).items():
        response, _ = schemas.resolve(raw)
        schema = _json_schema(response)
        if str(status).startswith("2") and schema is not None:
            tables[str(status)] = schemas.fields(schema, required=None)
    return tables


def _operation(
    schemas: Schemas, item: dict[str, Any], method: str, *, key: str, label: str, webhook: bool
) -> Operation:
    operation = item[method]
    return Operation(
        key=key,
        operation_id=str(operation.get("operationId", "")),
        label=label,
        webhook=webhook,
        statuses=tuple(sorted(str(status) for status in operation.get("responses", {}))),
        parameters=_parameters(schemas, item, operation),
        request=_request(schemas, operation),
        responses=_responses(schemas, operation),
    )


def collect_operations(spec: dict[str, Any]) -> dict[str, Operation]:
    """Every operation and webhook of a built spec, keyed by identity."""
    schemas = Schemas(spec)
    found: dict[str, Operation] = {}
    for path, item in spec.get("paths", {}).items():
        for method in item:
            if method in HTTP_METHODS:
                operation_id = item[method].get("operationId")
                key = f"OPERATION {operation_id}" if operation_id else path_key(method, path)
                found[key] = _operation(schemas, item, method, key=key, label=f"{method.upper()} {path}", webhook=False)
    for name, item in spec.get("webhooks", {}).items():
        for method in item:
            if method in HTTP_METHODS:
                key = f"WEBHOOK {name} {method.upper()}"
                found[key] = _operation(schemas, item, method, key=key, label=f"webhook {name}", webhook=True)
    return found


def _sort_key(operation: Operation) -> tuple[bool, str, int]:
    method, _, path = operation.label.partition(" ")
    return operation.webhook, path, METHOD_ORDER.get(method.lower(), 0)


# --- comparison -----------------------------------------------------------------------


def compare_fields(label: str, old: Fields, new: Fields) -> list[str]:
    """Lines for one field table, in path order: `+` added, `-` removed, `~` changed."""
    lines: list[tuple[str, str]] = []
    for path in sorted(set(old) | set(new)):
        name = f"{label} {path or '(body)'}"
        if path not in old:
            lines.append((path, f"+ {name}: {new[path].describe()}"))
        elif path not in new:
            lines.append((path, f"- {name}: {old[path].describe()}"))
        else:
            lines += ((path, line) for line in _field_changes(name, old[path], new[path]))
    return [line for _, line in lines]


def _field_changes(label: str, old: Field, new: Field) -> list[str]:
    lines = []
    if old.type != new.type:
        lines.append(f"~ {label}: type {old.type} -> {new.type}")
    if old.required != new.required:
        lines.append(f"~ {label}: {'now required' if new.required else 'no longer required'}")
    added = [value for value in new.enum if value not in old.enum]
    removed = [value for value in old.enum if value not in new.enum]
    if added:
        lines.append(f"~ {label}: enum values added: {', '.join(added)}")
    if removed:
        lines.append(f"~ {label}: enum values removed: {', '.join(removed)}")
    return lines


def compare_operations(old: Operation, new: Operation) -> list[str]:
    lines = []
    if old.operation_id != new.operation_id:
        lines.append(f"~ operationId: {old.operation_id} -> {new.operation_id}")
    if old.label != new.label:
        lines.append(f"~ path: {old.label} -> {new.label}")
    lines += [f"+ response {status} declared" for status in new.statuses if status not in old.statuses]
    lines += [f"- response {status} no longer declared" for status in old.statuses if status not in new.statuses]
    lines += compare_fields("parameter", old.parameters, new.parameters)
    lines += compare_fields("request", old.request, new.request)
    for status in sorted(set(old.responses) | set(new.responses)):
        lines += compare_fields(f"response {status}", old.responses.get(status, {}), new.responses.get(status, {}))
    return lines


def diff_specs(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> SpecDiff:
    """Compare two built specs (the output of build_spec.build)."""
    old, new = collect_operations(old_spec), collect_operations(new_spec)
    changed, unchanged = [], []
    for key in sorted(set(old) & set(new), key=lambda k: _sort_key(new[k])):
        lines = compare_operations(old[key], new[key])
        if lines:
            changed.append(OperationChange(new[key], lines))
        else:
            unchanged.append(new[key])
    return SpecDiff(
        added=sorted((new[key] for key in set(new) - set(old)), key=_sort_key),
        removed=sorted((old[key] for key in set(old) - set(new)), key=_sort_key),
        changed=changed,
        unchanged=unchanged,
    )


# --- report ---------------------------------------------------------------------------


def _title(operation: Operation) -> str:
    return f"{operation.operation_id}  {operation.label}"


def describe_operation(operation: Operation) -> list[str]:
    """What a new operation brings: its parameters and request fields, the outline of its responses."""
    lines = [f"responses declared: {', '.join(operation.statuses)}"]
    lines += compare_fields("parameter", {}, operation.parameters)
    lines += compare_fields("request", {}, operation.request)
    for status, fields in sorted(operation.responses.items()):
        shallow = {path: field for path, field in fields.items() if _depth(path) <= ADDED_RESPONSE_DEPTH}
        lines += compare_fields(f"response {status}", {}, shallow)
        if len(shallow) < len(fields):
            lines.append(f"response {status}: ... and {len(fields) - len(shallow)} nested fields")
    return lines


def _depth(path: str) -> int:
    return path.count(".") + 1 if path else 0


def _count(operations: Iterable[Operation], *, webhook: bool) -> int:
    return sum(1 for operation in operations if operation.webhook == webhook)


def summary(diff: SpecDiff) -> str:
    groups = (diff.added, diff.removed, [change.operation for change in diff.changed], diff.unchanged)
    added, removed, changed, unchanged = (_count(group, webhook=False) for group in groups)
    hooks_added, hooks_removed, hooks_changed, _ = (_count(group, webhook=True) for group in groups)
    return (
        f"{added} operations added, {removed} removed, {changed} changed, {unchanged} unchanged; "
        f"webhooks: {hooks_added} added, {hooks_removed} removed, {hooks_changed} changed"
    )


def _section(title: str, operations: list[tuple[Operation, list[str]]]) -> list[str]:
    if not operations:
        return []
    lines = ["", f"{title} ({len(operations)})"]
    for operation, details in operations:
        lines.append(f"  {_title(operation)}")
        lines += [f"      {detail}" for detail in details]
    return lines


def render(diff: SpecDiff, old: Source, new: Source) -> str:
    lines = [
        f"spec-diff {old.name} (info.version {old.info_version}, sha256 {old.sha256[:12]})",
        f"       -> {new.name} (info.version {new.info_version}, sha256 {new.sha256[:12]})",
        "both after cut (openapi/scope.yml, by operationId) + patch (openapi/patches.overlay.yml) + preprocess",
        summary(diff),
    ]
    lines += _section("ADDED", [(operation, describe_operation(operation)) for operation in diff.added])
    lines += _section("REMOVED", [(operation, []) for operation in diff.removed])
    lines += _section("CHANGED", [(change.operation, change.lines) for change in diff.changed])
    lines += ["", summary(diff)]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    old_spec, old_source, _ = build(argv[0])
    new_spec, new_source, _ = build(argv[1])
    sys.stdout.write(render(diff_specs(old_spec, new_spec), old_source, new_source))
    return 0


if __name__ == "__main__":
    sys.exit(run(lambda: main(sys.argv[1:])))
