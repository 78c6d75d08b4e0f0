"""Turn keyword arguments into a JSON body or a query string, sending only what was set."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator, Mapping
from enum import Enum
from typing import Any

from telnyx_messaging_api.types import Unset


def wire_name(param: str) -> str:
    """`from_` -> `from`: the generator appends `_` to names that are Python keywords or
    builtins; the API knows them without it."""
    return param[:-1] if param.endswith("_") else param


def to_jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)  # a generated attrs model
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"cannot send a value of type {type(value).__name__} as JSON")


def json_body(params: Mapping[str, Any]) -> dict[str, Any]:
    return {wire_name(name): to_jsonable(value) for name, value in params.items() if not isinstance(value, Unset)}


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def flatten_query(params: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """{"page": {"number": 2}} -> ("page[number]", "2"): the API's deepObject style."""
    for name, value in params.items():
        if isinstance(value, Unset) or value is None:
            continue
        key = f"{prefix}[{wire_name(name)}]" if prefix else wire_name(name)
        if isinstance(value, Mapping):
            yield from flatten_query(value, key)
        else:
            yield key, _query_value(value)
