"""Putting the Authorization header on a request for one attempt, and taking it off again.

This runs twice per attempt, so it goes straight to the list httpx keeps the headers in:
`httpx.Headers` stores (raw name, lowercased name, value) byte triples in `_list`, and its
public `in` / `[]=` / `del` each re-encode the name, work out the headers' encoding and
rebuild lists over every header (about 2 % of a whole call). httpx keeps that list private:
if a version stores headers some other way, the probe below fails and the public API is used.
"""

from __future__ import annotations

import httpx

_NAME = "Authorization"
_RAW_NAME = b"Authorization"
_KEY = b"authorization"  # how httpx compares names: lowercased bytes

HeaderTriples = list[tuple[bytes, bytes, bytes]]


def _stores_triples() -> bool:
    probe = httpx.Headers({"A": "b"})
    return getattr(probe, "_list", None) == [(b"A", b"a", b"b")]


_TRIPLES = _stores_triples()


def _triples(headers: httpx.Headers) -> HeaderTriples | None:
    return headers._list if _TRIPLES else None


def has_authorization(headers: httpx.Headers) -> bool:
    triples = _triples(headers)
    if triples is None:
        return _NAME in headers
    return any(key == _KEY for _, key, _ in triples)


def add_authorization(headers: httpx.Headers, value: bytes) -> None:
    """Add the header (the caller made sure there is none yet)."""
    triples = _triples(headers)
    if triples is None:
        headers[_NAME] = value.decode()
    else:
        triples.append((_RAW_NAME, _KEY, value))


def remove_authorization(headers: httpx.Headers) -> None:
    """Remove the header again. It is normally the last one (added last, and the transports
    below add none); otherwise, or with another httpx, it is looked for by name."""
    triples = _triples(headers)
    if triples and triples[-1][1] == _KEY:
        triples.pop()
        return
    try:  # noqa: SIM105 - hot path: `del` scans the headers once, MutableMapping.pop twice
        del headers[_NAME]
    except KeyError:
        pass
