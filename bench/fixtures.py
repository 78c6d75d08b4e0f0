"""Canned API answers and the MockTransport handler every per-call benchmark uses.

Stdlib + httpx only: the peer worker imports this module inside the official SDK's venv.
The bodies are the spec's own examples (OutboundMessagePayload, OptOutItem), so parsing costs
what a real answer costs.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

API_KEY = "bench"
BASE_URL = "https://api.telnyx.com/v2"
MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"
TO = "+18665550001"
FROM = "+18445550001"
TEXT = "Hello, World!"

OUTBOUND_MESSAGE: dict[str, Any] = {
    "cc": [],
    "completed_at": None,
    "cost": {"amount": "0.0051", "currency": "USD"},
    "cost_breakdown": {
        "carrier_fee": {"amount": "0.00305", "currency": "USD"},
        "rate": {"amount": "0.00205", "currency": "USD"},
    },
    "direction": "outbound",
    "encoding": "GSM-7",
    "errors": [],
    "from": {"carrier": "TELNYX LLC", "line_type": "VoIP", "phone_number": FROM},
    "id": MESSAGE_ID,
    "media": [
        {
            "content_type": None,
            "sha256": None,
            "size": None,
            "url": "https://pbs.twimg.com/profile_images/1142168442042118144/AW3F4fFD_400x400.png",
        }
    ],
    "messaging_profile_id": "4000eba1-a0c0-4563-9925-b25e842a7cb6",
    "num_chars": 13,
    "organization_id": "b448f9cc-a842-4784-98e9-03c1a5872950",
    "parts": 1,
    "received_at": "2019-01-23T18:10:02.574Z",
    "record_type": "message",
    "sent_at": None,
    "subject": "From Telnyx!",
    "tags": ["Greetings"],
    "tcr_campaign_billable": True,
    "tcr_campaign_id": "TCPA3X7",
    "tcr_campaign_registered": "REGISTERED",
    "text": TEXT,
    "to": [{"carrier": "T-MOBILE USA, INC.", "line_type": "Wireless", "phone_number": TO, "status": "queued"}],
    "type": "MMS",
    "valid_until": None,
    "wait_seconds": 0.5,
    "webhook_failover_url": "https://backup.example.com/hooks",
    "webhook_url": "https://www.example.com/hooks",
}

MESSAGE_BODY: bytes = json.dumps({"data": OUTBOUND_MESSAGE}).encode()
SEND_JSON: dict[str, str] = {"from": FROM, "to": TO, "text": TEXT}
JSON_HEADERS = {"content-type": "application/json"}

PAGE_SIZE = 200
PAGES = 500


PAGE_MARK = b"@@@"  # replaced by the zero-padded page number: items differ from page to page
NUMBER_MARK = b"-999999"  # meta.page_number


def opt_out_page_template(size: int = PAGE_SIZE, total_pages: int = PAGES) -> bytes:
    """One opt-out list page with PAGE_MARK where the page number goes, encoded once, so
    serving a page costs one bytes.replace (the mock server's work stays out of the measure)."""
    mark = PAGE_MARK.decode()
    items = [
        {
            "created_at": "2025-04-28T12:00:38.631252+00:00",
            "from": f"+1844{mark}{i:04d}",
            "keyword": "STOP",
            "messaging_profile_id": "4000eba1-a0c0-4563-9925-b25e842a7cb6",
            "to": f"+1866{mark}{i:04d}",
        }
        for i in range(size)
    ]
    meta = {"page_number": int(NUMBER_MARK), "page_size": size, "total_pages": total_pages,
            "total_results": total_pages * size}  # fmt: skip
    return json.dumps({"data": items, "meta": meta}).encode()


def opt_out_page(template: bytes, number: int) -> bytes:
    return template.replace(PAGE_MARK, b"%03d" % number).replace(NUMBER_MARK, b"%d" % number)


_DEFAULT_PAGE = opt_out_page_template()


def answer(request: httpx.Request) -> httpx.Response:
    """The canned answer for POST /messages, GET /messages/{id} and GET /messaging_optouts."""
    path = request.url.path
    if path.endswith("/messaging_optouts"):
        number = int(request.url.params.get("page[number]", "1"))
        return httpx.Response(200, headers=JSON_HEADERS, content=opt_out_page(_DEFAULT_PAGE, number))
    return httpx.Response(200, headers=JSON_HEADERS, content=MESSAGE_BODY)


def mock_transport() -> httpx.MockTransport:
    return httpx.MockTransport(answer)
