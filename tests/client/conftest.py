"""Fixtures for client tests over httpx.MockTransport: no network, no real sleeping."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from telnyx_messaging import AsyncTelnyx, Telnyx

API_KEY = "KEY0123456789SECRET"
Handler = Callable[[httpx.Request], httpx.Response]

SENT_MESSAGE = {
    "data": {
        "id": "40385f64-5717-4562-b3fc-2c963f66afa6",
        "record_type": "message",
        "direction": "outbound",
        "type": "SMS",
        "to": [{"phone_number": "+13125550001", "status": "queued", "carrier": "T-MOBILE USA, INC."}],
        "from": {"phone_number": "+18005550101", "carrier": "TELNYX LLC"},
        "text": "Hello from Telnyx!",
        "sent_at": None,
        "errors": [],
    }
}


@dataclass
class Recorder:
    """Answers requests from a script and remembers what arrived (with the auth it carried)."""

    responses: list[httpx.Response | Exception | Handler] = field(default_factory=list)
    default: httpx.Response | Handler | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    authorizations: list[str | None] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.authorizations.append(request.headers.get("authorization"))
        self.bodies.append(request.read())
        answer = self.responses.pop(0) if self.responses else self.default
        if answer is None:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self(request)

    def count(self, method: str | None = None) -> int:
        return sum(1 for r in self.requests if method is None or r.method == method)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[Telnyx]:
    with Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder))) as c:
        yield c


@pytest.fixture
def async_client(recorder: Recorder) -> AsyncTelnyx:
    return AsyncTelnyx(API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async)))


@pytest.fixture(autouse=True)
def _no_real_sleeping(no_sleep: list[float]) -> list[float]:
    return no_sleep


def json_response(status: int, body: Any = None, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, json=body, **kwargs) if body is not None else httpx.Response(status, **kwargs)
