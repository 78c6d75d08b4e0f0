"""Return values with the official SDK's attribute paths and model helpers (issue #11 item 4),
beside ours (`http_response`, `request_id`)."""

from __future__ import annotations

import json

import httpx
import pytest

from telnyx_messaging import AsyncTelnyx, Telnyx
from telnyx_messaging._pagination import PageInfo
from tests.support.spec_version import skip_unless_operations

from .conftest import API_KEY, SENT_MESSAGE, Recorder

MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"
CANCELLED = {"id": MESSAGE_ID, "record_type": "message", "direction": "outbound", "type": "SMS", "text": "Hi",
             "sent_at": "2026-01-01T10:00:00+00:00", "parts": 1}  # fmt: skip
OPTOUT = {"from": "+18005550101", "to": "+13125550001", "keyword": "STOP", "created_at": "2026-01-01T10:00:00Z"}


def page_body(number: int, total: int) -> dict[str, object]:
    meta = {"page_number": number, "total_pages": total, "page_size": 1, "total_results": total}
    return {"data": [{**OPTOUT, "keyword": f"STOP{number}"}], "meta": meta}


def test_send_data_id_and_our_extras(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE, headers={"x-request-id": "r-1"})
    response = client.messages.send(to="+13125550001", from_="+18005550101", text="Hi")
    assert str(response.data.id) == MESSAGE_ID
    assert response.request_id == "r-1"
    assert response.http_response.status_code == 200


def test_an_unenveloped_body_reads_as_the_model_itself(client: Telnyx, recorder: Recorder) -> None:
    skip_unless_operations("CancelMessage")
    recorder.default = httpx.Response(200, json=CANCELLED)
    cancelled = client.messages.cancel_scheduled(MESSAGE_ID)
    assert str(cancelled.id) == MESSAGE_ID
    assert cancelled.text == "Hi"
    assert cancelled.parts == 1
    with pytest.raises(AttributeError):
        _ = cancelled.no_such_field


def test_response_dumps_are_json_with_the_apis_names(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    response = client.messages.retrieve(MESSAGE_ID)
    as_dict = response.to_dict()
    assert as_dict["data"]["id"] == MESSAGE_ID
    assert as_dict["data"]["from"]["phone_number"] == "+18005550101"
    assert json.loads(response.to_json()) == as_dict
    assert response.to_json(indent=None) == json.dumps(as_dict)
    assert response.model_dump() == as_dict
    assert json.loads(response.model_dump_json()) == as_dict
    assert "sent_at" not in response.to_dict(exclude_none=True)["data"]


def test_a_page_has_the_official_page_methods(client: Telnyx, recorder: Recorder) -> None:
    recorder.responses = [httpx.Response(200, json=page_body(1, 2)), httpx.Response(200, json=page_body(2, 2))]
    page = client.messaging_optouts.list()
    assert page.meta.page_number == 1
    assert page.meta.total_pages == 2
    assert page.data[0].keyword == "STOP1"
    assert page.has_next_page()
    assert page.next_page_info() == PageInfo(params={"page[number]": 2})
    assert page.to_dict() == page_body(1, 2)
    assert json.loads(page.to_json()) == page_body(1, 2)
    second = page.get_next_page()
    assert second is not None
    assert recorder.requests[1].url.params["page[number]"] == "2"
    assert not second.has_next_page()
    assert second.next_page_info() is None


@pytest.mark.anyio
async def test_async_pages_and_responses(recorder: Recorder) -> None:
    skip_unless_operations("CancelMessage")
    recorder.responses = [httpx.Response(200, json=page_body(1, 1)), httpx.Response(200, json=CANCELLED)]
    client = AsyncTelnyx(API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async)))
    page = await client.messaging_optouts.list()
    assert page.next_page_info() is None
    assert page.model_dump()["meta"]["total_pages"] == 1
    cancelled = await client.messages.cancel_scheduled(MESSAGE_ID)
    assert str(cancelled.id) == MESSAGE_ID
    await client.close()
