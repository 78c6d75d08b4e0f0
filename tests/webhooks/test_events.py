"""Typed events: dispatch on data.event_type, lazy models, unknown and malformed events."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from telnyx_messaging import WebhookVerificationError, testing, webhooks
from telnyx_messaging_api.models.inbound_message import InboundMessage
from telnyx_messaging_api.models.inbound_message_event import InboundMessageEvent
from telnyx_messaging_api.models.outbound_message import OutboundMessage
from telnyx_messaging_api.models.outbound_message_event import OutboundMessageEvent
from telnyx_messaging_api.models.replaced_link_click import ReplacedLinkClick
from telnyx_messaging_api.models.replaced_link_click_event import ReplacedLinkClickEvent
from tests.support.spec_version import skip_unless_pinned


@pytest.fixture
def unwrap(frozen, signer):
    """Sign a body dict and unwrap it, as a receiver would."""

    def _unwrap(body: dict[str, Any]) -> webhooks.AnyWebhookEvent:
        raw, headers = signer.request(body)
        return webhooks.unwrap(raw, headers, public_key=signer.public_key)

    return _unwrap


def test_message_received(unwrap):
    body = testing.message_received(text="STOP", from_="+13125550001")
    event = unwrap(body)
    assert isinstance(event, webhooks.InboundMessageWebhookEvent)
    assert event.is_known
    assert event.event_type == event.data.event_type == "message.received"
    assert isinstance(event.model, InboundMessageEvent)
    assert isinstance(event.data, InboundMessage)
    payload = event.data.payload
    assert payload.text == "STOP"
    assert payload.from_.phone_number == "+13125550001"
    assert payload.to[0].status == "delivered"
    assert payload.errors == []
    assert event.raw == body


@pytest.mark.parametrize(
    ("build", "event_type", "status"),
    [(testing.message_sent, "message.sent", "sent"), (testing.message_finalized, "message.finalized", "delivered")],
)
def test_delivery_updates(unwrap, build, event_type, status):
    event = unwrap(build(to=["+18665550001", "+18665550002"]))
    assert isinstance(event, webhooks.DeliveryUpdateWebhookEvent)
    assert event.event_type == event.data.event_type == event_type
    assert isinstance(event.model, OutboundMessageEvent)
    assert isinstance(event.data, OutboundMessage)
    assert [to.status for to in event.data.payload.to] == [status, status]
    assert event.data.payload.to[1].phone_number == "+18665550002"
    assert event.data.payload.text == "Hello, World!"
    assert event.meta.attempt == 1


def test_finalized_failure_carries_errors(unwrap):
    errors = [{"code": "40002", "title": "Blocked as spam", "detail": "Message blocked by the carrier"}]
    event = unwrap(testing.message_finalized(status="delivery_failed", errors=errors))
    assert event.data.payload.to[0].status == "delivery_failed"
    assert event.data.payload.errors[0].code == "40002"
    assert event.data.payload.errors[0].title == "Blocked as spam"


@pytest.mark.parametrize("event_type", ["message.link_click", None], ids=["with event_type", "spec example shape"])
def test_link_click(unwrap, event_type):
    event = unwrap(testing.message_link_click(url="https://example.com/x", event_type=event_type))
    assert isinstance(event, webhooks.LinkClickWebhookEvent)
    assert event.event_type == "message.link_click"
    assert event.data.event_type == "message.link_click"  # so the reference handler works for clicks too
    assert isinstance(event.model, ReplacedLinkClickEvent)
    assert isinstance(event.data, ReplacedLinkClick)
    assert event.data.url == "https://example.com/x"
    assert str(event.data.message_id) == "7ee4241c-f127-47e5-9c34-3aac291f8058"


def test_reference_handler_line_works_for_every_event(unwrap):
    # print(f"Received event: {event.data.event_type}") from the reference, for every kind
    bodies = [
        testing.message_received(),
        testing.message_sent(),
        testing.message_finalized(),
        testing.message_link_click(),
        testing.message_link_click(event_type=None),
        testing.message_received(event_type="message.brand_new"),
    ]
    seen = [unwrap(body).data.event_type for body in bodies]
    assert seen == [
        "message.received",
        "message.sent",
        "message.finalized",
        "message.link_click",
        "message.link_click",
        "message.brand_new",
    ]


def test_unknown_event_type_is_kept_not_guessed(unwrap):
    body = testing.message_received(event_type="message.brand_new")
    event = unwrap(body)
    assert type(event) is webhooks.UnknownWebhookEvent
    assert not event.is_known
    assert event.event_type == "message.brand_new"
    assert event.raw == body
    assert not hasattr(event, "model")
    assert event.data.payload.text == "Hello, World!"  # untyped attribute view over raw
    assert event.data["payload"]["from"].phone_number == "+18665550001"
    assert event.data.payload.to[0].status == "delivered"
    assert "payload" in event.data
    with pytest.raises(AttributeError):
        event.data.no_such_field  # noqa: B018


@pytest.mark.parametrize(
    "data",
    [
        {"payload": {}},
        {"event_type": None},
        {"event_type": 42},
        {"event_type": ["message.sent"]},
        {"event_type": {"message.sent": 1}},
        {"event_type": "MESSAGE.SENT"},
        {"event_type": "message.sent "},
        {"event_type": ""},
        {},
    ],
    ids=repr,
)
def test_odd_event_types_are_unknown(unwrap, data):
    event = unwrap({"data": data})
    assert isinstance(event, webhooks.UnknownWebhookEvent)
    expected = data.get("event_type") if isinstance(data.get("event_type"), str) else None
    assert event.event_type == expected


def test_extra_fields_and_new_enum_values_are_kept(unwrap):
    body = testing.message_sent(status="brand_new_status", type="RCS", direction="sideways", new_field={"a": 1})
    body["new_top_level"] = True
    body["data"]["new_data_field"] = [1, 2]
    body["data"]["payload"]["to"][0]["new_to_field"] = "x"
    event = unwrap(body)
    assert isinstance(event, webhooks.DeliveryUpdateWebhookEvent)
    payload = event.data.payload
    assert payload.to[0].status == "brand_new_status"
    assert payload.type_ == "RCS"
    assert payload.direction == "sideways"
    assert payload.additional_properties["new_field"] == {"a": 1}
    assert payload.to[0].additional_properties == {"new_to_field": "x"}
    assert event.data.additional_properties == {"new_data_field": [1, 2]}
    assert event.model.additional_properties == {"new_top_level": True}
    # what the builder sends beyond new_field is a field an older spec's payload lacks
    lacking = sorted(set(payload.additional_properties) - {"new_field"})
    skip_unless_pinned(lacking, f"payload fields {lacking} (the rest passed)")
    assert lacking == []


def _break(body: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    broken = copy.deepcopy(body)
    *parents, last = path.split(".")
    node = broken
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[last] = value
    return broken


MISMATCHES = {
    "to is a string": (testing.message_sent(), "data.payload.to", "+18665550001"),
    "occurred_at a number": (testing.message_finalized(), "data.occurred_at", 12),
    "payload a string": (testing.message_received(), "data.payload", "hello"),
    "meta a number": (testing.message_sent(), "meta", 5),
    "error without code": (testing.message_finalized(), "data.payload.errors", [{"title": "x"}]),
    "link click time not a date": (testing.message_link_click(), "data.time_clicked", "yesterday"),
}


@pytest.mark.parametrize("name", list(MISMATCHES))
def test_known_event_not_matching_its_model(unwrap, name):
    """Documented choice: unwrap returns the typed event (models are lazy); the first typed
    access raises WebhookVerificationError naming the schema; .raw and .event_type still work."""
    body, path, value = MISMATCHES[name]
    broken = _break(body, path, value)
    event = unwrap(broken)
    assert event.is_known
    assert event.raw == broken
    for _ in range(2):  # a failure is not cached as a success
        with pytest.raises(WebhookVerificationError, match="does not match the schema for 'message") as caught:
            event.data  # noqa: B018
        assert caught.value.__cause__ is not None
    with pytest.raises(WebhookVerificationError, match="does not match the schema"):
        event.model  # noqa: B018


def test_models_are_built_lazily_once(unwrap, monkeypatch):
    calls = []
    original = OutboundMessageEvent.from_dict.__func__

    def counting(cls, src):
        calls.append(src)
        return original(cls, src)

    monkeypatch.setattr(OutboundMessageEvent, "from_dict", classmethod(counting))
    event = unwrap(testing.message_sent())
    assert calls == []
    assert event.data.payload.text == "Hello, World!"
    assert event.meta.attempt == 1
    assert event.model is event.model
    assert len(calls) == 1


def test_event_classes_are_exported_from_webhooks():
    from telnyx_messaging import _webhook_events

    for name in ("WebhookEvent", "DeliveryUpdateWebhookEvent", "InboundMessageWebhookEvent"):
        assert getattr(webhooks, name) is getattr(_webhook_events, name)
    for cls in (webhooks.DeliveryUpdateWebhookEvent, webhooks.LinkClickWebhookEvent, webhooks.UnknownWebhookEvent):
        assert issubclass(cls, webhooks.WebhookEvent)
    with pytest.raises(AttributeError):
        webhooks.NoSuchThing  # noqa: B018


def test_repr_names_the_type(unwrap):
    assert repr(unwrap(testing.message_sent())) == "<DeliveryUpdateWebhookEvent event_type='message.sent'>"
