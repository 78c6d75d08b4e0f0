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


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    version = str(overlay.get("overlay", ""))
    if not version.startswith("1.0"):
        raise OverlayError(f"unsupported overlay version {version!r}: this applier implements 1.0")
    for index, action in enumerate(overlay.get("actions", [])):
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
    return document


def _resolve(document: Any, location: tuple[Any, ...] | list[Any]) -> Any:
    node = document
    for key in location:
        node = node[key]
    return node
