"""`resource.with_raw_response.method(...)` and `resource.with_streaming_response.method(...)`,
for every method of every resource, built once here rather than per method.

A resource bound to a *raw view* of its client is the same resource class: its methods run
unchanged (arguments, validation, path checks) and only the last step differs — the view's
`_request` / `_list` return the HTTP response, with `.parse()` giving what the plain method
returns. Streaming wraps each raw method in a context manager that closes the response on
exit. Error statuses still raise the typed errors, as in the official SDK.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._base_client import finish, raise_for_status
from ._exceptions import request_id_of

if TYPE_CHECKING:
    import datetime

    from ._client import AsyncTelnyx, Telnyx
    from ._operation import Operation
    from ._types import RequestOptions

ParsedT = TypeVar("ParsedT")
_AsyncRawT = TypeVar("_AsyncRawT", bound="AsyncRawAPIResponse[Any]")


class _RawBase(Generic[ParsedT]):
    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], ParsedT]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[ParsedT] = []

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response)

    def _parse_once(self, to: Any) -> Any:
        if to is not None:
            from ._generic import cast_response  # noqa: PLC0415

            return cast_response(self.http_response, to)
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url.path}>"


class RawAPIResponse(_RawBase[ParsedT]):
    """What `with_raw_response` methods return on Telnyx (the official `APIResponse`)."""

    __slots__ = ()

    def parse(self, *, to: Any = None) -> ParsedT:
        """What the plain method returns (or the body as `to`: str, bytes, dict, a model...)."""
        return self._parse_once(to)  # type: ignore[no-any-return]

    def read(self) -> bytes:
        return self.http_response.read()

    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def close(self) -> None:
        self.http_response.close()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()


class AsyncRawAPIResponse(_RawBase[ParsedT]):
    """What `with_raw_response` methods return on AsyncTelnyx (the official `AsyncAPIResponse`)."""

    __slots__ = ()

    async def parse(self, *, to: Any = None) -> ParsedT:
        parsed = self._parse_once(to)
        return await parsed if isinstance(parsed, Awaitable) else parsed  # type: ignore[no-any-return]

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line


# -- the client views resources are rebound to ----------------------------------------
class _View:
    """Everything but `_request` / `_list` is the real client's."""

    def __init__(self, client: Any) -> None:
        self._real = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class RawView(_View):
    _real: Telnyx

    def _request(
        self, operation: Operation, *, path: Any = None, body: Any = None, query: Any = None, options: RequestOptions
    ) -> RawAPIResponse[Any]:
        response = raise_for_status(self._real._send(operation, path or {}, body, query, options))
        return RawAPIResponse(response, lambda: finish(operation, response))

    def _list(self, operation: Operation, *, path: Any = None, query: Any = None, options: RequestOptions) -> Any:
        path, query = path or {}, dict(query or {})
        response = raise_for_status(self._real._send(operation, path, None, query, options))
        return RawAPIResponse(response, lambda: self._real._page(operation, path, query, options, response))


class AsyncRawView(_View):
    _real: AsyncTelnyx

    async def _request(
        self, operation: Operation, *, path: Any = None, body: Any = None, query: Any = None, options: RequestOptions
    ) -> AsyncRawAPIResponse[Any]:
        response = raise_for_status(await self._real._send(operation, path or {}, body, query, options))
        return AsyncRawAPIResponse(response, lambda: finish(operation, response))

    async def _list(
        self, operation: Operation, *, path: Any = None, query: Any = None, options: RequestOptions
    ) -> AsyncRawAPIResponse[Any]:
        path, query = path or {}, dict(query or {})
        response = raise_for_status(await self._real._send(operation, path, None, query, options))
        return AsyncRawAPIResponse(response, lambda: self._real._page(operation, path, query, options, response))


# -- streaming: the raw methods, each behind a context manager ---------------------------
class ResponseContextManager(Generic[ParsedT]):
    """`with resource.with_streaming_response.method(...) as response:` — sends on enter,
    closes the response on exit (also when the block raises)."""

    def __init__(self, send: Callable[[], RawAPIResponse[ParsedT]]) -> None:
        self._send = send
        self._response: RawAPIResponse[ParsedT] | None = None

    def __enter__(self) -> RawAPIResponse[ParsedT]:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncRawT]):
    def __init__(self, send: Awaitable[_AsyncRawT]) -> None:
        self._send = send
        self._response: _AsyncRawT | None = None

    async def __aenter__(self) -> _AsyncRawT:
        self._response = await self._send
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()


class StreamingResource:
    """Wraps a raw-bound resource: each method returns a (async) context manager, each
    sub-resource (`messaging_profiles.autoresp_configs`) is wrapped the same way."""

    __slots__ = ("_is_async", "_raw")

    def __init__(self, raw_resource: Any, *, is_async: bool) -> None:
        self._raw = raw_resource
        self._is_async = is_async

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._raw, name)
        if hasattr(target, "_client") and not callable(target):  # a sub-resource
            return StreamingResource(target, is_async=self._is_async)
        if not callable(target) or name.startswith("_"):
            return target
        if self._is_async:
            return lambda *args, **kwargs: AsyncResponseContextManager(target(*args, **kwargs))
        return lambda *args, **kwargs: ResponseContextManager(lambda: target(*args, **kwargs))

    def __dir__(self) -> list[str]:
        return [name for name in dir(self._raw) if not name.startswith("_")]


class ClientVariant:
    """`client.with_raw_response.messages.send(...)`: each resource's variant of the same name."""

    __slots__ = ("_client", "_variant")

    def __init__(self, client: Any, variant: str) -> None:
        self._client = client
        self._variant = variant

    def __getattr__(self, name: str) -> Any:
        resource = getattr(self._client, name)
        if not hasattr(resource, "_client"):
            raise AttributeError(f"{self._variant} has no resource {name!r}")
        return getattr(resource, self._variant)
