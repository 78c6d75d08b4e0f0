"""Every fault of the fault server, through real Telnyx and AsyncTelnyx clients on real sockets.

For each fault: the documented exception (or the successful result), how many requests the
server saw (a send is never replayed once the server may have processed it, unless it carries
an idempotency key), the backoff waits (recorded, not slept), the wall-clock time, and the raw
response on the exception whenever one arrived.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import telnyx_messaging as telnyx
from telnyx_messaging._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER
from tests.support import faults, payloads
from tests.support.fault_server import FaultServer, Respond

from .conftest import API_KEY, FAST_TIMEOUT, MODES, PHONE, PHONE_2, READ_TIMEOUT, UUID, Mode, Outcome, run, run_all

modes = pytest.mark.parametrize("mode", MODES)

TEXT = "Reliability check"
KEY = "idem-7f3a"
# Without a stall, a call (all attempts, backoff recorded not slept) finishes well within this.
QUICK = 5.0


def send(client: Any, **options: Any) -> Any:
    return client.messages.send(to=PHONE, from_=PHONE_2, text=TEXT, **options)


def send_with_key(client: Any) -> Any:
    return send(client, idempotency_key=KEY)


def read(client: Any) -> Any:
    return client.messages.retrieve(UUID)


def is_backoff(delay: float, retries_done: int = 0) -> bool:
    """True when `delay` is the jittered exponential backoff after `retries_done` retries."""
    full = min(INITIAL_RETRY_DELAY * 2**retries_done, MAX_RETRY_DELAY)
    return full * (1 - RETRY_JITTER) <= delay <= full


def assert_bounded(outcome: Outcome, sleeps: list[float], *, attempts: int, per_attempt: float = 0.0) -> None:
    """Wall-clock time within the client timeouts of `attempts` attempts (plus slack for a busy
    machine), and every backoff wait within the documented caps."""
    assert outcome.elapsed < attempts * per_attempt + QUICK, outcome.elapsed
    assert all(0 <= delay <= MAX_RETRY_AFTER for delay in sleeps), sleeps
    assert sum(sleeps) <= (attempts - 1) * MAX_RETRY_AFTER


def assert_api_key_on_every_attempt(server: FaultServer) -> None:
    assert server.requests
    assert {r.headers.get("authorization") for r in server.requests} == {f"Bearer {API_KEY}"}


def served_message(text: str = TEXT) -> Respond:
    return faults.message_sent(text=text)


# --- 429 and Retry-After ----------------------------------------------------------------------


def _in(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


# (label, 429 behaviour, predicate on the recorded wait)
RATE_LIMITS: list[tuple[str, Any, Any]] = [
    ("seconds", lambda: faults.rate_limited("2"), lambda d: d == 2.0),
    ("fractional seconds", lambda: faults.rate_limited("0.25"), lambda d: d == 0.25),
    ("zero", lambda: faults.rate_limited("0"), lambda d: d == 0.0),
    ("at the cap", lambda: faults.rate_limited(str(int(MAX_RETRY_AFTER))), lambda d: d == MAX_RETRY_AFTER),
    ("http-date", lambda: faults.rate_limited(_in(6)), lambda d: 3.0 <= d <= 6.0),
    ("http-date in the past", lambda: faults.rate_limited(_in(-3600)), lambda d: d == 0.0),
    ("retry-after-ms", lambda: faults.rate_limited(retry_after_ms=250), lambda d: d == 0.25),
    ("retry-after-ms wins", lambda: faults.rate_limited("30", retry_after_ms="100"), lambda d: d == 0.1),
    ("bad ms, good seconds", lambda: faults.rate_limited("3", retry_after_ms="soon"), lambda d: d == 3.0),
    ("absent", faults.rate_limited, is_backoff),
    ("over the cap", lambda: faults.rate_limited(str(int(MAX_RETRY_AFTER) + 1)), is_backoff),
    ("http-date far away", lambda: faults.rate_limited(_in(86400 * 365)), is_backoff),
    ("negative ms", lambda: faults.rate_limited(retry_after_ms="-5"), is_backoff),
    ("huge ms", lambda: faults.rate_limited(retry_after_ms="9" * 30), is_backoff),
    ("nan", lambda: faults.rate_limited("nan"), is_backoff),
    ("inf", lambda: faults.rate_limited("inf"), is_backoff),
    *[
        (f"absurd {value!r}", lambda value=value: faults.rate_limited(value), is_backoff)
        for value in faults.ABSURD_RETRY_AFTER
    ],
]


@modes
@pytest.mark.parametrize("case", RATE_LIMITS, ids=[case[0] for case in RATE_LIMITS])
def test_send_after_429_is_retried_with_the_servers_wait_or_capped_backoff(
    mode: Mode, fault_server: FaultServer, sleeps: list[float], case: tuple[str, Any, Any]
) -> None:
    label, behaviour, wait_ok = case
    fault_server.script(behaviour()).default(served_message())
    outcome = run(mode, fault_server.url, send)
    assert outcome.error is None, outcome.error
    assert outcome.result.status_code == 200
    assert outcome.result.data.text == TEXT
    # 429 means "not processed": replaying the send is safe, and it went out exactly twice.
    assert fault_server.count("POST", "/messages") == 2
    assert len(sleeps) == 1
    assert wait_ok(sleeps[0]), (label, sleeps)
    assert_bounded(outcome, sleeps, attempts=2)
    assert_api_key_on_every_attempt(fault_server)


@modes
def test_429_on_every_attempt_raises_rate_limit_error_with_the_response(
    mode: Mode, fault_server: FaultServer, sleeps: list[float]
) -> None:
    fault_server.default(faults.rate_limited("7", headers={"x-request-id": "req-429"}))
    outcome = run(mode, fault_server.url, send, max_retries=3)
    error = outcome.raised()
    assert type(error) is telnyx.RateLimitError
    assert error.status_code == 429
    assert error.retry_after == 7.0
    assert error.request_id == "req-429"
    assert error.response.status_code == 429
    assert error.response.json() == payloads.error_for_status(429)
    assert error.errors[0].code == "10011"
    assert fault_server.count("POST", "/messages") == 4  # 1 + max_retries
    assert sleeps == [7.0, 7.0, 7.0]
    assert_bounded(outcome, sleeps, attempts=4)


@modes
def test_backoff_without_retry_after_grows_exponentially_and_is_capped(
    mode: Mode, fault_server: FaultServer, sleeps: list[float]
) -> None:
    fault_server.default(faults.rate_limited("garbage"))
    outcome = run(mode, fault_server.url, read, max_retries=7)
    assert isinstance(outcome.raised(), telnyx.RateLimitError)
    assert fault_server.count("GET") == 8
    assert len(sleeps) == 7
    for retries_done, delay in enumerate(sleeps):
        assert is_backoff(delay, retries_done), (retries_done, sleeps)
    assert max(sleeps) <= MAX_RETRY_DELAY
    assert_bounded(outcome, sleeps, attempts=8)


@modes
def test_retry_after_is_really_waited_for(mode: Mode, fault_server: FaultServer) -> None:
    """No patched sleep here: the client waits the 150 ms the server asked for, and no longer
    than the call's own work plus that wait."""
    fault_server.script(faults.rate_limited(retry_after_ms=150)).default(served_message())
    outcome = run(mode, fault_server.url, send)
    assert outcome.error is None, outcome.error
    first, second = fault_server.requests
    assert second.arrived_at - first.arrived_at >= 0.15
    assert outcome.elapsed < 0.15 + QUICK


