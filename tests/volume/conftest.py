"""Fixtures of the volume tests: a loopback stand-in for Telnyx and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .standin import StandIn


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn(max_seconds=120) as server:
        yield server


def messages(count: int, senders: tuple[str, ...] = ("12345",), *, prefix: str = "m") -> list[dict[str, str]]:
    """`count` distinct messages spread round-robin over `senders`."""
    return [
        {"to": f"+1312555{i % 10000:04d}", "from": senders[i % len(senders)], "text": f"{prefix} {i}"}
        for i in range(count)
    ]
