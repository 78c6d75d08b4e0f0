"""A committed known-answer vector: any change to how webhooks are signed or verified shows here.

Computed once with a fixed seed and pasted; Ed25519 signatures are deterministic.
"""

from __future__ import annotations

import base64

from nacl.signing import VerifyKey

from telnyx_messaging import testing, webhooks

SEED = bytes(range(32))  # 000102...1f
PUBLIC_KEY = "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="
TIMESTAMP = "1700000000"
BODY = (
    b'{"data":{"event_type":"message.received","id":"bf6307bd-884d-4c1f-b6ea-c62b8c495d3c",'
    b'"payload":{"text":"Hello, World!"}}}'
)
SIGNATURE = "BTAwOcMQk660Jkj0fKTEKavL4Kbqe4L1DlLD/gvQu9LVkiQKgSQMg6ORxUqFGwb/heVykB0TPSjhW7rH2xeiAQ=="
HEADERS = {"telnyx-signature-ed25519": SIGNATURE, "telnyx-timestamp": TIMESTAMP}


def test_signer_reproduces_the_vector():
    signer = testing.WebhookSigner(SEED)
    assert signer.public_key == PUBLIC_KEY
    assert signer.sign(BODY, TIMESTAMP) == SIGNATURE
    assert signer.sign(BODY.decode(), int(TIMESTAMP)) == SIGNATURE
    assert signer.headers(BODY, TIMESTAMP) == HEADERS


def test_the_vector_is_what_nacl_itself_accepts():
    # Independent of our code: the signed message is exactly b"<timestamp>|<body>".
    key = VerifyKey(base64.b64decode(PUBLIC_KEY))
    key.verify(TIMESTAMP.encode() + b"|" + BODY, base64.b64decode(SIGNATURE))


def test_the_vector_verifies_and_unwraps():
    webhooks.verify(BODY, HEADERS, public_key=PUBLIC_KEY, tolerance=None)
    event = webhooks.Webhooks(PUBLIC_KEY).unwrap(BODY.decode(), HEADERS, tolerance=None)
    assert event.event_type == "message.received"
    assert event.data.payload.text == "Hello, World!"
