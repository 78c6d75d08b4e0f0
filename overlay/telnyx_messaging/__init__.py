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

from ._client import AsyncTelnyx, Telnyx
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TelnyxError,
    UnprocessableEntityError,
    ValidationError,
    WebhookVerificationError,
)
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._types import UNSET, PageParams, RequestOptions, Unset

__all__ = [
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
    "ConflictError",
    "ErrorDetail",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PageParams",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "SyncPage",
    "Telnyx",
    "TelnyxError",
    "UnprocessableEntityError",
    "Unset",
    "ValidationError",
    "WebhookVerificationError",
]
