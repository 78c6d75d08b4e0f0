"""Rules for lists and nested dicts; they name failing items `to[1]` or `filter.from`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .._exceptions import ValidationError
from .core import Rule, is_unset, type_name


@dataclass(frozen=True, slots=True)
class ListOf:
    """A list (or tuple) whose items each pass `item`; sizes and uniqueness as the spec says."""

    item: Rule
    min_items: int = 0
    max_items: int | None = None
    unique: bool = False
    what: str = "items"

    def __call__(self, value: object, param: str) -> None:
        if not isinstance(value, list | tuple):
            example = f"{param}=[{value!r}]" if isinstance(value, str) else f"{param}=[...]"
            raise ValidationError(
                param, value, f"must be a list of {self.what} (e.g. {example}), not {type_name(value)}"
            )
        if len(value) < self.min_items:
            raise ValidationError(
                param,
                value,
                "must not be empty" if self.min_items == 1 else f"needs at least {self.min_items} {self.what}",
            )
        if self.max_items is not None and len(value) > self.max_items:
            raise ValidationError(param, value, f"has {len(value)} {self.what}; at most {self.max_items} allowed")
        for index, item in enumerate(value):
            self.item(item, f"{param}[{index}]")
        if self.unique:
            _no_duplicates(value, param)


def _no_duplicates(items: list[object] | tuple[object, ...], param: str) -> None:
    seen: dict[object, int] = {}
    for index, item in enumerate(items):
        first = seen.setdefault(item, index)
        if first != index:
            raise ValidationError(f"{param}[{index}]", item, f"repeats {param}[{first}]; list each one once")


@dataclass(frozen=True, slots=True)
class Nested:
    """A dict of sub-parameters (deepObject query style: `filter={"from": ...}`). Keys are
    looked up by wire name, so `from` and `from_` both work; unknown keys are left to the
    request builder, which rejects parameters the operation does not have."""

    fields: Mapping[str, Rule] = field(default_factory=dict)

    def __call__(self, value: object, param: str) -> None:
        if not isinstance(value, Mapping):
            raise ValidationError(param, value, f"must be a dict (e.g. {param}={{...}}), not {type_name(value)}")
        for key, item in value.items():
            name = key[:-1] if isinstance(key, str) and key.endswith("_") else key
            rule = self.fields.get(name)
            if rule is not None and not is_unset(item):
                rule(item, f"{param}.{name}")


@dataclass(frozen=True, slots=True)
class ValueOrNested:
    """A parameter that is a plain value (`filter[phone_number]`) or has operators below it
    (`filter[phone_number][contains]`): a dict goes to `nested`, anything else to `value`."""

    value: Rule
    nested: Nested

    def __call__(self, value: object, param: str) -> None:
        if isinstance(value, Mapping):
            self.nested(value, param)
        else:
            self.value(value, param)


@dataclass(frozen=True, slots=True)
class CommaSeparated:
    """A string holding a comma-separated list; each item (spaces around it ignored) passes `item`."""

    item: Rule

    def __call__(self, value: object, param: str) -> None:
        if not isinstance(value, str):
            raise ValidationError(param, value, f"must be a string, not {type_name(value)}")
        for index, part in enumerate(value.split(",")):
            self.item(part.strip(), f"{param}[{index}]")


@dataclass(frozen=True, slots=True)
class JsonObject:
    """A body object: a dict, or a generated model (anything with `to_dict`, typed when it
    was built). A dict's keys that `fields` knows (wire names, from the spec's
    `properties`) are checked, named `whatsapp_message.text`; other keys go as they are.
    The spec's `required` inside objects is not enforced: partial objects pass, the API
    decides (an update may merge them)."""

    what: str = "a dict"
    fields: Mapping[str, Rule] = field(default_factory=dict)

    def __call__(self, value: object, param: str) -> None:
        if isinstance(value, Mapping):
            fields = self.fields
            if fields:
                for key, item in value.items():
                    rule = fields.get(key)
                    if rule is not None and not is_unset(item):
                        rule(item, f"{param}.{key}")
            return
        if callable(getattr(value, "to_dict", None)):
            return
        raise ValidationError(param, value, f"must be {self.what} or a generated model, not {type_name(value)}")
