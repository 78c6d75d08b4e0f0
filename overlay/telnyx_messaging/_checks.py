"""Checks of caller-supplied values that no request can succeed without.

Client settings are checked once, at construction (a ConfigurationError naming the setting
and the problem, never the secret itself). Per-call values that end up in the URL or in a
header are checked before the request is built, whatever `validate=` says: they decide
where a request goes and whether a send may be replayed, not whether the API would accept it.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from typing import Any

import httpx

from ._exceptions import ConfigurationError, ValidationError

_CHARACTER_NAMES = {"\n": "a newline", "\r": "a carriage return", " ": "a space", "\t": "a tab", "\0": "a NUL"}
_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]+")
# Telnyx's rule for Idempotency-Key values (API reference): 1-255 of these characters.
IDEMPOTENCY_KEY_RULE = "must be 1-255 characters, each a letter, digit, '-', '_' or ':'"
_IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9_:-]{1,255}")
_DOT_SEGMENTS = frozenset({".", ".."})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def _character(char: str) -> str:
    if char in _CHARACTER_NAMES:
        return _CHARACTER_NAMES[char]
    return "a non-ASCII character" if ord(char) > 0x7F else f"a control character (U+{ord(char):04X})"


def check_api_key(api_key: str, source: str) -> None:
    """An API key must be visible ASCII: anything else can only fail in the header."""
    if not api_key:
        raise ConfigurationError(f"{source} is empty: pass the API key, or leave it out to read TELNYX_API_KEY")
    if _VISIBLE_ASCII.fullmatch(api_key):
        return
    if not _VISIBLE_ASCII.fullmatch(api_key[-1]):
        problem = f"ends with {_character(api_key[-1])} (a key read from a file or a terminal: strip it)"
    elif not _VISIBLE_ASCII.fullmatch(api_key[0]):
        problem = f"starts with {_character(api_key[0])}"
    else:
        position = next(i for i, char in enumerate(api_key) if not _VISIBLE_ASCII.fullmatch(char))
        problem = f"contains {_character(api_key[position])} at position {position}"
    # The key itself is left out: the message ends up in logs and tracebacks.
    raise ConfigurationError(f"{source} {problem}; an API key is letters, digits and punctuation only")


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(url: httpx.URL, source: str, *, allow_insecure_http: bool) -> None:
    """An http(s) URL with a host and no query or fragment; http only to this machine
    unless the caller opted in (the API key would cross the network in clear text)."""
    shown = str(url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"{source}={shown!r} must be an absolute https:// URL, e.g. https://api.telnyx.com/v2")
    if url.query or url.fragment:
        raise ConfigurationError(f"{source}={shown!r} must not have a query string or fragment")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise ConfigurationError(
            f"{source}={shown!r} is plain http to another machine: the API key would be sent unencrypted. "
            "Use https://, or pass allow_insecure_http=True if that network is yours"
        )


def check_public_key(public_key: object) -> None:
    """A configured webhook key that cannot verify anything fails now, not on every webhook."""
    from .webhooks import _verify_keys  # noqa: PLC0415 - loads PyNaCl, only when a key is configured

    try:
        _verify_keys(public_key)
    except Exception as error:  # WebhookVerificationError names the problem without key material
        raise ConfigurationError(f"public_key: {error}") from None


def check_idempotency_key(value: object) -> None:
    """A key that is not Telnyx's shape would be an empty, broken or unusable header, yet
    would make the send look safe to replay."""
    if not isinstance(value, str):
        raise ValidationError("idempotency_key", value, f"must be a str; it {IDEMPOTENCY_KEY_RULE}")
    if not _IDEMPOTENCY_KEY.fullmatch(value):
        raise ValidationError("idempotency_key", value, IDEMPOTENCY_KEY_RULE)


class EmptyPathIdError(ValidationError):
    """A ValidationError whose text is the official SDK's, for code that matches on it."""

    def __init__(self, param: str) -> None:
        super().__init__(param, "", "must not be empty")
        self.args = (f"Expected a non-empty value for `{param}` but received ''",)


def check_path_ids(path: Mapping[str, Any], aliases: Mapping[str, str]) -> None:
    """Every path id must address the resource it names: an empty id or a dot segment would
    make the URL another endpoint's ("/v2/phone_numbers/." is normalised to the list).
    `path` is keyed by the spec's names; errors name the id as the official SDK does
    (`aliases`: `id` of messaging_profiles.retrieve is `messaging_profile_id`)."""
    for name, value in path.items():
        if isinstance(value, str) and (not value or value in _DOT_SEGMENTS):
            shown = aliases.get(name, name)
            if not value:
                raise EmptyPathIdError(shown)
            raise ValidationError(shown, value, "a path id cannot be '.' or '..': it would address another endpoint")


def unencodable(arguments: Mapping[str, Any], prefix: str = "") -> tuple[str, str] | None:
    """The first string among `arguments` (nested in dicts and lists) that is not valid
    Unicode text (a lone surrogate), as (field name, value); None when every one is."""
    for name, value in arguments.items():
        found = _unencodable_value(f"{prefix}{name}", value)
        if found is not None:
            return found
    return None


def _unencodable_value(name: str, value: object) -> tuple[str, str] | None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return name, value
        return None
    if isinstance(value, Mapping):
        return unencodable(value, f"{name}.")
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _unencodable_value(f"{name}[{index}]", item)
            if found is not None:
                return found
    return None


def check_header_values(headers: Mapping[str, object], field: str) -> None:
    """Header values must be ASCII without line breaks (httpx would raise a bare
    UnicodeEncodeError, h11 an error that is retried for nothing)."""
    for name, value in headers.items():
        if isinstance(value, str) and not _HEADER_VALUE.fullmatch(value):
            raise ValidationError(f"{field}[{name!r}]", value, "a header value must be printable ASCII, no line breaks")


_HEADER_VALUE = re.compile(r"[\x20-\x7e\t]*")
