"""The API key goes on each attempt's request and comes off again, however httpx stores headers."""

from __future__ import annotations

import httpx
import pytest

from telnyx_messaging import Telnyx, _headers

from .conftest import API_KEY, SENT_MESSAGE, Recorder

MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"


@pytest.fixture(params=["header list", "public API"])
def header_access(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways in: httpx's own header list, and its public API (a future httpx storing
    headers differently)."""
    if request.param == "public API":
        monkeypatch.setattr(_headers, "_TRIPLES", False)
    return str(request.param)


def test_this_httpx_is_served_by_the_header_list() -> None:
    assert _headers._TRIPLES  # else every attempt takes the slower public API


@pytest.mark.usefixtures("header_access")
def test_the_key_is_sent_and_not_kept(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    response = client.messages.retrieve(MESSAGE_ID)
    assert recorder.authorizations == [f"Bearer {API_KEY}"]  # once: two would read "Bearer ..., Bearer ..."
    assert "authorization" not in response.http_response.request.headers


@pytest.mark.usefixtures("header_access")
def test_a_caller_authorization_header_is_sent_as_given_and_kept(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    response = client.messages.retrieve(MESSAGE_ID, extra_headers={"Authorization": "Basic mine"})
    assert recorder.authorizations == ["Basic mine"]
    assert response.http_response.request.headers["authorization"] == "Basic mine"


@pytest.mark.usefixtures("header_access")
def test_the_key_comes_off_when_a_transport_below_added_headers_after_it() -> None:
    headers = httpx.Headers({"Accept": "application/json"})
    assert not _headers.has_authorization(headers)
    _headers.add_authorization(headers, b"Bearer KEY")
    assert _headers.has_authorization(headers)
    headers["X-Added-Below"] = "1"  # now the key is not the last header
    _headers.remove_authorization(headers)
    assert dict(headers) == {"accept": "application/json", "x-added-below": "1"}
    _headers.remove_authorization(headers)  # nothing left to remove: no error
    assert dict(headers) == {"accept": "application/json", "x-added-below": "1"}
