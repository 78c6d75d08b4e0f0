"""Child process in the official SDK's venv: `client.webhooks.unwrap` vs VerifyKey.verify + json.loads.

    .venv-peer/bin/python bench/_peer_webhooks_worker.py [--quick]

Same body and signing as bench_webhooks (a message.sent event, Ed25519 over "timestamp|body"),
timed in interleaved rounds. Prints one JSON object: {case: [µs per call, ...]}.
"""

from __future__ import annotations

import argparse
import base64
import json
import time

from nacl.signing import SigningKey, VerifyKey

import fixtures as fx
from _timing import interleaved

SEED = bytes(range(32))


def _event() -> bytes:
    payload = {**fx.OUTBOUND_MESSAGE, "to": [{**fx.OUTBOUND_MESSAGE["to"][0], "status": "sent"}]}
    event = {
        "data": {
            "event_type": "message.sent",
            "id": "86f58db9-0fe3-4adc-9d1f-46e66e6e9323",
            "occurred_at": "2019-01-23T18:10:02.574Z",
            "payload": payload,
            "record_type": "event",
        },
        "meta": {"attempt": 1, "delivered_to": "https://www.example.com/hooks"},
    }
    return json.dumps(event).encode()


def main() -> None:
    import telnyx  # type: ignore[import-not-found]  # the official SDK, in its own venv

    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds, number = (3, 100) if args.quick else (21, 500)
    signing = SigningKey(SEED)
    public_key = base64.b64encode(bytes(signing.verify_key)).decode()
    body = _event()
    payload = body.decode()
    timestamp = str(int(time.time()))
    signature = signing.sign(timestamp.encode() + b"|" + body).signature
    headers = {"telnyx-signature-ed25519": base64.b64encode(signature).decode(), "telnyx-timestamp": timestamp}
    client = telnyx.Telnyx(api_key=fx.API_KEY, public_key=public_key)
    raw_key = VerifyKey(bytes(signing.verify_key))
    message = timestamp.encode() + b"|" + body

    def baseline() -> None:
        raw_key.verify(message, signature)
        json.loads(body)

    def unwrap() -> None:
        client.webhooks.unwrap(payload, headers=headers)

    print(json.dumps(interleaved({"baseline": baseline, "unwrap": unwrap}, rounds, number)))


if __name__ == "__main__":
    main()