# --- 5xx --------------------------------------------------------------------------------------------


@modes
@pytest.mark.parametrize("body", ["json", "html", "empty"])
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_send_once_keyed_send_and_read_retried(
    mode: Mode, fault_server: FaultServer, sleeps: list[float], status: int, body: Any
) -> None:
    behaviour = faults.server_error(status, body=body)
    fault_server.default(behaviour)
    plain, keyed, got = run_all(mode, fault_server.url, [send, send_with_key, read])

    for outcome in (plain, keyed, got):
        error = outcome.raised()
        assert type(error) is telnyx.InternalServerError
        assert error.status_code == status
        assert error.response.status_code == status
        assert error.response.content == behaviour.body
        assert error.request is not None
        text = str(error)
        assert text.startswith(str(status))
        assert "<" not in text  # HTML pages are reduced to their words
        if body == "json":
            assert error.errors
            assert error.errors[0].code == "10007"
        else:
            assert error.errors == []
        assert outcome.elapsed < QUICK

    requests = fault_server.requests
    # Without a key the send may have been processed: it went out exactly once.
    assert requests[0].method == "POST"
    assert "idempotency-key" not in requests[0].headers
    # With a key it is retried (1 + max_retries), the same key on every attempt.
    keyed_requests = requests[1:4]
    assert [r.method for r in keyed_requests] == ["POST"] * 3
    assert {r.headers["idempotency-key"] for r in keyed_requests} == {KEY}
    assert {r.body for r in keyed_requests} == {requests[0].body}
    # A read is retried up to max_retries.
    assert [r.method for r in requests[4:]] == ["GET"] * 3
    assert len(requests) == 7
    assert len(sleeps) == 4
    assert all(is_backoff(delay, n % 2) for n, delay in enumerate(sleeps)), sleeps
    assert_api_key_on_every_attempt(fault_server)


