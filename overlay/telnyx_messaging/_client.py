"""Telnyx and AsyncTelnyx: the clients users construct."""

from __future__ import annotations

from collections.abc import Coroutine, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._base_client import (
    ClientConfig,
    api_base_url,
    build_request,
    check_http_client,
    describe,
    finish,
    later_pages,
    raise_for_status,
    release_stream,
    transport_error,
)
from ._checks import check_api_key
from ._constants import DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES
from ._exceptions import TelnyxError
from ._http import async_http_client, sync_http_client
from ._logging import redact_httpx_logs_for
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._transport import AsyncRetryingTransport, RetryingTransport
from ._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from telnyx_messaging_api.client import Client as GeneratedClient

    from ._generic import GenericRequestOptions
    from ._operation import Operation
    from ._resources.alphanumeric_sender_ids import AlphanumericSenderIds, AsyncAlphanumericSenderIds
    from ._resources.messages import AsyncMessages, Messages
    from ._resources.messaging_hosted_numbers import AsyncMessagingHostedNumbers, MessagingHostedNumbers
    from ._resources.messaging_numbers_bulk_updates import (
        AsyncMessagingNumbersBulkUpdates,
        MessagingNumbersBulkUpdates,
    )
    from ._resources.messaging_optouts import AsyncMessagingOptouts, MessagingOptouts
    from ._resources.messaging_profile_metrics import AsyncMessagingProfileMetrics, MessagingProfileMetrics
    from ._resources.messaging_profiles import AsyncMessagingProfiles, MessagingProfiles
    from ._resources.messaging_url_domains import AsyncMessagingUrlDomains, MessagingUrlDomains
    from ._resources.phone_numbers import AsyncPhoneNumbers, PhoneNumbers
    from ._resources.short_codes import AsyncShortCodes, ShortCodes
    from .webhooks import Webhooks


def _merged(name: str, current: Mapping[str, Any], added: Mapping[str, Any] | None, replacement: Any) -> Any:
    if added is not None and replacement is not None:
        raise ValueError(f"The `{name}` and `set_{name}` arguments are mutually exclusive")
    return dict(replacement) if replacement is not None else {**current, **(added or {})}


