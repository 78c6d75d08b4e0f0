"""A hostile server on a real loopback socket: bodies that trickle, never end, inflate, are
cut off after a 2xx, or are built to make a parser backtrack.

- Each attempt has a deadline of its timeout for the whole answer, so a call ends with
  APITimeoutError within (1 + max_retries) x timeout plus the waits, however the body drips.
- The decoded body is capped (max_response_bytes): a gzip bomb ends in ResponseTooLargeError
  with the status and headers, long before it inflates.
- A 2xx cut off mid-body is not lost: a send returns, and its .data raises
  IncompleteResponseError (status, headers, request id, the part that arrived).
"""

from __future__ import annotations

import gzip
import json
import time
import zlib
from dataclasses import dataclass
from typing import Any

import pytest

import telnyx_messaging as telnyx
from tests.support import faults, payloads
from tests.support.fault_server import Behaviour, Connection, FaultServer, RecordedRequest, encode_head

from .conftest import MODES, PHONE, PHONE_2, UUID, Mode, run

modes = pytest.mark.parametrize("mode", MODES)
pytestmark = pytest.mark.usefixtures("sleeps")  # backoff waits recorded, not slept

TIMEOUT = 1.0
# Connection set-up and scheduling on a busy machine, on top of the promised bound.
SLACK = 1.5
DRIP_INTERVAL = 0.025
MESSAGE_BODY = json.dumps(payloads.message_response()).encode()


@dataclass(frozen=True)
class Drip(Behaviour):
    """A 200 whose body arrives one byte every `interval` seconds: `body` with its
    Content-Length, or (body empty) an endless chunked body. Bounded by `max_seconds`."""

    body: bytes = b""
    interval: float = DRIP_INTERVAL
    max_seconds: float = 20.0

    @property
    def name(self) -> str:
        return "drip" if self.body else "endless drip"

    def act(self, conn: Connection, request: RecordedRequest | None) -> bool:
        stop_at = time.monotonic() + self.max_seconds
        if self.body:
            head = encode_head(200, (("Content-Type", "application/json"),), len(self.body), reason=None, close=True)
            conn.send(head)
            for index in range(len(self.body)):
                if time.monotonic() > stop_at or not conn.pause(self.interval):
                    return False
                conn.send(self.body[index : index + 1])
            return False
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n")
        while time.monotonic() < stop_at and conn.pause(self.interval):
            conn.send(b"1\r\n \r\n")
        return False


def retrieve(client: Any) -> Any:
    return client.messages.retrieve(UUID)


def send(client: Any) -> Any:
    return client.messages.send(to=PHONE, from_=PHONE_2, text="hi")


# --- 1. the whole-call deadline -------------------------------------------------------------------


@modes
@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("endless", [False, True], ids=["drip", "endless chunked drip"])
def test_a_dripping_body_ends_in_a_timeout_within_the_promised_bound(
    mode: Mode, max_retries: int, endless: bool, fault_server: FaultServer
) -> None:
    fault_server.default(Drip(b"" if endless else MESSAGE_BODY))
    outcome = run(mode, fault_server.url, retrieve, timeout=TIMEOUT, max_retries=max_retries)
    assert type(outcome.raised()) is telnyx.APITimeoutError
    assert fault_server.count() == 1 + max_retries
    assert outcome.elapsed < (1 + max_retries) * TIMEOUT + SLACK, outcome.elapsed


