"""Test your app against Telnyx without Telnyx: webhook signing helpers and a fake API.

Webhook signing (no extra dependency):

    from telnyx_messaging import testing, webhooks

    signer = testing.WebhookSigner.generate()          # a fresh Ed25519 keypair
    body, headers = signer.request(testing.message_received(text="STOP"))
    event = webhooks.unwrap(body, headers, public_key=signer.public_key)
    assert event.data.payload.text == "STOP"

The fake API (``pip install 'telnyx-messaging[testing]'``; loaded on first use):

    fake = testing.TelnyxFake()
    client = Telnyx("test-key", http_client=httpx.Client(transport=fake.transport))
    sent = client.messages.send(to="+13125550001", from_="+18005550101", text="Hi")
    assert client.messages.retrieve(sent.data.id).data.text == "Hi"

With pytest the fixtures `telnyx_fake`, `telnyx_client` and `async_telnyx_client` are
registered automatically (entry point ``pytest11``; see `telnyx_messaging.testing.pytest_plugin`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telnyx_messaging.testing._signing import (
    WebhookSigner,
    message_finalized,
    message_link_click,
    message_received,
    message_sent,
)

if TYPE_CHECKING:
    from telnyx_messaging.testing._delivery import Delivery
    from telnyx_messaging.testing._fake import FakeRequest, TelnyxFake

__all__ = [
    "Delivery",
    "FakeRequest",
    "TelnyxFake",
    "WebhookSigner",
    "message_finalized",
    "message_link_click",
    "message_received",
    "message_sent",
]

_LAZY = {
    "TelnyxFake": "telnyx_messaging.testing._fake",
    "FakeRequest": "telnyx_messaging.testing._fake",
    "Delivery": "telnyx_messaging.testing._delivery",
}


def __getattr__(name: str) -> Any:
    """The fake and its jsonschema validator load only when used."""
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name in ("jsonschema", "referencing"):
            raise ModuleNotFoundError(
                f"telnyx_messaging.testing.{name} needs the testing extra: pip install 'telnyx-messaging[testing]'",
                name=exc.name,
            ) from exc
        raise
    value = getattr(module, name)
    globals()[name] = value
    return value
