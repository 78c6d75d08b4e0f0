"""Profiles, auto-responses, sender IDs, numbers, short codes and opt-outs keep state like Telnyx."""

from __future__ import annotations

import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import Telnyx
from telnyx_messaging.testing import TelnyxFake

FROM = "+18005550101"
SUBSCRIBER = "+13125550001"


def test_profile_crud_with_pagination_over_250_profiles(client: Telnyx) -> None:
    created = [
        client.messaging_profiles.create(name=f"profile {n:03d}", whitelisted_destinations=["US"]).data
        for n in range(250)
    ]
    assert len({p.id for p in created}) == 250
    first = client.messaging_profiles.list(page={"size": 100})
    assert (first.meta.total_results, first.meta.total_pages, len(first.data)) == (250, 3, 100)
    pages = list(first.iter_pages())
    assert [len(page.data) for page in pages] == [100, 100, 50]
    assert [p.name for p in client.messaging_profiles.list(page={"size": 250})] == [p.name for p in created]
    assert [p.name for p in client.messaging_profiles.list(filter={"name": {"contains": "24"}})] == [
        "profile 024", "profile 124", "profile 224", "profile 240", "profile 241", "profile 242", "profile 243",
        "profile 244", "profile 245", "profile 246", "profile 247", "profile 248", "profile 249",
    ]  # fmt: skip

    profile_id = created[7].id
    updated = client.messaging_profiles.update(profile_id, name="renamed", webhook_url="https://example.com/h").data
    assert (updated.name, updated.webhook_url) == ("renamed", "https://example.com/h")
    assert client.messaging_profiles.retrieve(profile_id).data.name == "renamed"
    old_secret = client.messaging_profiles.retrieve(profile_id).data.v1_secret
    assert client.messaging_profiles.actions.regenerate_secret(profile_id).data.v1_secret != old_secret
    assert client.messaging_profiles.delete(profile_id).data.id == profile_id
    with pytest.raises(telnyx.NotFoundError):
        client.messaging_profiles.retrieve(profile_id)
    assert client.messaging_profiles.list().meta.total_results == 249


def test_autoresponse_configs_belong_to_their_profile(client: Telnyx) -> None:
    profile = client.messaging_profiles.create(name="p", whitelisted_destinations=["US"]).data
    other = client.messaging_profiles.create(name="q", whitelisted_destinations=["US"]).data
    config = client.messaging_profiles.autoresp_configs.create(
        profile.id, op="stop", keywords=["STOP"], country_code="US", resp_text="Bye"
    ).data
    client.messaging_profiles.autoresp_configs.create(profile.id, op="start", keywords=["START"], country_code="CA")
    listed = client.messaging_profiles.autoresp_configs.list(profile.id, country_code="US")
    assert [c.id for c in listed.data] == [config.id]
    assert client.messaging_profiles.autoresp_configs.list(other.id).data == []
    updated = client.messaging_profiles.autoresp_configs.update(
        profile.id, config.id, op="stop", keywords=["STOP", "END"], country_code="US", resp_text="Gone"
    ).data
    assert (updated.keywords, updated.resp_text) == (["STOP", "END"], "Gone")
    with pytest.raises(telnyx.NotFoundError):
        client.messaging_profiles.autoresp_configs.retrieve(other.id, config.id)
    client.messaging_profiles.autoresp_configs.delete(profile.id, config.id)
    assert len(client.messaging_profiles.autoresp_configs.list(profile.id).data) == 1


def test_alphanumeric_sender_ids(client: Telnyx) -> None:
    profile = client.messaging_profiles.create(name="p", whitelisted_destinations=["GB"]).data
    sender = client.alphanumeric_sender_ids.create(alphanumeric_sender_id="MyCompany", messaging_profile_id=profile.id)
    assert sender.data.alphanumeric_sender_id == "MyCompany"
    assert [s.id for s in client.alphanumeric_sender_ids.list(filter={"messaging_profile_id": profile.id})] == [
        sender.data.id
    ]
    assert [s.id for s in client.messaging_profiles.list_alphanumeric_sender_ids(profile.id)] == [sender.data.id]
    assert client.alphanumeric_sender_ids.retrieve(sender.data.id).data.messaging_profile_id == profile.id
    client.alphanumeric_sender_ids.delete(sender.data.id)
    assert list(client.alphanumeric_sender_ids.list()) == []