@modes
def test_a_per_call_timeout_sets_the_deadline_too(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(Drip())
    outcome = run(mode, fault_server.url, lambda c: c.messages.retrieve(UUID, timeout=0.5, max_retries=0))
    assert type(outcome.raised()) is telnyx.APITimeoutError
    assert outcome.elapsed < 0.5 + SLACK


@modes
def test_a_body_that_drips_within_the_deadline_still_arrives(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(Drip(MESSAGE_BODY[:1] + b" " * 8 + MESSAGE_BODY[1:], interval=0.0005))
    outcome = run(mode, fault_server.url, retrieve, timeout=10.0, max_retries=0)
    assert outcome.error is None, outcome.error
    assert outcome.result.data.id is not None


# --- 11. a 2xx cut off mid-body -----------------------------------------------------------------------


def sent_with_request_id() -> Any:
    return faults.status(200, json=payloads.message_response(), headers={"x-request-id": "req-cut"})


@modes
@pytest.mark.parametrize(
    "fault",
    [
        lambda: faults.reset_mid_body(sent_with_request_id()),
        lambda: faults.stall_mid_body(30, sent_with_request_id()),
    ],
    ids=["reset", "stall past the deadline"],
)
def test_a_send_whose_2xx_body_is_cut_returns_and_says_it_was_accepted(
    mode: Mode, fault: Any, fault_server: FaultServer
) -> None:
    fault_server.default(fault())
    outcome = run(mode, fault_server.url, send, timeout=TIMEOUT)
    assert outcome.error is None, repr(outcome.error)
    response = outcome.result
    assert (response.status_code, response.request_id) == (200, "req-cut")
    with pytest.raises(telnyx.IncompleteResponseError) as caught:
        _ = response.data
    error = caught.value
    assert isinstance(error, telnyx.APIResponseValidationError)
    assert not isinstance(error, telnyx.APIConnectionError)  # nothing invites a resend
    assert "accepted" in str(error)
    assert (error.status_code, error.request_id) == (200, "req-cut")
    assert error.response.headers["x-request-id"] == "req-cut"
    assert 0 < len(error.response.content) < len(MESSAGE_BODY)
    assert MESSAGE_BODY.startswith(error.response.content)
    assert fault_server.count("POST") == 1  # never resent


@modes
def test_a_read_whose_2xx_body_is_cut_is_retried_then_raises(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.reset_mid_body())
    outcome = run(mode, fault_server.url, retrieve, max_retries=1)
    assert type(outcome.raised()) is telnyx.APIConnectionError
    assert fault_server.count() == 2


@modes
def test_a_cut_off_error_status_is_still_a_connection_error(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.reset_mid_body(faults.server_error(500)))
    outcome = run(mode, fault_server.url, send)
    assert type(outcome.raised()) is telnyx.APIConnectionError
    assert fault_server.count("POST") == 1


# --- 9. the size cap ---------------------------------------------------------------------------------


def gzip_of_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    return b"".join([*parts, compressor.flush()])


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """About 250 KB on the wire, 256 MiB once inflated."""
    return gzip_of_zeros(256 * 1024 * 1024)


@modes
def test_a_gzip_bomb_stops_at_the_default_cap(mode: Mode, bomb: bytes, fault_server: FaultServer) -> None:
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json", "x-request-id": "req-bomb"}
    fault_server.default(faults.status(200, body=bomb, headers=headers))
    outcome = run(mode, fault_server.url, retrieve, max_retries=2)
    error = outcome.raised()
    assert type(error) is telnyx.ResponseTooLargeError
    assert error.limit == 32 * 1024 * 1024
    assert (error.status_code, error.request_id) == (200, "req-bomb")
    assert error.response.headers["content-encoding"] == "gzip"
    assert fault_server.count() == 1  # a permanent answer: not retried


@modes
def test_the_cap_is_set_per_client_and_counts_decoded_bytes(mode: Mode, fault_server: FaultServer) -> None:
    text = "x" * 5000
    body = gzip.compress(json.dumps(payloads.message_response(text=text)).encode())
    fault_server.default(faults.status(200, body=body, headers={"Content-Encoding": "gzip"}))
    small = run(mode, fault_server.url, retrieve, max_response_bytes=4096)
    assert type(small.raised()) is telnyx.ResponseTooLargeError
    assert small.raised().limit == 4096
    roomy = run(mode, fault_server.url, retrieve, max_response_bytes=64 * 1024)
    assert roomy.error is None
    assert roomy.result.data.text == text


@modes
def test_an_error_status_with_a_huge_body_keeps_its_status(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.status(503, body=b"e" * 100_000))
    outcome = run(mode, fault_server.url, send, max_response_bytes=10_000)
    error = outcome.raised()
    assert type(error) is telnyx.ResponseTooLargeError
    assert error.status_code == 503


# --- 2. bodies built to make a parser backtrack ---------------------------------------------------


@modes
@pytest.mark.parametrize("body", [b"<" * 300_000, b"<a" * 150_000, b"<" + b"x" * 300_000])
def test_an_error_body_made_of_angle_brackets_is_handled_promptly(
    mode: Mode, body: bytes, fault_server: FaultServer
) -> None:
    """Before, the tag-stripping pattern rescanned to the end from each "<": 300,000 of them
    took minutes. Now the scan is linear and limited to the start of the body."""
    fault_server.default(faults.status(502, body=body, headers={"Content-Type": "text/html"}))
    outcome = run(mode, fault_server.url, send, max_retries=0)
    error = outcome.raised()
    assert type(error) is telnyx.InternalServerError
    assert error.response.content == body
    assert outcome.elapsed < 5.0, outcome.elapsed  # a hang bound, not a speed target
