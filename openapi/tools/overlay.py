"""Apply an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0).

JSONPath targets are evaluated by jsonpath-rfc9535 (the RFC 9535 reference grammar).
We apply the actions ourselves rather than through oas-patch because that tool skips
actions whose target matches nothing; here an action that no longer matches the
upstream spec is an error naming the action, so a spec change cannot silently undo a fix.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonpath_rfc9535 as jsonpath


class OverlayError(Exception):
    """An overlay action could not be applied."""


def merge(target: Any, update: Any) -> Any:
    """Overlay 1.0 update semantics: objects merge recursively, arrays append, scalars replace."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(copy.deepcopy(update if isinstance(update, list) else [update]))
        return target
    # Copies keep one update from aliasing the nodes it is applied to.
    return copy.deepcopy(update)


def _describe(index: int, action: dict[str, Any]) -> str:
    summary = action.get("description", "").strip().splitlines()
    return f"action #{index + 1} ({summary[0] if summary else 'no description'}) targeting {action['target']!r}"


def _operation_ids(document: dict[str, Any]) -> set[str]:
    return {
        str(operation.get("operationId"))
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def _missing_refs(update: Any, components: dict[str, Any]) -> list[str]:
    """The `#/components/...` refs inside `update` that `components` does not define."""
    refs: list[str] = []
    stack = [update]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                section, _, name = ref.removeprefix("#/components/").partition("/")
                if name not in components.get(section, {}):
                    refs.append(ref)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(set(refs))


def _skip_reason(action: dict[str, Any], present: set[str], components: dict[str, Any] | None) -> str:
    """Why an older spec cannot take this action ("" when it can)."""
    operation_id = action.get("x-operation")
    if operation_id is not None and operation_id not in present:
        return f"{operation_id} is not in this spec"
    if components is not None and (refs := _missing_refs(action.get("update"), components)):
        return f"this spec does not define {', '.join(refs)}"
    return ""


def apply_overlay(
    document: dict[str, Any],
    overlay: dict[str, Any],
    skipped: list[str] | None = None,
    components: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Apply every action, or skip it (naming it in `skipped`) when an older spec lacks what it
    needs: the operation named by its `x-operation`, or (given the upstream `components`) a
    component its update references. Without `skipped`, such an action is an error."""
    version = str(overlay.get("overlay", ""))
    if not version.startswith("1.0"):
        raise OverlayError(f"unsupported overlay version {version!r}: this applier implements 1.0")
    present = _operation_ids(document)
    for index, action in enumerate(overlay.get("actions", [])):
        reason = _skip_reason(action, present, components)
        if not reason:
            _apply_action(document, index, action)
        elif skipped is None:
            raise OverlayError(f"{_describe(index, action)}: {reason}")
        else:
            skipped.append(f"patch {_describe(index, action)}: skipped, {reason}")
    return document


def _apply_action(document: dict[str, Any], index: int, action: dict[str, Any]) -> None:
    try:
        nodes = list(jsonpath.find(action["target"], document))
    except jsonpath.JSONPathError as exc:
        raise OverlayError(f"{_describe(index, action)}: invalid JSONPath: {exc}") from None
    if not nodes:
        raise OverlayError(
            f"{_describe(index, action)} matches nothing in the upstream spec: "
            "the spec changed; update or drop this action in openapi/patches.overlay.yml"
        )
    if action.get("remove") is True:
        # Remove deepest-last so list indices of earlier matches stay valid.
        for node in sorted(nodes, key=lambda n: n.location, reverse=True):
            if not node.location:
                raise OverlayError(f"{_describe(index, action)}: cannot remove the document root")
            parent = _resolve(document, node.location[:-1])
            del parent[node.location[-1]]
    elif "update" in action:
        for node in nodes:
            if not isinstance(node.value, (dict, list)):
                raise OverlayError(f"{_describe(index, action)}: update target must be an object or array")
            merge(node.value, action["update"])
    else:
        raise OverlayError(f"{_describe(index, action)}: needs `update` or `remove: true`")


def _resolve(document: Any, location: tuple[Any, ...] | list[Any]) -> Any:
    node = document
    for key in location:
        node = node[key]
    return node
