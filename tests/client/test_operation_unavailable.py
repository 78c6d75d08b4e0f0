"""An operation the generated spec lacks (an older Telnyx spec): the client still imports and
binds it; calling it raises OperationUnavailableError naming the operationId and the spec,
and sends nothing."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import telnyx_messaging_api._index as index
from telnyx_messaging import AsyncTelnyx, Telnyx
from telnyx_messaging._operation import OperationUnavailableError, bind

MESSAGE = {"to": "+13125550001", "from_": "+13125550002", "text": "hi"}


@pytest.fixture
def without_send_message(monkeypatch: pytest.MonkeyPatch) -> None:
    operations = dict(index.OPERATIONS)
    del operations["SendMessage"]
    monkeypatch.setattr(index, "OPERATIONS", operations)


@pytest.mark.usefixtures("without_send_message")
def test_an_absent_operation_binds_and_raises_when_called() -> None:
    sent: list[httpx.Request] = []
    operation = bind("SendMessage", "messages.send")
    assert not operation.available
    client = Telnyx("k", http_client=httpx.Client(transport=httpx.MockTransport(sent.append)))
    with pytest.raises(OperationUnavailableError) as raised:
        client._request(operation, body=MESSAGE, options={})
    assert "messages.send() needs operation SendMessage" in str(raised.value)
    assert index.SPEC in str(raised.value)
    assert sent == []


@pytest.mark.usefixtures("without_send_message")
def test_an_absent_operation_raises_on_the_async_client_too() -> None:
    sent: list[httpx.Request] = []
    operation = bind("SendMessage", "messages.send")
    client = AsyncTelnyx("k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(sent.append)))
    with pytest.raises(OperationUnavailableError, match="SendMessage"):
        asyncio.run(client._request(operation, body=MESSAGE, options={}))
    assert sent == []


def test_a_present_operation_is_available() -> None:
    assert bind("SendMessage", "messages.send").available
