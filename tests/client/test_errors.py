"""Every non-2xx answer becomes one documented exception, with a readable message."""

from __future__ import annotations

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import APIResponseValidationError, APIStatusError

from .conftest import SENT_MESSAGE, Recorder

TELNYX_ERROR = {
    "errors": [
        {
            "code": "10007",
            "title": "Invalid phone number",
            "detail": "The 'to' number is not a valid E.164 number.",
            "source": {"pointer": "/to"},
            "meta": {"url": "https://developers.telnyx.com/docs/overview/errors/10007"},
        }
    ]
}


def send(client: telnyx.Telnyx) -> telnyx.APIResponse[object]:
    return client.messages.send(to="+13125550001", from_="+18005550101", text="Hello from Telnyx!")


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, telnyx.BadRequestError),
        (401, telnyx.AuthenticationError),
        (403, telnyx.PermissionDeniedError),
        (404, telnyx.NotFoundError),
        (409, telnyx.ConflictError),
        (422, telnyx.UnprocessableEntityError),
        (429, telnyx.RateLimitError),
        (500, telnyx.InternalServerError),
        (502, telnyx.InternalServerError),
        (503, telnyx.InternalServerError),
        (504, telnyx.InternalServerError),
        (418, APIStatusError),
        (499, APIStatusError),
    ],
)
@pytest.mark.parametrize("body_kind", ["json", "html", "empty"])
def test_status_maps_to_class_whatever_the_body(
    client: telnyx.Telnyx, recorder: Recorder, status: int, error_class: type[APIStatusError], body_kind: str
) -> None:
    bodies = {
        "json": {"json": TELNYX_ERROR},
        "html": {"content": b"<html><body><h1>Bad Gateway</h1></body></html>"},
        "empty": {},
    }
    content_type = {"json": "application/json", "html": "text/html", "empty": "text/plain"}[body_kind]
    headers = {"x-request-id": "req-42", "content-type": content_type}
    recorder.default = httpx.Response(status, headers=headers, **bodies[body_kind])  # type: ignore[arg-type]
    with pytest.raises(error_class) as caught:
        send(client)
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, telnyx.APIError)
    assert isinstance(error, telnyx.TelnyxError)
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.request_id == "req-42"
    assert error.request is not None
    assert error.request.url.path == "/v2/messages"
    assert str(error).startswith(str(status))
    if body_kind == "json":
        assert error.body == TELNYX_ERROR
        assert "Invalid phone number" in error.message
        assert "not a valid E.164 number" in error.message
        assert "(at /to)" in error.message
        assert "ErrorDetail(" not in error.message  # a readable message, not a repr
        [detail] = error.errors
        assert detail.code == "10007"
        assert detail.title == "Invalid phone number"
        assert detail.pointer == "/to"
        assert detail.url == "https://developers.telnyx.com/docs/overview/errors/10007"
    elif body_kind == "html":
        assert error.errors == []
        assert "Bad Gateway" in error.message
        assert "<html>" not in error.message
    else:
        assert error.errors == []
        assert error.body is None


def test_reference_error_handling_reads_status_and_message(client: telnyx.Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(422, json=TELNYX_ERROR)
    with pytest.raises(telnyx.APIStatusError) as caught:
        send(client)
    assert caught.value.status_code == 422
    assert caught.value.message == (
        "422 Unprocessable Entity: Invalid phone number - "
        "The 'to' number is not a valid E.164 number. (at /to) [code 10007]"
    )


def test_error_parameter_and_odd_shapes_are_tolerated(client: telnyx.Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(
        400,
        json={"errors": [{"code": 10015, "title": "Bad filter", "source": {"parameter": "filter[from]"}}, "junk", {}]},
    )
    with pytest.raises(telnyx.BadRequestError) as caught:
        client.messaging_optouts.list()
    assert [e.parameter for e in caught.value.errors] == ["filter[from]", None]
    assert caught.value.errors[0].code == "10015"  # numbers become strings


@pytest.mark.parametrize(
    ("headers", "expected"),
    [({"retry-after": "7"}, 7.0), ({"retry-after-ms": "1500"}, 1.5), ({}, None), ({"retry-after": "soon"}, None)],
)
def test_rate_limit_error_carries_retry_after(
    client: telnyx.Telnyx, recorder: Recorder, headers: dict[str, str], expected: float | None
) -> None:
    recorder.default = httpx.Response(429, json=TELNYX_ERROR, headers=headers)
    with pytest.raises(telnyx.RateLimitError) as caught:
        client.messages.retrieve("40385f64-5717-4562-b3fc-2c963f66afa6", max_retries=0)
    assert caught.value.retry_after == expected


def test_unusual_success_status_is_a_success(client: telnyx.Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(299, json=SENT_MESSAGE)
    response = send(client)
    assert response.status_code == 299
    assert str(response.data.id) == SENT_MESSAGE["data"]["id"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b'{"data": {"id": "40385f64', "not valid JSON"),
        (b"", "not valid JSON"),
        (b"[1, 2, 3]", "is a JSON list, expected an object"),
        (b'{"data": {"to": "not-a-list"}}', "does not match the MessageResponse schema"),
        (b'{"data": {"from": "+18005550101"}}', "does not match the MessageResponse schema"),
        (b'{"errors": [{"code": "10001", "title": "odd"}]}', "has no `data`"),
    ],
)
def test_unparseable_2xx_body_raises_documented_error_keeping_response(
    client: telnyx.Telnyx, recorder: Recorder, content: bytes, fragment: str
) -> None:
    recorder.default = httpx.Response(200, content=content, headers={"content-type": "application/json"})
    response = send(client)  # the send itself succeeded on the server: no exception here
    assert response.status_code == 200
    with pytest.raises(APIResponseValidationError, match=fragment) as caught:
        _ = response.data
    assert caught.value.response.content == content
    assert caught.value.status_code == 200
    assert isinstance(caught.value, telnyx.APIError)


def test_unknown_enum_values_and_extra_fields_are_kept(client: telnyx.Telnyx, recorder: Recorder) -> None:
    body = {"data": {**SENT_MESSAGE["data"], "direction": "sideways", "brand_new_field": {"x": 1}}}
    body["data"]["to"] = [{"phone_number": "+13125550001", "status": "teleported"}]
    recorder.default = httpx.Response(200, json=body)
    data = send(client).data
    assert data.direction == "sideways"  # type: ignore[attr-defined]
    assert data.to[0].status == "teleported"  # type: ignore[attr-defined]
    assert data.additional_properties["brand_new_field"] == {"x": 1}  # type: ignore[attr-defined]


def test_error_repr_and_str_never_contain_the_api_key(client: telnyx.Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(401, json={"errors": [{"code": "10009", "title": "Authentication failed"}]})
    with pytest.raises(telnyx.AuthenticationError) as caught:
        send(client)
    assert recorder.authorizations == ["Bearer KEY0123456789SECRET"]
    error = caught.value
    for text in (
        str(error),
        repr(error),
        repr(error.request),
        repr(error.request.headers),
        str(dict(error.request.headers)),
    ):  # type: ignore[union-attr]
        assert "KEY0123456789SECRET" not in text