@modes
@pytest.mark.parametrize("max_retries", [0, 1, 4])
def test_reads_are_retried_no_more_than_max_retries(
    mode: Mode, fault_server: FaultServer, sleeps: list[float], max_retries: int
) -> None:
    fault_server.default(faults.server_error(503))
    outcome = run(mode, fault_server.url, read, max_retries=max_retries)
    assert isinstance(outcome.raised(), telnyx.InternalServerError)
    assert fault_server.count("GET") == max_retries + 1
    assert len(sleeps) == max_retries
    assert_bounded(outcome, sleeps, attempts=max_retries + 1)


@modes
def test_per_call_max_retries_overrides_the_client(mode: Mode, fault_server: FaultServer, sleeps: list[float]) -> None:
    fault_server.default(faults.server_error(502))
    outcome = run(mode, fault_server.url, lambda c: c.messages.retrieve(UUID, max_retries=1), max_retries=5)
    assert isinstance(outcome.raised(), telnyx.InternalServerError)
    assert fault_server.count("GET") == 2


@modes
def test_5xx_then_success_returns_the_result(mode: Mode, fault_server: FaultServer, sleeps: list[float]) -> None:
    fault_server.script(faults.server_error(503), faults.server_error(500, body="html")).default(served_message())
    keyed, got = run_all(mode, fault_server.url, [send_with_key, read])
    assert keyed.error is None, keyed.error
    assert keyed.result.data.text == TEXT
    assert got.error is None, got.error
    assert fault_server.count("POST") == 3
    assert fault_server.count("GET") == 1


@modes
def test_idempotent_methods_replay_but_patch_does_not(
    mode: Mode, fault_server: FaultServer, sleeps: list[float]
) -> None:
    fault_server.default(faults.server_error(500))
    put = lambda c: c.messaging_profiles.autoresp_configs.update(  # noqa: E731
        profile_id=UUID, autoresp_cfg_id=UUID, op="stop", keywords=["STOP"], country_code="US"
    )
    delete = lambda c: c.messaging_profiles.delete(UUID)  # noqa: E731
    patch = lambda c: c.messaging_profiles.update(UUID, name="Support")  # noqa: E731
    outcomes = run_all(mode, fault_server.url, [put, delete, patch])
    assert all(isinstance(o.raised(), telnyx.InternalServerError) for o in outcomes)
    assert fault_server.count("PUT") == 3
    assert fault_server.count("DELETE") == 3
    assert fault_server.count("PATCH") == 1  # PATCH is not idempotent: treated like a send


# --- connection faults --------------------------------------------------------------------------------

CONNECTION_FAULTS = {
    # Before the server read the request, httpx sees ReadError or RemoteProtocolError, exactly as
    # when it read and dropped it: the client cannot tell, so a send is "maybe processed".
    "reset before read": faults.reset_before_read,
    "reset after read": faults.reset_after_read,
    "close without response": faults.close_without_response,
}


