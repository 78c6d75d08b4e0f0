"""Per-call options as the official SDK spells them (extra_headers, extra_query, extra_body,
timeout) beside ours, and its "not set" sentinels (NOT_GIVEN, not_given, omit, Omit)."""

from __future__ import annotations

import json

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import NOT_GIVEN, AsyncTelnyx, Omit, Telnyx, not_given, omit

from .conftest import API_KEY, SENT_MESSAGE, Recorder

TO, FROM = "+13125550001", "+18005550101"


@pytest.fixture(autouse=True)
def _answers(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)


def test_the_sentinels_are_exported_and_mean_not_set() -> None:
    assert not_given is NOT_GIVEN
    assert isinstance(omit, Omit)
    assert not NOT_GIVEN
    assert not omit
    assert (repr(NOT_GIVEN), repr(omit)) == ("NOT_GIVEN", "omit")
    assert {"NOT_GIVEN", "not_given", "omit", "Omit"} <= set(telnyx.__all__)


def test_extra_headers_query_and_body_are_sent(client: Telnyx, recorder: Recorder) -> None:
    client.messages.send(
        to=TO,
        from_=FROM,
        text="Hi",
        extra_headers={"X-Trace": "abc"},
        extra_query={"debug": "1", "nested": {"a": 1}},
        extra_body={"text": "overridden", "custom_field": [1, 2]},
    )
    request = recorder.requests[0]
    assert request.headers["X-Trace"] == "abc"
    assert dict(request.url.params) == {"debug": "1", "nested[a]": "1"}
    body = json.loads(recorder.bodies[0])
    assert body["text"] == "overridden"  # extra_body takes precedence, as in the official SDK
    assert body["custom_field"] == [1, 2]
    assert body["to"] == TO


def test_extra_query_beside_the_operations_own_query(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json={"data": [], "meta": {"page_number": 1, "total_pages": 1}})
    client.short_codes.list(page={"size": 5}, extra_query={"trace": "x"})
    assert dict(recorder.requests[0].url.params) == {"page[size]": "5", "trace": "x"}


def test_omit_in_extra_headers_removes_a_default_header(recorder: Recorder) -> None:
    client = Telnyx(
        API_KEY,
        default_headers={"X-Team": "ops"},
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    client.messages.retrieve("40385f64-5717-4562-b3fc-2c963f66afa6", extra_headers={"X-Team": omit})
    assert "X-Team" not in recorder.requests[0].headers


@pytest.mark.parametrize("not_set", [NOT_GIVEN, not_given, omit, None])
def test_not_set_options_fall_back_to_the_client(client: Telnyx, recorder: Recorder, not_set: object) -> None:
    client.messages.send(
        to=TO,
        from_=FROM,
        text="Hi",
        extra_headers=not_set,  # type: ignore[arg-type]
        extra_query=not_set,  # type: ignore[arg-type]
        extra_body=not_set,  # type: ignore[arg-type]
        idempotency_key=not_set,  # type: ignore[arg-type]
    )
    request = recorder.requests[0]
    assert "Idempotency-Key" not in request.headers
    assert not request.url.params
    assert set(json.loads(recorder.bodies[0])) == {"to", "from", "text"}


def test_timeout_not_given_is_the_clients_and_none_is_no_timeout(client: Telnyx, recorder: Recorder) -> None:
    message_id = "40385f64-5717-4562-b3fc-2c963f66afa6"
    client.messages.retrieve(message_id, timeout=NOT_GIVEN)
    client.messages.retrieve(message_id, timeout=None)
    client.messages.retrieve(message_id, timeout=3.0)
    default, none, three = (r.extensions["timeout"] for r in recorder.requests)
    assert default == client.timeout.as_dict()
    assert set(none.values()) == {None}
    assert set(three.values()) == {3.0}


@pytest.mark.parametrize("not_set", [NOT_GIVEN, omit])
def test_official_sentinels_as_method_arguments_are_not_sent(
    client: Telnyx, recorder: Recorder, not_set: object
) -> None:
    client.messages.send(to=TO, from_=FROM, text="Hi", subject=not_set, webhook_url=not_set)  # type: ignore[arg-type]
    assert set(json.loads(recorder.bodies[0])) == {"to", "from", "text"}


def test_not_set_max_retries_and_validate_use_the_clients(client: Telnyx, recorder: Recorder) -> None:
    with pytest.raises(telnyx.ValidationError):
        client.messages.send(to="+1-not-a-number", from_=FROM, text="Hi", validate=NOT_GIVEN, max_retries=omit)  # type: ignore[arg-type]
    assert not recorder.requests


def test_an_unknown_option_is_still_a_type_error(client: Telnyx) -> None:
    with pytest.raises(TypeError, match="extra_header"):
        client.messages.send(to=TO, from_=FROM, text="Hi", extra_header={"a": "b"})  # type: ignore[call-arg]


@pytest.mark.anyio
async def test_async_methods_take_the_same_options(recorder: Recorder) -> None:
    client = AsyncTelnyx(API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async)))
    await client.messages.send(
        to=TO, from_=FROM, text="Hi", extra_headers={"X-A": "1"}, extra_query={"q": "2"}, extra_body={"b": 3}
    )
    request = recorder.requests[0]
    assert request.headers["X-A"] == "1"
    assert request.url.params["q"] == "2"
    assert json.loads(recorder.bodies[0])["b"] == 3
    await client.close()


def test_a_json_body_is_sent_as_application_json_once(client: Telnyx, recorder: Recorder) -> None:
    client.messages.send(to=TO, from_=FROM, text="Hi")
    sent = recorder.requests[0].headers
    assert sent.get_list("content-type") == ["application/json"]
    assert json.loads(recorder.bodies[0]) == {"to": TO, "from": FROM, "text": "Hi"}


def test_extra_headers_content_type_replaces_the_json_one(client: Telnyx, recorder: Recorder) -> None:
    client.messages.send(to=TO, from_=FROM, text="Hi", extra_headers={"Content-Type": "application/vnd.test+json"})
    assert recorder.requests[0].headers.get_list("content-type") == ["application/vnd.test+json"]
