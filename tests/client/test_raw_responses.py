"""with_raw_response / with_streaming_response over a mock transport: reachable for every
method, errors still typed, streamed responses closed even when the block raises."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import AsyncTelnyx, Telnyx
from tests.support.operations import overlay_operations

from .conftest import API_KEY, SENT_MESSAGE, Recorder

MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"
SEND = {"to": "+13125550001", "from_": "+18005550101", "text": "Hi"}


@pytest.mark.parametrize("operation", overlay_operations(), ids=lambda op: op.name)
def test_every_method_has_raw_and_streaming_variants(operation: Any) -> None:
    *resource_path, method = operation.name.split(".")
    for client in (Telnyx("k"), AsyncTelnyx("k")):
        resource: Any = client
        for part in resource_path:
            resource = getattr(resource, part)
        assert callable(getattr(resource.with_raw_response, method))
        assert callable(getattr(resource.with_streaming_response, method))


def test_raw_response_exposes_the_http_exchange(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE, headers={"x-request-id": "req-1"})
    raw = client.messages.with_raw_response.send(**SEND)
    assert (raw.status_code, raw.headers["x-request-id"], raw.request_id) == (200, "req-1", "req-1")
    assert raw.http_request.method == "POST"
    assert raw.http_request.url.path == "/v2/messages"
    assert raw.parse().data.to[0].phone_number == "+13125550001"
    assert raw.parse(to=dict) == SENT_MESSAGE
    assert raw.parse(to=str) == raw.text()
    assert "Authorization" not in raw.http_request.headers  # the key stays out of kept objects
    assert repr(raw) == "<RawAPIResponse [200] POST /v2/messages>"


def test_raw_response_of_an_error_status_still_raises_the_typed_error(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(404, json={"errors": [{"title": "Not Found"}]})
    with pytest.raises(telnyx.NotFoundError):
        client.messages.with_raw_response.retrieve(MESSAGE_ID)
    with pytest.raises(telnyx.NotFoundError), client.messages.with_streaming_response.retrieve(MESSAGE_ID):
        pass


def test_raw_variants_validate_before_sending(client: Telnyx, recorder: Recorder) -> None:
    with pytest.raises(telnyx.ValidationError):
        client.messages.with_raw_response.send(to="not-a-number", text="Hi")
    assert recorder.requests == []


def test_streaming_response_is_closed_even_when_the_block_raises(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    with (
        pytest.raises(RuntimeError, match="boom"),
        client.messages.with_streaming_response.retrieve(MESSAGE_ID) as response,
    ):
        raise RuntimeError("boom")
    assert response.is_closed


def test_sub_resources_and_pages_through_the_raw_view(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json={"data": [], "meta": {"page_number": 1, "total_pages": 1}})
    raw = client.messaging_profiles.with_raw_response.autoresp_configs.list("abc85f64-5717-4562-b3fc-2c9600000000")
    page = raw.parse()
    assert isinstance(page, telnyx.SyncPage)
    assert page.data == []
    assert client.messaging_profiles.with_raw_response is client.messaging_profiles.with_raw_response  # cached


@pytest.mark.anyio
async def test_async_raw_and_streaming(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = AsyncTelnyx(API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async)))
    raw = await client.messages.with_raw_response.send(**SEND)
    assert (await raw.parse()).data.text == "Hello from Telnyx!"
    assert await raw.text() == raw.http_response.text
    async with client.messages.with_streaming_response.retrieve(MESSAGE_ID) as response:
        assert [chunk async for chunk in response.iter_text()]
    assert response.is_closed
    await client.close()


def test_client_level_variants_reach_every_resource(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    raw = client.with_raw_response.messages.retrieve(MESSAGE_ID)
    assert raw.parse().data.text == "Hello from Telnyx!"
    with client.with_streaming_response.messages.retrieve(MESSAGE_ID) as response:
        assert response.status_code == 200
    assert response.is_closed
    with pytest.raises(AttributeError):
        _ = client.with_raw_response.webhooks
