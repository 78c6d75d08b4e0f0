"""`telnyx.types.messaging_profiles` names, as in `telnyx_messaging.types`."""

from __future__ import annotations

from typing import Any

from ._resolve import names_in, resolve

__all__ = names_in("messaging_profiles")  # noqa: PLE0605 - computed from the table


def __getattr__(name: str) -> Any:
    value = resolve("messaging_profiles", name, __name__)
    globals()[name] = value
    return value