@modes
@pytest.mark.parametrize("fault", list(CONNECTION_FAULTS))
def test_lost_connection_send_once_keyed_send_and_read_retried(
    mode: Mode, fault_server: FaultServer, sleeps: list[float], fault: str
) -> None:
    behaviour = CONNECTION_FAULTS[fault]
    fault_server.default(behaviour())
    plain, keyed, got = run_all(mode, fault_server.url, [send, send_with_key, read])
    for outcome in (plain, keyed, got):
        error = outcome.raised()
        assert type(error) is telnyx.APIConnectionError
        assert error.request is not None
        assert not hasattr(error, "response")
        assert outcome.elapsed < QUICK
    assert plain.raised().request.method == "POST"  # type: ignore[union-attr]
    assert got.raised().request.method == "GET"  # type: ignore[union-attr]
    # exchanges include the attempts the server reset before reading them
    assert len(fault_server.exchanges) == 1 + 3 + 3
    if fault != "reset before read":
        methods = [r.method for r in fault_server.requests]
        assert methods == ["POST"] + ["POST"] * 3 + ["GET"] * 3
        assert "idempotency-key" not in fault_server.requests[0].headers
        assert {r.headers["idempotency-key"] for r in fault_server.requests[1:4]} == {KEY}
    assert len(sleeps) == 4


@modes
@pytest.mark.parametrize("fault", list(CONNECTION_FAULTS))
def test_lost_connection_then_success(mode: Mode, fault_server: FaultServer, sleeps: list[float], fault: str) -> None:
    behaviour = CONNECTION_FAULTS[fault]
    fault_server.script(behaviour(), behaviour()).default(served_message())
    keyed, got = run_all(mode, fault_server.url, [send_with_key, read])
    assert keyed.error is None, keyed.error
    assert keyed.result.data.text == TEXT
    assert got.error is None, got.error
    assert len(fault_server.exchanges) == 4
    assert len(sleeps) == 2


@modes
def test_reset_mid_body_send_is_not_replayed(mode: Mode, fault_server: FaultServer, sleeps: list[float]) -> None:
    """The 200 arrived, so the send was accepted: the call returns and .data says so."""
    fault_server.default(faults.reset_mid_body())
    outcome = run(mode, fault_server.url, send)
    assert outcome.error is None, outcome.error
    with pytest.raises(telnyx.IncompleteResponseError) as caught:
        _ = outcome.result.data
    assert caught.value.status_code == 200
    assert fault_server.count("POST") == 1
    assert sleeps == []
    assert outcome.elapsed < QUICK


@modes
@pytest.mark.parametrize("keyed", [False, True], ids=["read", "keyed send"])
def test_reset_mid_body_replay_safe_request_is_retried(
    mode: Mode, fault_server: FaultServer, sleeps: list[float], keyed: bool
) -> None:
    fault_server.script(faults.reset_mid_body()).default(served_message())
    outcome = run(mode, fault_server.url, send_with_key if keyed else read)
    assert outcome.error is None, outcome.error
    assert fault_server.count() == 2


# --- stalls -------------------------------------------------------------------------------------------

STALL = 3.0  # the server's stall; the client's read timeout (0.2 s) must end the wait first


@modes
def test_stall_before_status_times_out_send_once_keyed_send_and_read_retried(
    mode: Mode, fault_server: FaultServer, sleeps: list[float]
) -> None:
    fault_server.default(faults.stall_before_status(STALL))
    plain, keyed, got = run_all(mode, fault_server.url, [send, send_with_key, read], timeout=FAST_TIMEOUT)
    for outcome, attempts in ((plain, 1), (keyed, 3), (got, 3)):
        error = outcome.raised()
        assert type(error) is telnyx.APITimeoutError
        assert isinstance(error, telnyx.APIConnectionError)
        assert error.request is not None
        assert outcome.elapsed >= attempts * READ_TIMEOUT * 0.9
        assert outcome.elapsed < attempts * READ_TIMEOUT + QUICK
        assert outcome.elapsed < STALL  # the client gave up, the server did not answer
    # A read timeout after the request was written: the send may have been processed.
    assert [r.method for r in fault_server.requests] == ["POST"] * 4 + ["GET"] * 3
    assert {r.headers.get("idempotency-key") for r in fault_server.requests[1:4]} == {KEY}
    assert len(sleeps) == 4


@modes
def test_stall_before_status_then_success_on_retry(mode: Mode, fault_server: FaultServer, sleeps: list[float]) -> None:
    fault_server.script(faults.stall_before_status(STALL)).default(served_message())
    outcome = run(mode, fault_server.url, read, timeout=FAST_TIMEOUT)
    assert outcome.error is None, outcome.error
    assert outcome.result.data.text == TEXT
    assert fault_server.count("GET") == 2
    assert outcome.elapsed < READ_TIMEOUT + QUICK


