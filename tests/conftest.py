"""Shared test setup. Fixtures live in tests/support; this file registers them."""

import pytest

pytest_plugins = (
    "tests.support.fault_server",  # fault_server: a fresh fault-injecting server per test
    "tests.support.prism",  # prism: the Prism mock of the cut spec, one per session
    "pytester",  # pytester: run an inner pytest session (tests of the fixtures themselves)
)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the anyio plugin ships with httpx's dependencies)."""
    return "asyncio"
