"""`with_raw_response` and `with_streaming_response` on every one of the 44 methods, sync and
async, against Prism: the official interface (.parse(), .headers, .status_code,
.http_request, .read(), .text(), .json(), .iter_*), and a streamed response is always closed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from telnyx_messaging import Telnyx

from .calls import CALLS, Call
from .checks import check_parsed, check_request
from .conftest import Wire

pytestmark = pytest.mark.contract

PARAMS = [pytest.param(call, id=call.id) for call in CALLS if not call.bug]


def _split(call: Call, client: Any) -> tuple[Any, str]:
    """The resource (`client.messaging_profiles.autoresp_configs`) and the method name."""
    *resource_path, method = call.method.split(".")
    resource = client
    for part in resource_path:
        resource = getattr(resource, part)
    return resource, method


@pytest.mark.parametrize("call", PARAMS)
def test_with_raw_response_sync(call: Call, client: Telnyx, wire: Wire) -> None:
    resource, method = _split(call, client)
    raw = getattr(resource.with_raw_response, method)(*call.args, **call.kwargs)
    check_request(call, wire.sent[0])
    assert len(wire.sent) == 1
    assert 200 <= raw.status_code < 300
    assert raw.http_request.method == call.verb
    assert raw.headers["content-type"].startswith("application/json")
    assert json.loads(raw.read()) == raw.json() == json.loads(raw.text())
    check_parsed(call, raw.parse())
    assert raw.parse() is raw.parse()  # parsed once


@pytest.mark.parametrize("call", PARAMS)
def test_with_streaming_response_sync(call: Call, client: Telnyx, wire: Wire) -> None:
    resource, method = _split(call, client)
    with getattr(resource.with_streaming_response, method)(*call.args, **call.kwargs) as response:
        body = b"".join(response.iter_bytes())
        assert json.loads(body) == response.json()
        assert "".join(response.iter_text()) == body.decode()
        assert list(response.iter_lines())
        check_parsed(call, response.parse())
    assert response.is_closed
    check_request(call, wire.sent[0])
    assert len(wire.sent) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("call", PARAMS)
async def test_with_raw_response_async(call: Call, make_async_client: Any, wire: Wire) -> None:
    async with make_async_client() as client:
        resource, method = _split(call, client)
        raw = await getattr(resource.with_raw_response, method)(*call.args, **call.kwargs)
        check_request(call, wire.sent[0])
        assert 200 <= raw.status_code < 300
        assert raw.http_request.method == call.verb
        assert json.loads(await raw.read()) == await raw.json()
        check_parsed(call, await raw.parse())


@pytest.mark.anyio
@pytest.mark.parametrize("call", PARAMS)
async def test_with_streaming_response_async(call: Call, make_async_client: Any, wire: Wire) -> None:
    async with make_async_client() as client:
        resource, method = _split(call, client)
        async with getattr(resource.with_streaming_response, method)(*call.args, **call.kwargs) as response:
            body = b"".join([chunk async for chunk in response.iter_bytes()])
            assert json.loads(body) == await response.json()
            assert [line async for line in response.iter_lines()]
            check_parsed(call, await response.parse())
        assert response.is_closed
        check_request(call, wire.sent[0])
        assert len(wire.sent) == 1
