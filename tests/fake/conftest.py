"""A fake whose every answer is checked against the spec's response schemas, and clients on it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from telnyx_messaging import Telnyx
from telnyx_messaging.testing import TelnyxFake


@pytest.fixture
def fake() -> Iterator[TelnyxFake]:
    telnyx_fake = TelnyxFake(check_answers=True)
    yield telnyx_fake
    telnyx_fake.close()


@pytest.fixture
def client(fake: TelnyxFake) -> Iterator[Telnyx]:
    with Telnyx("test-key", http_client=httpx.Client(transport=fake.transport)) as telnyx_client:
        yield telnyx_client
