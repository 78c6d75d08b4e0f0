"""A FastAPI app that receives Telnyx messaging webhooks: verify, then dispatch on the event type.

    pip install telnyx-messaging fastapi uvicorn
    TELNYX_PUBLIC_KEY=... uvicorn --factory examples.fastapi_receiver:create_app --port 8000

Point your messaging profile's webhook URL at http://<host>:8000/webhooks/telnyx.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request, Response

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
    """Your code goes here. Keep it quick: Telnyx waits for the 200 (queue slow work)."""
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


def create_app(*, public_key: str | None = None, on_event: Callable[[AnyWebhookEvent], None] = handle_event) -> FastAPI:
    """`public_key` defaults to $TELNYX_PUBLIC_KEY; `on_event` receives every verified event."""
    app = FastAPI()
    webhooks = Webhooks(public_key)

    @app.post("/webhooks/telnyx")
    async def receive(request: Request) -> Response:
        try:
            # The raw bytes, not `await request.json()`: re-serialised JSON would not verify.
            # unwrap is a plain function: verification is CPU-only and takes ~0.1 ms.
            event = webhooks.unwrap(await request.body(), request.headers)
            # Inside the try: the first event.data access raises the same error if a known
            # event's body does not match its model.
            on_event(event)
        except WebhookVerificationError as exc:
            log.warning("rejected webhook: %s", exc)
            return Response("invalid webhook", status_code=400, media_type="text/plain")
        return Response(status_code=200)

    return app
