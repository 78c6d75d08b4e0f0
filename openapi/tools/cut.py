"""Cut the upstream spec down to the operations and webhooks named in scope.yml.

Operations are selected by operationId (the scope's `operations`, grouped), plus optionally
every operation carrying one of the scope's `tags`. Each kept operation gets its group as
its only tag, so the generator's folder layout does not follow upstream retagging. Webhooks
come from the spec's `webhooks` section or, in OpenAPI 3.0 specs that have none, are built
from their payload schema in components. Every component reachable through `$ref` is kept;
nothing else survives.

A scope entry that matches nothing is not an error by itself: `missing_entries` lists them
so `make generate` can report them, and `check_scope(..., strict=True)` makes them fatal.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_PREFIX = "#/components/"
SCHEMA_PREFIX = f"{COMPONENT_PREFIX}schemas/"


class CutError(Exception):
    """The scope no longer matches the upstream spec."""


@dataclass(frozen=True)
class Missing:
    """A scope entry that matched nothing (or only partly) in one spec."""

    kind: str  # "operation" | "webhook" | "tag"
    name: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} {self.name}: {self.detail}"


def iter_refs(node: Any) -> Iterator[str]:
    """Every `$ref` string inside a JSON-like tree."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def _component_key(ref: str) -> tuple[str, str]:
    if not ref.startswith(COMPONENT_PREFIX):
        raise CutError(f"unsupported $ref {ref!r}: only local #/components/ refs are handled")
    section, _, name = ref[len(COMPONENT_PREFIX) :].partition("/")
    return section, name.replace("~1", "/").replace("~0", "~")


def _operations(paths: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in paths.values():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield operation


def scope_groups(scope: dict[str, Any]) -> dict[str, str]:
    """operationId -> generator group, from scope.yml's `operations` mapping."""
    groups: dict[str, str] = {}
    for group, operation_ids in (scope.get("operations") or {}).items():
        for operation_id in operation_ids or ():
            if operation_id in groups:
                raise CutError(f"scope.yml lists operation {operation_id} twice ({groups[operation_id]}, {group})")
            groups[operation_id] = group
    return groups


def _upstream_operation_ids(spec: dict[str, Any]) -> set[str]:
    return {str(op.get("operationId")) for op in _operations(spec.get("paths", {}))}


def missing_entries(spec: dict[str, Any], scope: dict[str, Any]) -> list[Missing]:
    """The scope entries this upstream spec does not have, in scope order."""
    present = _upstream_operation_ids(spec)
    missing = [
        Missing("operation", operation_id, f"no operation with this operationId (group {group})")
        for operation_id, group in scope_groups(scope).items()
        if operation_id not in present
    ]
    upstream_tags = {tag for op in _operations(spec.get("paths", {})) for tag in op.get("tags", ())}
    missing += [
        Missing("tag", tag, "no operation carries this tag")
        for tag in scope.get("tags") or ()
        if tag not in upstream_tags
    ]
    schemas = spec.get("components", {}).get("schemas", {})
    for name, payload in _scope_webhooks(scope).items():
        if name in spec.get("webhooks", {}):
            continue
        version = f"OpenAPI {spec.get('openapi')}" + ("" if "webhooks" in spec else ", no webhooks section")
        if payload in schemas:
            detail = f"not in the spec's webhooks ({version}): built from components/schemas/{payload}"
        else:
            detail = f"not in the spec's webhooks ({version}) and no components/schemas/{payload}: left out"
        missing.append(Missing("webhook", name, detail))
    return missing


def check_scope(spec: dict[str, Any], scope: dict[str, Any], *, strict: bool) -> list[Missing]:
    """`missing_entries`, fatal when strict (CI) or when nothing at all would be generated."""
    missing = missing_entries(spec, scope)
    if strict and missing:
        raise CutError(
            "strict scope: entries of openapi/scope.yml missing from the spec:\n  " + "\n  ".join(map(str, missing))
        )
    return missing


def _scope_webhooks(scope: dict[str, Any]) -> dict[str, str]:
    webhooks = scope.get("webhooks") or {}
    if isinstance(webhooks, list):  # a bare list of names: payload schema unknown
        return dict.fromkeys(webhooks, "")
    return {str(name): str(payload) for name, payload in webhooks.items()}


def _webhook_from_component(payload: str) -> dict[str, Any]:
    """A webhook item like the 3.1 specs declare, for a 3.0 spec that only has the payload schema."""
    return {
        "post": {
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": SCHEMA_PREFIX + payload}}},
            },
            "responses": {"200": {"description": "The server must return an HTTP 200."}},
        }
    }


