"""Webhooks from the fake: signed like Telnyx, to the message's or profile's URL, failover and retries."""

from __future__ import annotations

import json

import pytest

from telnyx_messaging import Telnyx, webhooks
from telnyx_messaging.testing import TelnyxFake
from telnyx_messaging.webhooks import DeliveryUpdateWebhookEvent, InboundMessageWebhookEvent
from tests.fake.receiver import receiver

FROM = "+18005550101"
TO = "+13125550001"
DELIVERY_SCHEMA = "#/components/schemas/OutboundMessageEvent"
INBOUND_SCHEMA = "#/components/schemas/InboundMessageEvent"


def test_a_send_delivers_sent_then_finalized_signed_like_telnyx(client: Telnyx, fake: TelnyxFake) -> None:
    with receiver() as app:
        sent = client.messages.send(to=TO, from_=FROM, text="hook me", webhook_url=app.url + "/hooks").data
        fake.wait_for_webhooks()
    events = [webhooks.unwrap(body, headers, public_key=fake.public_key) for _, body, headers in app.received]
    assert [e.event_type for e in events] == ["message.sent", "message.finalized"]
    assert all(isinstance(e, DeliveryUpdateWebhookEvent) for e in events)
    assert [e.data.payload.to[0].status for e in events] == ["sent", "delivered"]
    assert {str(e.data.payload.id) for e in events} == {str(sent.id)}
    assert events[1].meta.attempt == 1
    assert events[1].meta.delivered_to == app.url + "/hooks"
    for _, body, _ in app.received:
        assert fake.schemas.problems(DELIVERY_SCHEMA, json.loads(body)) == []
    _, body, headers = app.received[0]
    with pytest.raises(webhooks.WebhookVerificationError):  # another key does not verify them
        webhooks.unwrap(body, headers, public_key="MCowBQYDK2VwAyEA" + "A" * 28)


def test_the_profile_webhook_url_is_used_when_the_message_has_none(client: Telnyx, fake: TelnyxFake) -> None:
    with receiver() as app:
        profile = client.messaging_profiles.create(
            name="p", whitelisted_destinations=["US"], webhook_url=app.url + "/profile"
        ).data
        client.messages.send(to=TO, from_=FROM, text="x", messaging_profile_id=str(profile.id))
        fake.wait_for_webhooks()
    assert [path for path, _, _ in app.received] == ["/profile", "/profile"]


def test_failover_then_retries(fake: TelnyxFake, client: Telnyx) -> None:
    with receiver(500, 500, 500) as primary, receiver(503) as failover:
        client.messages.send(
            to=TO, from_=FROM, text="x", webhook_url=primary.url + "/p", webhook_failover_url=failover.url + "/f"
        )
        deliveries = fake.wait_for_webhooks()
    # message.sent: primary 500, failover 503, (retry) primary 500, failover 200
    # message.finalized: primary 500, failover 200
    assert [(d.event_type, d.url.rsplit("/", 1)[-1], d.attempt, d.status) for d in deliveries] == [
        ("message.sent", "p", 1, 500), ("message.sent", "f", 1, 503),
        ("message.sent", "p", 2, 500), ("message.sent", "f", 2, 200),
        ("message.finalized", "p", 1, 500), ("message.finalized", "f", 1, 200),
    ]  # fmt: skip
    assert json.loads(failover.received[1][1])["meta"] == {"attempt": 2, "delivered_to": failover.url + "/f"}


def test_delivery_gives_up_after_the_attempts() -> None:
    fake = TelnyxFake(webhook_attempts=2, webhook_retry_delay=0.01)
    try:
        fake.deliver_inbound({"webhook_url": "http://127.0.0.1:9/closed", "webhook_failover_url": None, "id": "x"})
        deliveries = fake.wait_for_webhooks()
    finally:
        fake.close()
    assert [(d.attempt, d.status) for d in deliveries] == [(1, None), (2, None)]
    assert all(d.error for d in deliveries)


def test_inbound_delivers_message_received(fake: TelnyxFake, client: Telnyx) -> None:
    with receiver() as app:
        profile = client.messaging_profiles.create(
            name="p", whitelisted_destinations=["US"], webhook_url=app.url + "/in"
        ).data
        fake.add_phone_number(FROM, messaging_profile_id=profile.id)
        record = fake.inbound(from_=TO, to=FROM, text="Hi there", media_urls=["https://example.com/cat.jpg"])
        fake.wait_for_webhooks()
    ((_, body, headers),) = app.received
    event = webhooks.unwrap(body, headers, public_key=fake.public_key)
    assert isinstance(event, InboundMessageWebhookEvent)
    payload = event.data.payload
    assert (payload.from_.phone_number, payload.to[0].phone_number, payload.text) == (TO, FROM, "Hi there")
    assert str(payload.id) == record["id"]
    assert fake.schemas.problems(INBOUND_SCHEMA, json.loads(body)) == []
    assert client.messages.retrieve(record["id"]).data.text == "Hi there"
