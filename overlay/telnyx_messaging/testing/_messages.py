"""Messages: sends of every kind, scheduling, retrieval, cancellation, group lookups, inbound."""

from __future__ import annotations

import copy
import mimetypes
from typing import TYPE_CHECKING, Any

from telnyx_messaging.testing._encoding import MAX_PARTS, encode
from telnyx_messaging.testing._requests import Checked, RequestRejected, error
from telnyx_messaging.testing._spec import pointer
from telnyx_messaging.testing._state import Record, new_id, now_iso

if TYPE_CHECKING:
    from telnyx_messaging.testing._fake import Answer, TelnyxFake

OUTBOUND = pointer("components", "schemas", "OutboundMessagePayload")
INBOUND = pointer("components", "schemas", "InboundMessagePayload")
WHATSAPP_DATA = pointer("components", "schemas", "WhatsappResponse", "properties", "data")
POOL_NUMBER = "+18445550001"  # the sender a number-pool send is given when the profile has no numbers
SEND_OPERATIONS = (
    "SendMessage",
    "SendAlphanumericSenderIdMessage",
    "CreateGroupMmsMessage",
    "CreateLongCodeMessage",
    "CreateNumberPoolMessage",
    "CreateShortCodeMessage",
    "ScheduleMessage",
)


def _party(number: str, status: str | None = None) -> dict[str, Any]:
    party: dict[str, Any] = {"carrier": "TELNYX LLC", "line_type": "VoIP", "phone_number": number}
    if status is not None:
        party["status"] = status
    return party


def _text_parts(text: str | None) -> tuple[str, int, int]:
    encoded = encode(text or "")
    if encoded.parts > MAX_PARTS:
        raise RequestRejected(
            422,
            [
                error(
                    "40306",
                    "Message too long",
                    f"The text needs {encoded.parts} {encoded.encoding} parts; at most {MAX_PARTS} are allowed.",
                    pointer="/text",
                )
            ],
        )
    return encoded.encoding, encoded.parts, encoded.num_chars


def outbound_record(fake: TelnyxFake, body: dict[str, Any], operation_id: str) -> Record:
    """A new outbound message as Telnyx reports it right after accepting the send."""
    recipients = body["to"] if isinstance(body["to"], list) else [body["to"]]
    scheduled = operation_id == "ScheduleMessage" or (operation_id == "SendMessage" and body.get("send_at"))
    status = "scheduled" if scheduled else "queued"
    profile_id = body.get("messaging_profile_id") or fake.profile_of_number(body.get("from"))
    sender = body.get("from") or fake.pool_number(profile_id) or POOL_NUMBER
    media_urls = body.get("media_urls") or []
    kind = body.get("type") or ("MMS" if media_urls or body.get("subject") or len(recipients) > 1 else "SMS")
    encoding, parts, num_chars = _text_parts(body.get("text"))
    webhook_url, failover_url = fake.webhook_urls(body, profile_id)
    record: Record = fake.examples.of(OUTBOUND)
    record.update(
        id=new_id(),
        cc=[],
        completed_at=None,
        direction="outbound",
        encoding=encoding,
        errors=[],
        media=[{"content_type": None, "sha256": None, "size": None, "url": url} for url in media_urls],
        num_chars=num_chars,
        parts=parts,
        received_at=now_iso(),
        record_type="message",
        sent_at=None,
        subject=body.get("subject"),
        tags=[],
        text=body.get("text") or "",
        type=kind,
        valid_until=None,
        webhook_url=webhook_url,
        webhook_failover_url=failover_url,
    )
    record["from"] = _party(sender)
    record["to"] = [_party(number, status) for number in recipients]
    if profile_id:
        record["messaging_profile_id"] = profile_id
    if scheduled:
        record["send_at"] = body.get("send_at")
    return record


def send(fake: TelnyxFake, request: Checked) -> Answer:
    record = outbound_record(fake, request.body, request.route.operation_id)
    fake.state.messages.add(record)
    answer = fake.answer({"data": copy.deepcopy(record)})  # as accepted: queued (or scheduled)
    if record["to"][0]["status"] != "scheduled":
        fake.deliver_status_updates(record)
    return answer