class _Resources:
    """What both clients share: configuration read and set, copy(), the webhooks helper and
    the generated client."""

    _config: ClientConfig
    _http: httpx.Client | httpx.AsyncClient
    _user_http_client: httpx.Client | httpx.AsyncClient | None

    # -- configuration --------------------------------------------------------------
    @property
    def api_key(self) -> str | None:
        return self._config.credentials.api_key

    @api_key.setter
    def api_key(self, api_key: str | None) -> None:
        if api_key is not None:
            check_api_key(api_key, "api_key")
        self._config.credentials.update(api_key, self._config.base_url)

    @property
    def base_url(self) -> httpx.URL:
        return self._config.base_url

    @base_url.setter
    def base_url(self, base_url: str | httpx.URL) -> None:
        config = self._config
        url = api_base_url(base_url, allow_insecure_http=config.allow_insecure_http)
        config.base_url = self._http.base_url = url
        config.credentials.update(config.credentials.api_key, url)  # the key goes to the new origin only
        redact_httpx_logs_for(url)
        self.__dict__.pop("api", None)

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @max_retries.setter
    def max_retries(self, max_retries: int) -> None:
        if max_retries < 0:
            raise TelnyxError(f"max_retries must be >= 0, got {max_retries}")
        self._config.max_retries = max_retries
        http: Any = self._http  # its transports: httpx keeps them in private attributes
        for transport in [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]:
            if isinstance(transport, RetryingTransport | AsyncRetryingTransport):
                transport.max_retries = max_retries

    @property
    def public_key(self) -> str | Sequence[str] | None:
        """The webhook public key(s) given to the constructor (None: $TELNYX_PUBLIC_KEY at verify time)."""
        return self._config.public_key

    @property
    def user_agent(self) -> str:
        return self._config.headers["User-Agent"]

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers sent with every request (the API key is added per request, never here)."""
        headers = self._config.headers
        return {name.decode(headers.encoding): value.decode(headers.encoding) for name, value in headers.raw}

    @property
    def default_query(self) -> dict[str, object]:
        return dict(self._config.default_query)

    def is_closed(self) -> bool:
        return self._http.is_closed

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        public_key: str | Sequence[str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        validate: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A new client with this one's settings, some replaced. `default_headers` /
        `default_query` add to this client's, `set_default_headers` / `set_default_query`
        replace them. It shares this client's connection pool unless given `http_client`."""
        config = self._config
        headers = _merged("default_headers", config.custom_headers, default_headers, set_default_headers)
        query = _merged("default_query", config.default_query, default_query, set_default_query)
        make: Any = type(self)  # Telnyx or AsyncTelnyx: same arguments, own http_client kind
        return make(  # type: ignore[no-any-return]
            api_key or self.api_key,
            base_url=base_url or config.base_url,
            public_key=public_key if public_key is not None else config.public_key,
            timeout=config.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=config.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            http_client=http_client or self._shared_pool(),  # its kind is checked at construction
            default_headers=headers,
            default_query=query,
            validate=config.validate if isinstance(validate, NotGiven) else validate,
            allow_insecure_http=config.allow_insecure_http,
            max_response_bytes=config.max_response_bytes,
            max_pages=config.max_pages,
        )  # fmt: skip

    # `client.with_options(timeout=5).messages.send(...)`, as in the official SDK
    with_options = copy

    @cached_property
    def with_raw_response(self) -> Any:
        """`client.with_raw_response.messages.send(...)`: every resource's raw variant."""
        from ._raw import ClientVariant  # noqa: PLC0415

        return ClientVariant(self, "with_raw_response")

    @cached_property
    def with_streaming_response(self) -> Any:
        from ._raw import ClientVariant  # noqa: PLC0415

        return ClientVariant(self, "with_streaming_response")

    def _shared_pool(self) -> httpx.Client | httpx.AsyncClient | None:
        """An httpx client on this client's own transport (below our retrying layer), for a copy to borrow."""
        if self._user_http_client is not None:
            return self._user_http_client
        inner = getattr(getattr(self._http, "_transport", None), "inner", None)
        if inner is None:
            return None  # the copy builds its own pool
        return type(self._http)(transport=inner)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhooks (no I/O; works without an API key)."""
        from .webhooks import Webhooks  # noqa: PLC0415 - keeps `import telnyx_messaging` cheap

        return Webhooks(self._config.public_key)

    @cached_property
    def api(self) -> GeneratedClient:
        """The generated low-level client on this client's connection pool, auth and
        retries: pass it to any function in `telnyx_messaging_api.api`."""
        from telnyx_messaging_api.client import Client  # noqa: PLC0415

        generated = Client(base_url=str(self._config.base_url).rstrip("/"))
        if isinstance(self._http, httpx.AsyncClient):
            return generated.set_async_httpx_client(self._http)
        return generated.set_httpx_client(self._http)

    def __repr__(self) -> str:
        return describe(self, self._config)


class Telnyx(_Resources):
    """Synchronous client. `api_key` defaults to $TELNYX_API_KEY, `base_url` to
    $TELNYX_BASE_URL then https://api.telnyx.com/v2, `public_key` (webhooks; a list of keys
    during rotation) to $TELNYX_PUBLIC_KEY. Pass `http_client=httpx.Client(...)` to bring your own pool or
    transport. Use as a context manager, or call close().

    Settings are checked here (ConfigurationError): a plain http:// base_url must point at
    this machine unless `allow_insecure_http=True`; a response body larger than
    `max_response_bytes` (decoded) raises ResponseTooLargeError; iterating a list stops
    with PageLimitError after `max_pages` pages."""

    _http: httpx.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        public_key: str | Sequence[str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        validate: bool = True,
        allow_insecure_http: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        check_http_client(http_client, httpx.Client, "Telnyx")
        self._config = config = ClientConfig(
            api_key, base_url, public_key, timeout, max_retries, default_headers, validate,
            http_client=http_client, default_query=default_query, allow_insecure_http=allow_insecure_http,
            max_response_bytes=max_response_bytes, max_pages=max_pages,
        )  # fmt: skip
        self._user_http_client = http_client
        self._http = sync_http_client(config, http_client)

    # -- resources (imported on first use) ------------------------------------------
    @cached_property
    def messages(self) -> Messages:
        from ._resources.messages import Messages  # noqa: PLC0415

        return Messages(self)

    @cached_property
    def alphanumeric_sender_ids(self) -> AlphanumericSenderIds:
        from ._resources.alphanumeric_sender_ids import AlphanumericSenderIds  # noqa: PLC0415

        return AlphanumericSenderIds(self)

    @cached_property
    def messaging_hosted_numbers(self) -> MessagingHostedNumbers:
        from ._resources.messaging_hosted_numbers import MessagingHostedNumbers  # noqa: PLC0415

        return MessagingHostedNumbers(self)

    @cached_property
    def messaging_numbers_bulk_updates(self) -> MessagingNumbersBulkUpdates:
        from ._resources.messaging_numbers_bulk_updates import MessagingNumbersBulkUpdates  # noqa: PLC0415

        return MessagingNumbersBulkUpdates(self)

    @cached_property
    def messaging_optouts(self) -> MessagingOptouts:
        from ._resources.messaging_optouts import MessagingOptouts  # noqa: PLC0415

        return MessagingOptouts(self)

    @cached_property
    def messaging_profile_metrics(self) -> MessagingProfileMetrics:
        from ._resources.messaging_profile_metrics import MessagingProfileMetrics  # noqa: PLC0415

        return MessagingProfileMetrics(self)

    @cached_property
    def messaging_profiles(self) -> MessagingProfiles:
        from ._resources.messaging_profiles import MessagingProfiles  # noqa: PLC0415

        return MessagingProfiles(self)

    @cached_property
    def messaging_url_domains(self) -> MessagingUrlDomains:
        from ._resources.messaging_url_domains import MessagingUrlDomains  # noqa: PLC0415

        return MessagingUrlDomains(self)

    @cached_property
    def phone_numbers(self) -> PhoneNumbers:
        from ._resources.phone_numbers import PhoneNumbers  # noqa: PLC0415

        return PhoneNumbers(self)

    @cached_property
    def short_codes(self) -> ShortCodes:
        from ._resources.short_codes import ShortCodes  # noqa: PLC0415

        return ShortCodes(self)

    # -- requests -------------------------------------------------------------------
    def _send(
        self,
        operation: Operation,
        path: Mapping[str, Any],
        body: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        options: RequestOptions,
    ) -> httpx.Response:
        request = build_request(self._http, self._config, operation, path=path, body=body, query=query, options=options)
        return self._transmit(request)

    def _transmit(self, request: httpx.Request, follow_redirects: bool | None = None) -> httpx.Response:
        try:
            if follow_redirects is None:
                response = self._http.send(request)
            else:
                response = self._http.send(request, follow_redirects=follow_redirects)
        except Exception as error:
            translated = transport_error(error, request, self._http.is_closed)
            if translated is None:
                raise
            raise translated from None if isinstance(error, httpx.LocalProtocolError) else error
        return release_stream(response)

    def _request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions,
    ) -> APIResponse[Any]:
        return finish(operation, self._send(operation, path or {}, body, query, options))

    # -- endpoints outside the 44 (the official SDK's low-level methods) -------------
    def get(self, path: str, *, cast_to: Any, options: GenericRequestOptions | None = None) -> Any:
        return self._generic("GET", path, cast_to, options)

    def post(
        self, path: str, *, cast_to: Any, body: object | None = None, content: bytes | None = None,
        files: Any = None, options: GenericRequestOptions | None = None,
    ) -> Any:  # fmt: skip
        return self._generic("POST", path, cast_to, options, body=body, content=content, files=files)

    def patch(
        self, path: str, *, cast_to: Any, body: object | None = None, content: bytes | None = None,
        files: Any = None, options: GenericRequestOptions | None = None,
    ) -> Any:  # fmt: skip
        return self._generic("PATCH", path, cast_to, options, body=body, content=content, files=files)

    def put(
        self, path: str, *, cast_to: Any, body: object | None = None, content: bytes | None = None,
        files: Any = None, options: GenericRequestOptions | None = None,
    ) -> Any:  # fmt: skip
        return self._generic("PUT", path, cast_to, options, body=body, content=content, files=files)

    def delete(
        self, path: str, *, cast_to: Any, body: object | None = None, content: bytes | None = None,
        options: GenericRequestOptions | None = None,
    ) -> Any:  # fmt: skip
        return self._generic("DELETE", path, cast_to, options, body=body, content=content)

    def _generic(self, method: str, path: str, cast_to: Any, options: GenericRequestOptions | None, **body: Any) -> Any:
        from ._generic import build_generic_request, cast_response, follow_redirects  # noqa: PLC0415 - rarely used

        options = options or {}
        request = build_generic_request(self._http, method, path, options=options, **body)
        return cast_response(raise_for_status(self._transmit(request, follow_redirects(options))), cast_to)

    def _list(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions,
    ) -> SyncPage[Any]:
        path, query = path or {}, dict(query or {})
        response = raise_for_status(self._send(operation, path, None, query, options))
        return self._page(operation, path, query, options, response)

    def _page(
        self,
        operation: Operation,
        path: Mapping[str, Any],
        query: dict[str, Any],
        options: RequestOptions,
        response: httpx.Response,
    ) -> SyncPage[Any]:
        """The page object of a list response, able to fetch the pages after it."""

        def fetch(number: int) -> SyncPage[Any]:
            page = {**(query.get("page") or {}), "number": number}
            return self._list(operation, path=path, query={**query, "page": page}, options=later_pages(options))

        return SyncPage(
            response, operation.item_model, fetch if operation.paginated else None, max_pages=self._config.max_pages
        )

    # -- lifecycle ------------------------------------------------------------------
    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncTelnyx(_Resources):
    """Asynchronous client; same arguments as Telnyx (`http_client` is an httpx.AsyncClient).
    Use `async with`, or call `await client.aclose()`."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        public_key: str | Sequence[str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        validate: bool = True,
        allow_insecure_http: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        check_http_client(http_client, httpx.AsyncClient, "AsyncTelnyx")
        self._config = config = ClientConfig(
            api_key, base_url, public_key, timeout, max_retries, default_headers, validate,
            http_client=http_client, default_query=default_query, allow_insecure_http=allow_insecure_http,
            max_response_bytes=max_response_bytes, max_pages=max_pages,
        )  # fmt: skip
        self._user_http_client = http_client
        self._http = async_http_client(config, http_client)

    @cached_property
    def messages(self) -> AsyncMessages:
        from ._resources.messages import AsyncMessages  # noqa: PLC0415

        return AsyncMessages(self)

    @cached_property
    def alphanumeric_sender_ids(self) -> AsyncAlphanumericSenderIds:
        from ._resources.alphanumeric_sender_ids import AsyncAlphanumericSenderIds  # noqa: PLC0415

        return AsyncAlphanumericSenderIds(self)

    @cached_property
    def messaging_hosted_numbers(self) -> AsyncMessagingHostedNumbers:
        from ._resources.messaging_hosted_numbers import AsyncMessagingHostedNumbers  # noqa: PLC0415

        return AsyncMessagingHostedNumbers(self)

    @cached_property
    def messaging_numbers_bulk_updates(self) -> AsyncMessagingNumbersBulkUpdates:
        from ._resources.messaging_numbers_bulk_updates import AsyncMessagingNumbersBulkUpdates  # noqa: PLC0415

        return AsyncMessagingNumbersBulkUpdates(self)

    @cached_property
    def messaging_optouts(self) -> AsyncMessagingOptouts:
        from ._resources.messaging_optouts import AsyncMessagingOptouts  # noqa: PLC0415

        return AsyncMessagingOptouts(self)

    @cached_property
    def messaging_profile_metrics(self) -> AsyncMessagingProfileMetrics:
        from ._resources.messaging_profile_metrics import AsyncMessagingProfileMetrics  # noqa: PLC0415

        return AsyncMessagingProfileMetrics(self)

    @cached_property
    def messaging_profiles(self) -> AsyncMessagingProfiles:
        from ._resources.messaging_profiles import AsyncMessagingProfiles  # noqa: PLC0415

        return AsyncMessagingProfiles(self)

    @cached_property
    def messaging_url_domains(self) -> AsyncMessagingUrlDomains:
        from ._resources.messaging_url_domains import AsyncMessagingUrlDomains  # noqa: PLC0415

        return AsyncMessagingUrlDomains(self)

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        from ._resources.phone_numbers import AsyncPhoneNumbers  # noqa: PLC0415

        return AsyncPhoneNumbers(self)

    @cached_property
    def short_codes(self) -> AsyncShortCodes:
        from ._resources.short_codes import AsyncShortCodes  # noqa: PLC0415

        return AsyncShortCodes(self)

    def _send(
        self,
        operation: Operation,
        path: Mapping[str, Any],
        body: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        options: RequestOptions,
    ) -> Coroutine[Any, Any, httpx.Response]:
        # Not itself a coroutine: the caller awaits _transmit's directly (one coroutine per
        # call fewer); every caller awaits at once, so the request is built at the same point.
        request = build_request(self._http, self._config, operation, path=path, body=body, query=query, options=options)
        return self._transmit(request)

    async def _transmit(self, request: httpx.Request, follow_redirects: bool | None = None) -> httpx.Response:
        try:
            if follow_redirects is None:
                response = await self._http.send(request)
            else:
                response = await self._http.send(request, follow_redirects=follow_redirects)
        except Exception as error:
            translated = transport_error(error, request, self._http.is_closed)
            if translated is None:
                raise
            raise translated from None if isinstance(error, httpx.LocalProtocolError) else error
        return release_stream(response)

    async def get(self, path: str, *, cast_to: Any, options: GenericRequestOptions | None = None) -> Any:
        return await self._generic("GET", path, cast_to, options)

    async def post(
        self, path: str, *, cast_to: Any, body: object | None = None, content: bytes | None = None,
        files: Any = None, options: GenericRequestOptions | None = None,
    ) -> Any:  # fmt: skip
        return await self._generic("POST", path, cast_to, options, body=body, content=content, files=files)

    async def patch(
        self, path: str, *, cast_to: Any, body: object | None = None, content: bytes | None = None,
        files: Any = None, options: GenericRequestOptions | None = None,
    ) -> Any:  # fmt: skip
        return await self._generic("PATCH", path, cast_to, options, body=body, content=content, files=files)

    async def put(
        self, path: str, *, cast_to: Any, body: object | None = None, content: bytes | None = None,
        files: Any = None, options: GenericRequestOptions | None = None,
    ) -> Any:  # fmt: skip
        return await self._generic("PUT", path, cast_to, options, body=body, content=content, files=files)

    async def delete(
        self, path: str, *, cast_to: Any, body: object | None = None, content: bytes | None = None,
        options: GenericRequestOptions | None = None,
    ) -> Any:  # fmt: skip
        return await self._generic("DELETE", path, cast_to, options, body=body, content=content)

    async def _generic(
        self, method: str, path: str, cast_to: Any, options: GenericRequestOptions | None, **body: Any
    ) -> Any:
        from ._generic import build_generic_request, cast_response, follow_redirects  # noqa: PLC0415 - rarely used

        options = options or {}
        request = build_generic_request(self._http, method, path, options=options, **body)
        return cast_response(raise_for_status(await self._transmit(request, follow_redirects(options))), cast_to)

    async def _request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions,
    ) -> APIResponse[Any]:
        return finish(operation, await self._send(operation, path or {}, body, query, options))

    def _list(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions,
    ) -> AsyncPaginator[Any]:
        path, query = path or {}, dict(query or {})

        async def first() -> AsyncPage[Any]:
            response = raise_for_status(await self._send(operation, path, None, query, options))
            return self._page(operation, path, query, options, response)

        return AsyncPaginator(first)

    def _page(
        self,
        operation: Operation,
        path: Mapping[str, Any],
        query: dict[str, Any],
        options: RequestOptions,
        response: httpx.Response,
    ) -> AsyncPage[Any]:
        async def fetch(number: int) -> AsyncPage[Any]:
            page = {**(query.get("page") or {}), "number": number}
            return await self._list(operation, path=path, query={**query, "page": page}, options=later_pages(options))

        return AsyncPage(
            response, operation.item_model, fetch if operation.paginated else None, max_pages=self._config.max_pages
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def close(self) -> None:
        """The official SDK's name for aclose()."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
