"""What Telnyx and AsyncTelnyx share: configuration, request preparation, response handling."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

from ._build import AbsoluteUrls, build_http_request
from ._checks import check_api_key, check_base_url, check_path_ids, check_public_key, unencodable
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
)
from ._errors import make_status_error
from ._exceptions import APIConnectionError, APITimeoutError, ConfigurationError, TelnyxError, ValidationError
from ._logging import redact_httpx_logs_for, setup_from_env
from ._response import APIResponse
from ._transport import Credentials
from ._types import NOT_SET_SENTINELS, NotGiven, Omit, RequestOptions
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
def _validation() -> tuple[Callable[[str, Mapping[str, object]], None], tuple[type, ...]]:
    """The validator and the types of "not set" (the generated Unset among them), imported
    with the first call."""
    from telnyx_messaging_api.types import Unset  # noqa: PLC0415

    from ._validation import validate_request  # noqa: PLC0415

    return validate_request, (Unset, *NOT_SET_SENTINELS)


def release_stream(response: httpx.Response) -> httpx.Response:
    response.stream = _DONE_STREAM
    return response


def api_base_url(
    base_url: str | httpx.URL, *, allow_insecure_http: bool = False, source: str = "base_url"
) -> httpx.URL:
    """The checked base URL with exactly one trailing slash, so relative paths append to it."""
    try:
        url = httpx.URL(str(base_url))
    except httpx.InvalidURL as error:
        raise ConfigurationError(f"{source}={str(base_url)!r} is not a URL ({error})") from None
    check_base_url(url, source, allow_insecure_http=allow_insecure_http)
    return url.copy_with(path=url.path.rstrip("/") + "/")


class ClientConfig:
    """Resolved constructor arguments (explicit value, then environment, then default),
    checked here so that a client that cannot work fails at construction."""

    __slots__ = (
        "allow_insecure_http", "base_url", "credentials", "custom_headers", "default_query", "headers", "max_pages",
        "max_response_bytes", "max_retries", "public_key",
        "timeout", "urls", "validate",
    )  # fmt: skip

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
        default_query: Mapping[str, object] | None = None,
        *,
        allow_insecure_http: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        self.max_retries = _count("max_retries", max_retries, minimum=0)
        self.max_response_bytes = _count("max_response_bytes", max_response_bytes, minimum=1)
        self.max_pages = _count("max_pages", max_pages, minimum=1)
        self.allow_insecure_http = allow_insecure_http
        self.base_url = resolve_base_url(base_url, allow_insecure_http=allow_insecure_http)
        self.credentials = Credentials(resolve_api_key(api_key), self.base_url)
        # None lets the webhooks helper read TELNYX_PUBLIC_KEY when it verifies.
        if public_key is not None:
            check_public_key(public_key)
        self.public_key = public_key
        if isinstance(timeout, NotGiven):
            # a caller's own client keeps its timeout unless one is given here
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.validate = validate
        self.headers = httpx.Headers(http_client.headers if http_client is not None else None)  # case-insensitive merge
        self.headers["User-Agent"] = USER_AGENT
        self.custom_headers = dict(default_headers or {})  # what copy() passes on
        self.headers.update(self.custom_headers)
        self.default_query = dict(default_query or {})
        self.urls = AbsoluteUrls()  # the parsed URLs of this client's id-less paths
        setup_from_env()
        redact_httpx_logs_for(self.base_url)


def check_http_client(http_client: object, expected: type, client_name: str) -> None:
    """A sync httpx client given to AsyncTelnyx (or the reverse) fails here, not at the first call."""
    if http_client is not None and not isinstance(http_client, expected):
        other = "AsyncTelnyx" if client_name == "Telnyx" else "Telnyx"
        raise TypeError(
            f"{client_name}(http_client=...) must be an httpx.{expected.__name__}, got "
            f"{type(http_client).__module__}.{type(http_client).__qualname__} (use {other} for that one)"
        )


def given_options(options: RequestOptions) -> RequestOptions:
    """The options that are set: NOT_GIVEN / omit everywhere and None for the key and the
    extra_* mappings mean "not set", as in the official SDK."""
    return {  # type: ignore[return-value]
        name: value
        for name, value in options.items()
        if not isinstance(value, NOT_SET_SENTINELS) and (value is not None or name == "timeout")
    }


def _count(name: str, value: object, *, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ConfigurationError(f"{name} must be an int >= {minimum}, got {value!r}")
    return value


def resolve_api_key(api_key: str | None) -> str | None:
    """The explicit key, else $TELNYX_API_KEY (unset or empty: no key); checked either way."""
    if api_key is not None:
        check_api_key(api_key, "api_key")
        return api_key
    from_env = os.environ.get(API_KEY_ENV)
    if not from_env:
        return None
    check_api_key(from_env, API_KEY_ENV)
    return from_env


def resolve_base_url(base_url: str | httpx.URL | None, *, allow_insecure_http: bool = False) -> httpx.URL:
    """The explicit base URL, else $TELNYX_BASE_URL, else Telnyx's; checked either way."""
    if base_url:
        return api_base_url(base_url, allow_insecure_http=allow_insecure_http)
    from_env = os.environ.get(BASE_URL_ENV)
    if from_env:
        return api_base_url(from_env, allow_insecure_http=allow_insecure_http, source=BASE_URL_ENV)
    return api_base_url(DEFAULT_BASE_URL)


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
    check_path_ids(path, operation.path_aliases)  # always: a bad id would address another endpoint
    if options:
        if not _OPTION_NAMES.issuperset(options):  # **options would swallow a typo silently
            unexpected = ", ".join(sorted(options.keys() - _OPTION_NAMES))
            raise TypeError(f"{operation.name}() got unexpected keyword argument(s): {unexpected}")
        options = given_options(options)
    validate_request, not_set = _validation()
    if body is not None:
        body = _set_only(body, not_set)
    if query is not None:
        query = _set_only(query, not_set)
    validate = bool(options.get("validate", config.validate))  # NOT_GIVEN / omit were dropped above
    if validate:
        validate_request(operation.name, {**path, **(body or {}), **(query or {})})
    try:
        kwargs = operation.request_kwargs(path, body, query, options, check_query=validate)
        request = build_http_request(http, config.urls, reusable_url=not operation.path_params, **kwargs)
    except UnicodeEncodeError:  # a lone surrogate somewhere: name the argument, not the codec
        raise _unencodable_argument(path, body, query, options) from None
    for name, value in (options.get("extra_headers") or {}).items():
        if isinstance(value, Omit):
            request.headers.pop(name, None)
    return request