def select_paths(spec: dict[str, Any], scope: dict[str, Any]) -> dict[str, Any]:
    """The scoped operations, each re-tagged with its group (copies: `spec` is not changed)."""
    groups = scope_groups(scope)
    tags = set(scope.get("tags") or ())
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        kept = {}
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            group = groups.get(str(operation.get("operationId")))
            if group is None:
                upstream_tags = [tag for tag in operation.get("tags", ()) if tag in tags]
                if not upstream_tags:
                    continue
                group = upstream_tags[0]
            kept[method] = {**operation, "tags": [group]} if operation.get("tags") != [group] else operation
        if kept:
            # Path-level keys (shared parameters, summary) travel with the operations.
            shared = {k: v for k, v in item.items() if k not in HTTP_METHODS}
            paths[path] = {**shared, **kept}
    return paths


def close_components(document: dict[str, Any], source_components: dict[str, Any], pending: list[str]) -> None:
    """Copy into `document` every component reachable from `pending` that it does not hold yet."""
    components = document.setdefault("components", {})
    while pending:
        section, name = _component_key(pending.pop())
        if name in components.get(section, {}):
            continue
        try:
            value = source_components[section][name]
        except KeyError:
            raise CutError(f"dangling $ref #/components/{section}/{name} in upstream spec") from None
        components.setdefault(section, {})[name] = value
        pending.extend(iter_refs(value))


def cut(spec: dict[str, Any], scope: dict[str, Any]) -> dict[str, Any]:
    paths = select_paths(spec, scope)
    if not paths:
        raise CutError("openapi/scope.yml selects no operation of this spec: nothing to generate")

    source_components = spec.get("components", {})
    webhooks: dict[str, Any] = {}
    for name, payload in _scope_webhooks(scope).items():
        if name in spec.get("webhooks", {}):
            webhooks[name] = spec["webhooks"][name]
        elif payload in source_components.get("schemas", {}):
            webhooks[name] = _webhook_from_component(payload)

    security = spec.get("security", [])
    pending = [*iter_refs(paths), *iter_refs(webhooks)]
    # Security schemes are referenced by name, not by $ref.
    requirements = [*security, *(req for op in _operations(paths) for req in op.get("security", []))]
    pending += [f"{COMPONENT_PREFIX}securitySchemes/{scheme}" for req in requirements for scheme in req]
    result: dict[str, Any] = {"components": {}}
    close_components(result, source_components, pending)
    components = result.pop("components")

    used_tags = {tag for op in _operations(paths) for tag in op.get("tags", ())}
    result = {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "servers": spec.get("servers", []),
        "security": security,
        "tags": [t for t in spec.get("tags", []) if t.get("name") in used_tags],
        "paths": paths,
        "webhooks": webhooks,
        "components": {section: dict(sorted(items.items())) for section, items in sorted(components.items())},
    }
    # The patches and preprocess rewrite the cut in place: never the upstream spec it shares nodes with.
    return copy.deepcopy(result)


def restore_patched_refs(document: dict[str, Any], upstream: dict[str, Any], overlay: dict[str, Any]) -> None:
    """After the patches: keep every component a patch newly references (D3 adds `messaging_Errors`).

    Fails naming the overlay action when the component is not in the upstream spec either.
    """
    components = upstream.get("components", {})
    for ref in sorted(set(iter_refs(document))):
        section, name = _component_key(ref)
        if name in document.get("components", {}).get(section, {}):
            continue
        if name not in components.get(section, {}):
            actions = [
                f"#{index + 1} ({(action.get('description') or action.get('target', '')).strip().splitlines()[0]})"
                for index, action in enumerate(overlay.get("actions", []))
                if ref in set(iter_refs(action.get("update")))
            ]
            who = f"overlay action {', '.join(actions)}" if actions else "the patched spec"
            raise CutError(f"{who} references {ref}, which this upstream spec does not define")
        close_components(document, components, [ref])
    document["components"] = {
        section: dict(sorted(items.items())) for section, items in sorted(document.get("components", {}).items())
    }
