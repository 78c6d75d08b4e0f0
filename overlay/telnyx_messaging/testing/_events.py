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


def status_updates(record: Record) -> list[dict[str, Any]]:
    """Move `record` to sent then delivered; the ``message.sent`` and ``message.finalized`` bodies.

    Delivery-update bodies get their ``meta`` (attempt, delivered_to) when they are sent.
    """
    sent_at = now_iso()
    record["sent_at"] = sent_at
    for recipient in record["to"]:
        recipient["status"] = "sent"
    sent = _event("message.sent", record)
    record["completed_at"] = now_iso()
    for recipient in record["to"]:
        recipient["status"] = "delivered"
    return [sent, _event("message.finalized", record)]


def received(record: Record) -> dict[str, Any]:
    return _event("message.received", record)
