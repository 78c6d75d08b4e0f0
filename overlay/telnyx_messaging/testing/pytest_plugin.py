"""pytest fixtures for testing an app against the fake Telnyx (registered by the `pytest11` entry point).

    def test_signup_sends_a_code(telnyx_client, telnyx_fake):
        my_app.signup("+13125550001", client=telnyx_client)
        (message,) = telnyx_fake.messages
        assert "code" in message["text"]

- `telnyx_fake`: a `TelnyxFake`, reset before each test; one per session (building the
  validators once), so state never leaks from one test into the next. Its loopback server
  (`telnyx_fake.url`) is started on first use and stopped at the end of the session.
- `telnyx_client` / `async_telnyx_client`: `Telnyx` / `AsyncTelnyx` bound to it in-process
  (``api_key="test-key"``; retries on, backoff waits real).
- `telnyx_fake.messages` / `telnyx_fake.requests`: what the app sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx
import pytest

from telnyx_messaging import AsyncTelnyx, Telnyx

if TYPE_CHECKING:
    from telnyx_messaging.testing._fake import TelnyxFake

API_KEY = "test-key"


@pytest.fixture(scope="session")
def _telnyx_fake_session() -> Iterator[TelnyxFake]:
    # imported here: a project that installed telnyx-messaging without the [testing] extra still
    # gets this plugin loaded by pytest, and must not fail before it asks for the fixtures
    from telnyx_messaging.testing import TelnyxFake  # noqa: PLC0415

    fake = TelnyxFake()
    yield fake
    fake.close()


@pytest.fixture
def telnyx_fake(_telnyx_fake_session: TelnyxFake) -> Iterator[TelnyxFake]:
    """The fake Telnyx API, empty at the start of the test."""
    _telnyx_fake_session.reset()
    yield _telnyx_fake_session
    _telnyx_fake_session.reset()


@pytest.fixture
def telnyx_client(telnyx_fake: TelnyxFake) -> Iterator[Telnyx]:
    """A `Telnyx` client answered by `telnyx_fake`, in-process."""
    http = httpx.Client(transport=telnyx_fake.transport)
    with Telnyx(API_KEY, public_key=telnyx_fake.public_key, http_client=http) as client:
        yield client


@pytest.fixture
async def async_telnyx_client(telnyx_fake: TelnyxFake) -> AsyncIterator[AsyncTelnyx]:
    """An `AsyncTelnyx` client answered by `telnyx_fake` (use it from an async test: anyio or pytest-asyncio)."""
    http = httpx.AsyncClient(transport=telnyx_fake.async_transport)
    async with AsyncTelnyx(API_KEY, public_key=telnyx_fake.public_key, http_client=http) as client:
        yield client
