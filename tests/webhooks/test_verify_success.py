"""What verifies: payload and header shapes, tolerance edges, key rotation, key caching."""

from __future__ import annotations

import json

import httpx
import pytest
import starlette.datastructures
import time_machine
import werkzeug.datastructures
from werkzeug.test import EnvironBuilder

from telnyx_messaging import WebhookVerificationError, testing, webhooks

from .conftest import NOW

SIG, TS = webhooks.SIGNATURE_HEADER, webhooks.TIMESTAMP_HEADER
BODY = json.dumps(testing.message_received(text="Grüße 👋")).encode()  # non-ASCII on purpose


@pytest.mark.usefixtures("frozen")
def test_verify_and_unwrap(surface, signer, as_payload):
    headers = signer.headers(BODY)
    assert surface.verify(as_payload(BODY), headers) is None
    event = surface.unwrap(as_payload(BODY), headers=headers)  # keyword, as in the reference
    assert event.data.payload.text == "Grüße 👋"


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("convert", [bytearray, memoryview], ids=["bytearray", "memoryview"])
def test_buffer_payloads(convert, signer):
    webhooks.verify(convert(BODY), signer.headers(BODY), public_key=signer.public_key)


def _header_shapes(headers: dict[str, str]) -> dict[str, object]:
    """The same two headers as every framework and habit hands them over."""
    environ = EnvironBuilder(headers=headers).get_environ()
    asgi = [(k.encode(), v.encode()) for k, v in headers.items()]
    return {
        "dict": dict(headers),
        "dict Title-Case (dict(flask.request.headers))": {k.title(): v for k, v in headers.items()},
        "dict UPPER": {k.upper(): v for k, v in headers.items()},
        "dict mIxEd": {"TeLnYx-SiGnAtUrE-eD25519": headers[SIG], "tElNyX-tImEsTaMp": headers[TS]},
        "list of pairs": list(headers.items()),
        "tuple of pairs, mixed case": tuple((k.title(), v) for k, v in headers.items()),
        "ASGI raw bytes pairs": asgi,
        "werkzeug Headers": werkzeug.datastructures.Headers(headers),
        "werkzeug EnvironHeaders (flask.request.headers)": werkzeug.datastructures.EnvironHeaders(environ),
        "starlette Headers (fastapi request.headers)": starlette.datastructures.Headers(raw=asgi),
        "httpx Headers": httpx.Headers(headers),
        "with unrelated headers": {"Content-Type": "application/json", "X-Other": "1", **headers},
        "str values, bytes keys": [(k.encode(), v) for k, v in headers.items()],
    }


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("shape", list(_header_shapes({SIG: "x", TS: "1"})))
def test_header_shapes(shape, surface, signer):
    headers = _header_shapes(signer.headers(BODY))[shape]
    assert surface.unwrap(BODY, headers).event_type == "message.received"


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize(("offset", "tolerance"), [(-300, 300), (300, 300), (0, 0), (-5, 5), (5, 5), (-1, 1.5)])
def test_tolerance_edges_pass(offset, tolerance, signer):
    headers = signer.headers(BODY, NOW + offset)
    webhooks.verify(BODY, headers, public_key=signer.public_key, tolerance=tolerance)


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize(("offset", "message"), [(-1, "too old: 1 seconds"), (1, "in the future: 1 seconds")])
def test_zero_tolerance_means_zero(offset, message, signer):
    headers = signer.headers(BODY, NOW + offset)
    with pytest.raises(WebhookVerificationError, match=message):
        webhooks.verify(BODY, headers, public_key=signer.public_key, tolerance=0)


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("timestamp", ["0", "1", str(NOW - 10**6), str(NOW * 1000), "9" * 19])
def test_tolerance_none_is_the_opt_out(timestamp, signer):
    headers = signer.headers(BODY, timestamp)
    webhooks.verify(BODY, headers, public_key=signer.public_key, tolerance=None)
    with pytest.raises(WebhookVerificationError, match="timestamp too"):
        webhooks.verify(BODY, headers, public_key=signer.public_key)


def test_real_clock_is_used(signer):
    # No frozen time: a freshly signed request verifies, one from an hour ago does not.
    webhooks.verify(BODY, signer.headers(BODY), public_key=signer.public_key)
    with pytest.raises(WebhookVerificationError, match="too old"):
        webhooks.verify(BODY, signer.headers(BODY, NOW), public_key=signer.public_key)


def test_clock_moves_with_time_machine(signer):
    headers = signer.headers(BODY, NOW)
    with time_machine.travel(NOW + 300, tick=False):
        webhooks.verify(BODY, headers, public_key=signer.public_key)
    with time_machine.travel(NOW + 301, tick=False), pytest.raises(WebhookVerificationError, match="too old"):
        webhooks.verify(BODY, headers, public_key=signer.public_key)


@pytest.mark.usefixtures("frozen")
def test_key_rotation_any_trusted_key_verifies(signer, other_signer):
    hooks = webhooks.Webhooks([other_signer.public_key, signer.public_key])
    hooks.verify(BODY, signer.headers(BODY))
    hooks.verify(BODY, other_signer.headers(BODY))
    webhooks.verify(BODY, signer.headers(BODY), public_key=(signer.public_key,))  # any sequence


@pytest.mark.usefixtures("frozen")
def test_call_key_overrides_configured_key(signer, other_signer, env):
    env.set(other_signer.public_key)
    hooks = webhooks.Webhooks(other_signer.public_key)
    hooks.verify(BODY, signer.headers(BODY), public_key=signer.public_key)
    webhooks.verify(BODY, signer.headers(BODY), public_key=signer.public_key)
    with pytest.raises(WebhookVerificationError, match="signature does not match"):
        hooks.verify(BODY, signer.headers(BODY))


@pytest.mark.usefixtures("frozen")
def test_env_key_is_read_at_call_time(signer, env):
    hooks = webhooks.Webhooks()
    with pytest.raises(WebhookVerificationError, match="no webhook public key configured"):
        hooks.verify(BODY, signer.headers(BODY))
    env.set(signer.public_key)
    hooks.verify(BODY, signer.headers(BODY))


@pytest.mark.usefixtures("frozen")
def test_key_with_surrounding_whitespace(signer):
    # e.g. TELNYX_PUBLIC_KEY=$(cat key.txt) keeps the trailing newline
    webhooks.verify(BODY, signer.headers(BODY), public_key=f" {signer.public_key}\n")


@pytest.mark.usefixtures("frozen")
def test_verify_key_is_built_once_per_key(monkeypatch, signer, other_signer):
    import nacl.signing

    built: list[bytes] = []
    real = nacl.signing.VerifyKey

    def counting(raw: bytes) -> nacl.signing.VerifyKey:
        built.append(raw)
        return real(raw)

    webhooks._load_key_cached.cache_clear()
    monkeypatch.setattr(nacl.signing, "VerifyKey", counting)
    hooks = webhooks.Webhooks([signer.public_key, other_signer.public_key])
    for _ in range(5):
        hooks.unwrap(BODY, signer.headers(BODY))
        hooks.verify(BODY, other_signer.headers(BODY))
        webhooks.verify(BODY, signer.headers(BODY), public_key=signer.public_key)
    assert len(built) == 2
    webhooks._load_key_cached.cache_clear()  # drop the counting keys for later tests


def test_methods_are_plain_functions():
    import inspect

    for func in (webhooks.verify, webhooks.unwrap, webhooks.Webhooks.verify, webhooks.Webhooks.unwrap):
        assert not inspect.iscoroutinefunction(func)
