"""Resource base classes: a resource is a namespace of methods bound to one client."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._client import AsyncTelnyx, Telnyx


class SyncResource:
    __slots__ = ("__dict__", "_client")  # __dict__ for cached_property sub-resources

    def __init__(self, client: Telnyx) -> None:
        self._client = client


class AsyncResource:
    __slots__ = ("__dict__", "_client")

    def __init__(self, client: AsyncTelnyx) -> None:
        self._client = client
