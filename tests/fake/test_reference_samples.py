"""The reference SKILL.md samples (tests/support/reference_samples.py), run against the fake as
a user's code would: only the import line changed, the setup block's `client` pointed at the
fake's loopback server through TELNYX_BASE_URL. What the fake recorded is checked against what
each sample sent, and what it answers against what it recorded. The same samples run against
Prism in tests/contract/test_reference_samples.py.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import flask
import pytest
from werkzeug.serving import make_server

from telnyx_messaging.testing import TelnyxFake, WebhookSigner
from tests.support.reference_samples import API_KEY, Run, Sample, execute, of_kind, run_call, run_setup, the

WHATSAPP = "messages.send_whatsapp"  # answered with its own record kind, not kept with messages


@pytest.fixture
def env(fake: TelnyxFake, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", API_KEY)
    monkeypatch.setenv("TELNYX_BASE_URL", fake.url)
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", fake.public_key)


@pytest.fixture
def setup_run(env: None) -> Iterator[Run]:
    run = run_setup([])
    yield run
    run.namespace["client"].close()


def wire_body(arguments: dict[str, Any]) -> dict[str, Any]:
    return {name.removesuffix("_"): value for name, value in arguments.items()}


def recipients(arguments: dict[str, Any]) -> list[str]:
    to = arguments["to"]
    return to if isinstance(to, list) else [to]


def assert_is_the_sent_message(data: Any, arguments: dict[str, Any]) -> None:
    assert [party.phone_number for party in data.to] == recipients(arguments)
    assert data.text == arguments["text"]
    if "from_" in arguments:
        assert data.from_.phone_number == arguments["from_"]


@pytest.mark.parametrize("sample", of_kind("call"), ids=lambda s: s.id)
def test_call_sample(sample: Sample, setup_run: Run, fake: TelnyxFake, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    data = run_call(sample, setup_run).data
    assert capsys.readouterr().out == f"{data!r}\n"
    arguments = sample.arguments()
    [request] = fake.requests
    assert (request.method, request.status) == ("POST", 200)
    assert request.json() == wire_body(arguments)  # what the sample passed, on the wire names
    if sample.method == WHATSAPP:
        assert data.id
        assert [party.phone_number for party in data.to] == [arguments["to"]]
        return
    [record] = fake.messages
    assert record["id"] == data.id
    assert_is_the_sent_message(data, arguments)
    retrieved = setup_run.namespace["client"].messages.retrieve(data.id).data
    assert retrieved.id == data.id
    assert_is_the_sent_message(retrieved, arguments)
    if "send_at" in arguments:  # kept until then: nothing delivered, the recipients still "scheduled"
        assert record["send_at"] == arguments["send_at"]
        assert [party.status for party in retrieved.to] == ["scheduled"]
        assert fake.wait_for_webhooks() == []


def test_error_sample_happy_path(setup_run: Run, fake: TelnyxFake, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    assert capsys.readouterr().out == ""
    response = setup_run.namespace["response"]
    [record] = fake.messages
    assert record["id"] == response.data.id
    assert (record["to"][0]["phone_number"], record["from"]["phone_number"], record["text"]) == (
        "+18445550001",
        "+18005550101",
        "Hello from Telnyx!",
    )


def test_error_sample_422_takes_the_api_status_branch(
    setup_run: Run, fake: TelnyxFake, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.fail_next("messages.send", status=422)
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    first, second = capsys.readouterr().out.splitlines()
    assert first.startswith("API error 422: ")
    assert second == "Validation error — check required fields and formats"
    assert "response" not in setup_run.namespace
    assert [r.status for r in fake.requests] == [422]  # a 422 send is never retried
    assert fake.messages == []


def test_error_sample_429_takes_the_rate_limit_branch(
    setup_run: Run,
    fake: TelnyxFake,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_sleep: list[float],
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)  # the sample's own time.sleep(1)
    fake.fail_next("messages.send", status=429, retry_after=2, times=3)
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    assert capsys.readouterr().out == ""
    assert slept == [1]
    assert no_sleep == [2, 2]  # retried twice, each after the fake's Retry-After
    assert [r.status for r in fake.requests] == [429, 429, 429]
    assert "response" not in setup_run.namespace


def test_error_sample_connection_error_branch(
    setup_run: Run, fake: TelnyxFake, capsys: pytest.CaptureFixture[str], no_sleep: list[float]
) -> None:
    fake.drop_next("messages.send")
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    assert capsys.readouterr().out == "Network error — check connectivity and retry\n"
    assert [r.status for r in fake.requests] == [None]  # dropped after arrival: maybe sent, so not retried
    assert fake.messages == []


def test_error_sample_500_is_reported_then_the_next_run_sends(
    setup_run: Run, fake: TelnyxFake, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.fail_next("messages.send", status=500)
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    assert capsys.readouterr().out.startswith("API error 500: ")
    assert [r.status for r in fake.requests] == [500]  # a POST that may have been processed is not retried
    execute(the("errors"), setup_run.namespace)  # the fault is used up
    assert capsys.readouterr().out == ""
    assert [r.status for r in fake.requests] == [500, 200]
    assert [m["id"] for m in fake.messages] == [setup_run.namespace["response"].data.id]


# --- the webhook sample, served on loopback and called by the fake -----------------------------


@contextmanager
def served_webhook_sample() -> Iterator[str]:
    """The webhook sample registered on a Flask app served by werkzeug on 127.0.0.1; its URL."""
    app = flask.Flask("skill_webhook_sample")
    run = run_setup([], app=app, request=flask.request)
    execute(the("webhook"), run.namespace)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/webhooks"
    finally:
        server.shutdown()
        thread.join(5)
        run.namespace["client"].close()


@pytest.fixture
def webhook_url(env: None) -> Iterator[str]:
    with served_webhook_sample() as url:
        yield url


def test_webhook_sample_verifies_an_inbound_message(
    webhook_url: str, fake: TelnyxFake, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    fake.inbound(from_="+13125550001", to="+18005550101", text="Hello from Telnyx!", webhook_url=webhook_url)
    deliveries = fake.wait_for_webhooks()
    assert [(d.event_type, d.status) for d in deliveries] == [("message.received", 200)]
    assert capsys.readouterr().out == "Received event: message.received\n"


def test_send_sample_then_webhook_sample_gets_its_delivery_updates(
    setup_run: Run, webhook_url: str, fake: TelnyxFake, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = fake.add_messaging_profile(webhook_url=webhook_url)
    fake.add_phone_number("+18005550101", messaging_profile_id=profile["id"])  # the sample's sender
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    deliveries = fake.wait_for_webhooks()
    assert [(d.event_type, d.status, d.url) for d in deliveries] == [
        ("message.sent", 200, webhook_url),
        ("message.finalized", 200, webhook_url),
    ]
    assert {d.json()["data"]["payload"]["id"] for d in deliveries} == {setup_run.namespace["response"].data.id}
    assert capsys.readouterr().out == "Received event: message.sent\nReceived event: message.finalized\n"


def test_webhook_sample_rejects_the_fake_when_configured_with_another_key(
    env: None, fake: TelnyxFake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", WebhookSigner.generate().public_key)
    with served_webhook_sample() as url:
        capsys.readouterr()
        fake.inbound(from_="+13125550001", to="+18005550101", text="STOP", webhook_url=url)
        deliveries = fake.wait_for_webhooks()
    assert [(d.event_type, d.status) for d in deliveries] == [("message.received", 400)] * 3  # retried, refused
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 3
    assert all(line.startswith("Webhook verification failed: ") for line in printed)
