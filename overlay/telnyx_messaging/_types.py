"""Types shared by every resource method."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypedDict

import httpx

if TYPE_CHECKING:
    from telnyx_messaging_api.types import UNSET, Unset

__all__ = ["NOT_GIVEN", "UNSET", "NotGiven", "PageParams", "RequestOptions", "Unset"]


def __getattr__(name: str) -> Any:
    # The generated package (and attrs) load with the first resource, not with `import
    # telnyx_messaging`: UNSET, the "argument not given" default of every method, comes from it.
    if name in ("UNSET", "Unset"):
        from telnyx_messaging_api import types  # noqa: PLC0415

        return getattr(types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class NotGiven:
    """The default of client constructor arguments whose absence means "use the default"."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Per-call options accepted by every method as keyword arguments.

    idempotency_key: sent as `Idempotency-Key` (the same value on every attempt); makes a
        send safe to retry after a 5xx or a lost connection.
    max_retries: overrides the client's `max_retries` for this call.
    timeout: seconds, or an httpx.Timeout, for this call.
    validate: False skips client-side validation for this call.
    extra_headers: more headers to send with this call.
    """

    idempotency_key: str
    max_retries: int
    timeout: float | httpx.Timeout | None
    validate: bool
    extra_headers: Mapping[str, str]


class PageParams(TypedDict, total=False):
    """`page=` of list methods: sent as page[number] / page[size]. Iterating a page object
    walks the following pages itself; set `size` to trade requests for memory."""

    number: int
    size: int
