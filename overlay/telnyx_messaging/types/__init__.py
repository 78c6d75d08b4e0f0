"""The official SDK's type names for these operations (`from telnyx_messaging.types import
MessageSendResponse`), loaded on first access: never by `import telnyx_messaging`.

A response name is our generated envelope model (`.data`, `.to_dict()`...), a list-item
name the generated model of one item, a params name `dict[str, Any]`. The names come from
the table in _names.py, checked against telnyx==4.189.0 by the parity test.
"""

from __future__ import annotations

from typing import Any

from ._resolve import names_in, resolve

__all__ = names_in("")  # noqa: PLE0605 - computed from the table


def __getattr__(name: str) -> Any:
    value = resolve("", name, __name__)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