@modes
def test_stall_mid_body_times_out_and_send_is_not_replayed(
    mode: Mode, fault_server: FaultServer, sleeps: list[float]
) -> None:
    """The 200 arrived before the stall: the send was accepted, so the call returns and
    .data raises IncompleteResponseError (with the part of the body that arrived)."""
    fault_server.default(faults.stall_mid_body(STALL))
    outcome = run(mode, fault_server.url, send, timeout=FAST_TIMEOUT)
    assert outcome.error is None, outcome.error
    with pytest.raises(telnyx.IncompleteResponseError) as caught:
        _ = outcome.result.data
    assert caught.value.response.content
    assert fault_server.count("POST") == 1
    assert READ_TIMEOUT * 0.9 <= outcome.elapsed < READ_TIMEOUT + QUICK
    assert sleeps == []


@modes
def test_stall_mid_body_read_is_retried(mode: Mode, fault_server: FaultServer, sleeps: list[float]) -> None:
    fault_server.script(faults.stall_mid_body(STALL)).default(served_message())
    outcome = run(mode, fault_server.url, read, timeout=FAST_TIMEOUT)
    assert outcome.error is None, outcome.error
    assert fault_server.count("GET") == 2


# --- bodies the parser must survive ---------------------------------------------------------------

UNPARSEABLE = {
    "truncated json": faults.truncated_json,
    "wrong shape": faults.wrong_shape,
    "wrong shape: data is a string": lambda: faults.wrong_shape({"data": "sent"}),
    "wrong shape: body is a list": lambda: faults.wrong_shape([payloads.message()]),
    "200 with errors": faults.ok_with_errors,
    "empty 200": lambda: faults.status(200),
    "html 200": lambda: faults.status(200, text="<html>maintenance</html>"),
}


@modes
@pytest.mark.parametrize("fault", list(UNPARSEABLE))
def test_unparseable_2xx_returns_and_data_raises_keeping_the_response(
    mode: Mode, fault_server: FaultServer, sleeps: list[float], fault: str
) -> None:
    behaviour = UNPARSEABLE[fault]()
    fault_server.default(behaviour)
    outcome = run(mode, fault_server.url, send)
    # The send was accepted: the call returns (raising would invite a duplicate send).
    assert outcome.error is None, outcome.error
    response = outcome.result
    assert response.status_code == 200
    with pytest.raises(telnyx.APIResponseValidationError) as caught:
        response.data  # noqa: B018
    error = caught.value
    assert error.response is response.http_response
    assert error.response.content == behaviour.body
    assert error.status_code == 200
    assert error.request is not None
    assert str(error)
    # accessing it again raises again (nothing half-parsed is cached)
    with pytest.raises(telnyx.APIResponseValidationError):
        response.data  # noqa: B018
    assert fault_server.count("POST") == 1
    assert sleeps == []


@modes
def test_unknown_enum_values_and_extra_fields_are_kept(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.unknown_fields())
    outcome = run(mode, fault_server.url, send)
    assert outcome.error is None, outcome.error
    data = outcome.result.data
    assert data.direction == "sideways"
    assert data.type_ == "RCS"
    assert data.encoding == "UTF-42"
    assert data.to[0].status == "teleported"
    assert data.to[0].additional_properties == {"quantum_state": "entangled"}
    assert data.additional_properties["brand_new_field"] == {"nested": [1, 2, 3], "flag": True}


@modes
def test_one_megabyte_text_field_parses(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.big_text_message(1_000_000))
    outcome = run(mode, fault_server.url, read)
    assert outcome.error is None, outcome.error
    assert len(outcome.result.data.text) == 1_000_000
    assert outcome.result.data.text.startswith("Telnyx Telnyx")
    assert outcome.elapsed < QUICK


# --- unusual statuses -------------------------------------------------------------------------------


@modes
def test_status_299_is_a_success(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.status(299, json=payloads.message_response(text=TEXT)))
    outcome = run(mode, fault_server.url, send)
    assert outcome.error is None, outcome.error
    assert outcome.result.status_code == 299
    assert outcome.result.data.text == TEXT
    assert fault_server.count() == 1


