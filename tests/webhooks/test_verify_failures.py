"""Every way a webhook request can fail: always WebhookVerificationError, each with its own message."""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from telnyx_messaging import TelnyxError, WebhookVerificationError, testing, webhooks
from telnyx_messaging._exceptions import ValidationError

from .conftest import NOW

BODY = json.dumps(testing.message_received()).encode()
SIG, TS = webhooks.SIGNATURE_HEADER, webhooks.TIMESTAMP_HEADER
UNTRUSTED_SEED = b"\x07" * 32  # no surface trusts this key


@dataclass
class Case:
    """A request built from the valid one: change the body, the signed/sent timestamp or headers."""

    match: str
    body: bytes = BODY
    signed_ts: str = str(NOW)  # the timestamp the signature covers
    sent_ts: str | None = None  # the timestamp header sent (default: signed_ts); None below drops it
    drop: tuple[str, ...] = ()
    replace: dict[str, Any] = field(default_factory=dict)
    tamper_body: Callable[[bytes], bytes] | None = None
    signer_seed: bytes | None = None


def _flip_last(body: bytes) -> bytes:
    return body[:-2] + bytes([body[-2] ^ 0x01]) + body[-1:]


CASES: dict[str, Case] = {
    # headers
    "no signature header": Case(f"missing header {SIG}", drop=(SIG,)),
    "no timestamp header": Case(f"missing header {TS}", drop=(TS,)),
    "no headers at all": Case(f"missing header {SIG}", drop=(SIG, TS)),
    "signature header None": Case(f"missing header {SIG}", replace={SIG: None}),
    "timestamp header int": Case(f"header {TS} must be a str, got int", replace={TS: NOW}),
    # timestamp format: validly signed, so only the format check can reject them
    "timestamp leading space": Case(f"malformed header {TS}", signed_ts=f" {NOW}"),
    "timestamp trailing space": Case(f"malformed header {TS}", signed_ts=f"{NOW} "),
    "timestamp plus sign": Case(f"malformed header {TS}", signed_ts=f"+{NOW}"),
    "timestamp negative": Case(f"malformed header {TS}", signed_ts="-1"),
    "timestamp underscore": Case(f"malformed header {TS}", signed_ts="1_700_000_000"),
    "timestamp float": Case(f"malformed header {TS}", signed_ts=f"{NOW}.0"),
    "timestamp exponent": Case(f"malformed header {TS}", signed_ts="1.7e9"),
    "timestamp hex": Case(f"malformed header {TS}", signed_ts="0x6553f100"),
    "timestamp empty": Case(f"malformed header {TS}", signed_ts=""),
    "timestamp unicode digits": Case(f"malformed header {TS}", signed_ts="\u0661\u0667" + "\u0660" * 8),
    "timestamp fullwidth digits": Case(f"malformed header {TS}", signed_ts="\uff11\uff17\uff10\uff10"),
    "timestamp too many digits": Case(f"malformed header {TS}", signed_ts="1" * 20),
    "timestamp milliseconds ok-format but far future": Case(
        "timestamp too far in the future: 1698300000000 seconds ahead", signed_ts=str(NOW * 1000)
    ),
    # tolerance, both directions (default 300 s)
    "timestamp too old": Case("timestamp too old: 301 seconds in the past, tolerance is 300", signed_ts=str(NOW - 301)),
    "timestamp too new": Case("timestamp too far in the future: 301 seconds ahead", signed_ts=str(NOW + 301)),
    "timestamp zero": Case(f"timestamp too old: {NOW} seconds", signed_ts="0"),
    # signature format
    "signature not base64": Case(f"header {SIG} is not valid base64", replace={SIG: "not base64!"}),
    "signature non-ascii": Case(f"header {SIG} is not valid base64", replace={SIG: "é" * 88}),
    "signature with whitespace": Case(f"header {SIG} is not valid base64", replace={SIG: "AAAA AAAA"}),
    "signature missing padding": Case(f"header {SIG} is not valid base64", replace={SIG: "AAA"}),
    "signature url-safe alphabet": Case(f"header {SIG} is not valid base64", replace={SIG: "-_" * 44}),
    "signature non-canonical base64": Case(
        f"header {SIG} is not canonical base64", replace={SIG: base64.b64encode(bytes(64)).decode()[:-3] + "B=="}
    ),
    "signature empty": Case(f"header {SIG} decodes to 0 bytes; an Ed25519 signature is 64", replace={SIG: ""}),
    "signature 63 bytes": Case("decodes to 63 bytes", replace={SIG: base64.b64encode(bytes(63)).decode()}),
    "signature 65 bytes": Case("decodes to 65 bytes", replace={SIG: base64.b64encode(bytes(65)).decode()}),
    "signature as bytes header wrong": Case("signature does not match", replace={SIG: base64.b64encode(bytes(64))}),
    # signature mismatch
    "body tampered": Case("signature does not match", tamper_body=_flip_last),
    "body re-serialised": Case(
        "signature does not match", tamper_body=lambda b: json.dumps(json.loads(b), separators=(",", ":")).encode()
    ),
    "body with trailing newline": Case("signature does not match", tamper_body=lambda b: b + b"\n"),
    "timestamp changed within tolerance": Case("signature does not match", sent_ts=str(NOW - 1)),
    "timestamp with leading zero": Case("signature does not match", sent_ts=f"0{NOW}"),
    "signed by another key": Case("signature does not match", signer_seed=UNTRUSTED_SEED),
    "all-zero signature": Case("signature does not match", replace={SIG: base64.b64encode(bytes(64)).decode()}),
    # body (validly signed) - only unwrap parses it
}


