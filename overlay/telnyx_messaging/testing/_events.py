"""Webhook bodies for what happened to a message, shaped like Telnyx's (see `_signing`)."""

from __future__ import annotations

import copy
from typing import Any

from telnyx_messaging.testing._state import Record, new_id, now_iso


def _event(event_type: str, payload: Record) -> dict[str, Any]:
    return {
        "data": {
            "event_type": event_type,
            "id": new_id(),
            "occurred_at": now_iso(),
            "payload": copy.deepcopy(payload),
            "record_type": "event",
        }
    }


BLOCKED = {
    "code": "40300",
    "title": "Blocked due to STOP message",
    "detail": "The recipient opted out of messages from this sender (replied STOP).",
}


def status_updates(record: Record, blocked: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Move `record` to sent then delivered; the ``message.sent`` and ``message.finalized`` bodies.

    Recipients in `blocked` (opted out) end as ``delivery_failed`` with Telnyx's error 40300.
    Delivery-update bodies get their ``meta`` (attempt, delivered_to) when they are sent.
    """
    sent_at = now_iso()
    record["sent_at"] = sent_at
    for recipient in record["to"]:
        recipient["status"] = "sent"
    sent = _event("message.sent", record)
    record["completed_at"] = now_iso()
    for recipient in record["to"]:
        recipient["status"] = "delivery_failed" if recipient["phone_number"] in blocked else "delivered"
    if blocked:
        record["errors"] = [dict(BLOCKED)]
    return [sent, _event("message.finalized", record)]


def received(record: Record) -> dict[str, Any]:
    return _event("message.received", record)
