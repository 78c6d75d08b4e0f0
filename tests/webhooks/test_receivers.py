"""The example receivers under real servers on 127.0.0.1: signed, tampered, stale, unsigned."""

from __future__ import annotations

import importlib.util
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import uvicorn
from werkzeug.serving import make_server

from telnyx_messaging import testing, webhooks

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PATH = "/webhooks/telnyx"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


flask_receiver = _load("flask_receiver")
fastapi_receiver = _load("fastapi_receiver")


class Seen:
    """The on_event callback: records events and reads them like the reference handler does."""

    def __init__(self) -> None:
        self.events: list[webhooks.AnyWebhookEvent] = []
        self.event_types: list[str | None] = []

    def __call__(self, event: webhooks.AnyWebhookEvent) -> None:
        self.event_types.append(event.data.event_type)  # may raise WebhookVerificationError
        self.events.append(event)


def _serve_flask(app: Any) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def _serve_uvicorn(app: Any) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def signer() -> testing.WebhookSigner:
    return testing.WebhookSigner.generate()


@pytest.fixture(scope="module", params=["flask", "fastapi"])
def receiver(request: pytest.FixtureRequest, signer: testing.WebhookSigner) -> Iterator[tuple[httpx.Client, Seen]]:
    seen = Seen()
    if request.param == "flask":
        urls = _serve_flask(flask_receiver.create_app(public_key=signer.public_key, on_event=seen))
    else:
        urls = _serve_uvicorn(fastapi_receiver.create_app(public_key=signer.public_key, on_event=seen))
    for url in urls:
        with httpx.Client(base_url=url, timeout=10) as client:
            yield client, seen


def _post(client: httpx.Client, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return client.post(PATH, content=body, headers={"content-type": "application/json", **headers})


@pytest.mark.parametrize(
    ("build", "event_class"),
    [
        (testing.message_received, webhooks.InboundMessageWebhookEvent),
        (testing.message_sent, webhooks.DeliveryUpdateWebhookEvent),
        (testing.message_finalized, webhooks.DeliveryUpdateWebhookEvent),
        (testing.message_link_click, webhooks.LinkClickWebhookEvent),
    ],
)
def test_signed_request_is_accepted_and_dispatched(receiver, signer, build, event_class):
    client, seen = receiver
    body, headers = signer.request(build())
    response = _post(client, body, headers)
    assert response.status_code == 200, response.text
    event = seen.events[-1]
    assert isinstance(event, event_class)
    assert event.raw == json.loads(body)


def test_handler_sees_the_typed_payload(receiver, signer):
    client, seen = receiver
    body, headers = signer.request(testing.message_received(text="Grüße, STOP"))
    title_case = {k.title(): v for k, v in headers.items()}  # header case does not matter
    assert _post(client, body, title_case).status_code == 200
    event = seen.events[-1]
    assert isinstance(event, webhooks.InboundMessageWebhookEvent)
    assert event.data.payload.text == "Grüße, STOP"
    assert event.data.payload.to[0].status == "delivered"


def test_unknown_event_is_accepted_untyped(receiver, signer):
    client, seen = receiver
    body, headers = signer.request(testing.message_received(event_type="message.brand_new"))
    assert _post(client, body, headers).status_code == 200
    assert isinstance(seen.events[-1], webhooks.UnknownWebhookEvent)
    assert seen.event_types[-1] == "message.brand_new"


def _tampered(signer: testing.WebhookSigner) -> tuple[bytes, dict[str, str]]:
    body, headers = signer.request(testing.message_received(text="pay 10"))
    return body.replace(b"pay 10", b"pay 99"), headers


def _stale(signer: testing.WebhookSigner) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(testing.message_received()).encode()
    return body, signer.headers(body, int(time.time()) - 301)


def _unsigned(signer: testing.WebhookSigner) -> tuple[bytes, dict[str, str]]:
    return json.dumps(testing.message_received()).encode(), {}


def _other_key(signer: testing.WebhookSigner) -> tuple[bytes, dict[str, str]]:
    return testing.WebhookSigner.generate().request(testing.message_received())


def _reserialised(signer: testing.WebhookSigner) -> tuple[bytes, dict[str, str]]:
    body, headers = signer.request(testing.message_received())
    return json.dumps(json.loads(body), indent=2).encode(), headers


def _not_matching_model(signer: testing.WebhookSigner) -> tuple[bytes, dict[str, str]]:
    body = testing.message_sent()
    body["data"]["payload"]["to"] = "+18665550001"  # a string where the model wants a list
    return signer.request(body)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_tampered, "signature does not match"),
        (_stale, "timestamp too old"),
        (_unsigned, "missing header"),
        (_other_key, "signature does not match"),
        (_reserialised, "signature does not match"),
        (_not_matching_model, "does not match the schema"),
    ],
    ids=["tampered", "stale", "unsigned", "other key", "re-serialised", "body not matching its model"],
)
def test_bad_requests_get_400_and_never_reach_the_handler(receiver, signer, make, reason, caplog):
    client, seen = receiver
    before = len(seen.events)
    body, headers = make(signer)
    with caplog.at_level("WARNING"):
        response = _post(client, body, headers)
    assert response.status_code == 400
    assert response.text == "invalid webhook"  # no details leak to the caller
    assert len(seen.events) == before
    assert reason in caplog.text


@pytest.mark.parametrize(
    "build", [testing.message_received, testing.message_sent, testing.message_finalized, testing.message_link_click]
)
def test_example_default_handlers_read_every_event(build, signer, caplog):
    body, headers = signer.request(build())
    event = webhooks.unwrap(body, headers, public_key=signer.public_key)
    with caplog.at_level("INFO"):
        flask_receiver.handle_event(event)
        fastapi_receiver.handle_event(event)
    assert len(caplog.records) == 2
