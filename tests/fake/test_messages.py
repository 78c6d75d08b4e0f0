"""Messages on the fake: what was sent comes back, scheduled ones cancel, bad requests get Telnyx's 4xx."""

from __future__ import annotations

import datetime

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import AsyncTelnyx, Telnyx
from telnyx_messaging.testing import TelnyxFake

FROM = "+18005550101"
TO = "+13125550001"


def test_a_send_gets_a_fresh_id_and_retrieve_returns_what_was_sent(client: Telnyx, fake: TelnyxFake) -> None:
    first = client.messages.send(to=TO, from_=FROM, text="Hello", media_urls=["https://example.com/a.png"])
    second = client.messages.send(to=TO, from_=FROM, text="Again")
    assert first.data.id != second.data.id
    assert first.data.to[0].status == "queued"
    got = client.messages.retrieve(first.data.id).data
    assert (got.id, got.to[0].phone_number, got.from_.phone_number, got.text) == (first.data.id, TO, FROM, "Hello")
    assert got.type_ == "MMS"
    assert [m.url for m in got.media] == ["https://example.com/a.png"]
    assert [m["text"] for m in fake.messages] == ["Hello", "Again"]


@pytest.mark.parametrize(
    ("text", "encoding", "parts"),
    [
        ("a" * 160, "GSM-7", 1),
        ("a" * 161, "GSM-7", 2),
        ("a" * 306, "GSM-7", 2),
        ("a" * 307, "GSM-7", 3),
        ("{" * 80, "GSM-7", 1),  # ~^|{}[]\€ take two septets
        ("€" * 81, "GSM-7", 2),
        ("a" * 152 + "[" + "a" * 152, "GSM-7", 3),  # 306 septets, but '[' is not split across parts 1 and 2
        ("é" * 160, "GSM-7", 1),  # é is in the GSM-7 basic set
        ("ê" * 70, "UCS-2", 1),
        ("ê" * 71, "UCS-2", 2),
        ("ê" * 134, "UCS-2", 2),
        ("ê" * 135, "UCS-2", 3),
        ("😀" * 35, "UCS-2", 1),  # two UTF-16 units each
        ("a" * 1530, "GSM-7", 10),
    ],
)
def test_parts_and_encoding_follow_telnyx_rules(client: Telnyx, text: str, encoding: str, parts: int) -> None:
    sent = client.messages.send(to=TO, from_=FROM, text=text).data
    assert (sent.encoding, sent.parts, sent.num_chars) == (encoding, parts, len(text))


def test_more_than_ten_parts_is_rejected(client: Telnyx, fake: TelnyxFake) -> None:
    with pytest.raises(telnyx.UnprocessableEntityError) as caught:
        client.messages.send(to=TO, from_=FROM, text="a" * 1531)
    assert caught.value.errors[0].pointer == "/text"
    assert fake.messages == []


def test_a_scheduled_message_is_listed_as_scheduled_and_cancels(client: Telnyx) -> None:
    send_at = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    scheduled = client.messages.schedule(to=TO, from_=FROM, text="Later", send_at=send_at).data
    assert scheduled.to[0].status == "scheduled"
    cancelled = client.messages.cancel_scheduled(scheduled.id).data
    assert (cancelled.id, cancelled.to[0].status) == (scheduled.id, "cancelled")
    assert client.messages.retrieve(scheduled.id).data.to[0].status == "cancelled"


def test_a_message_already_sent_cannot_be_cancelled(client: Telnyx) -> None:
    sent = client.messages.send(to=TO, from_=FROM, text="Now").data
    with pytest.raises(telnyx.PermissionDeniedError):
        client.messages.cancel_scheduled(sent.id)


def test_an_unknown_message_is_a_404_in_telnyx_shape(client: Telnyx) -> None:
    with pytest.raises(telnyx.NotFoundError) as caught:
        client.messages.retrieve("6a09cdc3-8948-47f0-aa62-74ac943d6c58")
    assert caught.value.errors[0].code == "10005"


def test_a_request_the_spec_rejects_gets_telnyx_error_body(fake: TelnyxFake) -> None:
    with httpx.Client(transport=fake.transport, base_url="https://api.telnyx.com/v2") as http:
        response = http.post(
            "/messages", json={"from": FROM, "text": "no recipient"}, headers={"Authorization": "Bearer k"}
        )
        wrong_type = http.post("/messages", json={"to": 5, "text": "x"}, headers={"Authorization": "Bearer k"})
        unauthenticated = http.post("/messages", json={"to": TO, "text": "x"})
    assert response.status_code == 422
    assert response.json() == {
        "errors": [
            {
                "code": "10004",
                "title": "Missing required parameter",
                "detail": "The 'to' parameter is required.",
                "source": {"pointer": "/to"},
            }
        ]
    }
    assert wrong_type.status_code == 422
    assert wrong_type.json()["errors"][0]["source"] == {"pointer": "/to"}
    assert unauthenticated.status_code == 401
    assert unauthenticated.json()["errors"][0]["code"] == "10009"
    assert fake.messages == []
    assert [r.status for r in fake.requests] == [422, 422, 401]


def test_whatsapp_and_group_mms(client: Telnyx) -> None:
    group = client.messages.send_group_mms(from_=FROM, to=[TO, "+13125550002"], text="All").data
    assert [r.phone_number for r in group.to] == [TO, "+13125550002"]
    assert [m.id for m in client.messages.retrieve_group_messages(group.id).data] == [group.id]
    whatsapp = client.messages.send_whatsapp(
        from_=FROM, to=TO, whatsapp_message={"type": "text", "text": {"body": "hi"}}
    ).data
    assert whatsapp.id


@pytest.mark.anyio
async def test_the_async_transport_shares_the_state(fake: TelnyxFake) -> None:
    http = httpx.AsyncClient(transport=fake.async_transport)
    async with AsyncTelnyx("test-key", http_client=http) as client:
        sent = await client.messages.send(to=TO, from_=FROM, text="async")
        got = await client.messages.retrieve(sent.data.id)
    assert got.data.text == "async"
    assert fake.messages[0]["id"] == str(sent.data.id)