def _request(case: Case, signer: testing.WebhookSigner) -> tuple[bytes, dict[str, Any]]:
    sig_signer = testing.WebhookSigner(case.signer_seed) if case.signer_seed else signer
    headers: dict[str, Any] = {SIG: sig_signer.sign(case.body, case.signed_ts), TS: case.signed_ts}
    if case.sent_ts is not None:
        headers[TS] = case.sent_ts
    headers.update(case.replace)
    for name in case.drop:
        del headers[name]
    body = case.tamper_body(case.body) if case.tamper_body else case.body
    return body, headers


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("method", ["verify", "unwrap"])
@pytest.mark.parametrize("name", list(CASES))
def test_request_failures(name, method, surface, signer, as_payload):
    case = CASES[name]
    body, headers = _request(case, signer)
    with pytest.raises(WebhookVerificationError, match=case.match):
        getattr(surface, method)(as_payload(body), headers)


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("name", ["no signature header", "timestamp too old", "body tampered"])
def test_failures_with_upper_case_headers(name, surface, signer):
    body, headers = _request(CASES[name], signer)
    with pytest.raises(WebhookVerificationError, match=CASES[name].match):
        surface.verify(body, {k.upper(): v for k, v in headers.items()})


BAD_BODIES = {
    "not JSON": (b"not json", "body is not valid JSON"),
    "empty": (b"", "body is not valid JSON"),
    "invalid UTF-8": (b'{"data": "\xff"}', "body is not valid JSON"),
    "deeply nested": (b"[" * 100_000 + b"]" * 100_000, "body is not valid JSON"),
    "array": (b"[1, 2]", r"body is JSON but not an object \(got an array\)"),
    "string": (b'"data"', r"body is JSON but not an object \(got a string\)"),
    "null": (b"null", r"body is JSON but not an object \(got null\)"),
    "no data": (b'{"meta": {}}', "body has no 'data': not a Telnyx webhook"),
    "data is null": (b'{"data": null}', "body 'data' is null, not an object"),
    "data is array": (b'{"data": []}', "body 'data' is an array, not an object"),
    "data is number": (b'{"data": 1}', "body 'data' is a number, not an object"),
}


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_unwrap_rejects_signed_bodies_that_are_not_webhooks(name, surface, signer):
    body, match = BAD_BODIES[name]
    headers = signer.headers(body)
    surface.verify(body, headers)  # the signature is fine: verify does not parse
    with pytest.raises(WebhookVerificationError, match=match):
        surface.unwrap(body, headers)


def test_invalid_utf8_body_is_rejected_as_str_too(frozen, signer):
    # What Flask's get_data(as_text=True) does to bad bytes: replaced, so the signature breaks.
    body = b'{"data": {"text": "\xff"}}'
    with pytest.raises(WebhookVerificationError, match="signature does not match"):
        webhooks.verify(body.decode(errors="replace"), signer.headers(body), public_key=signer.public_key)


BAD_PAYLOADS: dict[str, tuple[Any, str]] = {
    "dict (already parsed)": ({"data": {}}, "payload must be the raw request body as bytes or str, got dict"),
    "None": (None, "payload must be the raw request body as bytes or str, got NoneType"),
    "int": (1, "got int"),
    "lone surrogate": ("\ud800", "payload str cannot be encoded as UTF-8"),
}


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("method", ["verify", "unwrap"])
@pytest.mark.parametrize("name", list(BAD_PAYLOADS))
def test_payload_types(name, method, surface, signer):
    payload, match = BAD_PAYLOADS[name]
    with pytest.raises(WebhookVerificationError, match=match):
        getattr(surface, method)(payload, signer.headers(BODY))


