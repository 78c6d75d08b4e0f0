"""Verify Telnyx webhooks and turn them into typed events.

Telnyx signs ``f"{telnyx-timestamp}|{raw body}"`` with Ed25519 and sends the base64 signature
in ``telnyx-signature-ed25519``. The public key (base64 of 32 bytes, from the Mission Control
portal) comes from ``public_key=`` or ``TELNYX_PUBLIC_KEY``, never from the request.

    from telnyx_messaging import webhooks

    event = webhooks.unwrap(request.get_data(), request.headers, public_key=KEY)
    print(event.event_type)

Pass the body exactly as received (``bytes``, or ``str`` if your framework decoded it): a body
parsed and re-serialised as JSON will not verify. Every failure raises
`WebhookVerificationError` with a message that says which check failed.

`unwrap` parses the JSON and dispatches on ``data.event_type``; the typed models are built
lazily on first access to ``event.data`` / ``event.meta`` / ``event.model``. If Telnyx sends a
known event whose body does not fit its model, that first access raises
`WebhookVerificationError` ("... does not match the schema ..."); ``event.raw`` always works.
Touch ``event.model`` inside your ``try`` to check the shape up front.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from telnyx_messaging._constants import PUBLIC_KEY_ENV
from telnyx_messaging._exceptions import ValidationError, WebhookVerificationError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from nacl.signing import VerifyKey

    from telnyx_messaging._webhook_events import (
        AnyWebhookEvent,
        DeliveryUpdateWebhookEvent,
        InboundMessageWebhookEvent,
        LinkClickWebhookEvent,
        ReplacedLinkClickData,
        UnknownWebhookEvent,
        WebhookEvent,
    )

    # Starlette's headers or a dict; Flask's headers or (name, value) pairs (bytes too, as in ASGI).
    HeadersLike = Mapping[str, Any] | Iterable[tuple[str | bytes, str | bytes]]

__all__ = [
    "DEFAULT_TOLERANCE",
    "PUBLIC_KEY_ENV",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "AnyWebhookEvent",
    "DeliveryUpdateWebhookEvent",
    "InboundMessageWebhookEvent",
    "LinkClickWebhookEvent",
    "ReplacedLinkClickData",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookVerificationError",
    "Webhooks",
    "unwrap",
    "verify",
]

SIGNATURE_HEADER = "telnyx-signature-ed25519"
TIMESTAMP_HEADER = "telnyx-timestamp"

DEFAULT_TOLERANCE = 300
"""Seconds a timestamp may differ from our clock, in either direction."""

_SIGNATURE_BYTES = 64
_PUBLIC_KEY_BYTES = 32
# int64 seconds never need more; also keeps int() far from its digit limit.
_MAX_TIMESTAMP_DIGITS = 19

PublicKeys = str | Sequence[str] | None


class Webhooks:
    """Webhook verification bound to configured public key(s); `client.webhooks` is one of these.

    `public_key` is one base64 key or several (during key rotation a webhook is valid if any of
    them verifies). Without one, `TELNYX_PUBLIC_KEY` is read at each call. The methods are plain
    functions (no I/O), on sync and async clients alike.
    """

    __slots__ = ("_public_key",)

    def __init__(self, public_key: PublicKeys = None) -> None:
        self._public_key = public_key

    def verify(
        self,
        payload: bytes | str,
        headers: HeadersLike,
        *,
        public_key: PublicKeys = None,
        tolerance: float | None = DEFAULT_TOLERANCE,
    ) -> None:
        """Raise `WebhookVerificationError` unless `payload` was signed by Telnyx within `tolerance`.

        `public_key` overrides the configured key(s) for this call; `tolerance=None` skips the
        timestamp check (0 means the timestamp must be the current second).
        """
        _verified_body(payload, headers, self._public_key if public_key is None else public_key, tolerance)

    def unwrap(
        self,
        payload: bytes | str,
        headers: HeadersLike,
        *,
        public_key: PublicKeys = None,
        tolerance: float | None = DEFAULT_TOLERANCE,
    ) -> AnyWebhookEvent:
        """`verify`, then parse the body into an event dispatched on ``data.event_type``."""
        body = _verified_body(payload, headers, self._public_key if public_key is None else public_key, tolerance)
        return _parse_event(body)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(keys={'env' if self._public_key is None else 'configured'})"


def verify(
    payload: bytes | str,
    headers: HeadersLike,
    *,
    public_key: PublicKeys = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
) -> None:
    """Module-level `Webhooks.verify`: key from `public_key=` or `TELNYX_PUBLIC_KEY`."""
    _verified_body(payload, headers, public_key, tolerance)


def unwrap(
    payload: bytes | str,
    headers: HeadersLike,
    *,
    public_key: PublicKeys = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
) -> AnyWebhookEvent:
    """Module-level `Webhooks.unwrap`: key from `public_key=` or `TELNYX_PUBLIC_KEY`."""
    return _parse_event(_verified_body(payload, headers, public_key, tolerance))


# --- verification -----------------------------------------------------------------------


def _verified_body(payload: object, headers: object, public_key: object, tolerance: object) -> bytes | str:
    """Every check, cheapest first; returns the body for json.loads (str stays str: no re-decode)."""
    keys = _verify_keys(public_key)
    limit = _tolerance(tolerance)
    signature_header = _header(headers, SIGNATURE_HEADER)
    timestamp = _header(headers, TIMESTAMP_HEADER)
    if signature_header is None:
        raise WebhookVerificationError(f"missing header {SIGNATURE_HEADER}")
    if timestamp is None:
        raise WebhookVerificationError(f"missing header {TIMESTAMP_HEADER}")
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > _MAX_TIMESTAMP_DIGITS:
        raise WebhookVerificationError(
            f"malformed header {TIMESTAMP_HEADER}: expected unix seconds as plain ASCII digits, got {_short(timestamp)}"
        )
    if limit is not None:
        _check_age(int(timestamp), limit)
    signature = _decode_signature(signature_header)

    if isinstance(payload, bytes):
        body: bytes = payload
    elif isinstance(payload, str):
        try:
            body = payload.encode()
        except UnicodeEncodeError:
            raise WebhookVerificationError("payload str cannot be encoded as UTF-8 (lone surrogates?)") from None
    elif isinstance(payload, (bytearray, memoryview)):
        body = bytes(payload)
    else:
        raise WebhookVerificationError(
            f"payload must be the raw request body as bytes or str, got {type(payload).__name__} "
            "(a parsed and re-serialised body cannot be verified)"
        )

    _check_signature(keys, timestamp.encode() + b"|" + body, signature)
    return payload if isinstance(payload, str) else body


def _tolerance(tolerance: object) -> float | None:
    if tolerance is None or (
        isinstance(tolerance, (int, float)) and not isinstance(tolerance, bool) and tolerance >= 0
    ):
        return tolerance
    # A programming error, not a bad request: ValidationError is also a ValueError.
    raise ValidationError(
        "tolerance", tolerance, "must be a number of seconds >= 0, or None to skip the timestamp check"
    )


def _check_age(timestamp: int, tolerance: float) -> None:
    # Whole seconds on both sides, so tolerance=0 means "this very second".
    skew = int(time.time()) - timestamp
    if skew > tolerance:
        raise WebhookVerificationError(
            f"timestamp too old: {skew} seconds in the past, tolerance is {tolerance} seconds (replayed or delayed?)"
        )
    if -skew > tolerance:
        raise WebhookVerificationError(
            f"timestamp too far in the future: {-skew} seconds ahead, tolerance is {tolerance} seconds "
            "(is this server's clock right?)"
        )


def _decode_signature(value: str) -> bytes:
    try:
        signature = base64.b64decode(value, validate=True)
    except ValueError:  # binascii.Error, and non-ASCII str
        raise WebhookVerificationError(f"header {SIGNATURE_HEADER} is not valid base64") from None
    if len(signature) != _SIGNATURE_BYTES:
        raise WebhookVerificationError(
            f"header {SIGNATURE_HEADER} decodes to {len(signature)} bytes; an Ed25519 signature is 64 bytes"
        )
    # b64decode ignores the unused low bits of the last character, so several header values
    # decode to one signature; accept only the canonical one, so a replay cache keyed on the
    # header cannot be sidestepped by re-spelling it.
    if base64.b64encode(signature) != value.encode():
        raise WebhookVerificationError(f"header {SIGNATURE_HEADER} is not canonical base64 (non-zero padding bits)")
    return signature


def _check_signature(keys: tuple[VerifyKey, ...], message: bytes, signature: bytes) -> None:
    crypto_error = _crypto_error()
    for key in keys:
        try:
            key.verify(message, signature)
        except crypto_error:
            continue
        return
    raise WebhookVerificationError(
        "signature does not match: the body or timestamp was altered, the body was re-serialised, "
        "or it was signed with a key other than the configured public key(s)"
    )


# --- headers ----------------------------------------------------------------------------


def _header(headers: object, name: str) -> str | None:
    """Case-insensitive lookup in any mapping-like object or iterable of pairs."""
    if headers is None or isinstance(headers, (str, bytes)):  # tuples: faster than X | Y here
        raise _bad_headers(headers)
    try:
        get: Callable[[str], object] | None = getattr(headers, "get", None)
        value = get(name) if get is not None else None  # fast path: exact or case-insensitive mapping
        if value is None:
            value = _scan(headers, name)
    except (TypeError, ValueError, AttributeError):
        raise _bad_headers(headers) from None
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")  # ASGI raw headers; latin-1 never fails
    raise WebhookVerificationError(f"header {name} must be a str, got {type(value).__name__}")


def _scan(headers: Any, name: str) -> object:
    items = headers.items() if callable(getattr(headers, "items", None)) else headers
    for key, value in items:
        text = key.decode("latin-1") if isinstance(key, bytes) else key
        if isinstance(text, str) and text.lower() == name:
            return value
    return None


def _bad_headers(headers: object) -> WebhookVerificationError:
    return WebhookVerificationError(
        f"headers must be a mapping or an iterable of (name, value) pairs, got {type(headers).__name__}"
    )


# --- keys -------------------------------------------------------------------------------


def _verify_keys(public_key: object) -> tuple[VerifyKey, ...]:
    if public_key is None:
        public_key = os.environ.get(PUBLIC_KEY_ENV) or None
        if public_key is None:
            raise WebhookVerificationError(
                f"no webhook public key configured: pass public_key= or set {PUBLIC_KEY_ENV}"
            )
    if isinstance(public_key, str):
        return (_load_key(public_key),)
    if isinstance(public_key, Sequence) and not isinstance(public_key, (bytes, bytearray)):
        if not public_key:
            raise WebhookVerificationError("no webhook public key configured: public_key is an empty list")
        return tuple(_load_key(key) for key in public_key)
    raise WebhookVerificationError(
        f"public_key must be a base64 str or a list of them, got {type(public_key).__name__}"
    )


def _load_key(key: object) -> VerifyKey:
    if not isinstance(key, str):
        raise WebhookVerificationError(f"public key must be a base64 str, got {type(key).__name__}")
    return _load_key_cached(key)


@functools.cache
def _crypto_error() -> type[Exception]:
    from nacl.exceptions import CryptoError  # noqa: PLC0415 - lazy, like VerifyKey below

    return CryptoError


@functools.lru_cache(maxsize=64)
def _load_key_cached(key: str) -> VerifyKey:
    """One VerifyKey per key string; failures are not cached, so a fixed config recovers."""
    # Key text is not echoed: it is not secret, but messages should not carry key material.
    text = key.strip()
    if not text:
        raise WebhookVerificationError("no webhook public key configured: public_key is empty")
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raise WebhookVerificationError(
            "public key is not valid base64 (copy it from the Mission Control portal)"
        ) from None
    if len(raw) != _PUBLIC_KEY_BYTES:
        raise WebhookVerificationError(
            f"public key decodes to {len(raw)} bytes; an Ed25519 public key is {_PUBLIC_KEY_BYTES} bytes"
        )
    from nacl.signing import VerifyKey  # noqa: PLC0415 - lazy: keeps this module's import cheap

    return VerifyKey(raw)


# --- body -------------------------------------------------------------------------------


def _parse_event(body: bytes | str) -> AnyWebhookEvent:
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise WebhookVerificationError(f"body is not valid JSON: {exc}") from None
    return _event_parser()(document)


@functools.cache
def _event_parser() -> Callable[[Any], AnyWebhookEvent]:
    # The event module imports the generated models (and httpx with them): only on first unwrap.
    from telnyx_messaging._webhook_events import parse_event  # noqa: PLC0415

    return parse_event


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "...")


def __getattr__(name: str) -> Any:
    # Event classes are re-exported lazily for the same reason as _event_parser.
    if name in _EVENT_EXPORTS:
        from telnyx_messaging import _webhook_events  # noqa: PLC0415

        return getattr(_webhook_events, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_EVENT_EXPORTS = frozenset(
    {
        "AnyWebhookEvent",
        "DeliveryUpdateWebhookEvent",
        "InboundMessageWebhookEvent",
        "LinkClickWebhookEvent",
        "ReplacedLinkClickData",
        "UnknownWebhookEvent",
        "WebhookEvent",
    }
)