def send_whatsapp(fake: TelnyxFake, request: Checked) -> Answer:
    body = request.body
    data = fake.examples.of(WHATSAPP_DATA)
    data.update(id=new_id(), direction="outbound", received_at=now_iso(), record_type="message", type="WHATSAPP")
    data["from"] = {**_party(body["from"]), "status": "received"}
    data["to"] = [{**(data["to"][0] if data.get("to") else {}), "phone_number": body["to"], "status": "queued"}]
    data["body"] = body["whatsapp_message"]
    if body.get("messaging_profile_id"):
        data["messaging_profile_id"] = body["messaging_profile_id"]
    fake.state.whatsapp.add(data)
    return fake.answer({"data": data})


def retrieve(fake: TelnyxFake, request: Checked) -> Answer:
    message_id = request.path_params["id"]
    found = fake.state.messages.find(message_id) or fake.state.inbound.get(message_id)
    return fake.answer({"data": found})


def cancel(fake: TelnyxFake, request: Checked) -> Answer:
    record = fake.state.messages.get(request.path_params["id"])
    if record["to"][0]["status"] != "scheduled":
        raise RequestRejected(
            403,
            [
                error(
                    "40318",
                    "Message cannot be cancelled",
                    "Only scheduled messages that were not sent can be cancelled.",
                )
            ],
        )
    for recipient in record["to"]:
        recipient["status"] = "cancelled"
    record["completed_at"] = now_iso()
    return fake.answer(record)


def group_messages(fake: TelnyxFake, request: Checked) -> Answer:
    group_id = request.path_params["message_id"]
    found = fake.state.messages.find(group_id)
    if found is None:
        fake.state.messages.get(group_id)  # raises the 404
    return fake.answer({"data": [found]})


def _mime_type(url: str) -> str:
    return mimetypes.guess_type(url)[0] or "application/octet-stream"


def inbound_record(fake: TelnyxFake, from_: str, to: str, text: str, media_urls: list[str]) -> Record:
    encoding, parts, num_chars = encode(text).encoding, encode(text).parts, len(text)
    profile_id = fake.profile_of_number(to)
    webhook_url, failover_url = fake.webhook_urls({}, profile_id)
    record: Record = fake.examples.of(INBOUND)
    record.update(
        id=new_id(),
        direction="inbound",
        encoding=encoding,
        parts=parts,
        num_chars=num_chars,
        text=text,
        type="MMS" if media_urls else "SMS",
        received_at=now_iso(),
        record_type="message",
        media=[{"content_type": _mime_type(url), "url": url} for url in media_urls],
        errors=[],
        webhook_url=webhook_url,
        webhook_failover_url=failover_url,
    )
    record["from"] = {**_party(from_), "carrier": "T-MOBILE USA, INC.", "line_type": "Wireless"}
    record["to"] = [_party(to, "delivered")]
    if profile_id:
        record["messaging_profile_id"] = profile_id
    return record


STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
START_WORDS = frozenset({"START", "UNSTOP", "YES"})


def opt_out(fake: TelnyxFake, inbound: Record) -> None:
    """Telnyx's opt-out handling of an inbound keyword: STOP adds an opt-out, START removes it."""
    keyword = str(inbound.get("text", "")).strip().upper()
    subscriber, number = inbound["from"]["phone_number"], inbound["to"][0]["phone_number"]
    key = f"{number}|{subscriber}"
    if keyword in START_WORDS and fake.state.optouts.find(key):
        fake.state.optouts.remove(key)
    if keyword not in STOP_WORDS:
        return
    record = {
        "created_at": now_iso(),
        "from": number,
        "keyword": keyword,
        "messaging_profile_id": inbound.get("messaging_profile_id"),
        "to": subscriber,
    }
    fake.state.optouts.add(record, key=key)


def opted_out(fake: TelnyxFake, sender: str, recipient: str) -> bool:
    return fake.state.optouts.find(f"{sender}|{recipient}") is not None


HANDLERS = {
    **dict.fromkeys(SEND_OPERATIONS, send),
    "SendWhatsappMessage": send_whatsapp,
    "GetMessage": retrieve,
    "CancelMessage": cancel,
    "GetGroupMmsMessages": group_messages,
}
