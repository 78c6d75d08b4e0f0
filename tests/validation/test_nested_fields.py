"""A new *nested* body field is noticed: every property the cut spec declares inside a body
object (or a list of objects) has a rule, a wrong value for it is refused under its dotted
name (`whatsapp_message.text.body`), and the method takes the object as a plain dict."""

from __future__ import annotations

import functools
import inspect
from typing import Any

import pytest

from telnyx_messaging import Telnyx, ValidationError
from telnyx_messaging._validation import validate_request

from ._helpers import call
from ._spec import OPERATIONS, arguments, concrete, nested_properties, skip_if_not_in_spec
from .test_table_vs_spec import overlay_name, table

CHECKABLE = {"string", "boolean", "integer", "number", "array", "object"}


def nested_body_properties() -> list[tuple[str, str, dict[str, Any]]]:
    """(operation, dotted wire name, schema) of each property inside a body object."""
    found = []
    for operation in sorted(OPERATIONS):
        for wire_name, (schema, _) in arguments(operation).items():
            found += [(operation, d, s) for d, s in nested_properties(schema, wire_name) if "." in d]
    return found


NESTED = nested_body_properties()
OBJECT_FIELDS = sorted({(operation, dotted.split(".")[0]) for operation, dotted, _ in NESTED})


class Wrong:
    """A value no rule accepts: not a str, number, bool, list, dict or model."""

    def __repr__(self) -> str:
        return "Wrong()"


def wrong_at(operation: str, dotted: str) -> tuple[Any, str]:
    """The body value that is valid down to `dotted`'s last property, which holds Wrong(),
    and the name the error must give it (list items indexed: `contacts[0].name`)."""
    head, *path = dotted.split(".")
    schema, seen = concrete(arguments(operation)[head][0], ())
    wraps: list[tuple[str, bool]] = []  # (property, its object sits in a list)
    param = head
    for key in path:
        in_list = schema.get("type") == "array"
        if in_list:
            schema, seen = concrete(schema["items"], seen)
            param += "[0]"
        wraps.append((key, in_list))
        param += f".{key}"
        schema, seen = concrete(schema["properties"][key], seen)
    value: Any = Wrong()
    for key, in_list in reversed(wraps):
        value = [{key: value}] if in_list else {key: value}
    return value, param


def test_the_cut_spec_has_nested_body_fields():
    skip_if_not_in_spec("messaging_profiles.create")
    assert ("messaging_profiles.create", "number_pool_settings.long_code_weight") in {(o, d) for o, d, _ in NESTED}


@pytest.mark.parametrize(("operation", "dotted", "schema"), NESTED, ids=lambda x: str(x)[:60])
def test_every_nested_property_has_a_rule(operation, dotted, schema):
    names = {name for op, name, _ in table() if op == operation}
    assert overlay_name(operation, dotted) in names, f"{operation}: no rule for {dotted}"


@pytest.mark.parametrize(
    ("operation", "dotted"),
    [(o, d) for o, d, s in NESTED if s.get("type") in CHECKABLE or "properties" in s],
    ids=lambda x: str(x)[:60],
)
def test_a_wrong_nested_value_is_refused_under_its_name(operation, dotted):
    value, param = wrong_at(operation, dotted)
    head = overlay_name(operation, dotted.split(".")[0])
    with pytest.raises(ValidationError) as caught:
        validate_request(operation, call(operation, **{head: value}))
    assert caught.value.param == param, str(caught.value)


@pytest.mark.parametrize(("operation", "field"), OBJECT_FIELDS)
def test_the_method_takes_the_object_as_a_dict(operation, field):
    method = functools.reduce(getattr, operation.split("."), Telnyx("k"))
    annotation = inspect.signature(method).parameters[overlay_name(operation, field)].annotation
    assert "Mapping[str, Any]" in str(annotation), annotation


def test_a_nested_value_may_be_a_partial_dict_or_none():
    """`required` inside an object is not enforced: updates may send part of one."""
    skip_if_not_in_spec("messaging_profiles.create")
    settings, _ = concrete(arguments("messaging_profiles.create")["number_pool_settings"][0], ())
    assert settings.get("required"), "the spec marks number pool weights required"
    validate_request("messaging_profiles.create", call("messaging_profiles.create", number_pool_settings={}))
    validate_request(
        "messaging_profiles.create",
        call("messaging_profiles.create", number_pool_settings={"geomatch": None, "long_code_weight": 2.5}),
    )
