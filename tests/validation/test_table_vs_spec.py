"""The merged rules (derived from the spec, the prose table over them) against the cut spec,
read here on its own: same operations, real argument names, the same required arguments,
a rule wherever the spec states a checkable format (nested body properties included), and
every prose rule landing on an argument the spec has."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from telnyx_messaging._resources._spec_rules import SPEC_RULES
from telnyx_messaging._validation import PROSE, RULES
from telnyx_messaging._validators.addresses import Address
from telnyx_messaging._validators.containers import CommaSeparated, JsonObject, ListOf, Nested, ValueOrNested
from telnyx_messaging._validators.datetimes import DateTime
from telnyx_messaging._validators.from_spec import override_paths
from telnyx_messaging._validators.scalars import Boolean, Choice, Integer, Number, Pattern, Url, Uuid
from tests.support.spec_version import skip_unless_pinned

from ._helpers import MINIMAL
from ._spec import OPERATIONS, arguments, nested_properties, skip_if_not_in_spec, spec, spec_field, wire


def leaves(rule: object, name: str) -> Iterator[tuple[str, object]]:
    """(dotted name, rule) for each value rule, looking through lists and nested dicts."""
    if isinstance(rule, JsonObject) and rule.fields:
        yield name, rule
        for sub, inner in rule.fields.items():
            yield from leaves(inner, f"{name}.{sub}")
    elif isinstance(rule, Nested):
        for sub, inner in rule.fields.items():
            yield from leaves(inner, f"{name}.{sub}")
    elif isinstance(rule, ValueOrNested):
        yield from leaves(rule.value, name)
        yield from leaves(rule.nested, name)
    elif isinstance(rule, ListOf | CommaSeparated):
        yield from leaves(rule.item, name)
    else:
        yield name, rule


def table() -> Iterator[tuple[str, str, object]]:
    for operation, rules in RULES.items():
        for name, rule in rules.fields.items():
            for dotted, leaf in leaves(rule, name):
                yield operation, dotted, leaf


def test_same_operations_as_the_spec():
    in_spec = {
        (m, p) for p, item in spec()["paths"].items() for m in item if m in {"get", "post", "put", "patch", "delete"}
    }
    known = set(OPERATIONS.values())
    assert in_spec <= known, "operations of the cut spec without rules"
    skip_unless_pinned(known - in_spec, f"operations {sorted(known - in_spec)}")
    assert known == in_spec
    assert set(RULES) == set(SPEC_RULES) == set(OPERATIONS) == set(MINIMAL)


@pytest.mark.parametrize("operation", sorted(PROSE))
def test_every_prose_rule_replaces_an_argument_of_the_spec(operation):
    """A prose rule for a name the spec does not have would silently check nothing."""
    assert operation in OPERATIONS, f"{operation} is no overlay method"
    skip_if_not_in_spec(operation)
    names = {*PROSE[operation].fields, *PROSE[operation].nullable}
    stray = sorted(names - override_paths(SPEC_RULES[operation]))
    skip_unless_pinned(stray, f"{operation}: arguments {stray}")
    assert stray == []


@pytest.mark.parametrize(("operation", "dotted", "rule"), list(table()), ids=lambda x: str(x)[:40])
def test_every_rule_names_a_real_argument(operation, dotted, rule):
    skip_if_not_in_spec(operation)
    skip_unless_pinned(spec_field(operation, dotted) is None, f"{operation}: argument {dotted}")
    assert spec_field(operation, dotted) is not None, f"{operation}: {dotted} is not in the spec"


@pytest.mark.parametrize("operation", sorted(RULES))
def test_required_arguments_match_the_spec(operation):
    skip_if_not_in_spec(operation)
    required_in_spec = {name for name, (_, required) in arguments(operation).items() if required}
    assert {wire(name) for name in RULES[operation].required} == required_in_spec


# What a spec schema says -> the rule class that must check it.
def expected_rule(schema: dict[str, Any]) -> type | None:
    if schema.get("readOnly"):
        return None
    if "enum" in schema:
        return Choice
    if schema.get("format") == "uuid":
        return Uuid
    if schema.get("x-format") in ("address", "+E.164"):
        return Address
    if schema.get("format") in ("url", "uri"):
        return Url
    if schema.get("format") == "date-time":
        return DateTime
    if "pattern" in schema:
        return Pattern
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "boolean" in kinds or "boolean" in (schema.get("format"), schema.get("x-format")):
        return Boolean
    if "integer" in kinds:
        return Integer
    if "number" in kinds:
        return Number
    return None


def spec_leaves(operation: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for wire_name, (schema, _) in arguments(operation).items():
        dotted = wire_name.replace("][", ".").replace("[", ".").rstrip("]")
        yield from nested_properties(schema, dotted)


def overlay_name(operation: str, dotted: str) -> str:
    head, _, rest = dotted.partition(".")
    fields = RULES[operation].fields
    head = head + "_" if head + "_" in fields else head
    return f"{head}.{rest}" if rest else head


@pytest.mark.parametrize("operation", sorted(RULES))
def test_spec_formats_have_rules(operation):
    """Every enum, uuid, address, url, pattern, boolean and integer in the spec is checked.
    Exceptions are deliberate and listed here."""
    skip_if_not_in_spec(operation)
    ours = {(dotted, type(rule)) for op, dotted, rule in table() if op == operation}
    missing = []
    for dotted, schema in spec_leaves(operation):
        wanted = expected_rule(schema)
        if wanted is None:
            continue
        name = overlay_name(operation, dotted)
        if not any(n == name and issubclass(kind, wanted) for n, kind in ours):
            missing.append((name, wanted.__name__))
    assert missing == []
