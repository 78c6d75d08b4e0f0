"""Error answers from Prism (`Prefer: code=NNN`, a status the operation documents) become the
typed exceptions, with parsed errors and a readable message; 429 is retried as designed;
every request carries auth, and one without it is what Prism rejects."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import APIStatusError, AsyncTelnyx, ErrorDetail, Telnyx
from tests.support.prism import PrismServer, violation_hook, violations

from ._spec import spec_operation
from .calls import CALLS, MESSAGE_ID, Call
from .conftest import API_KEY, Wire

pytestmark = pytest.mark.contract

BY_METHOD = {call.method: call for call in CALLS}
# Prism builds error bodies from the messaging_Errors schema: every string is "string".
PRISM_ERROR = ErrorDetail(code="string", title="string", detail="string", pointer="/json/pointer", parameter="string")

ERROR_CASES = [
    ("messages.send", 422, telnyx.UnprocessableEntityError),
    ("alphanumeric_sender_ids.create", 422, telnyx.UnprocessableEntityError),
    ("messages.send_with_alphanumeric_sender", 400, telnyx.BadRequestError),
    ("alphanumeric_sender_ids.retrieve", 404, telnyx.NotFoundError),
    ("messages.retrieve", 404, telnyx.NotFoundError),
    ("messages.cancel_scheduled", 403, telnyx.PermissionDeniedError),
    ("messages.send", 429, telnyx.RateLimitError),
    ("messaging_profiles.retrieve", 429, telnyx.RateLimitError),
    ("messaging_hosted_numbers.list", 401, telnyx.AuthenticationError),
    ("messaging_profiles.autoresp_configs.create", 401, telnyx.AuthenticationError),
]


def prefer(status: int) -> dict[str, Any]:
    return {"extra_headers": {"Prefer": f"code={status}"}}


def check_documented(call: Call, status: int) -> None:
    statuses = spec_operation(call.verb, call.template).statuses
    assert str(status) in statuses or f"{str(status)[0]}XX" in statuses, f"{call.http} does not document {status}"


def _fields(detail: ErrorDetail) -> tuple[str | None, ...]:
    return (detail.code, detail.title, detail.detail, detail.pointer, detail.parameter, detail.url)


def check_error(error: APIStatusError, call: Call, status: int, error_class: type[APIStatusError]) -> None:
    assert type(error) is error_class
    assert error.status_code == status == error.response.status_code
    assert [_fields(detail) for detail in error.errors] == [_fields(PRISM_ERROR)]
    assert error.errors[0].raw["source"] == {"parameter": "string", "pointer": "/json/pointer"}
    assert error.body == error.response.json()
    reason = httpx.codes.get_reason_phrase(status)
    assert error.message == f"{status} {reason}: string - string (at /json/pointer) [code string]"
    assert str(error) == error.message
    assert "ErrorDetail(" not in error.message
    assert "{" not in error.message
    assert error.request is not None
    assert error.request.url.raw_path.decode().split("?")[0] == call.path()
    assert "authorization" not in error.request.headers  # the key never travels with the exception


@pytest.mark.parametrize(("method", "status", "error_class"), ERROR_CASES)
def test_status_maps_to_typed_error_sync(
    method: str, status: int, error_class: type[APIStatusError], client: Telnyx, wire: Wire
) -> None:
    call = BY_METHOD[method]
    check_documented(call, status)
    with pytest.raises(error_class) as caught:
        call.target(client)(*call.args, **call.kwargs, **prefer(status), max_retries=0)
    check_error(caught.value, call, status, error_class)
    assert len(wire.sent) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "status", "error_class"), ERROR_CASES)
async def test_status_maps_to_typed_error_async(
    method: str, status: int, error_class: type[APIStatusError], make_async_client: Any, wire: Wire
) -> None:
    call = BY_METHOD[method]
    async with make_async_client(max_retries=0) as client:
        with pytest.raises(error_class) as caught:
            await call.target(client)(*call.args, **call.kwargs, **prefer(status))
    check_error(caught.value, call, status, error_class)
    assert len(wire.sent) == 1


# --- retries ------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["messages.send", "messaging_profiles.retrieve", "messaging_profiles.list"])
def test_429_is_retried_then_raised(method: str, client: Telnyx, wire: Wire, no_sleep: list[float]) -> None:
    """429 means "not processed": even a send is retried (default max_retries=2), with backoff."""
    call = BY_METHOD[method]
    with pytest.raises(telnyx.RateLimitError) as caught:
        call.target(client)(*call.args, **call.kwargs, **prefer(429))
    assert caught.value.status_code == 429
    assert len(wire.sent) == 3
    assert len(no_sleep) == 2
    assert all(delay > 0 for delay in no_sleep)
    assert len({sent.content for sent in wire.sent}) == 1  # the same request each time


@pytest.mark.anyio
async def test_429_is_retried_then_raised_async(make_async_client: Any, wire: Wire, no_sleep: list[float]) -> None:
    call = BY_METHOD["messages.send"]
    async with make_async_client() as client:
        with pytest.raises(telnyx.RateLimitError):
            await client.messages.send(**call.kwargs, **prefer(429), max_retries=1)
    assert len(wire.sent) == 2
    assert len(no_sleep) == 1


@pytest.mark.parametrize("status", [400, 422])
def test_a_rejected_send_is_never_retried(status: int, client: Telnyx, wire: Wire, no_sleep: list[float]) -> None:
    call = BY_METHOD["messages.send"]
    with pytest.raises(APIStatusError):
        client.messages.send(**call.kwargs, **prefer(status))
    assert len(wire.sent) == 1
    assert no_sleep == []


# --- auth ---------------------------------------------------------------------------------------


def test_prism_rejects_a_request_without_auth(prism: PrismServer) -> None:
    body = {"from": "+18445550001", "to": "+13125550001", "text": "Hello from Telnyx!"}
    response = httpx.post(prism.url + "/messages", json=body)
    assert response.status_code == 401
    assert [v.message for v in violations(response)] == ["Invalid security scheme used"]


def test_our_requests_carry_the_key(client: Telnyx, wire: Wire) -> None:
    response = client.messages.send(to="+13125550001", from_="+18445550001", text="Hello from Telnyx!")
    assert violations(response.http_response) == []
    [sent] = wire.sent
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert sent.headers["user-agent"].startswith("telnyx-messaging-python")


@pytest.mark.anyio
async def test_async_requests_carry_the_key(make_async_client: Any, wire: Wire) -> None:
    async with make_async_client() as client:
        page = await client.messaging_optouts.list()
    assert violations(page.http_response) == []
    assert wire.sent[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_no_key_fails_before_anything_is_sent(prism: PrismServer, wire: Wire, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELNYX_API_KEY", raising=False)
    http = httpx.Client(transport=wire.sync(), event_hooks={"response": [violation_hook()]})
    with Telnyx(base_url=prism.url, http_client=http) as client, pytest.raises(telnyx.MissingAPIKeyError):
        client.messages.send(to="+13125550001", from_="+18445550001", text="Hello from Telnyx!")
    assert wire.sent == []


@pytest.mark.anyio
async def test_no_key_fails_before_anything_is_sent_async(
    prism: PrismServer, wire: Wire, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TELNYX_API_KEY", raising=False)
    async with AsyncTelnyx(base_url=prism.url, http_client=httpx.AsyncClient(transport=wire.asynchronous())) as client:
        with pytest.raises(telnyx.MissingAPIKeyError):
            await client.messages.retrieve(MESSAGE_ID)
    assert wire.sent == []


# --- validation before the wire -------------------------------------------------------------------


def test_validation_error_is_raised_before_sending(client: Telnyx, wire: Wire) -> None:
    """Prism accepts any string as `to` (the spec says no more); our validation knows E.164."""
    formatted = "+1 (312) 555-0001"
    with pytest.raises(telnyx.ValidationError) as caught:
        client.messages.send(to=formatted, from_="+18445550001", text="Hello from Telnyx!")
    assert (caught.value.param, caught.value.suggestion) == ("to", "+13125550001")
    assert wire.sent == []
    accepted = client.messages.send(to=formatted, from_="+18445550001", text="Hello from Telnyx!", validate=False)
    assert accepted.status_code == 200
    assert wire.sent[0].json()["to"] == formatted
