"""Each spec fix (D1-D8) makes the difference: the defect is in a build without that one fix
and absent from the real build (and from the committed generated/ package).

A build "without D3" is `build_spec.build()` with the overlay actions described `D3 ...`
left out; "without D1" skips the preprocess step named `D1 ...` (see conftest.FIX_REMOVALS).
D7 is a generator setting, so its counterpart works on generator_config.yml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from telnyx_messaging_api.models import OutboundMessagePayload, SendWhatsappMessageRequest
from telnyx_messaging_api.models.outbound_message_payload_cost import OutboundMessagePayloadCost
from tests.generation.helpers import (
    D1_LIST_OPERATIONS,
    D3_ERROR_RESPONSES,
    D4_SEND_OPERATIONS,
    GENERATED,
    REPO,
    find_operation,
    iter_operations,
    json_schema,
    parameters,
    resolve,
    response_schema_names,
    walk,
)

WithoutFix = Callable[[str], dict[str, Any]]


def _is_deep_object(parameter: dict[str, Any]) -> bool:
    return parameter.get("style") == "deepObject"


def _generated_class_names() -> dict[str, str]:
    """{class name: module stem} of every class in the generated package."""
    names = {}
    for path in GENERATED.rglob("*.py"):
        for name in re.findall(r"^class (\w+)", path.read_text(encoding="utf-8"), re.MULTILINE):
            names[name] = path.stem
    return names


def _generated_module_stems() -> set[str]:
    return {path.stem for path in GENERATED.rglob("*.py")}


# --- D1 deepObject query parameters ----------------------------------------------------------


def _deep_object_parameters(spec: dict[str, Any], operation_id: str) -> list[str]:
    query = parameters(spec, find_operation(spec, operation_id), "query")
    return [parameter["name"] for parameter in query if _is_deep_object(parameter)]


@pytest.mark.parametrize("operation_id", D1_LIST_OPERATIONS)
def test_d1_deep_object_parameters_are_flattened(
    operation_id: str, without_fix: WithoutFix, built_new: dict[str, Any]
) -> None:
    # Without D1 the generator gets one object parameter `page` and sends `?number=2&size=10`.
    unfixed = _deep_object_parameters(without_fix("D1"), operation_id)
    assert unfixed, f"{operation_id} has no deepObject parameter upstream: drop it from D1_LIST_OPERATIONS"
    assert _deep_object_parameters(built_new, operation_id) == []
    names = {parameter["name"] for parameter in parameters(built_new, find_operation(built_new, operation_id), "query")}
    for name in unfixed:
        assert any(flat.startswith(f"{name}[") for flat in names), f"{operation_id}: {name} not flattened"


def test_d1_flattened_parameters_are_primitive(built_new: dict[str, Any]) -> None:
    for _, _, operation in iter_operations(built_new):
        for parameter in parameters(built_new, operation, "query"):
            assert not _is_deep_object(parameter)
            assert resolve(built_new, parameter["schema"]).get("type") != "object", parameter["name"]


# --- D2 response names -------------------------------------------------------------------------


def _inline_success_responses(spec: dict[str, Any]) -> list[str]:
    found = []
    for _, _, operation in iter_operations(spec):
        for status, response in operation["responses"].items():
            schema = json_schema(spec, response)
            if status.startswith("2") and isinstance(schema, dict) and "$ref" not in schema and "properties" in schema:
                found.append(f"{operation['operationId']} {status}")
    return found


def test_d2_inline_envelopes_become_named_components(without_fix: WithoutFix, built_new: dict[str, Any]) -> None:
    unfixed = _inline_success_responses(without_fix("D2"))
    assert "GetMessage 200" in unfixed  # -> class GetMessageResponse200 without the fix
    assert len(unfixed) == 35
    assert _inline_success_responses(built_new) == []


@pytest.mark.parametrize("spec_name", ["built_new", "built_old"])
def test_d2_every_success_body_is_a_component_named_as_its_title(spec_name: str, request: Any) -> None:
    # 2026-01-30 keeps its envelopes in #/components/responses: they must be named too.
    spec = request.getfixturevalue(spec_name)
    for _, _, operation in iter_operations(spec):
        for status, response in operation["responses"].items():
            schema = json_schema(spec, response)
            if not status.startswith("2") or schema is None or schema.get("type") == "string":
                continue
            assert "$ref" in schema, f"{operation['operationId']} {status} is inline"
            name = schema["$ref"].rsplit("/", 1)[-1]
            assert resolve(spec, schema).get("title", name) == name, f"{name}: the class would not be named {name}"


def test_d2_no_status_code_class_names() -> None:
    status_class = re.compile(r"Response2\d\d$|Response2XX$", re.IGNORECASE)
    status_module = re.compile(r"_response_2(\d\d|xx)$")
    assert [name for name in _generated_class_names() if status_class.search(name)] == []
    assert [stem for stem in _generated_module_stems() if status_module.search(stem)] == []


# --- D3 error envelope -------------------------------------------------------------------------


def _error_responses_without_envelope(spec: dict[str, Any]) -> set[tuple[str, str]]:
    found = set()
    for _, _, operation in iter_operations(spec):
        for status, response in operation["responses"].items():
            schema = resolve(spec, json_schema(spec, response))
            if not status.startswith("2") and "errors" not in schema.get("properties", {}):
                found.add((operation["operationId"], status))
    return found


def test_d3_every_error_response_is_the_errors_envelope(without_fix: WithoutFix, built_new: dict[str, Any]) -> None:
    assert _error_responses_without_envelope(without_fix("D3")) == D3_ERROR_RESPONSES
    assert _error_responses_without_envelope(built_new) == set()


# --- D4 required bodies ------------------------------------------------------------------------


def _optional_bodies(spec: dict[str, Any]) -> set[str]:
    return {
        operation["operationId"]
        for _, _, operation in iter_operations(spec)
        if "requestBody" in operation and not resolve(spec, operation["requestBody"]).get("required")
    }


def test_d4_message_bodies_are_required(without_fix: WithoutFix, built_new: dict[str, Any]) -> None:
    assert _optional_bodies(without_fix("D4")) == set(D4_SEND_OPERATIONS)
    assert _optional_bodies(built_new) == set()


# --- D5 client-side defaults -------------------------------------------------------------------


def _defaults(spec: dict[str, Any]) -> dict[str, Any]:
    """{location: default} of every schema (a node with a `type`) that declares one."""
    return {
        "/".join(map(str, path)): node["default"]
        for path, node in walk({"paths": spec["paths"], "components": spec["components"]})
        if isinstance(node, dict) and "default" in node and "type" in node
    }


def test_d5_no_defaults_reach_the_generator(without_fix: WithoutFix, built_new: dict[str, Any]) -> None:
    unfixed = _defaults(without_fix("D5"))
    profile = "components/schemas/UpdateMessagingProfileRequest/properties"
    message = "components/schemas/CreateMessageRequest/properties"
    for flag in ("mms_fall_back_to_sms", "mms_transcoding", "mobile_only", "smart_encoding"):
        assert unfixed[f"{profile}/{flag}"] is False  # a PATCH of `name` would reset these
    assert unfixed[f"{message}/encoding"] == "auto"
    assert unfixed[f"{message}/use_profile_webhooks"] is True
    assert unfixed[f"{message}/auto_detect"] is False
    page_size = parameters(without_fix("D5"), find_operation(without_fix("D5"), "ListShortCodes"), "query")
    assert [p["schema"].get("default") for p in page_size if p["name"] == "page[size]"] == [20]  # sent unasked
    assert _defaults(built_new) == {}


# --- D6 open response enums --------------------------------------------------------------------


def _closed_response_enums(spec: dict[str, Any]) -> list[str]:
    schemas = spec["components"]["schemas"]
    return sorted(
        f"{name}/{'/'.join(map(str, path))}"
        for name in response_schema_names(spec)
        for path, node in walk(schemas[name])
        if isinstance(node, dict) and "enum" in node and "example" not in path
    )


def test_d6_response_enums_are_open(without_fix: WithoutFix, built_new: dict[str, Any]) -> None:
    unfixed = _closed_response_enums(without_fix("D6"))
    assert "OutboundMessagePayload/properties/to/items/properties/status" in unfixed
    assert "InboundMessage/properties/event_type" in unfixed  # webhook payloads too
    assert len(unfixed) == 47
    assert _closed_response_enums(built_new) == []


def test_d6_known_values_are_kept(without_fix: WithoutFix, built_new: dict[str, Any]) -> None:
    def status(spec: dict[str, Any]) -> dict[str, Any]:
        to = spec["components"]["schemas"]["OutboundMessagePayload"]["properties"]["to"]
        return dict(to["items"]["properties"]["status"])

    assert status(built_new)["x-known-values"] == status(without_fix("D6"))["enum"]
    assert "Other values may appear" in status(built_new)["description"]


def test_d6_request_enums_stay_closed(built_new: dict[str, Any]) -> None:
    # Only responses are opened: a request enum still tells callers what the API accepts.
    encoding = built_new["components"]["schemas"]["CreateMessageRequest"]["properties"]["encoding"]
    assert encoding["enum"] == ["auto", "gsm7", "ucs2"]


# --- D7 class name clash -----------------------------------------------------------------------


def _read_config() -> dict[str, Any]:
    config: dict[str, Any] = yaml.safe_load((REPO / "generator_config.yml").read_text(encoding="utf-8"))
    return config


def _parses_to_a_typed_value(schema: dict[str, Any]) -> bool:
    """A property whose `from_dict` local gets a concrete type (a model, list, enum or date), not Any."""
    if any(key in schema for key in ("$ref", "anyOf", "oneOf", "allOf", "enum")):
        return True
    return schema.get("type") in ("object", "array") or schema.get("format") in ("date", "date-time", "uuid")


def _shadowing_classes(spec: dict[str, Any], overrides: dict[str, Any]) -> list[str]:
    """Schemas whose generated `from_dict` rebinds a typed field's local to the new instance.

    openapi-python-client names the instance local `snake_case(class name)` and each parsed
    property `snake_case(property)`. When they coincide and the property parsed into a typed
    value (not Any), mypy --strict rejects the module: that is D7.
    """
    clashes = []
    for name, schema in spec["components"]["schemas"].items():
        class_name = overrides.get(name, {}).get("class_name") or ClassName(name, prefix="")
        typed_fields = {
            str(PythonIdentifier(prop, prefix="field"))
            for prop, sub in schema.get("properties", {}).items()
            if _parses_to_a_typed_value(sub)
        }
        if snake_case(class_name) in typed_fields:
            clashes.append(name)
    return clashes


def test_d7_class_override_removes_the_shadowing(built_new: dict[str, Any]) -> None:
    overrides = _read_config()["class_overrides"]
    assert _shadowing_classes(built_new, {}) == ["WhatsappMessage"]
    assert _shadowing_classes(built_new, overrides) == []


def test_d7_whatsapp_request_class_round_trips() -> None:
    assert SendWhatsappMessageRequest.__module__.endswith(".send_whatsapp_message_request")
    assert "WhatsappMessage" not in _generated_class_names()
    body = {
        "from": "+13125551234",
        "to": "+13125550000",
        "type": "WHATSAPP",
        "whatsapp_message": {"type": "text", "text": {"body": "hi", "preview_url": False}},
        "unknown_extra": 1,
    }
    request = SendWhatsappMessageRequest.from_dict(body)
    assert request.from_ == "+13125551234"
    text = request.whatsapp_message.text
    assert text is not None
    assert text.body == "hi"
    assert request.to_dict() == body


# --- D8 nullable objects -----------------------------------------------------------------------


def _nullable_object_nodes(spec: dict[str, Any]) -> list[str]:
    return sorted(
        "/".join(map(str, path))
        for path, node in walk(spec["components"]["schemas"])
        if isinstance(node, dict) and isinstance(node.get("type"), list) and {"object", "null"} <= set(node["type"])
    )


def test_d8_nullable_objects_become_named_components(without_fix: WithoutFix, built_new: dict[str, Any]) -> None:
    unfixed = _nullable_object_nodes(without_fix("D8"))
    assert "OutboundMessagePayload/properties/cost" in unfixed  # -> OutboundMessagePayloadCostType0
    assert _nullable_object_nodes(built_new) == []
    cost = built_new["components"]["schemas"]["OutboundMessagePayload"]["properties"]["cost"]
    assert cost["anyOf"] == [{"$ref": "#/components/schemas/OutboundMessagePayloadCost"}, {"type": "null"}]


def test_d8_no_type0_names_in_the_generated_package() -> None:
    assert [name for name in _generated_class_names() if "Type0" in name] == []
    assert [stem for stem in _generated_module_stems() if "type_0" in stem] == []


def test_d8_nullable_object_accepts_none_and_an_object() -> None:
    empty = OutboundMessagePayload.from_dict({"cost": None})
    assert empty.cost is None
    assert empty.to_dict() == {"cost": None}
    priced = OutboundMessagePayload.from_dict({"cost": {"amount": "0.0051", "currency": "USD"}})
    assert isinstance(priced.cost, OutboundMessagePayloadCost)
    assert priced.cost.amount == "0.0051"
    assert priced.to_dict() == {"cost": {"amount": "0.0051", "currency": "USD"}}


# --- the older upstream version ------------------------------------------------------------


def test_no_defect_survives_in_the_older_spec_build(built_old: dict[str, Any]) -> None:
    # The same patches and rewrites must fix 2026-01-30 too (the pipeline supports both).
    for _, _, operation in iter_operations(built_old):
        assert not [p for p in parameters(built_old, operation, "query") if _is_deep_object(p)]  # D1
    assert _inline_success_responses(built_old) == []  # D2
    assert _error_responses_without_envelope(built_old) == set()  # D3
    assert _optional_bodies(built_old) == set()  # D4
    assert _defaults(built_old) == {}  # D5
    assert _closed_response_enums(built_old) == []  # D6
    assert _shadowing_classes(built_old, _read_config()["class_overrides"]) == []  # D7
    assert _nullable_object_nodes(built_old) == []  # D8
