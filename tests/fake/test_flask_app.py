"""An app under test, end to end with only the plugin's fixtures: a Flask app that sends a message,
receives its delivery webhooks through a real werkzeug server on 127.0.0.1, verifies them with our
webhooks module and stores the delivered message's id."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import flask
import pytest
from werkzeug.serving import make_server

from telnyx_messaging import Telnyx, WebhookVerificationError
from telnyx_messaging.testing import TelnyxFake
from telnyx_messaging.webhooks import DeliveryUpdateWebhookEvent


def create_app(client: Telnyx, public_url: list[str]) -> flask.Flask:
    app = flask.Flask(__name__)
    app.config["delivered"] = []
    app.config["rejected"] = 0

    @app.post("/notify")
    def notify() -> dict[str, str]:
        sent = client.messages.send(
            to=flask.request.json["to"],
            from_="+18005550101",
            text="Your order has shipped",
            webhook_url=public_url[0] + "/webhooks/telnyx",
        )
        return {"id": str(sent.data.id)}

    @app.post("/webhooks/telnyx")
    def receive() -> tuple[str, int]:
        try:
            event = client.webhooks.unwrap(flask.request.get_data(), flask.request.headers)
        except WebhookVerificationError:
            app.config["rejected"] += 1
            return "invalid webhook", 400
        if isinstance(event, DeliveryUpdateWebhookEvent) and event.event_type == "message.finalized":
            app.config["delivered"].append((str(event.data.payload.id), event.data.payload.to[0].status))
        return "", 200

    return app


@pytest.fixture
def served_app(telnyx_client: Telnyx) -> Iterator[tuple[flask.Flask, str]]:
    public_url: list[str] = []
    app = create_app(telnyx_client, public_url)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    public_url.append(f"http://127.0.0.1:{server.server_port}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, public_url[0]
    finally:
        server.shutdown()
        thread.join(5)


def test_send_receive_delivery_webhook_verify_and_store(
    served_app: tuple[flask.Flask, str], telnyx_fake: TelnyxFake
) -> None:
    app, url = served_app
    response = app.test_client().post("/notify", json={"to": "+13125550001"})
    message_id = response.get_json()["id"]
    deliveries = telnyx_fake.wait_for_webhooks()
    assert [(d.event_type, d.status) for d in deliveries] == [("message.sent", 200), ("message.finalized", 200)]
    assert all(d.url == url + "/webhooks/telnyx" for d in deliveries)
    assert app.config["delivered"] == [(message_id, "delivered")]
    assert app.config["rejected"] == 0
    (sent,) = telnyx_fake.messages
    assert (sent["id"], sent["text"]) == (message_id, "Your order has shipped")
