"""Test your own webhook handlers: sign requests the way Telnyx does, build realistic bodies.

    from telnyx_messaging import testing, webhooks

    signer = testing.WebhookSigner.generate()          # a fresh Ed25519 keypair
    body, headers = signer.request(testing.message_received(text="STOP"))
    event = webhooks.unwrap(body, headers, public_key=signer.public_key)
    assert event.data.payload.text == "STOP"

    # or through your app: configure it with signer.public_key, then
    # client.post("/webhooks", content=body, headers=headers)

The body builders return fresh dicts shaped like the examples in Telnyx's API spec
(``message_sent``, ``message_finalized``, ``message_received``, ``message_link_click``); the
common fields are keyword arguments and any other payload field can be passed as a keyword.
"""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Mapping, Sequence
from typing import Any

from telnyx_messaging._exceptions import ValidationError
from telnyx_messaging.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER

__all__ = [
    "WebhookSigner",
    "message_finalized",
    "message_link_click",
    "message_received",
    "message_sent",
]


class WebhookSigner:
    """An Ed25519 keypair that signs webhook bodies exactly like Telnyx.

    `public_key` (base64) is what you configure your app with (``public_key=`` or
    ``TELNYX_PUBLIC_KEY``). `seed` is the 32-byte private seed; pass a fixed one for
    reproducible signatures, or use `generate()`.
    """

    __slots__ = ("_signing_key", "public_key")

    def __init__(self, seed: bytes) -> None:
        from nacl.signing import SigningKey  # noqa: PLC0415 - nacl only when signing is used

        if not isinstance(seed, bytes) or len(seed) != 32:
            # the seed is private key material: its length is reported, never its value
            raise ValidationError("seed", f"<{len(seed)} bytes>", "must be exactly 32 bytes")
        self._signing_key = SigningKey(seed)
        self.public_key: str = base64.b64encode(bytes(self._signing_key.verify_key)).decode()

    @classmethod
    def generate(cls) -> WebhookSigner:
        """A signer with a new random keypair."""
        return cls(os.urandom(32))

    def sign(self, payload: bytes | str, timestamp: int | str | None = None) -> str:
        """The base64 ``telnyx-signature-ed25519`` value for `payload` sent at `timestamp`.

        `timestamp` defaults to now (unix seconds). A str is signed as given, so you can also
        produce validly signed requests with malformed timestamps.
        """
        body = payload.encode() if isinstance(payload, str) else payload
        message = _timestamp_text(timestamp).encode() + b"|" + body
        return base64.b64encode(self._signing_key.sign(message).signature).decode()

    def headers(self, payload: bytes | str, timestamp: int | str | None = None) -> dict[str, str]:
        """The two headers Telnyx sends with `payload`: signature and timestamp."""
        text = _timestamp_text(timestamp)
        return {SIGNATURE_HEADER: self.sign(payload, text), TIMESTAMP_HEADER: text}

    def request(
        self, body: Mapping[str, Any] | bytes | str, timestamp: int | str | None = None
    ) -> tuple[bytes, dict[str, str]]:
        """`(raw_body, headers)` ready to POST; a mapping is JSON-encoded first."""
        raw = json.dumps(body).encode() if isinstance(body, Mapping) else _as_bytes(body)
        return raw, self.headers(raw, timestamp)

    def __repr__(self) -> str:
        return f"WebhookSigner(public_key={self.public_key!r})"


def _timestamp_text(timestamp: int | str | None) -> str:
    if timestamp is None:
        return str(int(time.time()))
    return timestamp if isinstance(timestamp, str) else str(timestamp)


def _as_bytes(body: bytes | str) -> bytes:
    return body.encode() if isinstance(body, str) else body


# --- bodies (values copied from the examples in Telnyx's spec) ------------------------

_RECEIVED_AT = "2019-01-23T18:10:02.574Z"
_WEBHOOK_URL = "https://www.example.com/hooks"
_FAILOVER_URL = "https://backup.example.com/hooks"


def message_received(
    *,
    text: str = "Hello, World!",
    from_: str = "+18665550001",
    to: str | Sequence[str] = "+18445550001",
    id: str = "7ee4241c-f127-47e5-9c34-3aac291f8058",
    event_id: str = "bf6307bd-884d-4c1f-b6ea-c62b8c495d3c",
    event_type: str = "message.received",
    occurred_at: str = _RECEIVED_AT,
    **payload: Any,
) -> dict[str, Any]:
    """An inbound SMS (``message.received``). `id` is the message id, `event_id` the event's.

    Other keywords override or add ``data.payload`` fields, e.g. ``type="MMS", media=[...]``.
    """
    body = {
        "cc": [],
        "completed_at": None,
        "cost": {"amount": "0.0051", "currency": "USD"},
        "cost_breakdown": _cost_breakdown(),
        "direction": "inbound",
        "encoding": "GSM-7",
        "errors": [],
        "from": {"carrier": "T-MOBILE USA, INC.", "line_type": "Wireless", "phone_number": from_},
        "id": id,
        "media": [],
        "messaging_profile_id": "0f512bda-ae1e-4597-8e11-e5f5686b97d3",
        "num_chars": len(text),
        "organization_id": "b448f9cc-a842-4784-98e9-03c1a5872950",
        "parts": 1,
        "received_at": occurred_at,
        "record_type": "message",
        "sent_at": None,
        "subject": None,
        "tags": [],
        "tcr_campaign_billable": True,
        "tcr_campaign_id": "TCPA3X7",
        "tcr_campaign_registered": "REGISTERED",
        "text": text,
        "to": _recipients(to, "delivered", carrier="TELNYX LLC", line_type="VoIP"),
        "type": "SMS",
        "valid_until": None,
        "webhook_failover_url": _FAILOVER_URL,
        "webhook_url": _WEBHOOK_URL,
    }
    return _envelope(event_type, event_id, occurred_at, {**body, **payload}, meta=False)


