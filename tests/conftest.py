"""Shared test setup. Fixtures live in tests/support; this file registers them."""

import pytest

from telnyx_messaging import _transport

pytest_plugins = (
    "tests.support.fault_server",  # fault_server: a fresh fault-injecting server per test
    "tests.support.prism",  # prism: the Prism mock of the cut spec, one per session
    "pytester",  # pytester: run an inner pytest session (tests of the fixtures themselves)
)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the anyio plugin ships with httpx's dependencies)."""
    return "asyncio"


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the retrying transports' backoff waits instead of sleeping through them."""
    delays: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_transport, "sleep", delays.append)
    monkeypatch.setattr(_transport, "async_sleep", fake_async_sleep)
    return delays
