"""Telnyx-shaped JSON bodies for tests: messages, list pages and error documents.

Plain dicts, so the same payloads serve the fault server, `httpx.MockTransport` handlers and
assertions. Field values follow the examples of the cut spec (OutboundMessagePayload).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

JSON = Any

MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"

# The spec's OutboundMessagePayload example (build/spec/messaging.json), as Telnyx returns it
# from POST /messages: `to` is a list of addressees, `from` an object.
_MESSAGE: dict[str, JSON] = {
    "record_type": "message",
    "direction": "outbound",
    "id": MESSAGE_ID,
    "type": "SMS",
    "messaging_profile_id": "4000eba1-a0c0-4563-9925-b25e842a7cb6",
    "organization_id": "b448f9cc-a842-4784-98e9-03c1a5872950",
    "from": {"phone_number": "+18445550001", "carrier": "TELNYX LLC", "line_type": "VoIP"},
    "to": [
        {
            "phone_number": "+18665550001",
            "status": "queued",
            "carrier": "T-MOBILE USA, INC.",
            "line_type": "Wireless",
        }
    ],
    "cc": [],
    "text": "Hello, World!",
    "subject": None,
    "media": [],
    "webhook_url": "https://www.example.com/hooks",
    "webhook_failover_url": "https://backup.example.com/hooks",
    "encoding": "GSM-7",
    "parts": 1,
    "num_chars": 13,
    "tags": [],
    "cost": {"amount": "0.0051", "currency": "USD"},
    "cost_breakdown": {
        "carrier_fee": {"amount": "0.00305", "currency": "USD"},
        "rate": {"amount": "0.00205", "currency": "USD"},
    },
    "tcr_campaign_id": None,
    "tcr_campaign_billable": False,
    "tcr_campaign_registered": None,
    "received_at": "2026-07-16T18:10:02.574Z",
    "sent_at": None,
    "completed_at": None,
    "valid_until": None,
    "wait_seconds": 0.5,
    "errors": [],
}


def message(
    *,
    id: str = MESSAGE_ID,  # the API field name
    to: str = "+18665550001",
    from_: str = "+18445550001",
    text: str = "Hello, World!",
    **overrides: JSON,
) -> dict[str, JSON]:
    """A message resource (the `data` of POST /messages or GET /messages/{id})."""
    body = copy.deepcopy(_MESSAGE)
    body["id"] = id
    body["to"][0]["phone_number"] = to
    body["from"]["phone_number"] = from_
    body["text"] = text
    body["num_chars"] = len(text)
    body.update(overrides)
    return body


def message_response(**fields: JSON) -> dict[str, JSON]:
    """`{"data": message(...)}`, the body of a successful send."""
    return {"data": message(**fields)}


def message_with_unknowns() -> dict[str, JSON]:
    """A send response with enum values and fields the spec does not know (yet)."""
    body = message()
    body["direction"] = "sideways"
    body["type"] = "RCS"
    body["encoding"] = "UTF-42"
    body["to"][0]["status"] = "teleported"
    body["to"][0]["line_type"] = "Satellite"
    body["to"][0]["quantum_state"] = "entangled"
    body["from"]["line_type"] = "Carrier Pigeon"
    body["brand_new_field"] = {"nested": [1, 2, 3], "flag": True}
    body["cost"]["surcharge"] = {"amount": "0.01", "currency": "USD"}
    return {"data": body, "meta": {"unexpected": "top-level meta"}, "links": {"self": "/v2/messages"}}


def telnyx_error(
    code: str = "10007",
    title: str = "Unexpected error",
    detail: str = "An unexpected error occurred.",
    *,
    pointer: str | None = None,
    parameter: str | None = None,
) -> dict[str, JSON]:
    """One entry of Telnyx's `errors` list."""
    error: dict[str, JSON] = {
        "code": code,
        "title": title,
        "detail": detail,
        "meta": {"url": f"https://developers.telnyx.com/docs/overview/errors/{code}"},
    }
    source = {k: v for k, v in (("pointer", pointer), ("parameter", parameter)) if v is not None}
    if source:
        error["source"] = source
    return error


def error_body(*errors: dict[str, JSON]) -> dict[str, JSON]:
    """`{"errors": [...]}`; with no argument, a single generic 10007 error."""
    return {"errors": list(errors) or [telnyx_error()]}


# Errors Telnyx sends for common statuses (title/detail as the API words them).
ERRORS_BY_STATUS: dict[int, dict[str, JSON]] = {
    400: telnyx_error("10015", "Bad Request", "The request failed because it was not well-formed."),
    401: telnyx_error("10009", "Authentication failed", "The required authentication headers were either invalid."),
    403: telnyx_error("10010", "Authorization failed", "You do not have permission to perform the requested action."),
    404: telnyx_error("10005", "Resource not found", "The requested resource or URL could not be found."),
    422: telnyx_error("10004", "Missing required parameter", "The 'to' parameter is required.", pointer="/to"),
    429: telnyx_error("10011", "Too many requests", "Rate limit exceeded. Please retry later."),
    500: telnyx_error("10007", "Unexpected error", "An unexpected error occurred."),
    502: telnyx_error("10007", "Bad gateway", "The upstream service returned an invalid response."),
    503: telnyx_error("10007", "Service unavailable", "The service is temporarily unavailable."),
    504: telnyx_error("10007", "Gateway timeout", "The upstream service did not answer in time."),
}


def error_for_status(status: int) -> dict[str, JSON]:
    """The Telnyx error document for `status` (a generic one for other codes)."""
    return error_body(copy.deepcopy(ERRORS_BY_STATUS.get(status, telnyx_error())))


def list_body(
    items: Sequence[JSON],
    *,
    page_number: int = 1,
    page_size: int | None = None,
    total_pages: int = 1,
    total_results: int | None = None,
    meta: bool = True,
) -> dict[str, JSON]:
    """A list page: `{"data": items, "meta": {page_number, page_size, total_pages, total_results}}`."""
    body: dict[str, JSON] = {"data": list(items)}
    if meta:
        size = page_size if page_size is not None else max(len(items), 1)
        body["meta"] = {
            "page_number": page_number,
            "page_size": size,
            "total_pages": total_pages,
            "total_results": total_results if total_results is not None else size * total_pages,
        }
    return body


def optout(n: int = 0) -> dict[str, JSON]:
    """A small list item (a messaging opt-out), numbered so pages are distinguishable."""
    return {
        "messaging_profile_id": "4000eba1-a0c0-4563-9925-b25e842a7cb6",
        "from": "+18445550001",
        "to": f"+1866555{n:04d}",
        "keyword": "STOP",
        "created_at": "2026-07-16T12:00:38.631252+00:00",
    }
