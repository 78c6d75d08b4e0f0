"""Many calls at once on one client, over real sockets: no duplicate sends, no lost or crossed
results under intermittent 429s; closing the client mid-flight raises documented errors."""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import anyio.to_thread
import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import AsyncTelnyx, Telnyx
from tests.support import faults
from tests.support.fault_server import Behaviour, FaultServer, RecordedRequest

from .conftest import API_KEY, PHONE, PHONE_2, TIMEOUT, UUID

SENDS = 200


def message_id(k: int) -> str:
    return f"00000000-0000-4000-8000-{k:012d}"


class Flaky:
    """Send number k is refused with 429 (k % 3) times before it is accepted; send number k
    with k % 7 == 6 gets a 500 instead (never retried without an idempotency key). Records
    how often each text arrived and how often it was accepted."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.arrivals: Counter[str] = Counter()
        self.accepted: Counter[str] = Counter()

    @staticmethod
    def number(text: str) -> int:
        return int(text.rsplit("-", 1)[1])

    def __call__(self, request: RecordedRequest) -> Behaviour:
        text = request.json()["text"]
        k = self.number(text)
        with self.lock:
            seen = self.arrivals[text]
            self.arrivals[text] += 1
            if seen < k % 3:
                return faults.rate_limited(retry_after_ms=5 + k % 20)
            if k % 7 == 6:
                return faults.server_error(500)
            self.accepted[text] += 1
        return faults.message_sent(text=text, id=message_id(k))

    def check(self, results: dict[int, Any], sends: int) -> None:
        """Every call returned (a response, or the documented error for a 500) for its own
        message, and every message was accepted at most once."""
        assert sorted(results) == list(range(sends)), "lost results"
        for k, result in results.items():
            text = f"send-{k}"
            if k % 7 == 6:
                assert type(result) is telnyx.InternalServerError, (k, result)
                assert self.arrivals[text] == 1 + k % 3  # the 500 was not replayed
                assert self.accepted[text] == 0
            else:
                assert isinstance(result, telnyx.APIResponse), (k, result)
                assert result.data.text == text  # its own answer, not a neighbour's
                assert str(result.data.id) == message_id(k)
                assert self.arrivals[text] == 1 + k % 3
                assert self.accepted[text] == 1
        assert set(self.arrivals) == {f"send-{k}" for k in range(sends)}
        assert max(self.accepted.values()) == 1


@pytest.mark.anyio
async def test_many_concurrent_sends_under_intermittent_429s(big_fault_server: FaultServer) -> None:
    flaky = Flaky()
    big_fault_server.default(faults.respond_with(flaky, label="flaky"))
    results: dict[int, Any] = {}

    async def one(client: AsyncTelnyx, k: int) -> None:
        try:
            results[k] = await client.messages.send(to=PHONE, from_=PHONE_2, text=f"send-{k}")
        except Exception as error:  # kept and checked: only the documented error may appear
            results[k] = error

    started = time.monotonic()
    async with AsyncTelnyx(API_KEY, base_url=big_fault_server.url, timeout=TIMEOUT, max_retries=2) as client:
        with anyio.fail_after(30):
            async with anyio.create_task_group() as group:
                for k in range(SENDS):
                    group.start_soon(one, client, k)
    flaky.check(results, SENDS)
    assert big_fault_server.count("POST", "/messages") == sum(1 + k % 3 for k in range(SENDS))
    assert time.monotonic() - started < 30


def test_many_threads_sharing_one_sync_client(big_fault_server: FaultServer) -> None:
    flaky = Flaky()
    big_fault_server.default(faults.respond_with(flaky, label="flaky"))
    sends = 100

    def one(client: Telnyx, k: int) -> Any:
        try:
            return client.messages.send(to=PHONE, from_=PHONE_2, text=f"send-{k}")
        except Exception as error:
            return error

    with (
        Telnyx(API_KEY, base_url=big_fault_server.url, timeout=TIMEOUT, max_retries=2) as client,
        ThreadPoolExecutor(max_workers=16) as pool,
    ):
        results = dict(enumerate(pool.map(lambda k: one(client, k), range(sends), timeout=30)))
    flaky.check(results, sends)


# --- closing the client mid-flight -----------------------------------------------------------------

IN_FLIGHT = 8
# Longer than the whole test: only the client's close (or its read timeout) can end a call.
STALL = 10.0
CLOSE_TIMEOUT = httpx.Timeout(5.0, read=0.5)


def _call(client: Any, kind: str, k: int) -> Any:
    if kind == "send":
        return client.messages.send(to=PHONE, from_=PHONE_2, text=f"close-{k}")
    return client.messages.retrieve(UUID)


async def _close_async_client_mid_flight(server: FaultServer, kind: str) -> tuple[list[Any], float, int]:
    """Start IN_FLIGHT calls against a stalled server, close the client once all arrived.
    Returns the outcomes, the seconds the calls took after close(), and the exchange count
    the server had at close()."""
    server.default(faults.stall_before_status(STALL))
    client = AsyncTelnyx(API_KEY, base_url=server.url, timeout=CLOSE_TIMEOUT, max_retries=2)
    outcomes: list[Any] = []

    async def one(k: int) -> None:
        try:
            outcomes.append(await _call(client, kind, k))
        except Exception as error:
            outcomes.append(error)

    with anyio.fail_after(20):
        async with anyio.create_task_group() as group:
            for k in range(IN_FLIGHT):
                group.start_soon(one, k)
            await anyio.to_thread.run_sync(server.wait_for, IN_FLIGHT)
            at_close = len(server.exchanges)
            await client.aclose()
            closed_at = time.monotonic()
    return outcomes, time.monotonic() - closed_at, at_close


def _assert_clean(outcomes: list[Any]) -> None:
    assert len(outcomes) == IN_FLIGHT  # nothing lost
    for outcome in outcomes:
        assert isinstance(outcome, telnyx.APIConnectionError), repr(outcome)
        assert outcome.request is not None


@pytest.mark.anyio
async def test_closing_async_client_mid_flight_fails_sends_cleanly(fault_server: FaultServer) -> None:
    outcomes, after_close, at_close = await _close_async_client_mid_flight(fault_server, "send")
    _assert_clean(outcomes)
    assert fault_server.count("POST") == IN_FLIGHT == at_close  # nothing replayed
    assert after_close < CLOSE_TIMEOUT.read  # ended by the close, not by a timeout


@pytest.mark.anyio
async def test_closing_async_client_mid_flight_fails_reads_promptly(
    fault_server: FaultServer, sleeps: list[float]
) -> None:
    outcomes, after_close, at_close = await _close_async_client_mid_flight(fault_server, "read")
    _assert_clean(outcomes)
    assert len(fault_server.exchanges) == at_close, "requests went out after close()"
    assert after_close < CLOSE_TIMEOUT.read
    assert not any(isinstance(outcome, telnyx.APITimeoutError) for outcome in outcomes)


def _close_sync_client_mid_flight(server: FaultServer, kind: str) -> tuple[list[Any], int]:
    server.default(faults.stall_before_status(STALL))
    client = Telnyx(API_KEY, base_url=server.url, timeout=CLOSE_TIMEOUT, max_retries=2)

    def one(k: int) -> Any:
        try:
            return _call(client, kind, k)
        except Exception as error:
            return error

    with ThreadPoolExecutor(max_workers=IN_FLIGHT) as pool:
        futures = [pool.submit(one, k) for k in range(IN_FLIGHT)]
        server.wait_for(IN_FLIGHT)
        at_close = len(server.exchanges)
        client.close()
        # A thread blocked in recv() is not woken by close() on Linux: it ends at its read timeout.
        outcomes = [future.result(timeout=20) for future in futures]
    return outcomes, at_close


def test_closing_sync_client_mid_flight_fails_sends_cleanly(fault_server: FaultServer) -> None:
    outcomes, at_close = _close_sync_client_mid_flight(fault_server, "send")
    _assert_clean(outcomes)
    assert fault_server.count("POST") == IN_FLIGHT == at_close


def test_closing_sync_client_mid_flight_does_not_retry_reads(fault_server: FaultServer, sleeps: list[float]) -> None:
    outcomes, at_close = _close_sync_client_mid_flight(fault_server, "read")
    _assert_clean(outcomes)
    assert len(fault_server.exchanges) == at_close, "requests went out after close()"


@pytest.mark.anyio
async def test_calls_on_a_closed_client_raise_connection_error(fault_server: FaultServer) -> None:
    async_client = AsyncTelnyx(API_KEY, base_url=fault_server.url)
    await async_client.aclose()
    sync_client = Telnyx(API_KEY, base_url=fault_server.url)
    sync_client.close()
    for call in (
        lambda: _call(sync_client, "send", 0),
        lambda: _call(sync_client, "read", 0),
        lambda: list(sync_client.messaging_optouts.list()),
    ):
        with pytest.raises(telnyx.APIConnectionError, match="closed"):
            call()
    for kind in ("send", "read"):
        with pytest.raises(telnyx.APIConnectionError, match="closed"):
            await _call(async_client, kind, 0)
    with pytest.raises(telnyx.APIConnectionError, match="closed"):
        [item async for item in async_client.messaging_optouts.list()]
    assert fault_server.count() == 0
