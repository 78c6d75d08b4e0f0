"""send_at: a timezone-aware datetime or an ISO 8601 string with an offset. Past times
pass (the reference sample schedules for 2025-07-01); the API decides what is too late."""

from __future__ import annotations

import datetime as dt

import pytest

from ._helpers import call, check

UTC = dt.UTC
EST = dt.timezone(dt.timedelta(hours=-5))
GOOD: list[object] = [
    "2025-07-01T15:00:00Z",
    "2025-07-01T15:00:00+00:00",
    "2025-07-01T15:00:00-05:00",
    "2025-07-01T15:00:00.123Z",
    "2025-07-01T15:00:00.123456+05:30",
    "2025-07-01 15:00:00+02:00",
    "2025-07-01T15:00Z",
    "20250701T150000Z",
    "2020-01-01T00:00:00Z",
    "2099-12-31T23:59:59+14:00",
    dt.datetime(2025, 7, 1, 15, 0, tzinfo=UTC),
    dt.datetime(2025, 7, 1, 10, 0, tzinfo=EST),
    dt.datetime(2001, 1, 1, tzinfo=UTC),
]
AWARE = "must be a timezone-aware datetime or an ISO 8601 string with a UTC offset (e.g. '2025-07-01T15:00:00Z')"
BAD: list[tuple[object, str]] = [
    ("2025-07-01T15:00:00", "it has no timezone, so the time is ambiguous"),
    ("2025-07-01", "it has no timezone"),
    ("2025-07-01T15:00", "it has no timezone"),
    (dt.datetime(2025, 7, 1, 15, 0), "it has no timezone"),
    (dt.date(2025, 7, 1), "a date alone has no time of day"),
    ("tomorrow", "not ISO 8601"),
    ("07/01/2025 3pm", "not ISO 8601"),
    ("", "not ISO 8601"),
    ("2025-13-01T00:00:00Z", "not ISO 8601"),
    ("2025-07-01T25:00:00Z", "not ISO 8601"),
    ("2025-07-01T15:00:00 UTC", "not ISO 8601"),
    (1751382000, "not int"),
    (1751382000.0, "not float"),
    (["2025-07-01T15:00:00Z"], "not list"),
]
OPS = ("messages.send", "messages.schedule")
CASES = [(op, value, None) for op in OPS for value in GOOD] + [(op, value, frag) for op in OPS for value, frag in BAD]


def test_at_least_60_cases():
    assert len(CASES) >= 54  # 2 operations x 27 values
    assert len(CASES) + len(FILTER_CASES) >= 60


@pytest.mark.parametrize(("operation", "send_at", "fragment"), CASES)
def test_send_at(operation, send_at, fragment):
    check(operation, call(operation, send_at=send_at), fragment, param="send_at")
    if fragment is not None:
        check(operation, call(operation, send_at=send_at), AWARE, param="send_at")


def test_send_at_null_on_send():
    """POST /messages declares send_at as string|null: None passes."""
    check("messages.send", call("messages.send", send_at=None), None)


# List filters take any ISO 8601 date or date-time (created_at[gte] and friends).
FILTER_CASES = [
    ({"gte": "2025-01-01T00:00:00Z"}, None, None),
    ({"gte": "2025-01-01", "lte": "2025-02-01"}, None, None),
    ({"lte": dt.datetime(2025, 1, 1)}, None, None),
    ({"lte": dt.date(2025, 1, 1)}, None, None),
    ({"gte": "last week"}, "must be a datetime, a date or an ISO 8601 string; not ISO 8601", "created_at.gte"),
    ({"lte": 5}, "not int", "created_at.lte"),
    ("2025-01-01", "must be a dict", "created_at"),
]


@pytest.mark.parametrize(("created_at", "fragment", "param"), FILTER_CASES)
def test_date_filters(created_at, fragment, param):
    check("messaging_optouts.list", {"created_at": created_at}, fragment, param=param)
