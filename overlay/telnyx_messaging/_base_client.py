"""What Telnyx and AsyncTelnyx share: configuration, request preparation, response handling."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
)
from ._errors import make_status_error
from ._exceptions import APIConnectionError, APITimeoutError, TelnyxError
from ._logging import redact_httpx_logs_for, setup_from_env
from ._response import APIResponse
from ._transport import Credentials
from ._types import NotGiven, RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from ._operation import Operation

USER_AGENT = f"telnyx-messaging-python/{__version__}"
_OPTION_NAMES = frozenset(RequestOptions.__annotations__)
# httpx keeps a read response in a reference cycle (response.stream -> BoundSyncStream ->
# response): the body would live until a full garbage collection. We read bodies eagerly,
# so the stream is done with once send() returns.
_DONE_STREAM = httpx.ByteStream(b"")


@cache
def _validation() -> tuple[Callable[[str, Mapping[str, object]], None], type]:
    """The validator and the generated Unset type, imported with the first call."""
    from telnyx_messaging_api.types import Unset  # noqa: PLC0415

    from ._validation import validate_request  # noqa: PLC0415

    return validate_request, Unset


def release_stream(response: httpx.Response) -> httpx.Response:
    response.stream = _DONE_STREAM
    return response


class ClientConfig:
    """Resolved constructor arguments (explicit value, then environment, then default)."""

    __slots__ = ("base_url", "credentials", "headers", "max_retries", "public_key", "timeout", "validate")

    def __init__(  # noqa: PLR0917 - mirrors the client constructors' arguments
        self,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        public_key: str | Sequence[str] | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        validate: bool,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> None:
        if max_retries < 0:
            raise TelnyxError(f"max_retries must be >= 0, got {max_retries}")
        url = httpx.URL(str(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL))
        self.base_url = url.copy_with(path=url.path.rstrip("/") + "/")
        self.credentials = Credentials(api_key or os.environ.get(API_KEY_ENV) or None, self.base_url)
        # None lets the webhooks helper read TELNYX_PUBLIC_KEY when it verifies.
        self.public_key = public_key
        if isinstance(timeout, NotGiven):
            # a caller's own client keeps its timeout unless one is given here
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries
        self.validate = validate
        self.headers = httpx.Headers(http_client.headers if http_client is not None else None)  # case-insensitive merge
        self.headers["User-Agent"] = USER_AGENT
        self.headers.update(default_headers or {})
        setup_from_env()
        redact_httpx_logs_for(self.base_url)


def describe(client: Any, config: ClientConfig) -> str:
    return f"{type(client).__name__}(base_url={str(config.base_url)!r}, max_retries={config.max_retries})"


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    config: ClientConfig,
    operation: Operation,
    *,
    path: Mapping[str, Any],
    body: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    options: RequestOptions,
) -> httpx.Request:
    """Validate the arguments (unless switched off) and build the request; nothing is sent."""
    if options and not _OPTION_NAMES.issuperset(options):  # **options would swallow a typo silently
        unexpected = ", ".join(sorted(options.keys() - _OPTION_NAMES))
        raise TypeError(f"{operation.name}() got unexpected keyword argument(s): {unexpected}")
    validate = options.get("validate", config.validate)
    if validate:
        validate_request, unset = _validation()
        given = {
            name: value
            for part in (path, body or {}, query or {})
            for name, value in part.items()
            if not isinstance(value, unset)
        }
        validate_request(operation.name, given)
    kwargs = operation.request_kwargs(path, body, query, options, check_query=validate)
    return http.build_request(**kwargs)


def transport_error(error: Exception, request: httpx.Request, closed: bool) -> TelnyxError | None:
    """The documented exception for a failure to get an answer, or None to re-raise."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(error).__name__}).", request=request)
    if isinstance(error, httpx.HTTPError):
        detail = str(error) or type(error).__name__
        return APIConnectionError(f"Connection error: {detail}", request=request)
    if closed and isinstance(error, RuntimeError):
        return APIConnectionError("The client was closed before the request completed.", request=request)
    return None


def raise_for_status(response: httpx.Response) -> httpx.Response:
    if not response.is_success:
        raise make_status_error(response)
    return response


def finish(operation: Operation, response: httpx.Response) -> APIResponse[Any]:
    raise_for_status(response)
    return APIResponse(response, operation.response_model, envelope=operation.envelope)
