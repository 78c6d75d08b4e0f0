"""Self-tests of the fault server: every behaviour, seen through plain httpx (sync and async)."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import anyio
import httpx
import pytest

from tests.infra.helpers import MODES, SSL_CONTEXT, Mode, Outcome, call
from tests.support import faults, payloads
from tests.support.fault_server import FaultServer

modes = pytest.mark.parametrize("mode", MODES)

SEND = {"from": "+18445550001", "to": "+18665550001", "text": "Hello, World!"}


def send(mode: Mode, server: FaultServer, **kwargs) -> Outcome:
    return call(mode, server.url, "POST", "/messages", json=SEND, **kwargs)


# --- recording and scripting ----------------------------------------------------------------------


@modes
def test_records_every_request(mode: Mode, fault_server: FaultServer) -> None:
    before = time.monotonic()
    outcome = call(
        mode,
        fault_server.url,
        "POST",
        "/messages",
        json=SEND,
        params={"page[number]": "2"},
        headers={"Authorization": "Bearer KEY123", "Idempotency-Key": "k-1"},
    )
    assert outcome.status == 200
    assert outcome.json() == {"data": {}}  # the default behaviour
    (request,) = fault_server.requests
    assert request.method == "POST"
    assert request.path == "/messages"
    assert request.params["page[number]"] == "2"
    assert request.headers["authorization"] == "Bearer KEY123"
    assert request.headers["Idempotency-Key"] == "k-1"
    assert request.json() == SEND
    assert int(request.headers["content-length"]) == len(request.body)
    assert before <= request.arrived_at <= time.monotonic()
    assert request.behaviour == "default 200 {data: {}}"
    assert fault_server.count() == 1
    assert fault_server.count("post", "/messages") == 1
    assert fault_server.count("GET") == 0
    assert fault_server.count(path="/other") == 0


@modes
def test_script_is_consumed_in_order_then_default(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.status(503), faults.status(429)).script(faults.status(418))
    fault_server.default(faults.message_sent())
    assert fault_server.pending == 3
    statuses = [call(mode, fault_server.url).status for _ in range(5)]
    assert statuses == [503, 429, 418, 200, 200]
    assert fault_server.pending == 0
    assert [e.behaviour for e in fault_server.exchanges][:3] == ["status 503", "status 429", "status 418"]
    assert [r.arrived_at for r in fault_server.requests] == sorted(r.arrived_at for r in fault_server.requests)


@modes
def test_keep_alive_reuses_one_connection(mode: Mode, fault_server: FaultServer) -> None:
    outcome = call(mode, fault_server.url, prime=True)
    assert outcome.status == 200
    first, second = fault_server.requests
    assert first.connection_id == second.connection_id
    assert (first.index_on_connection, second.index_on_connection) == (0, 1)
    assert fault_server.connections == 1


@modes
def test_connection_close_behaviour_closes(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.ok(close=True))
    outcome = call(mode, fault_server.url, prime=True)
    assert outcome.status == 200
    first, second = fault_server.requests
    assert first.connection_id != second.connection_id  # the client had to reconnect
    assert fault_server.connections == 2


def test_client_connection_close_header_is_honoured(fault_server: FaultServer) -> None:
    with httpx.Client(base_url=fault_server.url, headers={"Connection": "close"}, verify=SSL_CONTEXT) as client:
        assert [client.get("/a").status_code, client.get("/b").status_code] == [200, 200]
    assert fault_server.connections == 2


# --- normal answers ---------------------------------------------------------------------------------


@modes
def test_status_with_headers_and_json(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.status(201, json={"data": {"id": "x"}}, headers={"x-request-id": "req-1"}))
    outcome = call(mode, fault_server.url)
    assert outcome.status == 201
    assert outcome.headers["x-request-id"] == "req-1"
    assert outcome.headers["content-type"] == "application/json"
    assert outcome.json() == {"data": {"id": "x"}}


@modes
def test_message_sent(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.message_sent(id="abc", to="+15555550100", text="hi"))
    outcome = send(mode, fault_server)
    assert outcome.status == 200
    data = outcome.json()["data"]
    assert (data["id"], data["to"][0]["phone_number"], data["text"]) == ("abc", "+15555550100", "hi")
    assert data["from"]["phone_number"] == "+18445550001"
    assert data["record_type"] == "message"


@modes
@pytest.mark.parametrize(
    ("code", "reason"), [(299, "Unknown Success"), (418, "I'm a Teapot"), (499, "Client Closed Request")]
)
def test_unusual_status(mode: Mode, fault_server: FaultServer, code: int, reason: str) -> None:
    fault_server.script(faults.status(code, json={"errors": []}))
    outcome = call(mode, fault_server.url)
    assert (outcome.status, outcome.reason) == (code, reason)
    assert outcome.error is None
    assert outcome.json() == {"errors": []}


@modes
def test_raw_bytes(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.raw(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Raw: yes\r\n\r\nhello"))
    fault_server.script(faults.raw(b"this is not HTTP\r\n\r\n"))
    outcome = call(mode, fault_server.url)
    assert (outcome.status, outcome.headers["x-raw"], outcome.body) == (200, "yes", b"hello")
    garbage = call(mode, fault_server.url)
    assert isinstance(garbage.error, httpx.RemoteProtocolError)


# --- 429 and 5xx --------------------------------------------------------------------------------------

IN_TWO_MINUTES = datetime(2026, 7, 16, 12, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kwargs", "retry_after", "retry_after_ms"),
    [
        ({"retry_after": "2"}, "2", None),
        ({"retry_after": 2}, "2", None),
        ({"retry_after": 0.5}, "0.5", None),
        ({"retry_after": IN_TWO_MINUTES}, "Thu, 16 Jul 2026 12:02:00 GMT", None),
        ({"retry_after_ms": 1500}, None, "1500"),
        ({"retry_after": "3", "retry_after_ms": "250"}, "3", "250"),
        ({}, None, None),
        *[({"retry_after": absurd}, absurd, None) for absurd in faults.ABSURD_RETRY_AFTER],
    ],
)
@modes
def test_rate_limited(mode: Mode, fault_server: FaultServer, kwargs, retry_after, retry_after_ms) -> None:
    fault_server.script(faults.rate_limited(**kwargs))
    outcome = send(mode, fault_server)
    assert outcome.status == 429
    assert outcome.headers.get("retry-after") == retry_after
    assert outcome.headers.get("retry-after-ms") == retry_after_ms
    assert outcome.json()["errors"][0]["code"] == "10011"
    assert fault_server.count("POST", "/messages") == 1


@modes
def test_rate_limited_http_date_round_trips(mode: Mode, fault_server: FaultServer) -> None:
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=30)
    fault_server.script(faults.rate_limited(retry_after=when))
    outcome = call(mode, fault_server.url)
    assert parsedate_to_datetime(outcome.headers["retry-after"]) == when


@modes
@pytest.mark.parametrize("code", [500, 502, 503, 504])
@pytest.mark.parametrize("body", ["json", "html", "empty"])
def test_server_errors(mode: Mode, fault_server: FaultServer, code: int, body) -> None:
    fault_server.script(faults.server_error(code, body=body, retry_after="1"))
    outcome = send(mode, fault_server)
    assert outcome.status == code
    assert outcome.headers["retry-after"] == "1"
    if body == "json":
        assert outcome.headers["content-type"] == "application/json"
        (error,) = outcome.json()["errors"]
        assert set(error) >= {"code", "title", "detail"}
    elif body == "html":
        assert outcome.headers["content-type"] == "text/html"
        assert f"<h1>{code} ".encode() in outcome.body
    else:
        assert "content-type" not in outcome.headers
        assert outcome.headers["content-length"] == "0"
        assert outcome.body == b""


# --- connection faults ---------------------------------------------------------------------------------


@modes
@pytest.mark.parametrize("reused", [False, True], ids=["fresh", "reused"])
def test_reset_before_read(mode: Mode, fault_server: FaultServer, reused: bool) -> None:
    fault_server.script(*([faults.ok()] if reused else []), faults.reset_before_read())
    outcome = send(mode, fault_server, prime=reused)
    assert isinstance(outcome.error, httpx.ReadError)
    assert outcome.status is None
    assert fault_server.count("POST", "/messages") == 0  # the server never read it
    assert fault_server.exchanges[-1].behaviour == "reset_before_read"
    assert fault_server.exchanges[-1].request is None
    assert fault_server.connections == 1


@modes
@pytest.mark.parametrize("reused", [False, True], ids=["fresh", "reused"])
def test_reset_after_read(mode: Mode, fault_server: FaultServer, reused: bool) -> None:
    fault_server.script(*([faults.ok()] if reused else []), faults.reset_after_read())
    outcome = send(mode, fault_server, prime=reused)
    assert isinstance(outcome.error, httpx.ReadError)
    assert outcome.status is None
    assert fault_server.count("POST", "/messages") == 1  # read in full, then RST
    request = fault_server.requests[-1]
    assert request.json() == SEND
    assert request.index_on_connection == (1 if reused else 0)
    assert fault_server.connections == 1


@modes
def test_close_without_response(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.ok(), faults.close_without_response())
    outcome = send(mode, fault_server, prime=True)
    assert isinstance(outcome.error, httpx.RemoteProtocolError)
    assert fault_server.count("POST", "/messages") == 1


@modes
def test_reset_mid_body(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.reset_mid_body())
    outcome = send(mode, fault_server)
    assert outcome.status == 200
    assert isinstance(outcome.error, httpx.ReadError)
    full = int(outcome.headers["content-length"])
    assert 0 < len(outcome.body) < full  # half the body arrived before the RST
    assert fault_server.count() == 1


@modes
def test_stall_before_status_fires_client_timeout(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.stall_before_status(5))
    outcome = send(mode, fault_server, timeout=0.2)
    assert isinstance(outcome.error, httpx.ReadTimeout)
    assert outcome.status is None
    assert 0.15 < outcome.elapsed < 1.0
    assert fault_server.count() == 1


@modes
def test_stall_before_status_then_answers(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.stall_before_status(0.3, then=faults.status(202, json={"ok": True})))
    outcome = call(mode, fault_server.url, timeout=1.0)
    assert (outcome.status, outcome.json()) == (202, {"ok": True})
    assert outcome.elapsed >= 0.28


@modes
def test_stall_mid_body_fires_client_timeout(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.stall_mid_body(5))
    outcome = send(mode, fault_server, timeout=0.2)
    assert outcome.status == 200
    assert isinstance(outcome.error, httpx.ReadTimeout)
    assert 0 < len(outcome.body) < int(outcome.headers["content-length"])


@modes
def test_stall_mid_body_then_completes(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.stall_mid_body(0.3))
    outcome = send(mode, fault_server, timeout=1.0)
    assert outcome.error is None
    assert outcome.json() == payloads.message_response()
    assert outcome.elapsed >= 0.28


@modes
def test_stall_ends_when_server_stops(mode: Mode) -> None:
    server = FaultServer().start()
    server.script(faults.stall_before_status(60))
    threading.Timer(0.2, server.stop).start()
    outcome = call(mode, server.url, timeout=30)
    assert isinstance(outcome.error, httpx.RemoteProtocolError | httpx.ReadError)
    assert outcome.elapsed < 2.0
    assert server.errors == []


# --- bodies -----------------------------------------------------------------------------------------


@modes
def test_truncated_json(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.truncated_json())
    outcome = send(mode, fault_server)
    assert outcome.status == 200
    assert outcome.error is None  # framing is fine; only the JSON is cut off
    assert len(outcome.body) == int(outcome.headers["content-length"])
    with pytest.raises(json.JSONDecodeError):
        outcome.json()


@modes
def test_wrong_shape(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.wrong_shape(), faults.wrong_shape([1, 2]))
    assert call(mode, fault_server.url).json() == {"data": ["not", "a", "message", 42, None]}
    assert call(mode, fault_server.url).json() == [1, 2]


@modes
def test_ok_with_errors(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.ok_with_errors())
    outcome = send(mode, fault_server)
    assert outcome.status == 200
    assert "data" not in outcome.json()
    assert outcome.json()["errors"][0]["code"] == "10004"


@modes
def test_unknown_enums_and_extra_fields(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.unknown_fields())
    data = send(mode, fault_server).json()["data"]
    assert (data["direction"], data["type"], data["to"][0]["status"]) == ("sideways", "RCS", "teleported")
    assert data["brand_new_field"] == {"nested": [1, 2, 3], "flag": True}


@modes
def test_big_text_message(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.big_text_message())
    outcome = send(mode, fault_server)
    assert len(outcome.json()["data"]["text"]) == 1_000_000
    assert int(outcome.headers["content-length"]) > 1_000_000


@modes
def test_list_page_and_missing_meta(mode: Mode, fault_server: FaultServer) -> None:
    items = [payloads.optout(1), payloads.optout(2)]
    fault_server.script(faults.list_page(items, 2, 5, page_size=2), faults.list_page(items, meta=False))
    body = call(mode, fault_server.url, path="/messaging_optouts").json()
    assert body["data"] == items
    assert body["meta"] == {"page_number": 2, "page_size": 2, "total_pages": 5, "total_results": 10}
    assert call(mode, fault_server.url, path="/messaging_optouts").json() == {"data": items}


@modes
def test_same_page_forever(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.same_page_forever([payloads.optout(1)]))
    metas = [
        call(mode, fault_server.url, path="/messaging_optouts", params={"page[number]": n}).json()["meta"]
        for n in (1, 2, 3)
    ]
    assert [m["page_number"] for m in metas] == [1, 1, 1]
    assert all(m["total_pages"] == 1000 for m in metas)


@modes
def test_pages_answer_by_page_number(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.pages([payloads.optout(1), payloads.optout(2)], [payloads.optout(3)]))
    bodies = [
        call(mode, fault_server.url, path="/messaging_optouts", params={"page[number]": n}).json() for n in (1, 2, 3)
    ]
    assert [len(b["data"]) for b in bodies] == [2, 1, 0]
    assert [b["meta"]["page_number"] for b in bodies] == [1, 2, 3]
    assert bodies[0]["meta"] == {"page_number": 1, "page_size": 2, "total_pages": 2, "total_results": 3}


# --- limits and server-side errors -------------------------------------------------------------------


@modes
def test_stops_after_max_requests(mode: Mode) -> None:
    server = FaultServer(max_requests=3).start()
    try:
        assert [call(mode, server.url).status for _ in range(3)] == [200, 200, 200]
        assert isinstance(call(mode, server.url).error, httpx.ReadError)  # the 4th is reset
        time.sleep(0.1)
        assert isinstance(call(mode, server.url).error, httpx.ConnectError)  # and the server is gone
        assert server.stopping.is_set()
    finally:
        server.stop()
    (error,) = server.take_errors()
    assert "max_requests=3" in error


@modes
def test_stops_after_max_seconds(mode: Mode) -> None:
    server = FaultServer(max_seconds=0.2).start()
    try:
        assert call(mode, server.url).status == 200
        time.sleep(0.4)
        assert isinstance(call(mode, server.url).error, httpx.ConnectError)
    finally:
        server.stop()
    (error,) = server.take_errors()
    assert "max_seconds=0.2" in error


@modes
def test_behaviour_exception_is_recorded(mode: Mode, fault_server: FaultServer) -> None:
    def broken(request):
        raise ZeroDivisionError("behaviour bug")

    fault_server.script(faults.respond_with(broken))
    outcome = call(mode, fault_server.url)
    assert isinstance(outcome.error, httpx.RemoteProtocolError)
    (error,) = fault_server.take_errors()
    assert "ZeroDivisionError: behaviour bug" in error


@modes
def test_chunked_request_is_rejected_clearly(mode: Mode, fault_server: FaultServer) -> None:
    def chunks():
        yield b'{"text": '
        yield b'"hi"}'

    if mode == "sync":
        outcome = call(mode, fault_server.url, "POST", "/messages", content=chunks())
    else:

        async def achunks():
            for chunk in chunks():
                yield chunk

        outcome = call(mode, fault_server.url, "POST", "/messages", content=achunks())
    assert outcome.status == 501
    assert b"chunked request bodies are not supported" in outcome.body
    (error,) = fault_server.take_errors()
    assert "chunked" in error


def test_malformed_request_is_rejected(fault_server: FaultServer) -> None:
    with socket.create_connection(("127.0.0.1", fault_server.port), timeout=1) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 400 ")
    (error,) = fault_server.take_errors()
    assert "malformed request line" in error


# --- concurrency ------------------------------------------------------------------------------------------


def test_sync_and_async_clients_concurrently(fault_server: FaultServer) -> None:
    fault_server.script(*[faults.rate_limited(retry_after="1") for _ in range(10)])
    statuses: list[int] = []
    lock = threading.Lock()

    def sync_worker() -> None:
        with httpx.Client(base_url=fault_server.url, timeout=2, verify=SSL_CONTEXT) as client:
            for _ in range(5):
                status = client.post("/messages", json=SEND).status_code
                with lock:
                    statuses.append(status)

    async def async_burst() -> None:
        async with httpx.AsyncClient(base_url=fault_server.url, timeout=2, verify=SSL_CONTEXT) as client:

            async def one() -> None:
                status = (await client.post("/messages", json=SEND)).status_code
                with lock:
                    statuses.append(status)

            async with anyio.create_task_group() as tg:
                for _ in range(20):
                    tg.start_soon(one)

    threads = [threading.Thread(target=sync_worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    anyio.run(async_burst)
    for thread in threads:
        thread.join(timeout=5)
    assert sorted(statuses) == [200] * 20 + [429] * 10
    assert fault_server.count("POST", "/messages") == 30
    assert fault_server.pending == 0


@modes
def test_wait_for(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.stall_before_status(0.5))
    worker = threading.Thread(target=call, args=(mode, fault_server.url), kwargs={"timeout": 0.2})
    worker.start()
    fault_server.wait_for(1, timeout=1.0)  # the request arrived; its answer is still stalled
    assert fault_server.count() == 1
    worker.join()
    with pytest.raises(TimeoutError):
        fault_server.wait_for(2, timeout=0.05)
