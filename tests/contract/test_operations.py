"""Every overlay method, sync and async, against Prism: the request matches the spec (Prism
checks path, body and plain query parameters; we check bracketed ones and body names), and
the answer parses into the generated model the spec names."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from telnyx_messaging import AsyncPaginator, AsyncTelnyx, SyncPage, Telnyx

from .calls import CALLS, Call, overlay_method_names
from .checks import check_first_page, check_request, check_response, check_walk
from .conftest import Wire

pytestmark = pytest.mark.contract

PARAMS = [
    pytest.param(call, id=call.id, marks=[pytest.mark.xfail(strict=True, reason=call.bug)] if call.bug else [])
    for call in CALLS
]


def test_every_overlay_method_is_called_once() -> None:
    methods = [call.method for call in CALLS]
    assert len(methods) == len(set(methods)) == 44
    assert set(methods) == overlay_method_names()


@pytest.mark.parametrize("call", PARAMS)
def test_sync(call: Call, client: Telnyx, wire: Wire) -> None:
    result = call.target(client)(*call.args, **call.kwargs)
    check_request(call, wire.sent[0])
    if call.kind != "page":
        assert len(wire.sent) == 1
        check_response(call, result)
        return
    assert isinstance(result, SyncPage), f"{call.method} returned {type(result).__name__}, not a SyncPage"
    assert len(wire.sent) == 1
    check_first_page(call, result)
    items = list(result)
    check_walk(call, result, items, wire.sent)


@pytest.mark.anyio
@pytest.mark.parametrize("call", PARAMS)
async def test_async(call: Call, make_async_client: Any, wire: Wire) -> None:
    async with make_async_client() as client:
        assert isinstance(client, AsyncTelnyx)
        result = call.target(client)(*call.args, **call.kwargs)
        if call.kind == "page":
            await _check_async_list(call, result, wire)
            return
        assert inspect.iscoroutine(result), f"async {call.method} is not a coroutine function"
        response = await result
        check_request(call, wire.sent[0])
        assert len(wire.sent) == 1
        check_response(call, response)


async def _check_async_list(call: Call, paginator: Any, wire: Wire) -> None:
    if not isinstance(paginator, AsyncPaginator):
        if inspect.iscoroutine(paginator):
            response = await paginator  # no "never awaited" warning; the request must still be valid
            check_request(call, wire.sent[0])
            paginator = response
        pytest.fail(f"async {call.method} returned {type(paginator).__name__}, not an AsyncPaginator")
    assert wire.sent == [], "an async list sent a request before it was awaited or iterated"
    first = await paginator
    check_request(call, wire.sent[0])
    check_first_page(call, first)
    walk_starts = len(wire.sent)
    items = [item async for item in paginator]
    check_walk(call, first, items, wire.sent[walk_starts:])
