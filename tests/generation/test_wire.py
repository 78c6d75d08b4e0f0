"""What the generated functions put on the wire and how they parse answers (httpx.MockTransport).

Each test calls the committed generated/ package through a generated `Client`, so it proves
the behaviour a user of `telnyx_messaging_api` (and the overlay on top of it) gets.
"""

from __future__ import annotations

import datetime
import inspect
from typing import Any

import pytest

from telnyx_messaging_api.api.messages import cancel_message, get_message, send_message
from telnyx_messaging_api.api.opt_out_management import list_opt_outs
from telnyx_messaging_api.api.profiles import update_messaging_profile
from telnyx_messaging_api.models.create_message_request import CreateMessageRequest
from telnyx_messaging_api.models.get_message_response import GetMessageResponse
from telnyx_messaging_api.models.inbound_message_event import InboundMessageEvent
from telnyx_messaging_api.models.messaging_errors import MessagingErrors
from telnyx_messaging_api.models.outbound_message_event import OutboundMessageEvent
from telnyx_messaging_api.models.outbound_message_payload import OutboundMessagePayload
from telnyx_messaging_api.models.update_messaging_profile_request import UpdateMessagingProfileRequest
from telnyx_messaging_api.types import Unset
from tests.generation.helpers import (
    D1_LIST_OPERATIONS,
    D3_ERROR_RESPONSES,
    SAMPLE_UUID,
    Wire,
    api_module,
    api_module_names,
    find_operation,
    iter_operations,
    json_schema,
    minimal_json,
    operation_for_module,
    parameters,
    path_arguments,
    python_name,
    query_sample,
    unwrap_optional,
)

ERROR_BODY = {
    "errors": [
        {
            "code": "10007",
            "title": "Unexpected error",
            "detail": "An unexpected error occurred.",
            "source": {"pointer": "/to"},
        }
    ]
}
# What to answer for a declared status range: a real status inside it.
RANGE_STATUS = {"4XX": 429, "5XX": 503, "default": 500}


def bracketed_list_operations(spec: dict[str, Any]) -> list[str]:
    """Operations with page/filter/sort/created_at-style (bracketed) query parameters."""
    return sorted(
        operation["operationId"]
        for _, _, operation in iter_operations(spec)
        if any("[" in parameter["name"] for parameter in parameters(spec, operation, "query"))
    )


# --- D1: bracketed query parameters, nothing sent by default -----------------------------


def test_every_list_operation_with_brackets_is_covered(built_new: dict[str, Any]) -> None:
    found = bracketed_list_operations(built_new)
    assert set(D1_LIST_OPERATIONS) <= set(found)
    # 2026-07-16 adds three more paginated lists; all of them get the same wire check.
    assert {"ListAlphanumericSenderIds", "ListMessagingHostedNumbers", "ListProfileAlphanumericSenderIds"} <= set(found)


def test_query_string_is_exact_for_every_list_operation(built_new: dict[str, Any], wire: Wire) -> None:
    client = wire.client()
    checked = []
    for operation_id in bracketed_list_operations(built_new):
        module = api_module(operation_id)
        query = parameters(built_new, find_operation(built_new, operation_id), "query")
        samples = {parameter["name"]: query_sample(parameter) for parameter in query}
        arguments = {python_name(name): value for name, (value, _) in samples.items()}
        module.sync_detailed(client=client, **path_arguments(module.sync_detailed), **arguments)

        expected = "&".join(f"{name}={text}" for name, (_, text) in samples.items())
        assert wire.query() == expected, operation_id
        checked.append(operation_id)
    assert len(checked) == 11


def test_list_without_arguments_sends_no_query(built_new: dict[str, Any], wire: Wire) -> None:
    client = wire.client()
    for operation_id in bracketed_list_operations(built_new):
        module = api_module(operation_id)
        module.sync_detailed(client=client, **path_arguments(module.sync_detailed))
        assert wire.last.url.query == b"", f"{operation_id} sent defaults: {wire.query()}"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"pagenumber": 2, "pagesize": 10}, "page[number]=2&page[size]=10"),
        ({"filtermessaging_profile_id": str(SAMPLE_UUID)}, f"filter[messaging_profile_id]={SAMPLE_UUID}"),
        ({"filterfrom": "+15551234567"}, "filter[from]=+15551234567"),
        (
            {"created_atgte": datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)},
            "created_at[gte]=2026-01-02T03:04:05+00:00",
        ),
    ],
)
def test_list_opt_outs_query_examples(wire: Wire, arguments: dict[str, Any], expected: str) -> None:
    list_opt_outs.sync_detailed(client=wire.client(), **arguments)
    assert wire.query() == expected
    assert b"%5B" in wire.last.url.raw_path  # brackets are percent-encoded on the wire, as httpx does


# --- D5: a request carries only what the caller set --------------------------------------


def test_patch_sends_only_the_fields_set(wire: Wire) -> None:
    body = UpdateMessagingProfileRequest(name="Renamed")
    update_messaging_profile.sync_detailed(SAMPLE_UUID, client=wire.client(), body=body)
    assert wire.last.method == "PATCH"
    assert wire.json() == {"name": "Renamed"}


def test_send_carries_no_server_defaults(wire: Wire) -> None:
    body = CreateMessageRequest(to="+18445550001", from_="+18445550002", text="Hello")
    send_message.sync_detailed(client=wire.client(), body=body)
    sent = wire.json()
    assert sent == {"to": "+18445550001", "from": "+18445550002", "text": "Hello"}
    assert not {"encoding", "use_profile_webhooks", "auto_detect"} & set(sent)


