"""telnyx_messaging.testing: the signer and the body builders users test their handlers with."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from telnyx_messaging import testing, webhooks
from telnyx_messaging._exceptions import ValidationError
from tests.support.spec_version import skip_unless_pinned

from .conftest import NOW

SPEC = Path(__file__).resolve().parents[2] / "build" / "spec" / "messaging.json"
BUILDERS = {
    "message.received": testing.message_received,
    "message.sent": testing.message_sent,
    "message.finalized": testing.message_finalized,
    "message.link_click": testing.message_link_click,
}


def _extras(model: Any, path: str = "event") -> list[str]:
    """Paths of every field a generated model did not recognise."""
    found = []
    if attrs.has(type(model)):
        if model.additional_properties:
            found.append(f"{path}: {sorted(model.additional_properties)}")
        for f in attrs.fields(type(model)):
            if f.name != "additional_properties":
                found += _extras(getattr(model, f.name), f"{path}.{f.name}")
    elif isinstance(model, list):
        for i, item in enumerate(model):
            found += _extras(item, f"{path}[{i}]")
    return found


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("event_type", list(BUILDERS))
def test_builders_fit_the_generated_models_exactly(event_type, signer):
    body, headers = signer.request(BUILDERS[event_type]())
    event = webhooks.unwrap(body, headers, public_key=signer.public_key)
    assert event.is_known
    assert event.event_type == event_type
    extras = _extras(event.model)
    expected = ["event.data: ['event_type']"] if event_type == "message.link_click" else []
    # (the spec's ReplacedLinkClick has no event_type field)
    skip_unless_pinned(extras != expected, f"fields the builder sends: {extras}")
    assert extras == expected


@pytest.mark.skipif(not SPEC.exists(), reason="needs the cut spec: make spec")
@pytest.mark.parametrize(
    ("event_type", "schema"),
    [
        ("message.received", "InboundMessage"),
        ("message.sent", "OutboundMessage"),
        ("message.finalized", "OutboundMessage"),
        ("message.link_click", "ReplacedLinkClick"),
    ],
)
def test_builders_have_the_shape_of_the_spec_examples(event_type, schema):
    schemas = json.loads(SPEC.read_text())["components"]["schemas"]
    example = schemas[schema]["example"]
    data = BUILDERS[event_type]()["data"]
    if event_type == "message.link_click":
        assert set(data) - {"event_type"} == set(example)
        assert {k: data[k] for k in example} == example
        return
    assert set(data) == set(example)
    in_example = set(schemas[f"{schema}Payload"]["example"])
    skip_unless_pinned(set(data["payload"]) ^ in_example, f"payload fields {sorted(set(data['payload']) ^ in_example)}")
    assert set(data["payload"]) == in_example
    same = ["cost", "cost_breakdown", "encoding", "messaging_profile_id", "organization_id", "text", "id"]
    assert {k: data["payload"][k] for k in same} == {k: example["payload"][k] for k in same}


def test_builder_overrides():
    body = testing.message_received(
        text="hi", from_="+13125550001", to=["+18445550001", "+18445550002"], id="m-1", event_id="e-1", media=[]
    )
    data = body["data"]
    assert (data["id"], data["payload"]["id"], data["payload"]["text"]) == ("e-1", "m-1", "hi")
    assert data["payload"]["from"]["phone_number"] == "+13125550001"
    assert [to["phone_number"] for to in data["payload"]["to"]] == ["+18445550001", "+18445550002"]
    assert testing.message_sent(status="queued")["data"]["payload"]["to"][0]["status"] == "queued"
    assert testing.message_sent(event_type="message.custom")["data"]["event_type"] == "message.custom"
    assert testing.message_link_click(to="+1", extra=1)["data"]["extra"] == 1
    assert "event_type" not in testing.message_link_click(event_type=None)["data"]


def test_builders_return_fresh_dicts():
    first = testing.message_sent()
    first["data"]["payload"]["to"][0]["status"] = "changed"
    first["data"]["payload"]["cost_breakdown"]["rate"]["amount"] = "9"
    assert testing.message_sent() == testing.message_sent()
    assert testing.message_sent()["data"]["payload"]["to"][0]["status"] == "sent"
    assert testing.message_sent()["data"]["payload"]["cost_breakdown"]["rate"]["amount"] == "0.00205"


def test_generate_makes_distinct_keypairs():
    a, b = testing.WebhookSigner.generate(), testing.WebhookSigner.generate()
    assert a.public_key != b.public_key
    body = b"{}"
    assert a.sign(body, 1) != b.sign(body, 1)


def test_headers_use_one_timestamp_defaulting_to_now(frozen, signer):
    headers = signer.headers("{}")
    assert headers == {
        webhooks.SIGNATURE_HEADER: signer.sign(b"{}", NOW),
        webhooks.TIMESTAMP_HEADER: str(NOW),
    }
    assert signer.headers("{}", 5)[webhooks.TIMESTAMP_HEADER] == "5"
    assert signer.headers("{}", " 5")[webhooks.TIMESTAMP_HEADER] == " 5"  # str is kept as given


def test_request_encodes_mappings_and_passes_raw_bodies(frozen, signer):
    body, headers = signer.request({"data": {"event_type": "x"}})
    assert json.loads(body) == {"data": {"event_type": "x"}}
    assert headers == signer.headers(body)
    assert signer.request("raw")[0] == b"raw"
    assert signer.request(b"raw")[0] == b"raw"


@pytest.mark.parametrize("seed", [b"", bytes(31), bytes(33)])
def test_seed_must_be_32_bytes_and_is_never_echoed(seed):
    with pytest.raises(ValidationError, match=r"seed=.*must be exactly 32 bytes"):
        testing.WebhookSigner(seed)


def test_repr_shows_only_the_public_key(signer):
    assert repr(signer) == f"WebhookSigner(public_key={signer.public_key!r})"
