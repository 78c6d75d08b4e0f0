"""`DefaultHttpxClient` / `DefaultAsyncHttpxClient`, as in the official SDK: httpx clients with
this package's default timeout and connection limits, to customise and pass as `http_client=`."""

from __future__ import annotations

from typing import Any

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))
