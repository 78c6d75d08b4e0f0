"""The one place where an HTTP response becomes an exception."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._retry import parse_retry_after

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
}
_MAX_TEXT_IN_MESSAGE = 200
# `[^<>]` keeps the scan linear: with `[^>]`, a body of many "<" rescans to the end from each.
_TAG = re.compile(r"<[^<>]*>")
# Only the start of a text body can end up in the message: never scan more than this.
_MAX_TEXT_SCANNED = 64 * 1024


def decode_body(response: httpx.Response) -> object | None:
    """The body as JSON when it is JSON, else as text; None when empty."""
    content = response.content
    if not content:
        return None
    try:
        body: object = json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        return response.text
    return body


def parse_errors(body: object) -> list[ErrorDetail]:
    """Telnyx's `{"errors": [...]}` envelope, tolerant of any shape it may take."""
    if not isinstance(body, dict):
        return []
    entries = body.get("errors")
    if isinstance(entries, dict):
        entries = [entries]
    if not isinstance(entries, list):
        return []
    return [_detail(entry) for entry in entries if isinstance(entry, dict)]


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _detail(entry: dict[str, Any]) -> ErrorDetail:
    source = _mapping(entry.get("source"))
    meta = _mapping(entry.get("meta"))
    return ErrorDetail(
        code=_text(entry.get("code")),
        title=_text(entry.get("title")),
        detail=_text(entry.get("detail")),
        pointer=_text(source.get("pointer")),
        parameter=_text(source.get("parameter")),
        url=_text(meta.get("url")),
        raw=entry,
    )


def _message(response: httpx.Response, body: object, errors: list[ErrorDetail]) -> str:
    prefix = f"{response.status_code} {response.reason_phrase}".rstrip()
    if errors:
        return f"{prefix}: " + "; ".join(str(error) for error in errors)
    if isinstance(body, str):
        # Proxies and load balancers answer with HTML pages: keep their words, not the markup.
        snippet = " ".join(_TAG.sub(" ", body[:_MAX_TEXT_SCANNED]).split())[:_MAX_TEXT_IN_MESSAGE]
        if snippet:
            return f"{prefix}: {snippet}"
    return prefix


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The typed exception for a non-2xx response (whose body has been read)."""
    body = decode_body(response)
    errors = parse_errors(body)
    message = _message(response, body, errors)
    status = response.status_code
    if status == 429:
        return RateLimitError(
            message, response=response, body=body, errors=errors, retry_after=parse_retry_after(response.headers)
        )
    if status >= 500:
        return InternalServerError(message, response=response, body=body, errors=errors)
    return _BY_STATUS.get(status, APIStatusError)(message, response=response, body=body, errors=errors)