@modes
@pytest.mark.parametrize("status", [418, 499])
@pytest.mark.parametrize("call", [send, read], ids=["send", "read"])
def test_unusual_4xx_is_a_plain_api_status_error(
    mode: Mode, fault_server: FaultServer, sleeps: list[float], status: int, call: Any
) -> None:
    fault_server.default(faults.status(status, text="no"))
    outcome = run(mode, fault_server.url, call)
    error = outcome.raised()
    assert type(error) is telnyx.APIStatusError
    assert error.status_code == status
    assert error.response.content == b"no"
    assert str(error).startswith(str(status))
    assert fault_server.count() == 1  # not retryable, whatever the method
    assert sleeps == []


@modes
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, telnyx.BadRequestError),
        (401, telnyx.AuthenticationError),
        (403, telnyx.PermissionDeniedError),
        (404, telnyx.NotFoundError),
        (409, telnyx.ConflictError),
        (422, telnyx.UnprocessableEntityError),
        (408, telnyx.APIStatusError),
    ],
)
def test_documented_4xx_classes_over_the_wire(
    mode: Mode, fault_server: FaultServer, sleeps: list[float], status: int, cls: type[Exception]
) -> None:
    fault_server.default(faults.status(status, json=payloads.error_for_status(status)))
    outcome = run(mode, fault_server.url, send)
    error = outcome.raised()
    assert type(error) is cls
    assert error.status_code == status  # type: ignore[attr-defined]
    assert fault_server.count() == 1


# --- pagination -------------------------------------------------------------------------------------

ITEMS = [payloads.optout(n) for n in range(3)]


def list_optouts(client: Any) -> Any:
    return client.messaging_optouts.list(page={"size": 3})


@modes
def test_list_page_without_meta_ends_iteration(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.list_page(ITEMS, meta=False))
    outcome = run(mode, fault_server.url, list_optouts, iterate=True)
    assert outcome.error is None, outcome.error
    assert [item.to for item in outcome.items] == [item["to"] for item in ITEMS]
    assert fault_server.count("GET", "/messaging_optouts") == 1


@modes
def test_same_page_forever_ends_iteration(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.same_page_forever(ITEMS))
    outcome = run(mode, fault_server.url, list_optouts, iterate=True)
    assert outcome.error is None, outcome.error
    assert len(outcome.items) == len(ITEMS)  # the repeated page is not yielded again
    assert fault_server.count("GET", "/messaging_optouts") == 2
    assert [r.params.get("page[number]") for r in fault_server.requests] == [None, "2"]
    assert outcome.elapsed < QUICK


@modes
def test_pages_are_walked_and_a_failing_page_raises_typed(
    mode: Mode, fault_server: FaultServer, sleeps: list[float]
) -> None:
    second = [payloads.optout(n) for n in range(3, 5)]
    fault_server.default(faults.pages(ITEMS, second))
    outcome = run(mode, fault_server.url, list_optouts, iterate=True)
    assert outcome.error is None, outcome.error
    assert len(outcome.items) == 5
    assert fault_server.count("GET") == 2

    # a later page that keeps failing: the read is retried, then the typed error surfaces
    fault_server.script(faults.list_page(ITEMS, 1, 2)).default(faults.server_error(503, body="html"))
    outcome = run(mode, fault_server.url, list_optouts, iterate=True)
    assert isinstance(outcome.raised(), telnyx.InternalServerError)
    assert fault_server.count("GET") == 2 + 1 + 3


@modes
def test_list_with_unparseable_page_raises_documented_error(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.truncated_json())
    outcome = run(mode, fault_server.url, list_optouts, iterate=True)
    error = outcome.raised()
    assert isinstance(error, telnyx.APIResponseValidationError)
    assert error.response.status_code == 200
    assert fault_server.count() == 1


# --- bounded time, end to end -------------------------------------------------------------------------


@modes
def test_worst_case_read_is_bounded_by_timeouts_and_backoff(mode: Mode, fault_server: FaultServer) -> None:
    """Real sleeping: three stalled attempts and two real backoff waits (0.5 s, 1 s at most)."""
    fault_server.default(faults.stall_before_status(STALL))
    started = time.monotonic()
    outcome = run(mode, fault_server.url, read, timeout=FAST_TIMEOUT)
    assert isinstance(outcome.raised(), telnyx.APITimeoutError)
    assert fault_server.count("GET") == 3
    ceiling = 3 * READ_TIMEOUT + INITIAL_RETRY_DELAY * (1 + 2)
    assert (1 - RETRY_JITTER) * INITIAL_RETRY_DELAY * 3 <= time.monotonic() - started < ceiling + QUICK