def test_phone_numbers_short_codes_and_bulk_updates(client: Telnyx, fake: TelnyxFake) -> None:
    profile = client.messaging_profiles.create(name="p", whitelisted_destinations=["US"]).data
    profile_id = str(profile.id)  # numbers carry it as a plain string in the spec
    number = fake.add_phone_number("+13125550100")
    fake.add_phone_number("+18005550001", hosted=True)
    short_code = fake.add_short_code("12345")
    assert [n.phone_number for n in client.phone_numbers.messaging.list()] == ["+13125550100", "+18005550001"]
    assert [n.phone_number for n in client.messaging_hosted_numbers.list()] == ["+18005550001"]
    with pytest.raises(telnyx.NotFoundError):
        client.messaging_hosted_numbers.retrieve("+13125550100")
    updated = client.phone_numbers.messaging.update(number["id"], messaging_profile_id=profile_id).data
    assert updated.messaging_profile_id == profile_id
    assert [n.phone_number for n in client.messaging_profiles.list_phone_numbers(profile.id)] == ["+13125550100"]
    hosted = client.messaging_hosted_numbers.update("+18005550001", messaging_profile_id=profile_id).data
    assert hosted.messaging_profile_id == profile_id
    client.short_codes.update(short_code["id"], messaging_profile_id=profile.id)
    assert [s.short_code for s in client.messaging_profiles.list_short_codes(profile.id)] == ["12345"]
    other = client.messaging_profiles.create(name="q", whitelisted_destinations=["US"]).data
    order = client.messaging_numbers_bulk_updates.create(
        messaging_profile_id=other.id, numbers=["+13125550100", "+13125559999"]
    ).data
    assert (order.success, order.failed) == (["+13125550100"], ["+13125559999"])
    assert client.messaging_numbers_bulk_updates.retrieve(str(order.order_id)).data.success == ["+13125550100"]
    assert client.phone_numbers.messaging.retrieve(number["id"]).data.messaging_profile_id == str(other.id)
    with pytest.raises(telnyx.UnprocessableEntityError):
        client.phone_numbers.messaging.update(number["id"], messaging_profile_id="6a09cdc3-8948-47f0-aa62-74ac943d6c58")


def test_stop_opts_out_and_later_sends_fail_with_40300(client: Telnyx, fake: TelnyxFake) -> None:
    profile = client.messaging_profiles.create(name="p", whitelisted_destinations=["US"]).data
    fake.add_phone_number(FROM, messaging_profile_id=profile.id)
    fake.inbound(from_=SUBSCRIBER, to=FROM, text="hello")
    assert list(client.messaging_optouts.list()) == []
    fake.inbound(from_=SUBSCRIBER, to=FROM, text=" stop ")
    (optout,) = client.messaging_optouts.list(filter={"messaging_profile_id": str(profile.id)})
    assert (optout.from_, optout.to, optout.keyword, optout.messaging_profile_id) == (
        FROM, SUBSCRIBER, "STOP", str(profile.id),
    )  # fmt: skip
    sent = client.messages.send(to=SUBSCRIBER, from_=FROM, text="still there?").data
    fake.wait_for_webhooks()
    final = client.messages.retrieve(sent.id).data
    assert final.to[0].status == "delivery_failed"
    assert final.errors[0].code == "40300"
    fake.inbound(from_=SUBSCRIBER, to=FROM, text="START")
    assert list(client.messaging_optouts.list()) == []


def test_metrics_count_what_was_sent(client: Telnyx, fake: TelnyxFake) -> None:
    profile = client.messaging_profiles.create(name="p", whitelisted_destinations=["US"]).data
    client.messages.send(to=SUBSCRIBER, from_=FROM, text="one", messaging_profile_id=profile.id)
    fake.wait_for_webhooks()
    metrics = client.messaging_profiles.retrieve_metrics(profile.id).data
    assert (metrics["sent"], metrics["delivered"]) == (1, 1)
    (summary,) = client.messaging_profile_metrics.list()
    assert summary["messaging_profile_id"] == str(profile.id)
