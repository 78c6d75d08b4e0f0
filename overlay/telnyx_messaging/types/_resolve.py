"""Resolve an official type name to ours through the generated index, on first access."""

from __future__ import annotations

from typing import Any

from ._names import NAMES


def _exports(package: str, where: str) -> bool:
    """Whether `package` has a name of `where`: telnyx.types also re-exports telnyx.types.shared."""
    return where == package or (package == "" and where == "shared")


def names_in(package: str) -> list[str]:
    return [name for name, (where, _, _) in NAMES.items() if _exports(package, where)]


def resolve(package: str, name: str, module: str) -> Any:
    """The response or list-item name -> our generated model; a params name -> a dict alias
    (our methods take keyword arguments; `client.messages.send(**params)` works)."""
    entry = NAMES.get(name)
    if entry is None or not _exports(package, entry[0]):
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    from telnyx_messaging_api._index import OPERATIONS  # noqa: PLC0415

    from .._operation import load, spec_label  # noqa: PLC0415

    _, operation_id, role = entry
    if role == "params":
        return dict[str, Any]
    operation = OPERATIONS.get(operation_id)
    if operation is None:
        # Generated from an older spec that lacks the operation the name comes from: an
        # AttributeError (ImportError for `from ... import`) that says so, never a KeyError.
        raise AttributeError(
            f"module {module!r} has no attribute {name!r}: it is a model of operation {operation_id}, "
            f"which is not in the Telnyx spec this client was generated from ({spec_label()})"
        )
    target = getattr(operation, role)
    return load(target) if target else Any
