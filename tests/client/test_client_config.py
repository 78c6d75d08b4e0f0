"""Constructing clients: environment fallbacks, the API key's safety, bring-your-own httpx."""

from __future__ import annotations

import logging

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import AsyncTelnyx, Telnyx

from .conftest import API_KEY, SENT_MESSAGE, Recorder

MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"


def fail_if_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing should be sent, but {request.method} {request.url} was")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TELNYX_API_KEY", "TELNYX_BASE_URL", "TELNYX_PUBLIC_KEY"):
        monkeypatch.delenv(name, raising=False)


def test_api_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, recorder: Recorder) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", "ENVKEY")
    monkeypatch.setenv("TELNYX_BASE_URL", "https://telnyx.example.test/v9")
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = Telnyx(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client.messages.retrieve(MESSAGE_ID)
    assert str(recorder.requests[0].url) == f"https://telnyx.example.test/v9/messages/{MESSAGE_ID}"
    assert recorder.authorizations == ["Bearer ENVKEY"]


def test_explicit_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch, recorder: Recorder) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", "ENVKEY")
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = Telnyx(
        "ARGKEY", base_url="http://127.0.0.1:9/v2/", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    client.messages.retrieve(MESSAGE_ID)
    assert str(recorder.requests[0].url) == f"http://127.0.0.1:9/v2/messages/{MESSAGE_ID}"
    assert recorder.authorizations == ["Bearer ARGKEY"]


def test_default_base_url_is_telnyx_v2(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder))).messages.retrieve(MESSAGE_ID)
    assert str(recorder.requests[0].url).startswith("https://api.telnyx.com/v2/messages/")


def test_missing_api_key_is_a_clear_error_and_nothing_is_sent() -> None:
    client = Telnyx(http_client=httpx.Client(transport=httpx.MockTransport(fail_if_called)))
    with pytest.raises(telnyx.MissingAPIKeyError, match="TELNYX_API_KEY"):
        client.messages.send(to="+13125550001", from_="+18005550101", text="Hi")
    with pytest.raises(telnyx.MissingAPIKeyError):
        list(client.messaging_optouts.list())


@pytest.mark.anyio
async def test_missing_api_key_async() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return fail_if_called(request)

    client = AsyncTelnyx(http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    with pytest.raises(telnyx.MissingAPIKeyError):
        await client.messages.retrieve(MESSAGE_ID)


def test_a_webhook_only_client_needs_no_key() -> None:
    client = Telnyx(public_key="11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
    assert client.webhooks is client.webhooks  # built once, no request, no error


def test_repr_never_shows_the_api_key(recorder: Recorder) -> None:
    client = Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    for text in (
        repr(client),
        str(client),
        repr(client.api),
        repr(client._http._transport),
        repr(client._config.credentials),
    ):
        assert API_KEY not in text
    assert repr(client) == "Telnyx(base_url='https://api.telnyx.com/v2/', max_retries=2)"


def test_key_is_only_sent_to_the_api_origin(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json={})
    client = Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client._http.get("https://media.example.com/cat.png")
    client._http.get("https://api.telnyx.com:8443/v2/messages")  # another port is another origin
    assert recorder.authorizations == [None, None]


def test_the_request_object_kept_in_responses_has_no_key(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    response = client.messages.retrieve(MESSAGE_ID)
    assert recorder.authorizations == [f"Bearer {API_KEY}"]  # it was on the wire
    assert "authorization" not in response.http_response.request.headers  # but not kept


def test_default_headers_user_agent_and_the_callers_client_headers(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    user_client = httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-Team": "growth"})
    client = Telnyx(API_KEY, http_client=user_client, default_headers={"X-Trace": "t-1"})
    client.messages.retrieve(MESSAGE_ID, extra_headers={"X-Call": "c-1"})
    headers = recorder.requests[0].headers
    assert headers["x-team"] == "growth"
    assert headers["x-trace"] == "t-1"
    assert headers["x-call"] == "c-1"
    assert headers.get_list("user-agent") == [f"telnyx-messaging-python/{_version()}"]


def _version() -> str:
    from importlib.metadata import version

    return version("telnyx-messaging")


def test_timeouts_client_and_per_call(recorder: Recorder) -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=SENT_MESSAGE)

    client = Telnyx(API_KEY, timeout=7.0, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.messages.retrieve(MESSAGE_ID)
    client.messages.retrieve(MESSAGE_ID, timeout=1.5)
    assert seen[0]["read"] == 7.0
    assert seen[1]["read"] == 1.5


def test_the_callers_client_timeout_is_kept_when_none_is_given(recorder: Recorder) -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=SENT_MESSAGE)

    Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler), timeout=3.0)).messages.retrieve(
        MESSAGE_ID
    )
    assert seen[0]["connect"] == 3.0


def test_a_client_whose_transport_cannot_be_borrowed_still_works(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from telnyx_messaging import _http

    monkeypatch.setattr(_http, "_borrow", lambda client, kind: None)  # as if httpx renamed its internals
    recorder.responses = [httpx.Response(503)]
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    assert str(client.messages.retrieve(MESSAGE_ID).data.id) == MESSAGE_ID  # type: ignore[union-attr]
    assert recorder.authorizations == [f"Bearer {API_KEY}"] * 2  # auth and retries still apply


def test_context_manager_closes_the_pool(recorder: Recorder) -> None:
    with Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder))) as client:
        pass
    with pytest.raises(telnyx.APIConnectionError, match="closed"):
        client.messages.retrieve(MESSAGE_ID)


@pytest.mark.anyio
async def test_async_context_manager(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    async with AsyncTelnyx(
        API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async))
    ) as client:
        response = await client.messages.retrieve(MESSAGE_ID)
        assert response.status_code == 200
    with pytest.raises(telnyx.APIConnectionError, match="closed"):
        await client.messages.retrieve(MESSAGE_ID)


def test_misspelt_argument_is_a_type_error_not_silently_ignored(client: Telnyx) -> None:
    with pytest.raises(TypeError, match=r"unexpected keyword argument.*filtr"):
        client.messaging_optouts.list(filtr={"from": "+13125550001"})  # type: ignore[call-arg]


def test_unknown_filter_key_is_rejected_before_sending(client: Telnyx) -> None:
    with pytest.raises(telnyx.ValidationError, match=r"filter\.form"):
        client.messaging_optouts.list(filter={"form": "+13125550001"})  # type: ignore[typeddict-unknown-key]


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(telnyx.TelnyxError, match="max_retries"):
        Telnyx(API_KEY, max_retries=-1)


def test_resources_are_lazy_and_cached(client: Telnyx) -> None:
    assert "messages" not in vars(client)
    assert client.messages is client.messages
    assert client.messaging_profiles.autoresp_configs is client.messaging_profiles.autoresp_configs


def test_logging_records_method_path_status_attempt_and_request_id(
    client: Telnyx, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    recorder.responses = [httpx.Response(503)]
    recorder.default = httpx.Response(200, json=SENT_MESSAGE, headers={"x-request-id": "rid-9"})
    with caplog.at_level(logging.DEBUG, logger="telnyx_messaging"):
        client.messages.retrieve(MESSAGE_ID)
    messages = [r.getMessage() for r in caplog.records]
    assert any("GET /v2/messages/" in m and "-> 503 (attempt 1" in m and "retrying in" in m for m in messages)
    assert any("-> 200 request_id=rid-9 (attempt 2" in m for m in messages)
