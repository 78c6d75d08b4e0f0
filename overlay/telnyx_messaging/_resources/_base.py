"""Resource base classes: a resource is a namespace of methods bound to one client.

`with_raw_response` / `with_streaming_response` are the same resource bound to a view of
the client that returns HTTP responses (see _raw.py): every method, present and derived,
gets them without code of its own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._client import AsyncTelnyx, Telnyx


class SyncResource:
    __slots__ = ("__dict__", "_client")  # __dict__ for cached_property sub-resources

    def __init__(self, client: Telnyx) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> Any:
        """Each method returns the HTTP response (`.parse()` gives the usual result)."""
        from .._raw import RawView  # noqa: PLC0415 - loaded on first use

        return type(self)(RawView(self._client))  # type: ignore[arg-type]

    @cached_property
    def with_streaming_response(self) -> Any:
        """Each method returns a context manager over the HTTP response, closed on exit."""
        from .._raw import StreamingResource  # noqa: PLC0415

        return StreamingResource(self.with_raw_response, is_async=False)


class AsyncResource:
    __slots__ = ("__dict__", "_client")

    def __init__(self, client: AsyncTelnyx) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> Any:
        """Each method returns (awaitably) the HTTP response; `await response.parse()`."""
        from .._raw import AsyncRawView  # noqa: PLC0415

        return type(self)(AsyncRawView(self._client))  # type: ignore[arg-type]

    @cached_property
    def with_streaming_response(self) -> Any:
        """Each method returns an async context manager over the HTTP response, closed on exit."""
        from .._raw import StreamingResource  # noqa: PLC0415

        return StreamingResource(self.with_raw_response, is_async=True)