def message_sent(
    *,
    text: str = "Hello, World!",
    from_: str = "+18445550001",
    to: str | Sequence[str] = "+18665550001",
    status: str = "sent",
    id: str = "40385f64-5717-4562-b3fc-2c963f66afa6",
    event_id: str = "86f58db9-0fe3-4adc-9d1f-46e66e6e9323",
    event_type: str = "message.sent",
    occurred_at: str = _RECEIVED_AT,
    **payload: Any,
) -> dict[str, Any]:
    """A delivery update for an outbound SMS handed to the carrier (``message.sent``)."""
    body = _outbound_payload(text, from_, to, status, id, errors=[], completed_at=None, sent_at=occurred_at)
    return _envelope(event_type, event_id, occurred_at, {**body, **payload}, meta=True)


def message_finalized(
    *,
    text: str = "Hello, World!",
    from_: str = "+18445550001",
    to: str | Sequence[str] = "+18665550001",
    status: str = "delivered",
    errors: Sequence[Mapping[str, Any]] = (),
    id: str = "40385f64-5717-4562-b3fc-2c963f66afa6",
    event_id: str = "86f58db9-0fe3-4adc-9d1f-46e66e6e9323",
    event_type: str = "message.finalized",
    occurred_at: str = _RECEIVED_AT,
    **payload: Any,
) -> dict[str, Any]:
    """The final delivery update (``message.finalized``).

    For a failure pass e.g. ``status="delivery_failed", errors=[{"code": "40002",
    "title": "Blocked as spam", "detail": "..."}]`` (each error needs ``code`` and ``title``).
    """
    body = _outbound_payload(
        text, from_, to, status, id, errors=[dict(e) for e in errors], completed_at=occurred_at, sent_at=occurred_at
    )
    return _envelope(event_type, event_id, occurred_at, {**body, **payload}, meta=True)


def message_link_click(
    *,
    url: str = "https://telnyx.com",
    to: str = "18445550001",
    message_id: str = "7ee4241c-f127-47e5-9c34-3aac291f8058",
    time_clicked: str = "2019-04-01T14:45:45.450Z",
    event_type: str | None = "message.link_click",
    **data: Any,
) -> dict[str, Any]:
    """A click on a shortened link (``message.link_click``), flat as in the spec's example.

    ``event_type=None`` leaves ``data.event_type`` out, exactly like the spec's example.
    """
    body: dict[str, Any] = {
        "message_id": message_id,
        "record_type": "link_clicked",
        "time_clicked": time_clicked,
        "to": to,
        "url": url,
    }
    if event_type is not None:
        body = {"event_type": event_type, **body}
    return {"data": {**body, **data}}


def _outbound_payload(
    text: str,
    from_: str,
    to: str | Sequence[str],
    status: str,
    id: str,
    *,
    errors: list[dict[str, Any]],
    completed_at: str | None,
    sent_at: str | None,
) -> dict[str, Any]:
    return {
        "cc": [],
        "completed_at": completed_at,
        "cost": {"amount": "0.0051", "currency": "USD"},
        "cost_breakdown": _cost_breakdown(),
        "direction": "outbound",
        "encoding": "GSM-7",
        "errors": errors,
        "from": {"carrier": "TELNYX LLC", "line_type": "VoIP", "phone_number": from_},
        "id": id,
        "media": [],
        "messaging_profile_id": "4000eba1-a0c0-4563-9925-b25e842a7cb6",
        "num_chars": len(text),
        "organization_id": "b448f9cc-a842-4784-98e9-03c1a5872950",
        "parts": 1,
        "received_at": _RECEIVED_AT,
        "record_type": "message",
        "sent_at": sent_at,
        "subject": None,
        "tags": [],
        "tcr_campaign_billable": True,
        "tcr_campaign_id": "TCPA3X7",
        "tcr_campaign_registered": "REGISTERED",
        "text": text,
        "to": _recipients(to, status, carrier="T-MOBILE USA, INC.", line_type="Wireless"),
        "type": "SMS",
        "valid_until": None,
        "wait_seconds": 0.5,
        "webhook_failover_url": _FAILOVER_URL,
        "webhook_url": _WEBHOOK_URL,
    }


def _recipients(to: str | Sequence[str], status: str, *, carrier: str, line_type: str) -> list[dict[str, Any]]:
    numbers = [to] if isinstance(to, str) else list(to)
    return [{"carrier": carrier, "line_type": line_type, "phone_number": n, "status": status} for n in numbers]


def _cost_breakdown() -> dict[str, Any]:
    return {
        "carrier_fee": {"amount": "0.00305", "currency": "USD"},
        "rate": {"amount": "0.00205", "currency": "USD"},
    }


def _envelope(
    event_type: str, event_id: str, occurred_at: str, payload: dict[str, Any], *, meta: bool
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "data": {
            "event_type": event_type,
            "id": event_id,
            "occurred_at": occurred_at,
            "payload": payload,
            "record_type": "event",
        }
    }
    if meta:  # delivery updates carry delivery metadata (OutboundMessageEvent.meta)
        body["meta"] = {"attempt": 1, "delivered_to": _WEBHOOK_URL}
    return body
