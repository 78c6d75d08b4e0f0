"""How spec structure becomes rules (telnyx_messaging._validators.from_spec), on small
hand-written entries shaped like _spec_rules.py: never stricter than the spec, prose laid
over exactly the wire parameter it names."""

from __future__ import annotations

from typing import Any

import pytest

from telnyx_messaging import ValidationError
from telnyx_messaging._validators.addresses import PHONE
from telnyx_messaging._validators.from_spec import build_operation, prose


def argument(where: str, schema: dict[str, Any], *, required: bool = False) -> dict[str, Any]:
    return {"in": where, "required": required, "schema": schema}


def refuses(rule: Any, value: object, param: str = "x") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        rule(value, param)
    return caught.value


def test_a_spec_pattern_is_read_as_json_schema_does():
    """Unanchored, a pattern matches anywhere; anchors in the pattern make it whole."""
    fields = build_operation(
        {
            "code": argument("body", {"type": "string", "pattern": "[0-9]{3}"}),
            "whole": argument("body", {"type": "string", "pattern": "^[0-9]{3}$"}),
        }
    ).fields
    fields["code"]("ab123cd", "code")
    assert "matching '[0-9]{3}'" in str(refuses(fields["code"], "12", "code"))
    refuses(fields["whole"], "1234", "whole")


def test_what_a_rule_cannot_read_is_left_unchecked():
    fields = build_operation(
        {
            "ecma": argument("body", {"type": "string", "pattern": "(?<name>x)\\k<name>"}),  # not Python syntax
            "either": argument("body", {"anyOf": [{"type": "string"}, {"type": "integer"}]}),
            "level": argument("body", {"type": "integer", "enum": [1, 2]}),
        }
    ).fields
    fields["ecma"]("anything", "ecma")
    assert "either" not in fields
    fields["level"](3, "level")  # an integer enum is not a Choice of strings; the type still is checked
    refuses(fields["level"], "3", "level")


def test_query_values_may_be_text_body_values_may_not():
    fields = build_operation(
        {
            "flag": argument("query", {"type": "boolean"}),
            "size": argument("query", {"type": "integer", "maximum": 5}),
            "enabled": argument("body", {"type": "boolean"}),
            "count": argument("body", {"type": "integer"}),
        }
    ).fields
    fields["flag"]("true", "flag")
    fields["size"]("5", "size")
    assert "at most 5" in str(refuses(fields["size"], "6", "size"))
    refuses(fields["enabled"], "true", "enabled")
    refuses(fields["count"], "5", "count")


def test_a_path_id_is_never_empty():
    rule = build_operation({"id": argument("path", {"type": "string"}, required=True)}).fields["id"]
    rule("anything", "id")
    assert "must not be empty" in str(refuses(rule, "", "id"))


def test_required_and_nullable_come_from_the_spec_and_the_prose_can_allow_none():
    arguments = {
        "a": argument("body", {"type": "string"}, required=True),
        "b": argument("body", {"type": "string", "nullable": True}, required=True),
        "c": argument("body", {"type": "string"}, required=True),
        "d": argument("body", {"type": "string"}),
    }
    operation = build_operation(arguments, prose(nullable=("c",)))
    assert operation.required == ("a", "b", "c")
    assert operation.nullable == {"b", "c"}


def test_prose_replaces_the_value_of_a_parameter_and_keeps_its_operators():
    """filter[number] (a value) and filter[number][contains] (an operator below it)."""
    schema = {
        "type": "object",
        "properties": {"number": {"type": "string", "properties": {"contains": {"type": "string"}}}},
    }
    operation = build_operation(
        {"filter": argument("query", schema), "extra": argument("body", {"type": "string"})},
        prose({"filter.number": PHONE, "unknown": PHONE}),
    )
    rule = operation.fields["filter"]
    rule({"number": "+13125550001"}, "filter")
    rule({"number": {"contains": "555"}}, "filter")
    assert refuses(rule, {"number": "555"}, "filter").param == "filter.number"
    assert refuses(rule, {"number": {"contains": 5}}, "filter").param == "filter.number.contains"
    assert "unknown" not in operation.fields  # prose for an argument the spec lacks is dropped


def test_list_items_and_objects_in_lists_are_checked_by_index():
    schema = {
        "type": "array",
        "maxItems": 2,
        "items": {"type": "object", "properties": {"url": {"type": "string", "format": "url"}}},
    }
    rule = build_operation({"links": argument("body", schema)}).fields["links"]
    rule([{"url": "https://example.com/a"}, {"other": 1}], "links")
    assert refuses(rule, [{"url": "ftp://x"}], "links").param == "links[0].url"
    assert "at most 2" in str(refuses(rule, [{}, {}, {}], "links"))
    assert "must be a list of objects" in str(refuses(rule, {"url": "https://example.com"}, "links"))
