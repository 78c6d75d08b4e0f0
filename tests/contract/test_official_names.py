"""Code written for the official SDK, with only the import changed, against Prism: each of the
44 methods called by its official name with the official argument names and kinds
(official_calls.py, computed from telnyx==4.189.0), sync and async, directly, through
`with_raw_response` (path ids by keyword, dicts flattened where the official SDK flattens) and
through `with_streaming_response`. Each request must be the one our own names send, and each
answer must parse as the spec says."""

from __future__ import annotations

from typing import Any

import pytest

from telnyx_messaging import Telnyx
from tests.parity.official import load_official

from .calls import CALLS, Call
from .checks import check_parsed, check_same_request
from .conftest import Wire
from .official_calls import endpoint, official_call, official_method

pytestmark = [pytest.mark.contract, pytest.mark.timeout(900)]

PARAMS = [pytest.param(call, id=call.id) for call in CALLS if not call.bug]


@pytest.fixture(scope="module")
def official() -> dict[str, Any]:
    return load_official()


def test_each_official_method_on_our_endpoints_is_called(official: dict[str, Any]) -> None:
    ours = {endpoint(call) for call in CALLS}
    on_our_endpoints = {
        f"{resource}.{name}"
        for resource, methods in official["sync"].items()
        for name, method in methods.items()
        if method["endpoint"] in ours
    }
    called = {"{}.{}".format(*official_method(official, call)[:2]) for call in CALLS}
    assert called == on_our_endpoints
    assert len(called) == 44


@pytest.mark.parametrize("call", PARAMS)
def test_official_names_sync(call: Call, official: dict[str, Any], client: Telnyx, wire: Wire) -> None:
    call.target(client)(*call.args, **call.kwargs)
    ours = wire.sent[-1]

    direct = official_call(official, call)
    check_parsed(call, direct.bound(client)(*direct.args, **direct.kwargs))
    check_same_request(call, ours, wire.sent[-1])

    by_keyword = official_call(official, call, ids_by_keyword=True, flat=True)
    raw = by_keyword.bound(client, "with_raw_response")(*by_keyword.args, **by_keyword.kwargs)
    check_parsed(call, raw.parse())
    check_same_request(call, ours, wire.sent[-1])

    with direct.bound(client, "with_streaming_response")(*direct.args, **direct.kwargs) as response:
        check_parsed(call, response.parse())
    assert response.is_closed
    check_same_request(call, ours, wire.sent[-1])
    assert len(wire.sent) == 4


@pytest.mark.anyio
@pytest.mark.parametrize("call", PARAMS)
async def test_official_names_async(call: Call, official: dict[str, Any], make_async_client: Any, wire: Wire) -> None:
    async with make_async_client() as client:
        await call.target(client)(*call.args, **call.kwargs)
        ours = wire.sent[-1]

        direct = official_call(official, call)
        check_parsed(call, await direct.bound(client)(*direct.args, **direct.kwargs))
        check_same_request(call, ours, wire.sent[-1])

        by_keyword = official_call(official, call, ids_by_keyword=True, flat=True)
        raw = await by_keyword.bound(client, "with_raw_response")(*by_keyword.args, **by_keyword.kwargs)
        check_parsed(call, await raw.parse())
        check_same_request(call, ours, wire.sent[-1])

        async with direct.bound(client, "with_streaming_response")(*direct.args, **direct.kwargs) as response:
            check_parsed(call, await response.parse())
        assert response.is_closed
        check_same_request(call, ours, wire.sent[-1])
        assert len(wire.sent) == 4