# --- D3: every declared error response parses the errors envelope ------------------------


def assert_errors_envelope(parsed: object, context: str = "") -> None:
    """`parsed` is ERROR_BODY as a MessagingErrors, every field kept."""
    assert isinstance(parsed, MessagingErrors), f"{context}: parsed as {type(parsed).__name__}"
    assert isinstance(parsed.errors, list)
    assert len(parsed.errors) == 1
    error = parsed.errors[0]
    assert (error.code, error.title, error.detail) == ("10007", "Unexpected error", "An unexpected error occurred.")
    assert error.source is not None
    assert error.source.pointer == "/to"


def declared_error_statuses(spec: dict[str, Any], operation_id: str) -> list[str]:
    operation = find_operation(spec, operation_id)
    return sorted(status for status in operation["responses"] if not status.startswith("2"))


def call(module: Any, spec: dict[str, Any], operation_id: str, wire: Wire) -> Any:
    """Call a generated operation with the least it accepts: path parameters and a minimal body."""
    arguments = path_arguments(module.sync_detailed)
    body = inspect.signature(module.sync_detailed).parameters.get("body")
    if body is not None:
        model = unwrap_optional(body.annotation)
        request_body = find_operation(spec, operation_id)["requestBody"]
        arguments["body"] = model.from_dict(minimal_json(spec, json_schema(spec, request_body)))
    return module.sync_detailed(client=wire.client(), **arguments)


def test_error_parametrisation_covers_every_operation(built_new: dict[str, Any]) -> None:
    generated = {api_module(operation["operationId"]).__name__ for _, _, operation in iter_operations(built_new)}
    assert generated == set(api_module_names().values())
    assert len(generated) == 44


@pytest.mark.parametrize("module_stem", sorted(api_module_names()))
def test_every_declared_error_parses_the_errors_envelope(module_stem: str, built_new: dict[str, Any]) -> None:
    operation_id = operation_for_module(built_new, module_stem)
    statuses = declared_error_statuses(built_new, operation_id)
    assert statuses, f"{operation_id} declares no error response"
    for status in statuses:
        wire = Wire(status=RANGE_STATUS.get(status) or int(status), body=ERROR_BODY)
        assert_errors_envelope(call(api_module(operation_id), built_new, operation_id, wire).parsed, status)


@pytest.mark.parametrize(("operation_id", "status"), sorted(D3_ERROR_RESPONSES))
def test_d3_error_responses_parse(operation_id: str, status: str, built_new: dict[str, Any]) -> None:
    wire = Wire(status=int(status), body=ERROR_BODY)
    assert_errors_envelope(call(api_module(operation_id), built_new, operation_id, wire).parsed)


def test_cancel_message_404_through_sync(wire: Wire) -> None:
    wire.status, wire.body = 404, ERROR_BODY
    assert_errors_envelope(cancel_message.sync(SAMPLE_UUID, client=wire.client()))


# --- D6: values the spec does not list are kept, not fatal -------------------------------

UNKNOWN_MESSAGE = {
    "id": str(SAMPLE_UUID),
    "record_type": "message_v9",
    "direction": "sideways",
    "type": "RCS",
    "encoding": "UTF-42",
    "to": [{"phone_number": "+18445550001", "status": "brand_new_status", "line_type": "Satellite"}],
    "from": {"phone_number": "+18445550002", "line_type": "Satellite"},
}


def test_unknown_enum_values_in_a_response_are_kept(wire: Wire) -> None:
    wire.status, wire.body = 200, {"data": UNKNOWN_MESSAGE}
    parsed = get_message.sync(SAMPLE_UUID, client=wire.client())
    assert isinstance(parsed, GetMessageResponse)
    data = parsed.data
    assert isinstance(data, OutboundMessagePayload)
    assert isinstance(data.to, list)
    assert data.to[0].status == "brand_new_status"
    assert data.direction == "sideways"
    assert data.type_ == "RCS"
    assert data.to_dict()["to"][0]["status"] == "brand_new_status"


@pytest.mark.parametrize(
    ("model", "event_type"),
    [(InboundMessageEvent, "message.received.v2"), (OutboundMessageEvent, "message.teleported")],
)
def test_unknown_webhook_event_type_is_kept(model: Any, event_type: str) -> None:
    event = model.from_dict({"data": {"event_type": event_type, "record_type": "event_v2", "payload": UNKNOWN_MESSAGE}})
    assert event.data.event_type == event_type
    assert event.data.payload.to[0].status == "brand_new_status"


# --- D4: sends require a body --------------------------------------------------------------


def test_every_operation_with_a_request_body_requires_it(built_new: dict[str, Any]) -> None:
    with_body = [op for _, _, op in iter_operations(built_new) if "requestBody" in op]
    assert len(with_body) == 17
    for operation in with_body:
        assert operation["requestBody"].get("required") is True, operation["operationId"]
        module = api_module(operation["operationId"])
        for function in (module.sync_detailed, module.sync, module.asyncio_detailed, module.asyncio):
            body = inspect.signature(function).parameters["body"]
            assert body.default is inspect.Parameter.empty, f"{operation['operationId']}.{function.__name__}"
            assert not isinstance(body.default, Unset)
