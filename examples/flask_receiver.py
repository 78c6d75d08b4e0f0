"""A Flask app that receives Telnyx messaging webhooks: verify, then dispatch on the event type.

    pip install telnyx-messaging flask
    TELNYX_PUBLIC_KEY=... flask --app examples/flask_receiver.py run --port 8000

Point your messaging profile's webhook URL at http://<host>:8000/webhooks/telnyx.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Flask, request

from telnyx_messaging.webhooks import (
    AnyWebhookEvent,
    DeliveryUpdateWebhookEvent,
    InboundMessageWebhookEvent,
    LinkClickWebhookEvent,
    Webhooks,
    WebhookVerificationError,
)

log = logging.getLogger(__name__)


def handle_event(event: AnyWebhookEvent) -> None:
    """Your code goes here. The typed models are built on first access to `event.data`."""
    match event:
        case InboundMessageWebhookEvent():
            message = event.data.payload
            log.info("message from %s: %s", message.from_.phone_number, message.text)
        case DeliveryUpdateWebhookEvent():
            update = event.data.payload
            log.info("%s: %s is %s", event.event_type, update.id, update.to[0].status)
        case LinkClickWebhookEvent():
            log.info("%s clicked %s", event.data.to, event.data.url)
        case _:  # an event type this SDK does not model: event.raw has everything
            log.info("unhandled event %s", event.event_type)


def create_app(*, public_key: str | None = None, on_event: Callable[[AnyWebhookEvent], None] = handle_event) -> Flask:
    """`public_key` defaults to $TELNYX_PUBLIC_KEY; `on_event` receives every verified event."""
    app = Flask(__name__)
    webhooks = Webhooks(public_key)

    @app.post("/webhooks/telnyx")
    def receive() -> tuple[str, int]:
        try:
            # The raw bytes: a body parsed and re-serialised as JSON would not verify.
            event = webhooks.unwrap(request.get_data(), request.headers)
            # Inside the try: the first event.data access raises the same error if a known
            # event's body does not match its model.
            on_event(event)
        except WebhookVerificationError as exc:
            log.warning("rejected webhook: %s", exc)
            return "invalid webhook", 400
        return "", 200

    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    create_app().run(port=8000)
