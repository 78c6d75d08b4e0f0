"""The shapes the validation table is made of: rules, operations and cross-field checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from telnyx_messaging_api.types import Unset

from .._exceptions import MISSING, ValidationError


class Rule(Protocol):
    """Checks one value; `param` is the name to report (dotted / indexed when nested)."""

    def __call__(self, value: object, param: str) -> None: ...


def is_unset(value: object) -> bool:
    """None and the generator's UNSET both mean "the caller did not set this"."""
    return value is None or value.__class__ is Unset


def type_name(value: object) -> str:
    return type(value).__name__


def is_filled(value: object) -> bool:
    """Set to something with content: not None/UNSET, not an empty string or list."""
    kind = value.__class__
    if kind is str or kind is list or kind is tuple:
        return len(value) > 0  # type: ignore[arg-type]
    return value is not None and kind is not Unset


@dataclass(frozen=True, slots=True)
class Required:
    """Marks a table entry as a required argument. `nullable`: None is a meaningful value
    (e.g. `messaging_profile_id=None` unbinds a short code), so only absence is an error."""

    rule: Rule
    nullable: bool = False


class Check(Protocol):
    """A rule over several arguments of one call."""

    def __call__(self, params: Mapping[str, object]) -> None: ...


@dataclass(frozen=True, slots=True)
class AnyOf:
    """At least one of `names` is set and not empty."""

    names: tuple[str, ...]
    why: str

    def __call__(self, params: Mapping[str, object]) -> None:
        for name in self.names:
            if is_filled(params.get(name)):
                return
        first = self.names[0]
        raise ValidationError(first, params.get(first), self.why)


@dataclass(frozen=True, slots=True)
class RequiredWhen:
    """`name` must be set when `when` is set and `predicate(params[when])` holds."""

    name: str
    when: str
    predicate: Callable[[object], bool]
    why: str

    def __call__(self, params: Mapping[str, object]) -> None:
        if is_filled(params.get(self.name)):
            return
        trigger = params.get(self.when)
        if not is_unset(trigger) and self.predicate(trigger):
            raise ValidationError(self.name, params.get(self.name, MISSING), self.why)


@dataclass(frozen=True, slots=True)
class Operation:
    """What one overlay method checks: a rule per argument, the required ones, and checks
    that span several arguments. Build it with `operation()`."""

    fields: Mapping[str, Rule]
    required: tuple[str, ...]
    nullable: frozenset[str]
    checks: tuple[Check, ...]


def operation(fields: Mapping[str, Rule | Required], *checks: Check) -> Operation:
    rules: dict[str, Rule] = {}
    required: list[str] = []
    nullable: set[str] = set()
    for name, entry in fields.items():
        if isinstance(entry, Required):
            rules[name] = entry.rule
            required.append(name)
            if entry.nullable:
                nullable.add(name)
        else:
            rules[name] = entry
    return Operation(rules, tuple(required), frozenset(nullable), checks)
