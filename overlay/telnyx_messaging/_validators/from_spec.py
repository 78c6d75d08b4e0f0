"""Rules from the spec's structure, with the prose table laid over them.

The derived `_resources/_spec_rules.py` holds, per method and argument, what the spec
states as schema (required, type, format, enum, pattern, bounds, nested properties and
items). `build_operation` turns one method's entry into an Operation: each argument's rule
comes from its schema unless the prose table names one for that wire parameter (by dotted
name: `from_`, `filter.phone_number`, `created_at.gte`), required arguments are the spec's,
and the prose adds checks over several arguments. A prose rule for an argument this spec
lacks is dropped, so an older spec never gains a rule for an argument it does not have.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from .addresses import ANY_SENDER, PHONE
from .containers import JsonObject, ListOf, Nested, ValueOrNested
from .core import Check, Operation, Rule
from .datetimes import DateTime
from .scalars import Boolean, Choice, Integer, Number, Pattern, Text, Url, Uuid

Schema = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Prose:
    """What one method's spec says in words: rules that replace the derived one of a wire
    parameter (dotted name -> rule), checks over several arguments, and required arguments
    for which None is a meaningful value."""

    fields: Mapping[str, Rule] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    nullable: frozenset[str] = frozenset()


def prose(fields: Mapping[str, Rule] | None = None, *checks: Check, nullable: tuple[str, ...] = ()) -> Prose:
    return Prose(dict(fields or {}), checks, frozenset(nullable))


NO_PROSE: Final = Prose()


def anything(value: object, param: str) -> None:
    """The item rule of a list whose items the spec does not constrain."""


UUID: Final = Uuid()
URL: Final = Url()
WHEN: Final = DateTime()
# Spec `format` / `x-format` -> the rule that checks it. An `address` is any sender or
# recipient form; the prose narrows it per argument (a `to` is never alphanumeric). A
# "boolean" string (a query flag; `format` before 2026, `x-format` since) takes 'true' too.
FLAG: Final = Boolean(strings_ok=True)
FORMATS: Final[Mapping[str, Rule]] = {"uuid": UUID, "date-time": WHEN, "url": URL, "uri": URL, "boolean": FLAG}
X_FORMATS: Final[Mapping[str, Rule]] = {"+E.164": PHONE, "address": ANY_SENDER, "boolean": FLAG}
_WHAT_FORMAT: Final = {"+E.164": "E.164 phone numbers", "address": "addresses", "uuid": "UUIDs", "url": "http(s) URLs"}
_WHAT_TYPE: Final = {"string": "strings", "integer": "integers", "number": "numbers", "boolean": "booleans"}


@dataclass(frozen=True, slots=True)
class _Builder:
    """Builds the rules of one argument: `where` is path, query or body."""

    overrides: Mapping[str, Rule]
    where: str

    def rule(self, schema: Schema, path: str) -> Rule | None:
        override = self.overrides.get(path)
        children = schema.get("properties")
        if not children:
            return override if override is not None else self.value(schema, path)
        nested = {key: r for key, sub in children.items() if (r := self.rule(sub, f"{path}.{key}")) is not None}
        if schema.get("type") not in (None, "object"):
            # filter[name] and filter[name][eq]: a value, or operators below it
            value = override if override is not None else self.value(schema, path)
            return ValueOrNested(value if value is not None else anything, Nested(nested))
        if override is not None:
            return override
        return Nested(nested) if self.where == "query" else JsonObject(fields=nested)

    def value(self, schema: Schema, path: str) -> Rule | None:
        enum = schema.get("enum")
        if enum and all(isinstance(v, str) for v in enum):
            return Choice(tuple(enum))
        known = X_FORMATS.get(schema.get("x-format", "")) or FORMATS.get(schema.get("format", ""))
        if known is not None:
            return known
        kind = schema.get("type")
        query = self.where == "query"  # on the wire every query value is text
        if kind == "boolean":
            return Boolean(strings_ok=query)
        if kind == "integer":
            return Integer(schema.get("minimum"), schema.get("maximum"), digits_ok=query)
        if kind == "number":
            return Number(schema.get("minimum"), schema.get("maximum"))
        if kind == "string":
            return self.text(schema)
        if kind == "array":
            items = schema.get("items", {})
            item = self.rule(items, f"{path}[]")  # prose replaces a whole list, never its items alone
            return ListOf(
                item if item is not None else anything,
                min_items=schema.get("minItems", 0),
                max_items=schema.get("maxItems"),
                unique=bool(schema.get("uniqueItems")),
                what=_what(items),
            )
        if kind == "object":
            return Nested() if query else JsonObject()
        return None

    def text(self, schema: Schema) -> Rule:
        pattern = schema.get("pattern")
        if pattern is not None:
            try:
                return Pattern(re.compile(pattern), f"a string matching {pattern!r}", search=True)
            except re.error:  # an ECMA-only construct: unchecked rather than wrongly checked
                pass
        # A path id is never empty: '' would address another URL.
        non_empty = schema.get("minLength", 0) >= 1 or self.where == "path"
        return Text(non_empty=non_empty, max_length=schema.get("maxLength"))


def _what(items: Schema) -> str:
    """How a list's items are named in its errors ("a list of strings")."""
    for key in ("x-format", "format"):
        if items.get(key) in _WHAT_FORMAT:
            return _WHAT_FORMAT[items[key]]
    if "properties" in items or items.get("type") == "object":
        return "objects"
    return _WHAT_TYPE.get(items.get("type", ""), "items")


def build_operation(arguments: Mapping[str, Mapping[str, Any]], extra: Prose = NO_PROSE) -> Operation:
    """One method's Operation from its derived arguments and its prose."""
    fields: dict[str, Rule] = {}
    required: list[str] = []
    nullable: set[str] = set()
    for name, argument in arguments.items():
        schema = argument["schema"]
        rule = _Builder(extra.fields, argument["in"]).rule(schema, name)
        if rule is not None:
            fields[name] = rule
        if argument["required"]:
            required.append(name)
            if schema.get("nullable") or name in extra.nullable:
                nullable.add(name)
    return Operation(fields, tuple(required), frozenset(nullable), extra.checks)


def override_paths(arguments: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """Every dotted name a prose rule can replace for this method (for the table's tests)."""
    found: set[str] = set()

    def walk(schema: Schema, path: str) -> None:
        found.add(path)
        for key, sub in schema.get("properties", {}).items():
            walk(sub, f"{path}.{key}")

    for name, argument in arguments.items():
        walk(argument["schema"], name)
    return found
