"""Every resource method name and argument that worked in 0.1.0 still works.

data/surface_0.1.0.json was recorded from 0.1.0 by introspection (data/record_surface.py),
before the surface was derived from the spec. Each argument must still bind the way it did:
positional ones at the same position and by keyword, keyword-only ones by keyword; and a
call with only what 0.1.0 required still binds (no new required argument).
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

import pytest

from telnyx_messaging import AsyncTelnyx, Telnyx

PINNED = json.loads((Path(__file__).parent / "data" / "surface_0.1.0.json").read_text(encoding="utf-8"))
CLIENTS = {"sync": Telnyx("k"), "async": AsyncTelnyx("k")}
CASES = [(flavour, path, params) for flavour, methods in PINNED.items() for path, params in methods.items()]


def resolve(client: Any, path: str) -> Any:
    target = client
    for part in path.split("."):
        target = getattr(target, part, None)
        assert target is not None, f"{path}: {part} is gone"
    return target


def test_the_pinned_surface_is_complete() -> None:
    assert len(PINNED["sync"]) == len(PINNED["async"]) == 44


@pytest.mark.parametrize(("flavour", "path", "params"), CASES, ids=[f"{f}:{p}" for f, p, _ in CASES])
def test_every_pinned_argument_still_binds(flavour: str, path: str, params: list[dict[str, Any]]) -> None:
    signature = inspect.signature(resolve(CLIENTS[flavour], path))
    assert any(p.kind is p.VAR_KEYWORD for p in signature.parameters.values()), f"{path}: no **options"
    positional = [p["name"] for p in params if p["kind"] == "POSITIONAL_OR_KEYWORD"]
    for index, name in enumerate(positional):
        try:
            signature.bind_partial(*[f"value-{i}" for i in range(index + 1)])
        except TypeError as error:
            pytest.fail(f"{path}: {name} no longer accepted at position {index}: {error}")
    for param in params:
        try:
            signature.bind_partial(**{param["name"]: "value"})
        except TypeError as error:
            pytest.fail(f"{path}: {param['name']}= no longer accepted: {error}")
    required_positional = [f"value-{i}" for i, p in enumerate(params) if p["required"] and p["name"] in positional]
    required_keywords = {p["name"]: "value" for p in params if p["required"] and p["name"] not in positional}
    try:
        signature.bind(*required_positional, **required_keywords)
    except TypeError as error:
        pytest.fail(f"{path}: a call with what 0.1.0 required no longer binds: {error}")
