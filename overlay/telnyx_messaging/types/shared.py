"""`telnyx.types.shared` names (models shared by several operations), as in `telnyx_messaging.types`."""

from __future__ import annotations

from typing import Any

from ._resolve import names_in, resolve

__all__ = names_in("shared")  # noqa: PLE0605 - computed from the table


def __getattr__(name: str) -> Any:
    value = resolve("shared", name, __name__)
    globals()[name] = value
    return value
