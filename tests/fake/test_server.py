"""The fake on a real loopback socket: same state, faults on the wire, arrival times."""

from __future__ import annotations

import time

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import Telnyx
from telnyx_messaging.testing import TelnyxFake

FROM = "+18005550101"
TO = "+13125550001"


def test_serves_on_loopback_with_shared_state(fake: TelnyxFake, client: Telnyx) -> None:
    in_process = client.messages.send(to=TO, from_=FROM, text="hi").data
    with fake.serve() as base_url, Telnyx("test-key", base_url=base_url) as remote:
        assert base_url.startswith("http://127.0.0.1:")
        assert remote.messages.retrieve(in_process.id).data.text == "hi"
        # the /v2 prefix of Telnyx's base URL works too
        assert httpx.get(f"{base_url}/v2/messages/{in_process.id}", headers={"Authorization": "Bearer k"}).is_success


def test_records_arrival_times(fake: TelnyxFake) -> None:
    with fake.serve() as base_url, Telnyx("test-key", base_url=base_url) as remote:
        before = time.time()
        for n in range(3):
            remote.messages.send(to=TO, from_=FROM, text=f"n{n}")
    arrivals = [r.received_at for r in fake.requests]
    assert len(arrivals) == 3
    assert before <= arrivals[0] <= arrivals[1] <= arrivals[2] <= time.time()
    assert [r.json()["text"] for r in fake.requests] == ["n0", "n1", "n2"]


@pytest.mark.parametrize("serve", [False, True], ids=["in-process", "loopback"])
def test_faults_on_demand(fake: TelnyxFake, serve: bool) -> None:
    def run(client: Telnyx) -> None:
        fake.fail_next("messages.send", status=429, retry_after=0)
        sent = client.messages.send(to=TO, from_=FROM, text="retried after a 429")
        assert [r.status for r in fake.requests] == [429, 200]
        fake.fail_next("SendMessage", status=500)
        with pytest.raises(telnyx.InternalServerError):
            client.messages.send(to=TO, from_=FROM, text="a 500 is not retried for a send")
        fake.drop_next("messages.retrieve")
        with pytest.raises(telnyx.APIConnectionError):
            client.messages.retrieve(sent.data.id, max_retries=0)
        fake.delay_next("GET /messages/{id}", 0.2)
        started = time.monotonic()
        client.messages.retrieve(sent.data.id)
        assert time.monotonic() - started >= 0.2
        assert len(fake.messages) == 1

    if serve:
        with fake.serve() as base_url, Telnyx("test-key", base_url=base_url) as client:
            run(client)
    else:
        with Telnyx("test-key", http_client=httpx.Client(transport=fake.transport)) as client:
            run(client)


def test_a_delay_past_the_timeout_is_a_timeout(fake: TelnyxFake, client: Telnyx) -> None:
    fake.delay_next("messages.send", 1.0)
    with pytest.raises(telnyx.APITimeoutError):
        client.messages.send(to=TO, from_=FROM, text="slow", timeout=0.1)


def test_an_unknown_operation_name_is_explained(fake: TelnyxFake) -> None:
    with pytest.raises(ValueError, match=r"unknown operation 'messages\.sned'"):
        fake.fail_next("messages.sned")


def test_every_overlay_method_name_resolves(fake: TelnyxFake) -> None:
    from tests.support.operations import overlay_operations

    resolved = {fake.faults.resolve(op.name) for op in overlay_operations()}
    assert resolved == set(fake.spec.by_operation)


def test_url_starts_one_server_for_the_fakes_lifetime() -> None:
    fake = TelnyxFake()
    try:
        url = fake.url
        assert fake.url == url
        with Telnyx("test-key", base_url=fake.url) as remote:
            sent = remote.messages.send(to=TO, from_=FROM, text="kept").data
        assert fake.messages[0]["id"] == str(sent.id)
    finally:
        fake.close()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/messages")
