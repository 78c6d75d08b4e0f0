"""Drive one request with plain httpx, sync or async, and record what the client saw."""

from __future__ import annotations

import functools
import json
import time
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
import httpx

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

# Building the default SSL context costs ~60 ms per client; share one (these tests use plain http).
SSL_CONTEXT = httpx.create_ssl_context()


@dataclass
class Outcome:
    """What the client saw: the status (if a status line arrived), the body bytes that arrived,
    and the exception, if any."""

    status: int | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes = b""
    error: Exception | None = None
    elapsed: float = 0.0
    reason: str = ""

    def json(self) -> Any:
        return json.loads(self.body)


def call(
    mode: Mode,
    base_url: str,
    method: str = "GET",
    path: str = "/messages/abc",
    *,
    timeout: float = 1.0,
    prime: bool = False,
    **kwargs: Any,
) -> Outcome:
    """One request with a fresh client; `prime=True` first sends GET /prime on the same client so
    the request under test goes out on a reused keep-alive connection."""
    if mode == "sync":
        return _call_sync(base_url, method, path, timeout=timeout, prime=prime, **kwargs)
    return anyio.run(functools.partial(_call_async, base_url, method, path, timeout=timeout, prime=prime, **kwargs))


def _call_sync(base_url: str, method: str, path: str, *, timeout: float, prime: bool, **kwargs: Any) -> Outcome:
    with httpx.Client(base_url=base_url, timeout=timeout, verify=SSL_CONTEXT) as client:
        if prime:
            client.get("/prime").raise_for_status()
        outcome = Outcome()
        started = time.monotonic()
        try:
            with client.stream(method, path, **kwargs) as response:
                _seen(outcome, response)
                for chunk in response.iter_raw():
                    outcome.body += chunk
        except httpx.HTTPError as error:
            outcome.error = error
        outcome.elapsed = time.monotonic() - started
        return outcome


async def _call_async(base_url: str, method: str, path: str, *, timeout: float, prime: bool, **kwargs: Any) -> Outcome:
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout, verify=SSL_CONTEXT) as client:
        if prime:
            (await client.get("/prime")).raise_for_status()
        outcome = Outcome()
        started = time.monotonic()
        try:
            async with client.stream(method, path, **kwargs) as response:
                _seen(outcome, response)
                async for chunk in response.aiter_raw():
                    outcome.body += chunk
        except httpx.HTTPError as error:
            outcome.error = error
        outcome.elapsed = time.monotonic() - started
        return outcome


def _seen(outcome: Outcome, response: httpx.Response) -> None:
    outcome.status = response.status_code
    outcome.headers = response.headers
    outcome.reason = response.reason_phrase
