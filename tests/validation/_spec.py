"""Look up what the cut spec (build/spec/messaging.json) says about an overlay argument."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

SPEC = Path(__file__).resolve().parents[2] / "build" / "spec" / "messaging.json"

# overlay method -> (HTTP method, path) in the spec
OPERATIONS: dict[str, tuple[str, str]] = {
    "messages.send": ("post", "/messages"),
    "messages.send_with_alphanumeric_sender": ("post", "/messages/alphanumeric_sender_id"),
    "messages.send_group_mms": ("post", "/messages/group_mms"),
    "messages.send_long_code": ("post", "/messages/long_code"),
    "messages.send_number_pool": ("post", "/messages/number_pool"),
    "messages.send_short_code": ("post", "/messages/short_code"),
    "messages.schedule": ("post", "/messages/schedule"),
    "messages.send_whatsapp": ("post", "/messages/whatsapp"),
    "messages.retrieve": ("get", "/messages/{id}"),
    "messages.cancel_scheduled": ("delete", "/messages/{id}"),
    "messages.retrieve_group_messages": ("get", "/messages/group/{message_id}"),
    "alphanumeric_sender_ids.list": ("get", "/alphanumeric_sender_ids"),
    "alphanumeric_sender_ids.create": ("post", "/alphanumeric_sender_ids"),
    "alphanumeric_sender_ids.retrieve": ("get", "/alphanumeric_sender_ids/{id}"),
    "alphanumeric_sender_ids.delete": ("delete", "/alphanumeric_sender_ids/{id}"),
    "messaging_hosted_numbers.list": ("get", "/messaging_hosted_numbers"),
    "messaging_hosted_numbers.retrieve": ("get", "/messaging_hosted_numbers/{id}"),
    "messaging_hosted_numbers.update": ("patch", "/messaging_hosted_numbers/{id}"),
    "messaging_numbers_bulk_updates.create": ("post", "/messaging_numbers_bulk_updates"),
    "messaging_numbers_bulk_updates.retrieve": ("get", "/messaging_numbers_bulk_updates/{order_id}"),
    "messaging_optouts.list": ("get", "/messaging_optouts"),
    "messaging_profile_metrics.list": ("get", "/messaging_profile_metrics"),
    "messaging_profiles.list": ("get", "/messaging_profiles"),
    "messaging_profiles.create": ("post", "/messaging_profiles"),
    "messaging_profiles.retrieve": ("get", "/messaging_profiles/{id}"),
    "messaging_profiles.update": ("patch", "/messaging_profiles/{id}"),
    "messaging_profiles.delete": ("delete", "/messaging_profiles/{id}"),
    "messaging_profiles.list_phone_numbers": ("get", "/messaging_profiles/{id}/phone_numbers"),
    "messaging_profiles.list_short_codes": ("get", "/messaging_profiles/{id}/short_codes"),
    "messaging_profiles.list_alphanumeric_sender_ids": ("get", "/messaging_profiles/{id}/alphanumeric_sender_ids"),
    "messaging_profiles.retrieve_metrics": ("get", "/messaging_profiles/{id}/metrics"),
    "messaging_profiles.actions.regenerate_secret": ("post", "/messaging_profiles/{id}/actions/regenerate_secret"),
    "messaging_profiles.autoresp_configs.list": ("get", "/messaging_profiles/{profile_id}/autoresp_configs"),
    "messaging_profiles.autoresp_configs.create": ("post", "/messaging_profiles/{profile_id}/autoresp_configs"),
    "messaging_profiles.autoresp_configs.retrieve": (
        "get",
        "/messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
    ),
    "messaging_profiles.autoresp_configs.update": (
        "put",
        "/messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
    ),
    "messaging_profiles.autoresp_configs.delete": (
        "delete",
        "/messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
    ),
    "messaging_url_domains.list": ("get", "/messaging_url_domains"),
    "phone_numbers.messaging.list": ("get", "/phone_numbers/messaging"),
    "phone_numbers.messaging.retrieve": ("get", "/phone_numbers/{id}/messaging"),
    "phone_numbers.messaging.update": ("patch", "/phone_numbers/{id}/messaging"),
    "short_codes.list": ("get", "/short_codes"),
    "short_codes.retrieve": ("get", "/short_codes/{id}"),
    "short_codes.update": ("patch", "/short_codes/{id}"),
}


@cache
def spec() -> dict[str, Any]:
    if not SPEC.exists():
        pytest.fail(f"{SPEC} is missing: run `make spec` first")
    return json.loads(SPEC.read_text())  # type: ignore[no-any-return]


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def wire(name: str) -> str:
    return name[:-1] if name.endswith("_") else name


def arguments(operation: str) -> dict[str, tuple[dict[str, Any], bool]]:
    """Wire name ('from', 'filter[type]') -> (schema, required) for one operation."""
    method, path = OPERATIONS[operation]
    item = spec()["paths"].get(path, {})
    op = item.get(method)
    if op is None:  # not in this (older) spec
        return {}
    found: dict[str, tuple[dict[str, Any], bool]] = {}
    for ref in [*item.get("parameters", []), *op.get("parameters", [])]:
        parameter = resolve(ref)
        found[parameter["name"]] = (resolve(parameter.get("schema", {})), bool(parameter.get("required")))
    body = op.get("requestBody")
    if body:
        schema = resolve(resolve(body)["content"]["application/json"]["schema"])
        required = set(schema.get("required", []))
        for name, ref in schema.get("properties", {}).items():
            prop = resolve(ref)
            if not prop.get("readOnly"):  # e.g. UpdateMessagingProfileRequest.id; the path `id` wins
                found[name] = (prop, name in required)
    return found


def skip_if_not_in_spec(operation: str) -> None:
    """Skip (on a spec other than the pinned one) when the spec has no such operation."""
    from tests.support.spec_version import skip_unless_pinned

    method, path = OPERATIONS[operation]
    skip_unless_pinned(method not in spec()["paths"].get(path, {}), f"{operation} ({method.upper()} {path})")


def spec_field(operation: str, dotted: str) -> dict[str, Any] | None:
    """'filter.phone_number.contains' -> the schema of filter[phone_number][contains];
    'whatsapp_message.text.body' -> that property of the body object."""
    head, *rest = dotted.split(".")
    key = wire(head) + "".join(f"[{wire(part)}]" for part in rest)
    entry = arguments(operation).get(key)
    if entry is not None or not rest:
        return None if entry is None else entry[0]
    body = arguments(operation).get(wire(head))  # a property inside a body object
    wanted = ".".join([wire(head), *rest])
    found = [schema for name, schema in nested_properties(body[0], wire(head)) if name == wanted] if body else []
    return found[0] if found else None


def concrete(node: Any, seen: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The schema a node stands for: `$ref`s followed (a repeat ends the walk), a single
    `allOf`, and the one non-null member of an `anyOf`/`oneOf` (`X | None`)."""
    while True:
        if isinstance(node, dict) and "$ref" in node:
            if node["$ref"] in seen:
                return {}, seen
            seen = (*seen, node["$ref"])
            node = resolve({"$ref": node["$ref"]})
            continue
        if not isinstance(node, dict):
            return {}, seen
        members = node.get("anyOf") or node.get("oneOf") or node.get("allOf") or []
        concrete = [m for m in members if resolve(m).get("type") != "null"]
        if len(concrete) == 1 and "properties" not in node:
            node = concrete[0]
            continue
        return node, seen


def nested_properties(node: Any, dotted: str, seen: tuple[str, ...] = ()) -> Iterator[tuple[str, dict[str, Any]]]:
    """(dotted name, schema) for a schema and each property below it, through array items
    (which keep the list's name) and `X | None`: 'whatsapp_message.text.body'. Properties
    the server sets (readOnly) are left out."""
    schema, seen = concrete(node, seen)
    if schema.get("type") == "array" and "items" in schema:
        yield from nested_properties(schema["items"], dotted, seen)
        return
    yield dotted, schema
    for name, prop in schema.get("properties", {}).items():
        if not resolve(prop).get("readOnly"):
            yield from nested_properties(prop, f"{dotted}.{name}", seen)
