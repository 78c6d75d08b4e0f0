"""When to retry, and how long to wait: pure functions shared by the sync and async transports.

The rule that matters: a request that may already have been processed is never replayed
unless replaying it is harmless. Reads and idempotent methods are replayed on transport
errors and on 408/429/5xx. A POST (which sends a message or creates something) is replayed
only when the server surely did not process it (the connection was never made, or it
answered 429) or when the caller gave an Idempotency-Key, which makes replays safe.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from datetime import UTC

import httpx

from ._constants import (
    IDEMPOTENCY_KEY_HEADER,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    REPLAY_SAFE_METHODS,
    RETRY_JITTER,
    RETRYABLE_STATUSES,
    STATUSES_NEVER_PROCESSED,
)

# Raised before a single byte of the request left this machine.
NOTHING_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


# Raised by this machine for a request that can never be sent as it is (an illegal header
# value, a URL scheme httpx cannot speak): another attempt would fail the same way.
PERMANENT_LOCAL_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


def is_replay_safe(request: httpx.Request) -> bool:
    return request.method in REPLAY_SAFE_METHODS or IDEMPOTENCY_KEY_HEADER in request.headers


def parse_retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from `retry-after-ms` or `Retry-After`
    (delta-seconds or an HTTP-date). None when absent, unparseable or negative."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        seconds = _non_negative_float(millis)
        if seconds is not None:
            return seconds / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _non_negative_float(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; parsedate gives naive for "-0000"
        when = when.replace(tzinfo=UTC)
    delta = when.timestamp() - (time.time() if now is None else now)
    return max(delta, 0.0)


def _non_negative_float(text: str) -> float | None:
    try:
        number = float(text.strip())
    except ValueError:
        return None
    if not math.isfinite(number) or number < 0:
        return None
    return number


def backoff_delay(retries_done: int, retry_after: float | None) -> float:
    """The wait before the next attempt. A sane Retry-After wins; otherwise exponential
    backoff with jitter, capped."""
    if retry_after is not None and retry_after <= MAX_RETRY_AFTER:
        return retry_after
    delay = min(INITIAL_RETRY_DELAY * (2.0**retries_done), MAX_RETRY_DELAY)
    return delay * (1.0 - RETRY_JITTER * random.random())  # noqa: S311 - jitter, not crypto


def should_retry_status(request: httpx.Request, status_code: int) -> bool:
    if status_code in STATUSES_NEVER_PROCESSED:
        return True
    return status_code in RETRYABLE_STATUSES and is_replay_safe(request)


def should_retry_error(request: httpx.Request, error: Exception) -> bool:
    if isinstance(error, PERMANENT_LOCAL_ERRORS):
        return False
    if isinstance(error, NOTHING_SENT_ERRORS):
        return True
    return isinstance(error, httpx.TransportError) and is_replay_safe(request)


class RetryBudget:
    """Counts attempts for one logical request and decides each retry."""

    __slots__ = ("max_retries", "request", "retries_done")

    def __init__(self, request: httpx.Request, max_retries: int) -> None:
        self.request = request
        self.max_retries = max_retries
        self.retries_done = 0

    @property
    def attempt(self) -> int:
        """1 for the first attempt."""
        return self.retries_done + 1

    def delay_after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying, or None to hand the response to the caller."""
        if self.retries_done >= self.max_retries or not should_retry_status(self.request, response.status_code):
            return None
        return self._spend(parse_retry_after(response.headers))

    def delay_after_error(self, error: Exception) -> float | None:
        """Seconds to wait before retrying, or None to re-raise the error."""
        if self.retries_done >= self.max_retries or not should_retry_error(self.request, error):
            return None
        return self._spend(None)

    def _spend(self, retry_after: float | None) -> float:
        delay = backoff_delay(self.retries_done, retry_after)
        self.retries_done += 1
        return delay
