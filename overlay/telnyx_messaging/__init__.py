"""Python client for the Telnyx Messaging API.

    from telnyx_messaging import Telnyx

    client = Telnyx()  # api_key from TELNYX_API_KEY
    response = client.messages.send(to="+13125550001", from_="+18005550101", text="Hello")
    print(response.data.id)

Sends are never retried where the message may already have gone out (see README,
"Reliability"); arguments are validated before anything is sent; webhooks are verified
with Ed25519 (`client.webhooks.unwrap`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncTelnyx, Telnyx
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorDetail,
    IncompleteResponseError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PageLimitError,
    PermissionDeniedError,
    PhoneNumbersNotInstalledError,
    RateLimitError,
    ResponseTooLargeError,
    TelnyxError,
    UnprocessableEntityError,
    ValidationError,
    WebhookVerificationError,
)
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven, Omit, PageParams, RequestOptions, not_given, omit
from ._version import __version__

if TYPE_CHECKING:
    from telnyx_messaging_api.types import UNSET, Unset

    from . import pagination, phone, sms, testing, types, webhooks

# Submodules with optional or heavier dependencies load on first attribute access, so
# `import telnyx_messaging` stays cheap and `telnyx_messaging.webhooks.verify` still works.
_LAZY_SUBMODULES = frozenset({"pagination", "phone", "sms", "testing", "types", "webhooks"})


# The official SDK's other top-level names, resolved on first use: module:attribute.
_OFFICIAL_ALIASES = {
    "Client": "telnyx_messaging._client:Telnyx",
    "AsyncClient": "telnyx_messaging._client:AsyncTelnyx",
    "AsyncAPIResponse": "telnyx_messaging._raw:AsyncRawAPIResponse",
    "DefaultHttpxClient": "telnyx_messaging._default_clients:DefaultHttpxClient",
    "DefaultAsyncHttpxClient": "telnyx_messaging._default_clients:DefaultAsyncHttpxClient",
    "DEFAULT_TIMEOUT": "telnyx_messaging._constants:DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES": "telnyx_messaging._constants:DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS": "telnyx_messaging._constants:DEFAULT_CONNECTION_LIMITS",
    "Timeout": "httpx:Timeout",
    "Transport": "httpx:BaseTransport",
    "ProxiesTypes": "httpx._types:ProxyTypes",
}


def __getattr__(name: str) -> Any:
    if name in _OFFICIAL_ALIASES:
        module_name, _, attribute = _OFFICIAL_ALIASES[name].partition(":")
        return getattr(importlib.import_module(module_name), attribute)
    if name == "NoneType":  # client.get(..., cast_to=NoneType)
        return type(None)
    if name in _LAZY_SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    if name in ("UNSET", "Unset"):  # from the generated package, which loads on first use
        from . import _types  # noqa: PLC0415

        return getattr(_types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncTelnyx",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "IncompleteResponseError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "PageLimitError",
    "PageParams",
    "PermissionDeniedError",
    "PhoneNumbersNotInstalledError",
    "RateLimitError",
    "RequestOptions",
    "ResponseTooLargeError",
    "SyncPage",
    "Telnyx",
    "TelnyxError",
    "UnprocessableEntityError",
    "Unset",
    "ValidationError",
    "WebhookVerificationError",
    "__version__",
    "not_given",
    "omit",
    "pagination",
    "phone",
    "sms",
    "testing",
    "types",
    "webhooks",
]
