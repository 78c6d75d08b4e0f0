"""What a failed send means for the campaign: retry it, or record it as failed or unknown.

The rule of the whole package holds here too: a send that may have been processed is only
sent again with the same Idempotency-Key (which every campaign send carries), and once the
attempts run out it is recorded as "outcome unknown", never as failed, so a rerun does not
resend it unless asked.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    MissingAPIKeyError,
    RateLimitError,
    ValidationError,
)
from .._retry import NOTHING_SENT_ERRORS
from ._report import Outcome, Problem

# Statuses after which the message may have been processed (the request timed out on the
# server, collided with one in flight under the same key, or the server failed mid-way).
_MAYBE_PROCESSED = frozenset({408, 409})


@dataclass(frozen=True, slots=True)
class Verdict:
    outcome: Outcome  # what it is recorded as when no attempt is left
    retry: bool  # another attempt is safe and may succeed
    rate_limited: bool = False
    retry_after: float | None = None
    headers: httpx.Headers | None = None


def classify(error: Exception) -> Verdict:
    """The verdict on an exception raised by `client.messages.send`."""
    if isinstance(error, MissingAPIKeyError):
        raise error  # every message would fail the same way: stop the campaign
    if isinstance(error, ValidationError):
        return Verdict(Outcome.REJECTED, retry=False)
    if isinstance(error, RateLimitError):
        return Verdict(
            Outcome.FAILED, retry=True, rate_limited=True, retry_after=error.retry_after, headers=error.response.headers
        )
    if isinstance(error, APIStatusError):
        maybe = error.status_code >= 500 or error.status_code in _MAYBE_PROCESSED
        return Verdict(Outcome.UNKNOWN if maybe else Outcome.FAILED, retry=maybe, headers=error.response.headers)
    if isinstance(error, APIConnectionError):
        if isinstance(error.__cause__, NOTHING_SENT_ERRORS):
            return Verdict(Outcome.FAILED, retry=True)
        return Verdict(Outcome.UNKNOWN, retry=True)
    return Verdict(Outcome.UNKNOWN, retry=False)


def problem(key: str, line: int | None, to: str | None, error: Exception) -> Problem:
    status = code = None
    if isinstance(error, APIStatusError):
        status = error.status_code
        code = error.errors[0].code if error.errors else None
    return Problem(key, line, to, f"{type(error).__name__}: {error}", status, code)
