"""Every operation's request is built exactly as httpx.Client.build_request would build it.

The overlay builds its requests itself (telnyx_messaging._build: one URL parse instead of
two, the parsed URL of an id-less path reused). What reaches the server must not change:
for every operation, client set-up and per-call option below, the request is compared with
the one `httpx.Client.build_request` makes from the same arguments, field by field.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import telnyx_messaging._base_client as base_client
from telnyx_messaging import AsyncTelnyx, Telnyx
from tests.support.operations import MINIMAL, bound_method, operation_params

OK = httpx.Response(200, json={"data": {}})

CLIENTS: dict[str, Callable[[httpx.MockTransport], Telnyx]] = {
    "default": lambda t: Telnyx("k", http_client=httpx.Client(transport=t)),
    "base path, headers, query, timeout": lambda t: Telnyx(
        "k",
        base_url="http://127.0.0.1:4010/mock/v2",
        default_headers={"X-Team": "ops", "User-Agent": "theirs/1"},
        default_query={"tenant": "a b"},
        timeout=7.5,
        http_client=httpx.Client(transport=t, headers={"X-From-Client": "1"}),
    ),
}
OPTIONS: dict[str, dict[str, Any]] = {
    "none": {},
    "headers": {"extra_headers": {"X-Trace": "t1", "user-agent": "mine/2"}},
    "query": {"extra_query": {"debug": "1", "page[size]": 3}},
    "timeout": {"timeout": httpx.Timeout(2.0, connect=1.0)},
    "idempotency": {"idempotency_key": "order-42", "max_retries": 0},
    "body": {"extra_body": {"note": "x"}},
}


def _same(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert ours.method == theirs.method
    assert str(ours.url) == str(theirs.url)
    assert ours.url.raw_path == theirs.url.raw_path
    assert ours.headers.raw == theirs.headers.raw  # names, values and order
    assert ours.content == theirs.content
    assert ours.extensions == theirs.extensions


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Every request the overlay builds, checked against httpx's own build_request."""
    built: list[httpx.Request] = []
    real = base_client.build_http_request

    def checked(http: Any, urls: Any, *, reusable_url: bool, **kwargs: Any) -> httpx.Request:
        ours = real(http, urls, reusable_url=reusable_url, **kwargs)
        _same(ours, http.build_request(**kwargs))
        built.append(ours)
        return ours

    monkeypatch.setattr(base_client, "build_http_request", checked)
    return built


@pytest.mark.parametrize("options", OPTIONS.values(), ids=OPTIONS.keys())
@pytest.mark.parametrize("make_client", CLIENTS.values(), ids=CLIENTS.keys())
@pytest.mark.parametrize("operation", operation_params())
def test_the_request_equals_httpx_build_request(
    operation: Any, make_client: Callable[[httpx.MockTransport], Telnyx], options: dict[str, Any], compared: list[Any]
) -> None:
    if "extra_body" in options and not operation.has_body:
        pytest.skip("extra_body applies to operations with a JSON body")
    sent: list[httpx.Request] = []
    client = make_client(httpx.MockTransport(lambda request: sent.append(request) or OK))
    arguments = dict(MINIMAL[operation.name])
    bound_method(client, operation)(**arguments, **options)
    assert len(compared) == 1
    assert len(sent) == 1
    assert str(sent[0].url) == str(compared[0].url)


@pytest.mark.parametrize("identifier", ["+13125550001", "a b", "é/ü?#", "%41", "MyCompany"])
@pytest.mark.parametrize("operation", [p for p in operation_params() if p.values[0].path_params][:6])
def test_path_ids_are_quoted_as_httpx_would(operation: Any, identifier: str, compared: list[Any]) -> None:
    client = Telnyx("k", http_client=httpx.Client(transport=httpx.MockTransport(lambda _: OK)))
    arguments = {k: v for k, v in MINIMAL[operation.name].items() if k not in operation.path_params}
    ids = [identifier] * len(operation.path_params)
    bound_method(client, operation)(*ids, **arguments, validate=False)  # an id no rule would accept
    assert len(compared) == 1


def test_a_new_base_url_is_used_from_the_next_call() -> None:
    hosts: list[str] = []
    transport = httpx.MockTransport(lambda request: hosts.append(str(request.url)) or OK)
    client = Telnyx("k", http_client=httpx.Client(transport=transport))
    client.messaging_profiles.list()
    client.base_url = "https://eu.example.test/v3"
    client.messaging_profiles.list()
    assert hosts == [
        "https://api.telnyx.com/v2/messaging_profiles",
        "https://eu.example.test/v3/messaging_profiles",
    ]


def test_cookies_the_api_sets_go_back_on_later_calls() -> None:
    seen: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        return httpx.Response(200, json={"data": {}}, headers={"set-cookie": "lb=node-3; Path=/"})

    client = Telnyx("k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    client.messages.retrieve("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
    client.messages.send(to="+13125550001", from_="+13125550002", text="hi")
    assert seen == [None, "lb=node-3"]


def test_the_async_client_builds_the_same_request(compared: list[httpx.Request]) -> None:
    async def calls() -> None:
        transport = httpx.MockTransport(lambda _: OK)
        client = AsyncTelnyx("k", default_query={"tenant": "a"}, http_client=httpx.AsyncClient(transport=transport))
        await client.messages.send(to="+13125550001", from_="+13125550002", text="hi", extra_headers={"X-A": "1"})
        await client.messages.retrieve("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")

    asyncio.run(calls())
    assert [str(request.url) for request in compared] == [
        "https://api.telnyx.com/v2/messages?tenant=a",
        "https://api.telnyx.com/v2/messages/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e?tenant=a",
    ]
