"""Retries through the client: never a duplicate SMS, reads retried per policy, no real sleeping."""

from __future__ import annotations

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import AsyncTelnyx, Telnyx

from .conftest import API_KEY, SENT_MESSAGE, Recorder

MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"
OK = httpx.Response(200, json=SENT_MESSAGE)


def send(client: Telnyx, **options: object) -> telnyx.APIResponse[object]:
    return client.messages.send(to="+13125550001", from_="+18005550101", text="Hello from Telnyx!", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [500, 502, 503, 504, 408])
def test_send_that_got_a_5xx_is_sent_exactly_once(client: Telnyx, recorder: Recorder, status: int) -> None:
    recorder.default = httpx.Response(status, json={"errors": [{"code": "10001", "title": "Oops"}]})
    with pytest.raises(telnyx.APIStatusError):
        send(client)
    assert recorder.count("POST") == 1


@pytest.mark.parametrize(
    "error", [httpx.ReadError("reset"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("gone")]
)
def test_send_that_hit_a_read_error_is_sent_exactly_once(client: Telnyx, recorder: Recorder, error: Exception) -> None:
    recorder.default = lambda request: (_ for _ in ()).throw(error)  # raise on every attempt
    expected = telnyx.APITimeoutError if isinstance(error, httpx.TimeoutException) else telnyx.APIConnectionError
    with pytest.raises(expected) as caught:
        send(client)
    assert recorder.count("POST") == 1
    assert caught.value.request is not None


def test_send_retries_when_the_connection_was_never_made(
    client: Telnyx, recorder: Recorder, no_sleep: list[float]
) -> None:
    recorder.responses = [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow")]
    recorder.default = OK
    assert send(client).status_code == 200
    assert recorder.count("POST") == 3
    assert len(no_sleep) == 2


def test_send_retries_429_honouring_retry_after(client: Telnyx, recorder: Recorder, no_sleep: list[float]) -> None:
    recorder.responses = [
        httpx.Response(429, headers={"retry-after": "3"}),
        httpx.Response(429, headers={"retry-after-ms": "20"}),
    ]
    recorder.default = OK
    assert send(client).status_code == 200
    assert recorder.count("POST") == 3
    assert no_sleep == [3.0, 0.02]


def test_send_with_idempotency_key_is_retried_like_a_read_with_the_same_key(
    client: Telnyx, recorder: Recorder, no_sleep: list[float]
) -> None:
    recorder.responses = [httpx.Response(503), httpx.ReadError("reset")]
    recorder.default = OK
    assert send(client, idempotency_key="order-77-sms").status_code == 200
    assert recorder.count("POST") == 3
    assert [r.headers["idempotency-key"] for r in recorder.requests] == ["order-77-sms"] * 3
    assert len(recorder.bodies) == 3
    assert len(set(recorder.bodies)) == 1  # the same body every time


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_reads_are_retried_up_to_max_retries(client: Telnyx, recorder: Recorder, status: int) -> None:
    recorder.default = httpx.Response(status)
    with pytest.raises(telnyx.APIStatusError) as caught:
        client.messages.retrieve(MESSAGE_ID)
    assert caught.value.status_code == status
    assert recorder.count("GET") == 3  # 1 + max_retries (2)


def test_read_errors_on_reads_are_retried(client: Telnyx, recorder: Recorder) -> None:
    recorder.responses = [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset")]
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    assert str(client.messages.retrieve(MESSAGE_ID).data.id) == MESSAGE_ID  # type: ignore[union-attr]
    assert recorder.count("GET") == 3


def test_per_call_and_per_client_max_retries(recorder: Recorder) -> None:
    recorder.default = httpx.Response(503)
    client = Telnyx(API_KEY, max_retries=5, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    with pytest.raises(telnyx.InternalServerError):
        client.messages.retrieve(MESSAGE_ID)
    assert recorder.count() == 6
    with pytest.raises(telnyx.InternalServerError):
        client.messages.retrieve(MESSAGE_ID, max_retries=0)
    assert recorder.count() == 7


def test_client_errors_are_not_retried(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(422, json={"errors": [{"code": "40001", "title": "Invalid"}]})
    with pytest.raises(telnyx.UnprocessableEntityError):
        client.messages.retrieve(MESSAGE_ID)
    assert recorder.count() == 1


def test_patch_is_not_replayed_after_a_5xx(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(502)
    with pytest.raises(telnyx.InternalServerError):
        client.messaging_profiles.update("3fa85f64-5717-4562-b3fc-2c963f66afa6", name="Summer")
    assert recorder.count("PATCH") == 1


def test_generated_functions_through_client_api_get_auth_and_retries(client: Telnyx, recorder: Recorder) -> None:
    from telnyx_messaging_api.api.messages import get_message

    recorder.responses = [httpx.Response(503)]
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    result = get_message.sync_detailed(MESSAGE_ID, client=client.api)  # type: ignore[arg-type]
    assert result.status_code == 200
    assert recorder.count("GET") == 2
    assert recorder.authorizations == [f"Bearer {API_KEY}"] * 2


@pytest.mark.anyio
async def test_async_send_after_500_is_sent_exactly_once(async_client: AsyncTelnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(500)
    with pytest.raises(telnyx.InternalServerError):
        await async_client.messages.send(to="+13125550001", from_="+18005550101", text="Hi")
    assert recorder.count("POST") == 1


@pytest.mark.anyio
async def test_async_read_is_retried_and_429_waits(
    async_client: AsyncTelnyx, recorder: Recorder, no_sleep: list[float]
) -> None:
    recorder.responses = [httpx.Response(429, headers={"retry-after": "1"}), httpx.ReadError("reset")]
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    response = await async_client.messages.retrieve(MESSAGE_ID)
    assert response.status_code == 200
    assert recorder.count("GET") == 3
    assert no_sleep[0] == 1.0
    assert len(no_sleep) == 2


@pytest.mark.anyio
async def test_async_idempotent_send_retries(async_client: AsyncTelnyx, recorder: Recorder) -> None:
    recorder.responses = [httpx.Response(500)]
    recorder.default = httpx.Response(200, json=SENT_MESSAGE)
    await async_client.messages.send(to="+13125550001", from_="+18005550101", text="Hi", idempotency_key="abc")
    assert recorder.count("POST") == 2