def later_pages(options: RequestOptions) -> RequestOptions:
    """The options of the requests for the pages after the first: the same, without checking
    the arguments again. The first request checked them; later ones differ only in the page
    number, an int the server's meta gave."""
    return {**options, "validate": False}


def _set_only(arguments: Mapping[str, Any], not_set: tuple[type, ...]) -> dict[str, Any]:
    """The arguments the caller set: UNSET (ours), NOT_GIVEN and omit (the official SDK's) are dropped."""
    return {name: value for name, value in arguments.items() if not isinstance(value, not_set)}


def _unencodable_argument(
    path: Mapping[str, Any], body: Mapping[str, Any] | None, query: Mapping[str, Any] | None, options: RequestOptions
) -> ValidationError:
    found = unencodable({**path, **(body or {}), **(query or {}), **options})
    name, value = found if found is not None else ("arguments", "")
    return ValidationError(name, value, "is not valid Unicode text (a lone surrogate?) and cannot be sent")


def transport_error(error: Exception, request: httpx.Request, closed: bool) -> TelnyxError | None:
    """The documented exception for a failure to get an answer, or None to re-raise."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(error).__name__}).", request=request)
    if isinstance(error, httpx.LocalProtocolError):
        # Its text quotes the offending header value, which may be a credential.
        return APIConnectionError(
            "The request could not be written: LocalProtocolError (an illegal header name or value)",
            request=request,
        )
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
