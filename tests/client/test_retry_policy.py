"""The retry rules as pure functions: Retry-After parsing with time frozen, backoff bounds,
and which failures may be retried for which requests."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from telnyx_messaging import _constants, _retry

NOW = 1_767_000_000.0  # frozen "now" for HTTP-date arithmetic
HTTP_DATE_IN_30S = email.utils.formatdate(NOW + 30, usegmt=True)
HTTP_DATE_PAST = email.utils.formatdate(NOW - 3600, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": " 3 "}, 3.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),  # the precise header wins
        ({"retry-after-ms": "junk", "retry-after": "9"}, 9.0),
        ({"retry-after": HTTP_DATE_IN_30S}, 30.0),
        ({"retry-after": HTTP_DATE_PAST}, 0.0),  # a date in the past: go now
        ({"retry-after": "-5"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({"retry-after-ms": "-1"}, None),
        ({"retry-after": "99999999999"}, 99999999999.0),  # parsed, but the cap below ignores it
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert _retry.parse_retry_after(httpx.Headers(headers), now=NOW) == expected


@pytest.mark.parametrize("retry_after", [0.0, 2.0, _constants.MAX_RETRY_AFTER])
def test_sane_retry_after_is_honoured_exactly(retry_after: float) -> None:
    assert _retry.backoff_delay(0, retry_after) == retry_after


@pytest.mark.parametrize("retry_after", [None, _constants.MAX_RETRY_AFTER + 1, 99999999999.0])
@pytest.mark.parametrize("retries_done", range(8))
def test_backoff_is_exponential_jittered_and_capped(retry_after: float | None, retries_done: int) -> None:
    nominal = min(_constants.INITIAL_RETRY_DELAY * 2**retries_done, _constants.MAX_RETRY_DELAY)
    for _ in range(50):
        delay = _retry.backoff_delay(retries_done, retry_after)
        assert nominal * (1 - _constants.RETRY_JITTER) <= delay <= nominal
        assert delay <= _constants.MAX_RETRY_DELAY


def request(method: str, headers: dict[str, str] | None = None) -> httpx.Request:
    return httpx.Request(method, "https://api.telnyx.com/v2/messages", headers=headers)


POST = request("POST")
POST_WITH_KEY = request("POST", {"Idempotency-Key": "k-1"})
PATCH = request("PATCH")


@pytest.mark.parametrize("method", ["GET", "DELETE", "PUT", "HEAD"])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_replay_safe_requests_retry_retryable_statuses(method: str, status: int) -> None:
    assert _retry.should_retry_status(request(method), status)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 418, 499, 501, 505])
def test_client_errors_and_odd_statuses_are_never_retried(status: int) -> None:
    for req in (request("GET"), POST, POST_WITH_KEY):
        assert not _retry.should_retry_status(req, status)


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_a_send_is_not_retried_after_a_status_that_may_follow_processing(status: int) -> None:
    assert not _retry.should_retry_status(POST, status)
    assert not _retry.should_retry_status(PATCH, status)
    assert _retry.should_retry_status(POST_WITH_KEY, status)


def test_429_means_not_processed_so_even_a_send_retries() -> None:
    assert _retry.should_retry_status(POST, 429)


NOTHING_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")]
MAYBE_PROCESSED = [
    httpx.ReadError("reset"),
    httpx.ReadTimeout("slow"),
    httpx.WriteError("broken pipe"),
    httpx.WriteTimeout("slow"),
    httpx.RemoteProtocolError("server disconnected"),
]


@pytest.mark.parametrize("error", NOTHING_SENT, ids=lambda e: type(e).__name__)
def test_errors_before_anything_was_sent_retry_for_every_request(error: Exception) -> None:
    for req in (request("GET"), POST, POST_WITH_KEY, PATCH):
        assert _retry.should_retry_error(req, error)


@pytest.mark.parametrize("error", MAYBE_PROCESSED, ids=lambda e: type(e).__name__)
def test_errors_after_the_request_went_out_retry_only_replay_safe_requests(error: Exception) -> None:
    assert _retry.should_retry_error(request("GET"), error)
    assert _retry.should_retry_error(POST_WITH_KEY, error)
    assert not _retry.should_retry_error(POST, error)
    assert not _retry.should_retry_error(PATCH, error)


def test_non_transport_errors_are_never_retried() -> None:
    assert not _retry.should_retry_error(request("GET"), RuntimeError("client closed"))
    assert not _retry.should_retry_error(request("GET"), ValueError("bug"))


def test_budget_stops_after_max_retries() -> None:
    budget = _retry.RetryBudget(request("GET"), max_retries=2)
    response = httpx.Response(503)
    assert budget.delay_after_response(response) is not None
    assert budget.delay_after_response(response) is not None
    assert budget.delay_after_response(response) is None
    assert budget.attempt == 3
