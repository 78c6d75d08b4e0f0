"""Behaviour constructors for the fault server: `faults.status(503)`, `faults.reset_after_read()`, ...

    from tests.support import faults

    fault_server.script(faults.rate_limited(retry_after="1"), faults.reset_after_read())
    fault_server.default(faults.message_sent())

Every constructor returns a `Behaviour`; pass several to `FaultServer.script` (consumed one per
request, in arrival order) or one to `FaultServer.default`.
"""

from __future__ import annotations

import dataclasses
import json as jsonlib
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from http import HTTPStatus
from typing import Any, Literal

from tests.support import payloads
from tests.support.fault_server import (
    Behaviour,
    CloseWithoutResponse,
    Dynamic,
    Raw,
    RecordedRequest,
    ResetAfterRead,
    ResetBeforeRead,
    Respond,
)

JSON_TYPE = "application/json"

# Retry-After values a client must survive without sleeping for ages or crashing.
ABSURD_RETRY_AFTER = ("-1", "-3600", "99999999999", "1e309", "soon", "", "Tue, 99 Foo 2026 99:99:99 GMT")

HTML_ERROR = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)

RetryAfter = str | int | float | datetime | None


def status(
    code: int,
    *,
    json: Any = None,
    text: str | None = None,
    body: bytes | None = None,
    headers: Mapping[str, str] | Sequence[tuple[str, str]] = (),
    reason: str | None = None,
    close: bool = False,
    label: str = "",
) -> Respond:
    """A complete response. Give at most one of `json`, `text`, `body` (default: empty body).

    `close=True` sends `Connection: close` and closes the connection after the response.
    """
    pairs = list(headers.items()) if isinstance(headers, Mapping) else list(headers)
    names = {name.lower() for name, _ in pairs}
    if json is not None:
        payload = jsonlib.dumps(json).encode()
        content_type = JSON_TYPE
    elif text is not None:
        payload, content_type = text.encode(), "text/plain; charset=utf-8"
    else:
        payload, content_type = body or b"", ""
    if content_type and "content-type" not in names:
        pairs.insert(0, ("Content-Type", content_type))
    return Respond(code, tuple(pairs), payload, reason=reason, close=close, label=label or f"status {code}")


def ok(json: Any = None, **kwargs: Any) -> Respond:
    """200 with a JSON body (default `{"data": {}}`)."""
    return status(200, json={"data": {}} if json is None else json, **kwargs)


def message_sent(**fields: Any) -> Respond:
    """The successful answer to POST /messages: 200 `{"data": <message>}` (see payloads.message)."""
    return status(200, json=payloads.message_response(**fields), label="message sent")


# --- rate limits and server errors ------------------------------------------------------------------


