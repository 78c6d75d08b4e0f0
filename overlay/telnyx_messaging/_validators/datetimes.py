"""Date-time rules: `send_at` needs an offset; list filters take any ISO 8601 date or time."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .._exceptions import ValidationError
from .core import type_name

SEND_AT_EXAMPLE = "2025-07-01T15:00:00Z"


@dataclass(frozen=True, slots=True)
class DateTime:
    """`aware`: a timezone-aware datetime or an ISO 8601 string with an offset ('Z' or
    '+HH:MM'); an offset-less time is ambiguous, so no fix is offered. Otherwise a datetime,
    a date, or any string `fromisoformat` reads. Past times are fine: the API decides."""

    aware: bool = False

    def __call__(self, value: object, param: str) -> None:
        what = (
            f"a timezone-aware datetime or an ISO 8601 string with a UTC offset (e.g. {SEND_AT_EXAMPLE!r})"
            if self.aware
            else "a datetime, a date or an ISO 8601 string"
        )
        parsed = value
        if isinstance(value, str):
            try:
                parsed = datetime.datetime.fromisoformat(value)
            except ValueError:
                raise ValidationError(param, value, f"must be {what}; not ISO 8601") from None
        elif not isinstance(value, datetime.date):
            raise ValidationError(param, value, f"must be {what}, not {type_name(value)}")
        if not self.aware:
            return
        if not isinstance(parsed, datetime.datetime):
            raise ValidationError(param, value, f"must be {what}; a date alone has no time of day")
        if parsed.utcoffset() is None:
            raise ValidationError(param, value, f"must be {what}; it has no timezone, so the time is ambiguous")
