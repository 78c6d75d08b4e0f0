"""Through the client: a ValidationError is raised before anything is sent, and the
escape hatch (`validate=False` on the client or on one call) lets the request through."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from telnyx_messaging import AsyncTelnyx, Telnyx, ValidationError
from tests.support.operations import overlay_operations
from tests.support.spec_version import skip_unless_pinned

API_KEY = "KEY0123_this_must_never_appear_in_an_error"
MESSAGE = {"data": {"id": "40385f64-5717-4562-b3fc-2c963f66afa6", "record_type": "message"}}


def refuse(request: httpx.Request) -> httpx.Response:
    pytest.fail(f"a request was sent: {request.method} {request.url}")


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=MESSAGE)


def client(handler, **options) -> Telnyx:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Telnyx(api_key=API_KEY, http_client=http, max_retries=0, **options)


BAD_CALLS = [
    ("send", {"to": "+1 (312) 555-0001", "from_": "+18005550101", "text": "hi"}, "to", "+13125550001"),
    ("send", {"to": 12345, "from_": "+18005550101", "text": "hi"}, "to", "12345"),
    ("send", {"to": "+13125550001", "from_": "+1800", "text": "hi"}, "from_", None),
    ("send", {"to": "+13125550001", "from_": "+18005550101", "text": ""}, "text", None),
    ("send_group_mms", {"from_": "+13125551234", "to": ["+18655551234"] * 2, "text": "hi"}, "to[1]", None),
    ("send_with_alphanumeric_sender", {"from_": "MyCompanyLtd", "to": "+13125550001", "text": "hi",
     "messaging_profile_id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"}, "from_", None),
    ("schedule", {"to": "+13125550001", "from_": "+18005550101", "text": "hi", "send_at": "2025-07-01T15:00:00"},
     "send_at", None),
]  # fmt: skip


@pytest.mark.parametrize(("method", "kwargs", "param", "suggestion"), BAD_CALLS)
def test_invalid_call_raises_before_sending(method, kwargs, param, suggestion):
    # An older spec may lack the operation: its derived method is then not declared at all.
    operation = next((op for op in overlay_operations() if op.name == f"messages.{method}"), None)
    skip_unless_pinned(operation is None or not operation.available, f"messages.{method}")
    assert operation is not None
    with client(refuse) as c, pytest.raises(ValidationError) as caught:
        getattr(c.messages, method)(**kwargs)
    assert caught.value.param == param
    assert caught.value.suggestion == suggestion
    assert API_KEY not in str(caught.value)


def test_async_client_validates_too():
    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
        async with AsyncTelnyx(api_key=API_KEY, http_client=http, max_retries=0) as c:
            with pytest.raises(ValidationError, match="to="):
                await c.messages.send(to="5551234567", from_="+18005550101", text="hi")

    asyncio.run(main())


def test_validate_false_on_the_call_sends_as_given():
    recorder = Recorder()
    with client(recorder) as c:
        c.messages.send(to="5551234567", from_="+18005550101", text="hi", validate=False)
    assert json.loads(recorder.requests[0].content)["to"] == "5551234567"


def test_validate_false_on_the_client_sends_as_given():
    recorder = Recorder()
    with client(recorder, validate=False) as c:
        c.messages.send(to="5551234567", from_="+18005550101", text="hi")
    assert len(recorder.requests) == 1


def test_valid_call_is_sent_once():
    recorder = Recorder()
    with client(recorder) as c:
        c.messages.send(to="+18445550001", from_="+18005550101", text="Hello from Telnyx!")
    assert len(recorder.requests) == 1
