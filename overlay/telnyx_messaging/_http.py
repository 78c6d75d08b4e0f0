"""Build the one pooled httpx client of a Telnyx / AsyncTelnyx instance.

Every request goes through a RetryingTransport. When the caller brings an httpx client, its
transports (pool, TLS settings, proxies via mounts, a MockTransport in tests) are reused
behind ours, so requests pass through httpx once, not twice. httpx keeps transports in
private attributes; if a future httpx renames them we fall back to sending through the
caller's client with its public `send()`, which is slower but equivalent.
"""

from __future__ import annotations

import threading
from typing import Any, TypeVar

import httpx

from ._base_client import ClientConfig
from ._constants import DEFAULT_CONNECTION_LIMITS
from ._transport import AsyncClientTransport, AsyncRetryingTransport, ClientTransport, RetryingTransport

TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _LazyTransport(httpx.BaseTransport):
    """Builds the real HTTPTransport on the first request: its SSL context costs ~10-20 ms,
    which a client used only for webhooks (or built per test) should not pay."""

    def __init__(self) -> None:
        self._transport: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    def _get(self) -> httpx.HTTPTransport:
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    self._transport = httpx.HTTPTransport(limits=DEFAULT_CONNECTION_LIMITS)
        return self._transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._get().handle_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


class _AsyncLazyTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._transport: httpx.AsyncHTTPTransport | None = None

    def _get(self) -> httpx.AsyncHTTPTransport:
        if self._transport is None:  # one event loop: no race between check and assignment
            self._transport = httpx.AsyncHTTPTransport(limits=DEFAULT_CONNECTION_LIMITS)
        return self._transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._get().handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


def _borrow(client: Any, kind: type[TransportT]) -> tuple[TransportT, dict[str, TransportT | None]] | None:
    transport = getattr(client, "_transport", None)
    mounts = getattr(client, "_mounts", None)
    if not isinstance(transport, kind) or not isinstance(mounts, dict):
        return None
    return transport, {str(getattr(pattern, "pattern", pattern)): mounted for pattern, mounted in mounts.items()}


def _common(config: ClientConfig, borrowed_from: httpx.Client | httpx.AsyncClient | None) -> dict[str, Any]:
    settings: dict[str, Any] = {"base_url": config.base_url, "timeout": config.timeout, "headers": config.headers}
    if config.default_query:  # `default_query=`: on every request, the generated layer's too
        settings["params"] = config.default_query
    if borrowed_from is not None:
        settings["event_hooks"] = borrowed_from.event_hooks
        settings["follow_redirects"] = borrowed_from.follow_redirects
    return settings


def sync_http_client(config: ClientConfig, user_client: httpx.Client | None) -> httpx.Client:
    def wrap(transport: httpx.BaseTransport) -> httpx.BaseTransport:
        return RetryingTransport(transport, config.credentials, config.max_retries, config.max_response_bytes)

    if user_client is None:
        return httpx.Client(transport=wrap(_LazyTransport()), **_common(config, None))
    borrowed = _borrow(user_client, httpx.BaseTransport)
    if borrowed is None:
        return httpx.Client(transport=wrap(ClientTransport(user_client)), **_common(config, None))
    inner, mounts = borrowed
    return httpx.Client(
        transport=wrap(inner),
        mounts={pattern: wrap(t) if t is not None else None for pattern, t in mounts.items()},
        **_common(config, user_client),
    )


def async_http_client(config: ClientConfig, user_client: httpx.AsyncClient | None) -> httpx.AsyncClient:
    def wrap(transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return AsyncRetryingTransport(transport, config.credentials, config.max_retries, config.max_response_bytes)

    if user_client is None:
        return httpx.AsyncClient(transport=wrap(_AsyncLazyTransport()), **_common(config, None))
    borrowed = _borrow(user_client, httpx.AsyncBaseTransport)
    if borrowed is None:
        return httpx.AsyncClient(transport=wrap(AsyncClientTransport(user_client)), **_common(config, None))
    inner, mounts = borrowed
    return httpx.AsyncClient(
        transport=wrap(inner),
        mounts={pattern: wrap(t) if t is not None else None for pattern, t in mounts.items()},
        **_common(config, user_client),
    )
