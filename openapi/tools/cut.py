"""Cut the upstream spec down to the operations and webhooks named in scope.yml.

Keeps every operation whose tags intersect the scope's tags, the named webhooks, and
every component reachable from them through `$ref`. The result is a self-contained
OpenAPI document; nothing outside the scope survives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_PREFIX = "#/components/"


class CutError(Exception):
    """The scope no longer matches the upstream spec."""


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


def cut(spec: dict[str, Any], scope: dict[str, Any]) -> dict[str, Any]:
    tags = set(scope["tags"])
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        kept = {
            method: operation
            for method, operation in item.items()
            if method in HTTP_METHODS and tags & set(operation.get("tags", ()))
        }
        if kept:
            # Path-level keys (shared parameters, summary) travel with the operations.
            shared = {k: v for k, v in item.items() if k not in HTTP_METHODS}
            paths[path] = {**shared, **kept}

    operation_count = len(list(_operations(paths)))
    if operation_count < scope.get("min_operations", 1):
        raise CutError(
            f"scope tags {sorted(tags)} select only {operation_count} operations "
            f"(expected at least {scope['min_operations']}): did upstream rename a tag?"
        )

    webhooks: dict[str, Any] = {}
    for name in scope.get("webhooks", ()):
        if name not in spec.get("webhooks", {}):
            raise CutError(f"webhook {name!r} named in scope.yml is not in the upstream spec")
        webhooks[name] = spec["webhooks"][name]

    source_components = spec.get("components", {})
    components: dict[str, dict[str, Any]] = {}
    security = spec.get("security", [])
    pending = [*iter_refs(paths), *iter_refs(webhooks)]
    # Security schemes are referenced by name, not by $ref.
    requirements = [*security, *(req for op in _operations(paths) for req in op.get("security", []))]
    pending += [f"{COMPONENT_PREFIX}securitySchemes/{scheme}" for req in requirements for scheme in req]
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

    used_tags = {tag for op in _operations(paths) for tag in op.get("tags", ())}
    result: dict[str, Any] = {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "servers": spec.get("servers", []),
        "security": security,
        "tags": [t for t in spec.get("tags", []) if t.get("name") in used_tags],
        "paths": paths,
        "webhooks": webhooks,
        "components": {section: dict(sorted(items.items())) for section, items in sorted(components.items())},
    }
    return result
