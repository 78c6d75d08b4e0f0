"""The httpx.Request of one operation call, as `httpx.Client.build_request` would build it.

`Client.build_request` parses the relative URL, then parses it again joined to `base_url`,
and copies the client's headers twice: about 40 % of a whole raw `Client.post` before a byte
is sent. Here the absolute URL of a path without ids is parsed once per client and reused
(httpx URLs are immutable; an id path is parsed once per call), and the client's headers,
query params, cookies and timeout are merged exactly as `Client.build_request` merges them,
through httpx's public API. tests/client/test_request_building.py holds the two equal for
every operation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

_UseClientDefault = type(httpx.USE_CLIENT_DEFAULT)  # httpx exports the value, not its class


class AbsoluteUrls:
    """Absolute URLs of id-less paths for one base URL; starts afresh when the base changes."""

    __slots__ = ("_base", "_urls")

    def __init__(self) -> None:
        self._base: httpx.URL | None = None
        self._urls: dict[str, httpx.URL] = {}

    def resolve(self, base: httpx.URL, path: str, *, reusable: bool) -> httpx.URL:
        """`path` (relative, ids already quoted) under `base`, as Client._merge_url joins them."""
        if base is not self._base:  # `client.base_url = ...` gives httpx a new URL object
            self._base, self._urls = base, {}
        url = self._urls.get(path)
        if url is None:
            # One parse of the joined text; httpx parses the path, then the joined raw path.
            url = httpx.URL(str(base) + path.lstrip("/"))
            if reusable:  # paths with ids are not kept: one per id would grow without bound
                self._urls[path] = url
        return url


def build_http_request(
    http: httpx.Client | httpx.AsyncClient,
    urls: AbsoluteUrls,
    *,
    method: str,
    url: str,
    reusable_url: bool,
    params: Mapping[str, Any] | None = None,
    json: Any = None,
    headers: Mapping[str, str] | None = None,
    timeout: Any = httpx.USE_CLIENT_DEFAULT,
    extensions: dict[str, Any] | None = None,
) -> httpx.Request:
    """`http.build_request(method, url, ...)` for a relative `url`, with the same result."""
    merged_headers = http.headers
    if headers:
        merged_headers = httpx.Headers(http.headers)
        merged_headers.update(headers)
    query_params: Any = params
    if params or http.params:
        query_params = httpx.QueryParams(http.params).merge(params)
    cookies = http.cookies if http.cookies else None
    extensions = {} if extensions is None else extensions
    if "timeout" not in extensions:
        chosen = http.timeout if isinstance(timeout, _UseClientDefault) else httpx.Timeout(timeout)
        extensions = {**extensions, "timeout": chosen.as_dict()}
    return httpx.Request(
        method,
        urls.resolve(http.base_url, url, reusable=reusable_url),
        params=query_params,
        headers=merged_headers,
        cookies=cookies,
        json=json,
        extensions=extensions,
    )
