"""Reading one attempt's response body within the attempt's deadline and the size cap.

httpx's timeouts apply to each read, so a server that sends one byte at a time (or an
endless body) would keep a call alive forever; the deadline is checked between the chunks
as they arrive, with no timer. The decoded size is counted the same way, so a gzip bomb
stops at the cap instead of inflating in memory.
"""

from __future__ import annotations

import time

import httpx

from ._exceptions import ResponseTooLargeError

# Set on a 2xx response whose body was cut off (the cause, an exception): see _response.
INCOMPLETE_EXTENSION = "telnyx_messaging.incomplete"


def attempt_deadline(request: httpx.Request) -> float | None:
    """time.monotonic() by which the attempt starting now must have its whole answer: the
    largest of the request's timeouts (None when it has none)."""
    timeouts = request.extensions.get("timeout")
    if not timeouts:
        return None
    values = [value for value in timeouts.values() if value is not None]
    return time.monotonic() + max(values) if values else None


class BodyReader:
    """Collects the decoded chunks of one response, enforcing the deadline and the cap."""

    __slots__ = ("chunks", "deadline", "limit", "response", "size")

    def __init__(self, response: httpx.Response, deadline: float | None, limit: int) -> None:
        self.response = response
        self.deadline = deadline
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            self.chunks.clear()
            raise ResponseTooLargeError(
                f"{self.response.status_code} response body is larger than max_response_bytes={self.limit}; "
                "reading stopped there (.response keeps the status and headers)",
                response=self.response,
                limit=self.limit,
            )
        self.chunks.append(chunk)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise httpx.ReadTimeout(
                "the response was not complete within the timeout (the server sends it too slowly)",
                request=self.response.request,
            )

    def keep(self) -> None:
        """Make what arrived the response's content (all of it, or the part before a failure)."""
        self.response._content = b"".join(self.chunks)  # what Response.read() itself sets


def mark_incomplete(response: httpx.Response, cause: Exception) -> httpx.Response:
    response.extensions[INCOMPLETE_EXTENSION] = cause
    return response
