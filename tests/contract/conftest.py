"""Clients on the session's Prism whose every request is recorded as it goes on the wire.

`client` / `make_async_client()` are real `Telnyx` / `AsyncTelnyx` instances (base_url=prism.url,
api_key=API_KEY, default retries) over an httpx client with:
- a `Wire` transport underneath the overlay's retrying transport: it records each attempt as
  sent, Authorization header included (`wire.sent`);
- the `violation_hook` response hook of tests/support/prism.py: a request Prism rejects fails
  the test with Prism's violation text.
Backoff waits are recorded in `no_sleep`, never slept.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx
import pytest

from telnyx_messaging import AsyncTelnyx, Telnyx
from tests.support.prism import PrismServer, async_violation_hook, violation_hook

API_KEY = "test-key"


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every transport: building one per test costs ~50 ms (Prism is plain HTTP)."""
    return ssl.create_default_context()


@dataclass(frozen=True)
class Sent:
    """One attempt as it went on the wire."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    content: bytes

    @classmethod
    def of(cls, request: httpx.Request) -> Sent:
        return cls(request.method, request.url, httpx.Headers(request.headers), request.content)

    @property
    def path(self) -> str:
        return self.url.raw_path.decode("ascii").split("?", 1)[0]

    @property
    def query(self) -> dict[str, str]:
        """The decoded query string (names like `page[size]`), each name sent once."""
        items = self.url.params.multi_items()
        names = [name for name, _ in items]
        assert len(names) == len(set(names)), f"a query parameter was sent twice: {self.url}"
        return dict(items)

    def json(self) -> Any:
        return json.loads(self.content) if self.content else None


@dataclass
class Wire:
    """Every attempt of every request, in order."""

    sent: list[Sent] = field(default_factory=list)

    def sync(self) -> httpx.BaseTransport:
        return _SyncWire(self)

    def asynchronous(self) -> httpx.AsyncBaseTransport:
        return _AsyncWire(self)


class _SyncWire(httpx.BaseTransport):
    def __init__(self, wire: Wire) -> None:
        self._wire = wire
        self._inner = httpx.HTTPTransport(verify=_tls())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._wire.sent.append(Sent.of(request))
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class _AsyncWire(httpx.AsyncBaseTransport):
    def __init__(self, wire: Wire) -> None:
        self._wire = wire
        self._inner = httpx.AsyncHTTPTransport(verify=_tls())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._wire.sent.append(Sent.of(request))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def client(prism: PrismServer, wire: Wire) -> Iterator[Telnyx]:
    http = httpx.Client(transport=wire.sync(), event_hooks={"response": [violation_hook()]})
    with Telnyx(api_key=API_KEY, base_url=prism.url, http_client=http) as telnyx_client:
        yield telnyx_client


@pytest.fixture
def make_async_client(prism: PrismServer, wire: Wire) -> Any:
    """`async with make_async_client() as client:` (built inside the test's event loop)."""

    def make(**kwargs: Any) -> AsyncTelnyx:
        http = httpx.AsyncClient(transport=wire.asynchronous(), event_hooks={"response": [async_violation_hook()]})
        return AsyncTelnyx(api_key=API_KEY, base_url=prism.url, http_client=http, **kwargs)

    return make


@pytest.fixture(autouse=True)
def _no_real_sleeping(no_sleep: list[float]) -> list[float]:
    return no_sleep
