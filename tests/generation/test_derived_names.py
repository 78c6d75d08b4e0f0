"""The stable names make generate gives generated models the overlay needs (webhook bodies,
page meta), so the overlay never spells a generated module path or model name."""

from __future__ import annotations

import re
from pathlib import Path

import derive_webhooks  # openapi/tools, put on sys.path by tests/generation/__init__.py
import telnyx_messaging_api
from telnyx_messaging_api import _page_meta, _webhook_models

PACKAGE = Path(telnyx_messaging_api.__file__).parent
OVERLAY = Path(__file__).resolve().parents[2] / "overlay" / "telnyx_messaging"


def test_each_webhook_gets_its_event_and_data_model_by_its_key() -> None:
    spec = {
        "webhooks": {
            "deliveryUpdate": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/OutboundMessageEvent"}}
                        }
                    }
                }
            }
        }
    }
    models = derive_webhooks.webhook_models(spec, PACKAGE)
    assert models == {
        "DeliveryUpdateEvent": "telnyx_messaging_api.models.outbound_message_event:OutboundMessageEvent",
        "DeliveryUpdateData": "telnyx_messaging_api.models.outbound_message:OutboundMessage",
        "DeliveryUpdateMeta": "telnyx_messaging_api.models.outbound_message_event_meta:OutboundMessageEventMeta",
    }


def test_the_derived_names_are_the_models_the_answers_use() -> None:
    event = _webhook_models.DeliveryUpdateEvent
    assert _webhook_models.DeliveryUpdateData.__name__ in event.__annotations__["data"]
    assert _webhook_models.InboundMessageData.__name__ in _webhook_models.InboundMessageEvent.__annotations__["data"]
    meta = {"page_number": 1, "page_size": 20, "total_pages": 3, "total_results": 41}
    assert _page_meta.PageMeta.from_dict(meta).total_pages == 3


def test_the_handwritten_overlay_names_no_generated_module() -> None:
    handwritten = [
        path
        for path in OVERLAY.rglob("*.py")
        if "_resources" not in path.parts  # derived by make generate (tools/derive_surface.py)
    ]
    named = [
        f"{path.relative_to(OVERLAY)}:{number}"
        for path in handwritten
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"telnyx_messaging_api\.(api|models)\.\w", line)
    ]
    assert not named, f"generated module paths written by hand: {named}"
