"""The httpx transports that every request of a client goes through.

They add the API key (only for requests to the configured API origin, and only while the
request is being written, so the key never shows up in `response.request` or in exceptions),
retry by the
rules in _retry.py, and log each attempt. Because they sit *inside* the httpx client, the
generated functions (`client.api`) get the same auth, retries and logging as the overlay.
"""

from __future__ import annotations

import logging
import time

import httpx

from ._body import BodyReader, attempt_deadline, mark_incomplete
from ._constants import DEFAULT_MAX_RESPONSE_BYTES, OPTIONS_EXTENSION
from ._exceptions import MissingAPIKeyError, request_id_of
from ._headers import add_authorization, has_authorization, remove_authorization
from ._logging import loggable_path, logger
from ._retry import RetryBudget, is_replay_safe


class Credentials:
    """Holds the API key for one API origin; its repr never shows the key."""

    __slots__ = ("_authorization", "_header_value", "origin")

    def __init__(self, api_key: str | None, base_url: httpx.URL) -> None:
        self._authorization: str | None = None
        self._header_value = b""  # _authorization encoded once, not on every attempt
        self.origin: tuple[str, str, int | None] = ("", "", None)
        self.update(api_key, base_url)

    def __repr__(self) -> str:
        return f"Credentials(origin={self.origin!r}, api_key={'<set>' if self._authorization else None})"

    @property
    def api_key(self) -> str | None:
        return self._authorization.removeprefix("Bearer ") if self._authorization else None

    def update(self, api_key: str | None, base_url: httpx.URL) -> None:
        """`client.api_key = ...` / `client.base_url = ...`: the transports hold this object."""
        self._authorization = f"Bearer {api_key}" if api_key else None
        self._header_value = self._authorization.encode() if self._authorization else b""
        self.origin = (base_url.scheme, base_url.host, base_url.port)

    def applies_to(self, request: httpx.Request) -> bool:
        url = request.url
        return (url.scheme, url.host, url.port) == self.origin and not has_authorization(request.headers)

    def attach(self, request: httpx.Request) -> None:
        """Add the key to `request` (detach() takes it off again once the bytes are sent)."""
        if self._authorization is None:
            raise MissingAPIKeyError(
                "No API key: pass Telnyx(api_key=...) or set the TELNYX_API_KEY environment variable. "
                "(A client used only to verify webhooks needs no key.)"
            )
        add_authorization(request.headers, self._header_value)

    @staticmethod
    def detach(request: httpx.Request) -> None:
        # The request object lives on in response.request and in exceptions: keep the key
        # out of it. By the time the transport returns, the headers are on the wire.
        remove_authorization(request.headers)


def sleep(seconds: float) -> None:
    """The backoff wait (tests replace it to run without real sleeping)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    import anyio  # noqa: PLC0415 - only needed once a retry happens; works on asyncio and trio

    await anyio.sleep(seconds)


def max_retries_for(request: httpx.Request, default: int) -> int:
    options = request.extensions.get(OPTIONS_EXTENSION)
    if options is not None and options.get("max_retries") is not None:
        return int(options["max_retries"])
    return default


def _logging_for(retry_in: float | None) -> bool:
    # Successful attempts log at DEBUG, retries at INFO.
    return logger.isEnabledFor(logging.DEBUG if retry_in is None else logging.INFO)


class _Attempts:
    """The retry budget of one request plus the per-attempt log line, shared by the sync and
    async transports so that their loops differ only in how they wait and send."""

    __slots__ = ("budget", "request", "started")

    def __init__(self, request: httpx.Request, default_max_retries: int) -> None:
        self.request = request
        self.budget = RetryBudget(request, max_retries_for(request, default_max_retries))
        self.started = 0.0

    def start(self) -> None:
        self.started = time.perf_counter()

    def after_error(self, error: Exception) -> float | None:
        """Seconds to wait before the next attempt, or None to re-raise `error`."""
        attempt = self.budget.attempt
        delay = self.budget.delay_after_error(error)
        if _logging_for(delay):
            self._log(attempt, type(error).__name__, delay)
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before the next attempt, or None to return `response`."""
        attempt = self.budget.attempt
        delay = self.budget.delay_after_response(response)
        if _logging_for(delay):  # the hot path: no request-id lookup or formatting when off
            request_id = request_id_of(response)
            self._log(attempt, f"{response.status_code}" + (f" request_id={request_id}" if request_id else ""), delay)
        return delay

    def _log(self, attempt: int, outcome: str, retry_in: float | None) -> None:
        request = self.request
        elapsed_ms = (time.perf_counter() - self.started) * 1000
        path = loggable_path(request.url.path, request.url.query)
        if retry_in is None:
            logger.debug("%s %s -> %s (attempt %d, %.1f ms)", request.method, path, outcome, attempt, elapsed_ms)
        else:
            logger.info(
                "%s %s -> %s (attempt %d, %.1f ms); retrying in %.2f s",
                request.method, path, outcome, attempt, elapsed_ms, retry_in,
            )  # fmt: skip


class RetryingTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        credentials: Credentials,
        max_retries: int,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.inner = inner
        self.credentials = credentials
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        self.closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        authorize = self.credentials.applies_to(request)
        attempts = _Attempts(request, self.max_retries)
        while True:
            attempts.start()
            try:
                response, cut_off = self._attempt(request, authorize=authorize)
            except Exception as error:
                delay = attempts.after_error(error)
                if delay is None or self.closed:
                    raise
                sleep(delay)
                continue
            delay = attempts.after_error(cut_off) if cut_off is not None else attempts.after_response(response)
            if delay is None or self.closed:
                return _answer(request, response, cut_off)
            response.close()
            sleep(delay)

    def _attempt(self, request: httpx.Request, *, authorize: bool) -> tuple[httpx.Response, Exception | None]:
        deadline = attempt_deadline(request)
        if authorize:
            self.credentials.attach(request)
        try:
            response = self.inner.handle_request(request)
        finally:
            if authorize:
                Credentials.detach(request)
        response.request = request
        body = BodyReader(response, deadline, self.max_response_bytes)
        try:  # inside the loop: a connection lost mid-body is retried like any other
            for chunk in response.iter_bytes():
                body.add(chunk)
        except Exception as error:
            response.close()
            return _cut_off(response, body, error)
        except BaseException:
            response.close()
            raise
        body.keep()
        return response, None

    def close(self) -> None:
        self.closed = True  # in-flight requests stop retrying through a closed pool
        self.inner.close()


def _cut_off(response: httpx.Response, body: BodyReader, error: Exception) -> tuple[httpx.Response, Exception]:
    """A body that failed part-way: for a 2xx, keep what arrived (the server accepted the
    request); anything else fails the attempt as before."""
    if not response.is_success or not isinstance(error, httpx.TransportError):
        raise error
    body.keep()
    return response, error


def _answer(request: httpx.Request, response: httpx.Response, cut_off: Exception | None) -> httpx.Response:
    """The response to hand back once no more attempts are made. A 2xx cut off mid-body is
    returned, marked, when a resend could duplicate the request (its .data raises
    IncompleteResponseError); a read that may be repeated harmlessly raises the error."""
    if cut_off is None:
        return response
    if is_replay_safe(request):
        raise cut_off
    return mark_incomplete(response, cut_off)


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        credentials: Credentials,
        max_retries: int,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.inner = inner
        self.credentials = credentials
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        authorize = self.credentials.applies_to(request)
        attempts = _Attempts(request, self.max_retries)
        while True:
            attempts.start()
            try:
                response, cut_off = await self._attempt(request, authorize=authorize)
            except Exception as error:
                delay = attempts.after_error(error)
                if delay is None or self.closed:
                    raise
                await async_sleep(delay)
                continue
            delay = attempts.after_error(cut_off) if cut_off is not None else attempts.after_response(response)
            if delay is None or self.closed:
                return _answer(request, response, cut_off)
            await response.aclose()
            await async_sleep(delay)

    async def _attempt(self, request: httpx.Request, *, authorize: bool) -> tuple[httpx.Response, Exception | None]:
        deadline = attempt_deadline(request)
        if authorize:
            self.credentials.attach(request)
        try:
            response = await self.inner.handle_async_request(request)
        finally:
            if authorize:
                Credentials.detach(request)
        response.request = request
        body = BodyReader(response, deadline, self.max_response_bytes)
        try:  # inside the loop: a connection lost mid-body is retried
            async for chunk in response.aiter_bytes():
                body.add(chunk)
        except Exception as error:
            await response.aclose()
            return _cut_off(response, body, error)
        except BaseException:
            await response.aclose()
            raise
        body.keep()
        return response, None

    async def aclose(self) -> None:
        self.closed = True  # in-flight requests stop retrying through a closed pool
        await self.inner.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller-supplied httpx.Client (its pool, proxies, TLS and mock
    transports), using only its public API."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True)

    def close(self) -> None:
        self.client.close()


class AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)

    async def aclose(self) -> None:
        await self.client.aclose()
