"""Telnyx and AsyncTelnyx: the clients users construct."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._base_client import (
    ClientConfig,
    build_request,
    describe,
    finish,
    raise_for_status,
    release_stream,
    transport_error,
)
from ._constants import DEFAULT_MAX_RETRIES
from ._http import async_http_client, sync_http_client
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from telnyx_messaging_api.client import Client as GeneratedClient

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


class _Resources:
    """The webhooks helper and the generated client, shared by both clients."""

    _config: ClientConfig
    _http: httpx.Client | httpx.AsyncClient

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
    transport. Use as a context manager, or call close()."""

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
        validate: bool = True,
    ) -> None:
        self._config = config = ClientConfig(
            api_key, base_url, public_key, timeout, max_retries, default_headers, validate,
            http_client=http_client,
        )  # fmt: skip
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
        try:
            response = self._http.send(request)
        except Exception as error:
            translated = transport_error(error, request, self._http.is_closed)
            if translated is None:
                raise
            raise translated from error
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

    def _list(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions,
    ) -> SyncPage[Any]:
        path, query = path or {}, dict(query or {})

        def fetch(number: int) -> SyncPage[Any]:
            page = {**(query.get("page") or {}), "number": number}
            return self._list(operation, path=path, query={**query, "page": page}, options=options)

        response = raise_for_status(self._send(operation, path, None, query, options))
        return SyncPage(response, operation.item_model, fetch if operation.paginated else None)

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
        validate: bool = True,
    ) -> None:
        self._config = config = ClientConfig(
            api_key, base_url, public_key, timeout, max_retries, default_headers, validate,
            http_client=http_client,
        )  # fmt: skip
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

    async def _send(
        self,
        operation: Operation,
        path: Mapping[str, Any],
        body: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        options: RequestOptions,
    ) -> httpx.Response:
        request = build_request(self._http, self._config, operation, path=path, body=body, query=query, options=options)
        try:
            response = await self._http.send(request)
        except Exception as error:
            translated = transport_error(error, request, self._http.is_closed)
            if translated is None:
                raise
            raise translated from error
        return release_stream(response)

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

        async def fetch(number: int) -> AsyncPage[Any]:
            page = {**(query.get("page") or {}), "number": number}
            return await self._list(operation, path=path, query={**query, "page": page}, options=options)

        async def first() -> AsyncPage[Any]:
            response = raise_for_status(await self._send(operation, path, None, query, options))
            return AsyncPage(response, operation.item_model, fetch if operation.paginated else None)

        return AsyncPaginator(first)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
