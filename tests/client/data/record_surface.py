"""Record every resource method and argument of the client, sync and async, as JSON.

Run once on 0.1.0 to make data/surface_0.1.0.json (the pinned public surface):
    .venv/bin/python tests/client/data/record_surface.py > tests/client/data/surface_0.1.0.json
"""

from __future__ import annotations

import inspect
import json
from typing import Any

from telnyx_messaging import AsyncTelnyx, Telnyx
from telnyx_messaging._resources._base import AsyncResource, SyncResource


def walk(resource: Any, prefix: str, out: dict[str, list[dict[str, Any]]]) -> None:
    for name in sorted(dir(type(resource))):
        if name.startswith("_"):
            continue
        value = getattr(resource, name)
        path = f"{prefix}.{name}"
        if isinstance(value, SyncResource | AsyncResource):
            walk(value, path, out)
        elif callable(value):
            out[path] = [
                {"name": p.name, "kind": p.kind.name, "required": p.default is p.empty}
                for p in inspect.signature(value).parameters.values()
                if p.kind is not p.VAR_KEYWORD
            ]


def record() -> dict[str, dict[str, list[dict[str, Any]]]]:
    surface = {}
    for flavour, client in (("sync", Telnyx("k")), ("async", AsyncTelnyx("k"))):
        methods: dict[str, list[dict[str, Any]]] = {}
        for name in sorted(vars(type(client))):
            value = None if name.startswith("_") else getattr(client, name, None)
            if isinstance(value, SyncResource | AsyncResource):
                walk(value, name, methods)
        surface[flavour] = methods
    return surface


if __name__ == "__main__":
    print(json.dumps(record(), indent=1, sort_keys=True))
