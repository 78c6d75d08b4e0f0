"""Types shared by every resource method."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict

import httpx

if TYPE_CHECKING:
    from telnyx_messaging_api.types import UNSET, Unset

__all__ = ["NOT_GIVEN", "UNSET", "NotGiven", "Omit", "PageParams", "RequestOptions", "Unset", "not_given", "omit"]


def __getattr__(name: str) -> Any:
    # The generated package (and attrs) load with the first resource, not with `import
    # telnyx_messaging`: UNSET, the "argument not given" default of every method, comes from it.
    if name in ("UNSET", "Unset"):
        from telnyx_messaging_api import types  # noqa: PLC0415

        return getattr(types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class NotGiven:
    """The default of arguments whose absence means "use the default" (the official SDK's
    sentinel: `timeout=NOT_GIVEN` is the client's timeout, `timeout=None` is no timeout)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
not_given: Final = NOT_GIVEN


class Omit:
    """`omit` leaves an argument out of the request, as if it had not been passed;
    `extra_headers={"User-Agent": omit}` removes a header the client would send."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


omit: Final = Omit()
# What "not set" looks like in an argument: the official SDK's sentinels beside our UNSET.
NOT_SET_SENTINELS: Final = (NotGiven, Omit)


class RequestOptions(TypedDict, total=False):
    """Per-call options accepted by every method as keyword arguments. NOT_GIVEN or omit
    (and None for the extra_* mappings) mean "not set".

    idempotency_key: sent as `Idempotency-Key` (the same value on every attempt); makes a
        send safe to retry after a 5xx or a lost connection.
    max_retries: overrides the client's `max_retries` for this call.
    timeout: seconds, or an httpx.Timeout, for this call; None for no timeout.
    validate: False skips client-side validation for this call.
    extra_headers: more headers to send with this call (a value of `omit` removes one).
    extra_query: more query parameters, sent as given (not checked against the operation).
    extra_body: more JSON body members; they take precedence over the method's arguments.
    """

    idempotency_key: str | NotGiven | Omit | None
    max_retries: int | NotGiven | Omit
    timeout: float | httpx.Timeout | NotGiven | None
    validate: bool | NotGiven | Omit
    extra_headers: Mapping[str, str | Omit] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None


class PageParams(TypedDict, total=False):
    """`page=` of list methods: sent as page[number] / page[size]. Iterating a page object
    walks the following pages itself; set `size` to trade requests for memory."""

    number: int
    size: int
