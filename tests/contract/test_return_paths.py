"""The official SDK's return paths on every one of the 44 methods against Prism: `.data`
(or the body model's own attributes where the body has no envelope), pages with `.data`,
`.meta`, `has_next_page()`, `next_page_info()`, and JSON dumps of exactly what was received."""

from __future__ import annotations

import json
from typing import Any

import pytest

from telnyx_messaging import SyncPage, Telnyx

from .calls import CALLS, Call
from .conftest import Wire

pytestmark = pytest.mark.contract

PARAMS = [pytest.param(call, id=call.id) for call in CALLS if not call.bug]


def _check_dumps(result: Any) -> None:
    as_dict = result.to_dict()
    assert json.loads(result.to_json()) == as_dict
    assert json.loads(result.model_dump_json()) == result.model_dump() == as_dict


@pytest.mark.parametrize("call", PARAMS)
def test_return_paths(call: Call, client: Telnyx, wire: Wire) -> None:
    result = call.target(client)(*call.args, **call.kwargs)
    _check_dumps(result)
    if call.kind == "page":
        assert isinstance(result, SyncPage)
        assert isinstance(result.data, list)
        raw = result.json()
        if isinstance(raw.get("meta"), dict) and "page_number" in raw["meta"]:
            assert result.meta.page_number == raw["meta"]["page_number"]
        info = result.next_page_info()
        assert result.has_next_page() is (info is not None)
        if info is not None:
            assert info.params == {"page[number]": raw["meta"]["page_number"] + 1}
        return
    raw = result.json()
    if call.kind == "value":
        assert result.to_dict() == raw  # a bare JSON value
    elif call.enveloped:
        assert result.data is not None
        assert result.to_dict()["data"] is not None
    elif isinstance(raw, dict) and "id" in raw:
        assert str(result.id) == raw["id"]  # the official SDK returns the body model itself
    assert result.http_response.status_code < 300
    assert wire.sent