def format_retry_after(value: RetryAfter) -> str | None:
    """Seconds as given (str/int/float) or an aware datetime as an HTTP-date (RFC 9110)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return format_datetime(value.astimezone(UTC), usegmt=True)
    return str(value)


def rate_limited(
    retry_after: RetryAfter = None,
    *,
    retry_after_ms: str | int | None = None,
    json: Any = None,
    headers: Mapping[str, str] | None = None,
) -> Respond:
    """429 with a Telnyx error body and, if given, `Retry-After` and/or `retry-after-ms`.

    `retry_after` may be seconds ("2", 2, 0.5), an aware datetime (sent as an HTTP-date) or any
    string (see ABSURD_RETRY_AFTER); None omits the header.
    """
    extra = dict(headers or {})
    formatted = format_retry_after(retry_after)
    if formatted is not None:
        extra["Retry-After"] = formatted
    if retry_after_ms is not None:
        extra["retry-after-ms"] = str(retry_after_ms)
    body = payloads.error_for_status(429) if json is None else json
    return status(429, json=body, headers=extra, label=f"429 retry-after={formatted!r} ms={retry_after_ms!r}")


def server_error(
    code: int = 500,
    *,
    body: Literal["json", "html", "empty"] = "json",
    headers: Mapping[str, str] | None = None,
    retry_after: RetryAfter = None,
) -> Respond:
    """A 5xx with a Telnyx JSON error body, an nginx-style HTML page, or no body at all."""
    extra = dict(headers or {})
    formatted = format_retry_after(retry_after)
    if formatted is not None:
        extra["Retry-After"] = formatted
    label = f"{code} {body}"
    if body == "json":
        return status(code, json=payloads.error_for_status(code), headers=extra, label=label)
    if body == "html":
        page = HTML_ERROR.format(status=code, reason=_reason(code))
        return status(code, body=page.encode(), headers={"Content-Type": "text/html", **extra}, label=label)
    return status(code, headers=extra, label=label)


def _reason(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return "Unknown"


# --- connection faults -----------------------------------------------------------------------


def reset_before_read() -> Behaviour:
    """TCP RST when the request starts arriving; the server never reads it (not in `requests`)."""
    return ResetBeforeRead()


def reset_after_read() -> Behaviour:
    """TCP RST after the whole request was read, before any byte of a response."""
    return ResetAfterRead()


def close_without_response() -> Behaviour:
    """A clean close (FIN) after reading the request, with no response."""
    return CloseWithoutResponse()


def reset_mid_body(then: Respond | None = None) -> Respond:
    """Status line, headers and half the body of `then` (default: a sent message), then TCP RST."""
    base = then or message_sent()
    return dataclasses.replace(base, reset_mid_body=True, label=f"{base.name}, reset mid-body")


def stall_before_status(seconds: float, then: Respond | None = None) -> Respond:
    """Wait `seconds` before the status line, then send `then` (default: a sent message).
    The wait ends early when the server stops, so a test never hangs on it."""
    base = then or message_sent()
    return dataclasses.replace(base, stall_before=seconds, label=f"{base.name}, stalled {seconds}s before status")


def stall_mid_body(seconds: float, then: Respond | None = None) -> Respond:
    """Send half the body of `then` (default: a sent message), wait `seconds`, send the rest."""
    base = then or message_sent()
    return dataclasses.replace(base, stall_mid_body=seconds, label=f"{base.name}, stalled {seconds}s mid-body")


def raw(data: bytes, *, close: bool = True) -> Behaviour:
    """Exactly these bytes on the wire (no framing added), then a clean close unless close=False."""
    return Raw(data, close=close)


# --- bodies a parser must survive --------------------------------------------------------------


def truncated_json(code: int = 200) -> Respond:
    """A well-framed response (correct Content-Length) whose JSON is cut off."""
    text = jsonlib.dumps(payloads.message_response())
    return status(
        code, body=text[: len(text) // 2].encode(), headers={"Content-Type": JSON_TYPE}, label="truncated json"
    )


def wrong_shape(json: Any = None) -> Respond:
    """200 with valid JSON of the wrong shape (default: `data` is a list of scalars)."""
    body = {"data": ["not", "a", "message", 42, None]} if json is None else json
    return status(200, json=body, label="wrong shape")


def ok_with_errors() -> Respond:
    """200 whose body is a Telnyx error document instead of `data`."""
    return status(200, json=payloads.error_for_status(422), label="200 with errors body")


def unknown_fields() -> Respond:
    """A sent message with enum values and fields the spec does not know."""
    return status(200, json=payloads.message_with_unknowns(), label="unknown enums and extra fields")


def big_text_message(size: int = 1_000_000) -> Respond:
    """A sent message whose `text` is `size` characters long."""
    text = ("Telnyx " * (size // 7 + 1))[:size]
    return status(200, json=payloads.message_response(text=text), label=f"message with {size}-char text")


# --- list pages --------------------------------------------------------------------------------------


def list_page(
    items: Sequence[Any],
    page_number: int = 1,
    total_pages: int = 1,
    *,
    page_size: int | None = None,
    total_results: int | None = None,
    meta: bool = True,
) -> Respond:
    """200 `{"data": items, "meta": {page_number, page_size, total_pages, total_results}}`;
    `meta=False` leaves `meta` out."""
    body = payloads.list_body(
        items,
        page_number=page_number,
        page_size=page_size,
        total_pages=total_pages,
        total_results=total_results,
        meta=meta,
    )
    return status(200, json=body, label=f"list page {page_number}/{total_pages}" + ("" if meta else " no meta"))


def same_page_forever(items: Sequence[Any], total_pages: int = 1000) -> Respond:
    """Page 1 of many, whatever page was asked for. Use as the default behaviour; a client that
    does not notice the repetition runs into the server's max_requests limit."""
    return dataclasses.replace(list_page(items, 1, total_pages), label="same page forever")


def pages(*contents: Sequence[Any], page_size: int | None = None) -> Behaviour:
    """Answer by the request's `page[number]` (default 1) from `contents`; beyond the last page,
    an empty page. Use as the default behaviour to serve a whole paginated list."""
    size = page_size or max((len(c) for c in contents), default=1)
    total_results = sum(len(c) for c in contents)

    def choose(request: RecordedRequest) -> Behaviour:
        number = int(request.params.get("page[number]", "1"))
        items = contents[number - 1] if 1 <= number <= len(contents) else []
        return list_page(items, number, len(contents), page_size=size, total_results=total_results)

    return Dynamic(choose, label=f"{len(contents)} pages")


def respond_with(choose: Callable[[RecordedRequest], Behaviour], label: str = "dynamic") -> Behaviour:
    """Pick the behaviour from the request read (any behaviour except reset_before_read)."""
    return Dynamic(choose, label=label)
