"""Property tests: whatever arrives, the result is success or WebhookVerificationError.

`make fuzz` runs these with TELNYX_FUZZ_EXAMPLES=10000; `make test` with the default 200.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from typing import Any

import pytest
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telnyx_messaging import WebhookVerificationError, testing, webhooks

from .conftest import NOW, OTHER_SEED, SEED

EXAMPLES = int(os.environ.get("TELNYX_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # shared CI machines stall; correctness is the point here, not speed
    suppress_health_check=[HealthCheck.too_slow],
)
# Hypothesis itself costs ~5-15 ms per example on a busy machine: scale pytest's 120 s limit.
fuzz = pytest.mark.fuzz
long_run = pytest.mark.timeout(max(120, EXAMPLES // 15))
SIG, TS = webhooks.SIGNATURE_HEADER, webhooks.TIMESTAMP_HEADER
SIGNER = testing.WebhookSigner(SEED)
OTHER = testing.WebhookSigner(OTHER_SEED)
KEY = SIGNER.public_key

# --- strategies -------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
event_types = st.sampled_from(
    ["message.sent", "message.finalized", "message.received", "message.link_click", "message.new"]
) | st.text(max_size=20)
# Telnyx-shaped bodies with random holes and junk, so the dispatch paths see odd input too.
webhook_like = st.builds(
    lambda event_type, data, extra: {"data": {"event_type": event_type, **data}, **extra},
    event_types | json_values,
    st.dictionaries(st.sampled_from(["id", "payload", "record_type", "occurred_at", "url"]), json_values),
    st.dictionaries(st.text(max_size=8), json_values, max_size=2),
)
bodies = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(str.encode),
    json_values.map(lambda v: json.dumps(v).encode()),
    webhook_like.map(lambda v: json.dumps(v).encode()),
    st.sampled_from([testing.message_received(), testing.message_sent(), testing.message_link_click()]).map(
        lambda v: json.dumps(v).encode()
    ),
)
timestamps = st.one_of(
    st.integers(NOW - 400, NOW + 400).map(str),
    st.integers(min_value=0, max_value=10**25).map(str),
    st.text(max_size=25),
    st.text(alphabet="0123456789 +-_.e\u0661\uff11", max_size=12),  # + Arabic-Indic, fullwidth 1,
)
header_values = st.one_of(st.none(), st.text(max_size=100), st.binary(max_size=100), st.integers(), st.floats())
signatures = st.one_of(
    st.binary(min_size=64, max_size=64).map(lambda b: base64.b64encode(b).decode()),
    st.binary(max_size=80).map(lambda b: base64.b64encode(b).decode()),
    st.text(max_size=100),
    header_values,
)
header_names = st.sampled_from([SIG, TS, SIG.upper(), TS.title(), "content-type", "telnyx-public-key"]) | st.text(
    max_size=30
)
header_containers = st.one_of(
    st.dictionaries(header_names, header_values, max_size=5),
    st.lists(st.tuples(header_names, header_values), max_size=5),
    st.lists(st.tuples(header_names.map(str.encode), st.binary()), max_size=5),
    st.none(),
    st.text(max_size=10),
    st.lists(st.text(max_size=3), max_size=3),
    st.integers(),
)
public_keys = st.one_of(
    st.just(KEY),
    st.binary(min_size=32, max_size=32).map(lambda b: base64.b64encode(b).decode()),
    st.text(max_size=50),
    st.lists(st.sampled_from([KEY, OTHER.public_key, "x"]), max_size=3),
    st.none(),
    st.integers(),
)


def _attempt(payload: Any, headers: Any, **kwargs: Any) -> None:
    """Both entry points: success or WebhookVerificationError, nothing else gets out."""
    for call in (webhooks.verify, webhooks.unwrap, webhooks.Webhooks(kwargs.pop("configured", None)).unwrap):
        try:
            result = call(payload, headers, **kwargs)
        except WebhookVerificationError:
            continue
        if result is not None:  # reading the typed view may only fail the same way
            with contextlib.suppress(WebhookVerificationError):
                _ = result.event_type, result.raw, result.data


# --- properties -------------------------------------------------------------------------


@fuzz
@long_run
@FUZZ
@given(payload=bodies | st.text(max_size=100), headers=header_containers, key=public_keys)
def test_arbitrary_requests_never_raise_anything_else(payload, headers, key):
    with time_machine.travel(NOW, tick=False):
        _attempt(payload, headers, public_key=key, configured=key)


@fuzz
@long_run
@FUZZ
@given(body=bodies, timestamp=timestamps, signature=signatures, sign=st.booleans(), extra=header_containers)
def test_validly_and_invalidly_signed_parts_never_raise_anything_else(body, timestamp, signature, sign, extra):
    # Correctly signed over random timestamps and bodies reaches the format, age and JSON checks.
    headers: dict[Any, Any] = dict(extra) if isinstance(extra, dict) else {}
    headers[SIG] = SIGNER.sign(body, timestamp) if sign else signature
    headers[TS] = timestamp
    with time_machine.travel(NOW, tick=False):
        _attempt(body, headers, public_key=KEY)
        _attempt(body.decode(errors="replace"), headers, public_key=[OTHER.public_key, KEY])


@fuzz
@long_run
@FUZZ
@given(body=bodies, offset=st.integers(-300, 300), as_text=st.booleans())
def test_a_valid_signature_over_any_body_verifies(body, offset, as_text):
    headers = SIGNER.headers(body, NOW + offset)
    payload: bytes | str = body
    if as_text:
        try:
            payload = body.decode()
        except UnicodeDecodeError:
            payload = body
    with time_machine.travel(NOW, tick=False):
        webhooks.verify(payload, headers, public_key=KEY)
        webhooks.Webhooks([OTHER.public_key, KEY]).verify(payload, headers)
        try:
            document = json.loads(body)
        except ValueError:
            document = None
        if isinstance(document, dict) and isinstance(document.get("data"), dict):
            event = webhooks.unwrap(payload, headers, public_key=KEY)  # an envelope always unwraps
            assert event.raw == document


@fuzz
@long_run
@FUZZ
@given(body=bodies, data=st.data())
def test_any_single_byte_change_fails(body, data):
    timestamp = str(NOW)
    signature = base64.b64decode(SIGNER.sign(body, timestamp))
    part = data.draw(st.sampled_from(["body", "timestamp", "signature", "signature header"] if body else ["timestamp"]))
    original = {
        "body": body,
        "timestamp": timestamp.encode(),
        "signature": signature,
        "signature header": base64.b64encode(signature),
    }[part]
    index = data.draw(st.integers(0, len(original) - 1))
    new_byte = (original[index] + data.draw(st.integers(1, 255))) % 256  # never the same byte
    changed = original[:index] + bytes([new_byte]) + original[index + 1 :]

    headers: dict[str, str | bytes] = {SIG: base64.b64encode(signature).decode(), TS: timestamp}
    payload = body
    if part == "body":
        payload = changed
    elif part == "timestamp":
        headers[TS] = changed  # bytes header values are read as latin-1, as in ASGI
    elif part == "signature":
        headers[SIG] = base64.b64encode(changed).decode()
    else:
        headers[SIG] = changed
    with time_machine.travel(NOW, tick=False), pytest.raises(WebhookVerificationError):
        webhooks.verify(payload, headers, public_key=KEY, tolerance=None)
