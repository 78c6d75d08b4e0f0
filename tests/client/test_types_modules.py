"""`telnyx_messaging.types` and `telnyx_messaging.pagination` under the official names, loaded
only when used (issue #11 item 7)."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from telnyx_messaging import Telnyx
from tests.support.spec_version import skip_unless_operations

from .conftest import API_KEY, SENT_MESSAGE, Recorder


def test_import_telnyx_messaging_loads_neither_module() -> None:
    code = (
        "import sys, telnyx_messaging;"
        "print(sorted(m for m in ('telnyx_messaging.types', 'telnyx_messaging.pagination') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_official_type_names_resolve_to_the_models_our_methods_return(recorder: Recorder) -> None:
    from telnyx_messaging.types import MessageSendParams, MessageSendResponse, ShortCode
    from telnyx_messaging.types.messaging_profiles import AutoRespConfigResponse
    from telnyx_messaging.types.phone_numbers import MessagingRetrieveResponse

    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    params: MessageSendParams = {"to": "+13125550001", "from_": "+18005550101", "text": "Hi"}
    response = client.messages.send(**params)
    assert isinstance(response.parsed, MessageSendResponse)
    assert ShortCode.__name__ == "ShortCode"
    assert callable(AutoRespConfigResponse.from_dict)
    assert callable(MessagingRetrieveResponse.from_dict)


def test_shared_model_names_import_from_types_shared_as_in_the_official_sdk() -> None:
    skip_unless_operations("ListMessagingHostedNumbers", "ListProfileShortCodes")
    from telnyx_messaging import types
    from telnyx_messaging.types.shared import PhoneNumberWithMessagingSettings, ShortCode

    assert ShortCode is types.ShortCode
    assert PhoneNumberWithMessagingSettings is types.PhoneNumberWithMessagingSettings
    assert "ShortCode" in types.__all__
    with pytest.raises(AttributeError, match="MessageSendResponse"):  # not a shared model
        _ = types.shared.MessageSendResponse


def test_a_name_whose_operation_the_spec_lacks_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from telnyx_messaging_api import _index

    kept = {key: value for key, value in _index.OPERATIONS.items() if key != "ListProfileShortCodes"}
    monkeypatch.setattr(_index, "OPERATIONS", kept)
    monkeypatch.delitem(sys.modules, "telnyx_messaging.types.shared", raising=False)
    shared = importlib.import_module("telnyx_messaging.types.shared")
    with pytest.raises(AttributeError, match=r"'ShortCode'.*operation ListProfileShortCodes, which is not in the"):
        _ = shared.ShortCode
    with pytest.raises(ImportError, match="ShortCode"):  # `from ... import` turns it into an ImportError
        from telnyx_messaging.types.shared import ShortCode  # noqa: F401


def test_pagination_names() -> None:
    from telnyx_messaging import AsyncPage, SyncPage
    from telnyx_messaging.pagination import (
        AsyncDefaultFlatPagination,
        DefaultFlatPaginationMeta,
        PageInfo,
        SyncDefaultFlatPagination,
    )

    assert SyncDefaultFlatPagination is SyncPage
    assert AsyncDefaultFlatPagination is AsyncPage
    meta = {"page_number": 1, "page_size": 20, "total_pages": 1, "total_results": 0}
    assert DefaultFlatPaginationMeta.from_dict(meta).total_pages == 1
    assert PageInfo(params={"page[number]": 2}).params == {"page[number]": 2}


def test_an_unknown_type_name_is_an_attribute_error() -> None:

    from telnyx_messaging import types

    with pytest.raises(AttributeError, match="NoSuchResponse"):
        _ = types.NoSuchResponse
    assert "MessageSendResponse" in types.__all__


def test_the_official_top_level_aliases() -> None:
    import telnyx_messaging as telnyx

    assert telnyx.Client is telnyx.Telnyx
    assert telnyx.AsyncClient is telnyx.AsyncTelnyx
    assert telnyx.NoneType is type(None)
    assert telnyx.Timeout is httpx.Timeout
    with telnyx.DefaultHttpxClient() as http:
        assert http.timeout == telnyx.DEFAULT_TIMEOUT
        assert Telnyx(API_KEY, http_client=http).timeout == telnyx.DEFAULT_TIMEOUT
