"""Shared pieces of the reliability tests: one call through a real Telnyx / AsyncTelnyx client
against the fault server (real sockets), what it returned or raised, how long it took and how
long it would have slept between attempts.

Backoff waits are recorded instead of slept (`sleeps` fixture), so a test's wall-clock time is
the time spent on the wire: connection set-up, stalls and client timeouts.
"""

from __future__ import annotations

import inspect
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
import httpx
import pytest

from telnyx_messaging import AsyncPaginator, AsyncTelnyx, Telnyx
from tests.support.fault_server import FaultServer

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

# Looks like a real key and appears nowhere else, so a grep for it finds only leaks.
API_KEY = "KEY0RELIABILITY7c1b9e2fSECRETd4a6"
PHONE = "+13125550001"
PHONE_2 = "+18005550101"
UUID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"

# Short timeouts: a stalled server must surface as APITimeoutError quickly. Connect and write
# get more room because the machine running the tests is busy.
READ_TIMEOUT = 0.2
FAST_TIMEOUT = httpx.Timeout(2.0, read=READ_TIMEOUT)
TIMEOUT = httpx.Timeout(5.0)

Action = Callable[[Any], Any]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


_SHARED_SSL_CONTEXT: list[ssl.SSLContext] = []


@pytest.fixture(autouse=True)
def shared_ssl_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every client builds httpx's default SSL context (~100 ms on this machine, most of a test's
    time). These tests speak plain http on loopback, so all clients share one context; the
    clients are otherwise built exactly as users build them."""
    if not _SHARED_SSL_CONTEXT:
        _SHARED_SSL_CONTEXT.append(httpx.create_ssl_context())
    context = _SHARED_SSL_CONTEXT[0]
    monkeypatch.setattr("httpx._transports.default.create_ssl_context", lambda *args, **kwargs: context, raising=False)


@pytest.fixture
def sleeps(no_sleep: list[float]) -> list[float]:
    """Backoff waits, recorded instead of slept (the shared `no_sleep`)."""
    return no_sleep


@pytest.fixture
def big_fault_server() -> Iterator[FaultServer]:
    """A fault server that accepts up to 1,000 requests (for the concurrency tests)."""
    server = FaultServer(max_requests=1000, max_seconds=60.0).start()
    try:
        yield server
    finally:
        server.stop()
    if server.errors:
        pytest.fail("errors inside the fault server:\n\n" + "\n\n".join(server.errors), pytrace=False)


@dataclass
class Outcome:
    """What one call through the client produced."""

    result: Any = None
    error: Exception | None = None
    elapsed: float = 0.0
    items: list[Any] = field(default_factory=list)

    def raised(self) -> Exception:
        assert self.error is not None, f"expected an exception, got {self.result!r}"
        return self.error


def run(
    mode: Mode,
    base_url: str,
    action: Action,
    *,
    iterate: bool = False,
    timeout: httpx.Timeout | float = TIMEOUT,
    max_retries: int = 2,
    **client_kwargs: Any,
) -> Outcome:
    """Build a fresh client of `mode` on `base_url`, call `action(client)` (awaiting it for the
    async client) and, with `iterate`, walk every item of the returned page(s)."""
    (outcome,) = run_all(
        mode, base_url, [action], iterate=iterate, timeout=timeout, max_retries=max_retries, **client_kwargs
    )
    return outcome


def run_all(
    mode: Mode,
    base_url: str,
    actions: list[Action],
    *,
    iterate: bool = False,
    timeout: httpx.Timeout | float = TIMEOUT,
    max_retries: int = 2,
    **client_kwargs: Any,
) -> list[Outcome]:
    """`run` for several calls in a row on one client (one outcome each). Exceptions are
    captured whatever their class, so that a test can assert it is a documented one."""
    kwargs = {"base_url": base_url, "timeout": timeout, "max_retries": max_retries, **client_kwargs}
    outcomes = [Outcome() for _ in actions]
    if mode == "sync":
        with Telnyx(API_KEY, **kwargs) as client:
            for action, outcome in zip(actions, outcomes, strict=True):
                started = time.monotonic()
                try:
                    outcome.result = action(client)
                    if iterate:
                        outcome.items = list(outcome.result)
                except Exception as error:
                    outcome.error = error
                outcome.elapsed = time.monotonic() - started
        return outcomes

    async def one(client: AsyncTelnyx, action: Action, outcome: Outcome) -> None:
        started = time.monotonic()
        try:
            value = action(client)
            if isinstance(value, AsyncPaginator) and iterate:
                outcome.items = [item async for item in value]
            else:
                outcome.result = await value if inspect.isawaitable(value) else value
        except Exception as error:
            outcome.error = error
        outcome.elapsed = time.monotonic() - started

    async def main() -> None:
        async with AsyncTelnyx(API_KEY, **kwargs) as client:
            for action, outcome in zip(actions, outcomes, strict=True):
                await one(client, action, outcome)

    anyio.run(main)
    return outcomes
