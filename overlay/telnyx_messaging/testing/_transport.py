"""The fake as httpx transports: in-process, no sockets, sync and async."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from telnyx_messaging.testing._fake import Outcome, TelnyxFake


def _wait(outcome: Outcome, request: httpx.Request) -> float:
    """How long to wait before answering; raises ReadTimeout (after waiting) past the read timeout."""
    read_timeout = request.extensions.get("timeout", {}).get("read")
    if read_timeout is not None and outcome.delay > read_timeout:
        raise _TimedOut(read_timeout)
    return outcome.delay


class _TimedOut(Exception):  # noqa: N818 - internal signal
    def __init__(self, after: float) -> None:
        self.after = after


def _response(outcome: Outcome, request: httpx.Request) -> httpx.Response:
    if outcome.answer is None:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    answer = outcome.answer
    return httpx.Response(answer.status, headers=dict(answer.headers), content=answer.content(), request=request)


class FakeTransport(httpx.BaseTransport):
    """``httpx.Client(transport=fake.transport)``: each request is answered by `fake`."""

    def __init__(self, fake: TelnyxFake) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        outcome = self.fake.handle(request.method, str(request.url), dict(request.headers), content)
        try:
            time.sleep(_wait(outcome, request))
        except _TimedOut as timed_out:
            time.sleep(timed_out.after)
            raise httpx.ReadTimeout("The fake delayed its answer past the read timeout.", request=request) from None
        return _response(outcome, request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncClient(transport=fake.async_transport)``."""

    def __init__(self, fake: TelnyxFake) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        content = await request.aread()
        outcome = self.fake.handle(request.method, str(request.url), dict(request.headers), content)
        try:
            await asyncio.sleep(_wait(outcome, request))
        except _TimedOut as timed_out:
            await asyncio.sleep(timed_out.after)
            raise httpx.ReadTimeout("The fake delayed its answer past the read timeout.", request=request) from None
        return _response(outcome, request)