BAD_HEADERS: dict[str, tuple[Any, str]] = {
    "None": (None, "headers must be a mapping or an iterable of .name, value. pairs, got NoneType"),
    "str": ("telnyx-timestamp: 1", "got str"),
    "bytes": (b"telnyx-timestamp: 1", "got bytes"),
    "int": (5, "got int"),
    "triples": ([("a", "b", "c")], "got list"),
    "list of str": (["telnyx-timestamp"], "got list"),
    "empty list": ([], f"missing header {SIG}"),
    "list value": ({SIG: ["x"], TS: str(NOW)}, f"header {SIG} must be a str, got list"),
}


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("name", list(BAD_HEADERS))
def test_header_container_types(name, surface):
    headers, match = BAD_HEADERS[name]
    with pytest.raises(WebhookVerificationError, match=match):
        surface.verify(BODY, headers)


def test_a_key_sent_in_the_request_is_never_used(frozen, signer, other_signer):
    # An attacker signs with their own key and tells us which key to use: both ignored.
    body = json.dumps(testing.message_received(text="send me your money")).encode()
    headers = {**other_signer.headers(body), "telnyx-public-key": other_signer.public_key}
    headers["Telnyx-Public-Key"] = other_signer.public_key
    with pytest.raises(WebhookVerificationError, match="signature does not match"):
        webhooks.unwrap(body, headers, public_key=signer.public_key)
    with pytest.raises(WebhookVerificationError, match="no webhook public key configured"):
        webhooks.unwrap(body, headers)


# --- configuration errors ---------------------------------------------------------------

KEY_ERRORS: dict[str, tuple[Any, str]] = {
    "empty": ("", "no webhook public key configured: public_key is empty"),
    "whitespace": ("  \n", "no webhook public key configured: public_key is empty"),
    "empty list": ([], "no webhook public key configured: public_key is an empty list"),
    "not base64": ("not a key!", "public key is not valid base64"),
    "31 bytes": (base64.b64encode(bytes(31)).decode(), "public key decodes to 31 bytes; an Ed25519 public key is 32"),
    "64 bytes (a private key?)": (base64.b64encode(bytes(64)).decode(), "public key decodes to 64 bytes"),
    "hex instead of base64": ("ab" * 32, "public key decodes to 48 bytes"),
    "int": (12345, "public_key must be a base64 str or a list of them, got int"),
    "bytes": (bytes(32), "public_key must be a base64 str or a list of them, got bytes"),
    "list with int": ([1], "public key must be a base64 str, got int"),
    "list with one bad key": (["not a key!"], "public key is not valid base64"),
}


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("where", ["call", "constructor"])
@pytest.mark.parametrize("name", list(KEY_ERRORS))
def test_bad_public_keys(name, where, signer):
    key, match = KEY_ERRORS[name]
    body, headers = signer.request(testing.message_received())
    unwrap = functools.partial(webhooks.unwrap, public_key=key) if where == "call" else webhooks.Webhooks(key).unwrap
    with pytest.raises(WebhookVerificationError, match=match) as caught:
        unwrap(body, headers)
    if isinstance(key, str) and len(key.strip()) > 4:
        assert key.strip() not in str(caught.value)  # key material never lands in messages


@pytest.mark.parametrize("value", [None, ""])
def test_no_key_anywhere(value, monkeypatch, signer):
    if value is not None:
        monkeypatch.setenv(webhooks.PUBLIC_KEY_ENV, value)
    body, headers = signer.request(testing.message_received())
    match = "no webhook public key configured: pass public_key= or set TELNYX_PUBLIC_KEY"
    for surface in (webhooks, webhooks.Webhooks(), webhooks.Webhooks(None)):
        with pytest.raises(WebhookVerificationError, match=match):
            surface.verify(body, headers)


def test_configuration_errors_come_before_request_errors():
    # A misconfigured server says so even for garbage requests.
    with pytest.raises(WebhookVerificationError, match="no webhook public key configured"):
        webhooks.verify(None, None)


def test_valid_key_but_not_the_signers(frozen, signer, other_signer):
    body, headers = signer.request(testing.message_received())
    with pytest.raises(WebhookVerificationError, match="signature does not match"):
        webhooks.verify(body, headers, public_key=other_signer.public_key)


@pytest.mark.parametrize("tolerance", [-1, -0.5, float("nan"), "300", True, [300]])
def test_bad_tolerance_is_a_programming_error(tolerance, signer):
    body, headers = signer.request(testing.message_received())
    with pytest.raises(ValidationError, match=r"tolerance=.*must be a number of seconds >= 0, or None") as caught:
        webhooks.verify(body, headers, public_key=signer.public_key, tolerance=tolerance)
    assert isinstance(caught.value, TelnyxError)
    assert isinstance(caught.value, ValueError)
