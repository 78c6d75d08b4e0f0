"""Constructing clients: environment fallbacks, the API key's safety, bring-your-own httpx."""

from __future__ import annotations

import json
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


# -- the official SDK's client surface (issue #11 item 6) ---------------------------------
def _mock_client(recorder: Recorder, **kwargs: object) -> Telnyx:
    return Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)  # type: ignore[arg-type]


def test_wrong_kind_of_http_client_is_a_type_error_at_construction() -> None:
    with pytest.raises(TypeError, match=r"Telnyx\(http_client=\.\.\.\) must be an httpx\.Client.*AsyncClient"):
        Telnyx(API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"AsyncTelnyx\(http_client=\.\.\.\) must be an httpx\.AsyncClient"):
        AsyncTelnyx(API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_configuration_reads_back(recorder: Recorder) -> None:
    client = _mock_client(recorder, base_url="http://127.0.0.1:9/v2", max_retries=5, timeout=7.0,
                          default_headers={"X-Team": "ops"}, default_query={"tenant": "t1"})  # fmt: skip
    assert client.api_key == API_KEY
    assert client.base_url == httpx.URL("http://127.0.0.1:9/v2/")
    assert client.max_retries == 5
    assert client.timeout == httpx.Timeout(7.0)
    assert client.default_headers["X-Team"] == "ops"
    assert "authorization" not in {name.lower() for name in client.default_headers}  # the key stays out
    assert client.default_query == {"tenant": "t1"}
    assert client.is_closed() is False
    client.close()
    assert client.is_closed() is True


def test_default_query_is_sent_with_every_request(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = _mock_client(recorder, default_query={"tenant": "t1"})
    client.messages.retrieve(MESSAGE_ID)
    client.messages.send(to="+13125550001", from_="+18005550101", text="Hi")
    assert [r.url.params["tenant"] for r in recorder.requests] == ["t1", "t1"]


def test_setting_api_key_and_base_url_applies_to_the_next_request(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = _mock_client(recorder)
    client.api_key = "NEWKEY"
    client.base_url = "http://127.0.0.1:9/v3"  # type: ignore[assignment] # str accepted, URL returned
    client.messages.retrieve(MESSAGE_ID)
    assert str(recorder.requests[0].url) == f"http://127.0.0.1:9/v3/messages/{MESSAGE_ID}"
    assert recorder.authorizations == ["Bearer NEWKEY"]  # the key follows the new origin
    assert client.base_url == httpx.URL("http://127.0.0.1:9/v3/")


def test_with_options_and_copy_override_some_settings_and_share_the_pool(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    client = _mock_client(recorder, default_headers={"X-Team": "ops"}, max_retries=4)
    fast = client.with_options(timeout=2.0, max_retries=0, default_headers={"X-Extra": "1"})
    assert isinstance(fast, Telnyx)
    assert fast is not client
    assert (fast.timeout, fast.max_retries, fast.api_key) == (httpx.Timeout(2.0), 0, API_KEY)
    fast.messages.retrieve(MESSAGE_ID)
    assert recorder.requests[0].headers["X-Team"] == "ops"
    assert recorder.requests[0].headers["X-Extra"] == "1"
    replaced = client.copy(set_default_headers={"X-Only": "1"}, api_key="OTHER")
    replaced.messages.retrieve(MESSAGE_ID)
    assert "X-Team" not in recorder.requests[1].headers
    assert recorder.authorizations[1] == "Bearer OTHER"
    assert client.max_retries == 4  # the original is unchanged
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"})


def test_a_copy_of_a_client_without_http_client_shares_its_transport() -> None:
    client = Telnyx(API_KEY)
    copy = client.copy(timeout=1.0)
    assert copy._http._transport.inner is client._http._transport.inner  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_async_close_is_awaitable_beside_aclose(recorder: Recorder) -> None:
    client = AsyncTelnyx(API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async)))
    copy = client.with_options(max_retries=1)
    assert isinstance(copy, AsyncTelnyx)
    assert copy.max_retries == 1
    await client.close()
    assert client.is_closed()


def test_low_level_methods_reach_other_endpoints_with_auth(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json={"data": {"balance": "10.00"}})
    client = _mock_client(recorder)
    body = client.get("/balance", cast_to=object, options={"params": {"currency": "USD"}, "headers": {"X-A": "1"}})
    assert body == {"data": {"balance": "10.00"}}
    raw = client.post("/number_orders", cast_to=httpx.Response, body={"phone_numbers": []})
    assert isinstance(raw, httpx.Response)
    assert raw.status_code == 200
    assert client.delete("/things/1", cast_to=type(None)) is None
    assert client.patch("/things/1", cast_to=str, body={"a": 1}) == raw.text
    first = recorder.requests[0]
    assert str(first.url) == "https://api.telnyx.com/v2/balance?currency=USD"
    assert first.headers["X-A"] == "1"
    assert json.loads(recorder.bodies[1]) == {"phone_numbers": []}
    assert recorder.authorizations[:4] == [f"Bearer {API_KEY}"] * 4
    assert [r.method for r in recorder.requests] == ["GET", "POST", "DELETE", "PATCH"]


def test_low_level_methods_parse_generated_models_and_raise_typed_errors(recorder: Recorder) -> None:
    from telnyx_messaging_api.models.get_message_response import GetMessageResponse

    recorder.responses = [httpx.Response(200, json=SENT_MESSAGE), httpx.Response(404, json={"errors": []})]
    client = _mock_client(recorder)
    parsed = client.get(f"/messages/{MESSAGE_ID}", cast_to=GetMessageResponse)
    assert isinstance(parsed, GetMessageResponse)
    with pytest.raises(telnyx.NotFoundError):
        client.get("/missing", cast_to=object)


def test_low_level_post_is_not_resent_after_a_5xx_without_an_idempotency_key(recorder: Recorder) -> None:
    recorder.default = httpx.Response(503)
    client = _mock_client(recorder)
    with pytest.raises(telnyx.InternalServerError):
        client.post("/number_orders", cast_to=object, body={})
    assert recorder.count() == 1
    recorder.responses = [httpx.Response(503), httpx.Response(200, json={})]
    assert client.post("/number_orders", cast_to=object, body={}, options={"idempotency_key": "k1"}) == {}
    assert [r.headers.get("Idempotency-Key") for r in recorder.requests[1:]] == ["k1", "k1"]


@pytest.mark.anyio
async def test_async_low_level_methods(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json={"ok": True})
    client = AsyncTelnyx(API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async)))
    assert await client.put("/x", cast_to=dict, body={"a": 1}) == {"ok": True}
    assert recorder.authorizations == [f"Bearer {API_KEY}"]
    with pytest.raises(TypeError, match="cast_to"):
        await client.get("/x", cast_to=int)


def test_setting_max_retries_applies_to_the_next_request(recorder: Recorder) -> None:
    recorder.default = httpx.Response(503)
    client = _mock_client(recorder, max_retries=0)
    client.max_retries = 2
    with pytest.raises(telnyx.InternalServerError):
        client.messages.retrieve(MESSAGE_ID)
    assert recorder.count() == 3
    with pytest.raises(telnyx.TelnyxError, match="max_retries"):
        client.max_retries = -1
