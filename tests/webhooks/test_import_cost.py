"""`import telnyx_messaging.webhooks` stays cheap: nacl and the generated models load on first use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

PROBE = """
import json, sys
import telnyx_messaging
before = set(sys.modules)
import telnyx_messaging.webhooks, telnyx_messaging.testing
after_import = sorted(set(sys.modules) - before)
from telnyx_messaging import testing, webhooks
signer = testing.WebhookSigner.generate()
body, headers = signer.request(testing.message_sent())
webhooks.verify(body, headers, public_key=signer.public_key)
after_verify = sorted(set(sys.modules) - before)
webhooks.unwrap(body, headers, public_key=signer.public_key)
after_unwrap = sorted(set(sys.modules) - before)
print(json.dumps([after_import, after_verify, after_unwrap]))
"""


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in {"nacl", "telnyx_messaging_api", "attrs", "attr", "dateutil"}]


def test_heavy_modules_load_only_when_needed():
    probe = [sys.executable, "-c", PROBE]
    out = subprocess.run(probe, capture_output=True, text=True, check=True).stdout
    after_import, after_verify, after_unwrap = json.loads(out)
    assert _heavy(after_import) == []
    assert any(m.startswith("nacl") for m in after_verify)
    assert not any(m.startswith("telnyx_messaging_api.models") for m in after_verify)
    assert "telnyx_messaging._webhook_events" in after_unwrap
    # The event models import the models they parse into once, with their module (not on
    # every parse); models are built on first `.data` (test_events). Nothing unrelated loads.
    assert not any(m.startswith("telnyx_messaging_api.models.messaging_profile") for m in after_unwrap)
    assert not any(m.startswith("telnyx_messaging_api.api") for m in after_unwrap)
