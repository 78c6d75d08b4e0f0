"""Alphanumeric sender ID family: 1-11 ASCII letters, digits or spaces, at least one letter."""

from __future__ import annotations

import pytest

from ._helpers import call, check

ALPHA_OPS = ("messages.send_with_alphanumeric_sender", "from_")
CREATE = ("alphanumeric_sender_ids.create", "alphanumeric_sender_id")
SEND = ("messages.send", "from_")
VALID = ["A", "MyCompany", "Telnyx", "ABCDEFGHIJK", "abcdefghijk", "My Company", "Shop 24", "a1", "1A", "X 1 2 3",
         " MyCo ", "ALERTS", "Bank0fUS", "Z9Z9Z9Z9Z9Z"]  # fmt: skip
# (value, fragment, suggestion) for the alphanumeric-only fields
INVALID: list[tuple[object, str, str | None]] = [
    ("ABCDEFGHIJKL", "has 12 characters; alphanumeric sender IDs have at most 11", None),
    ("My Company Ltd", "has 14 characters", None),
    ("My-Company", "contains '-'; alphanumeric sender IDs allow only ASCII letters, digits and spaces", None),
    ("Café", "contains 'é'", None),
    ("My_Co", "contains '_'", None),
    ("Co.", "contains '.'", None),
    ("MyCo\n", "contains '\\n'", None),
    ("\uff2d\uff59\uff23\uff4f", "contains", None),  # full-width "MyCo"
    ("123 456", "needs at least one letter", None),
    ("12", "needs at least one letter", None),
    ("12345", "is a phone number or short code; send those with messages.send", None),
    ("+13125550001", "is a phone number or short code", None),
    ("", "is empty", None),
    ("   ", "is blank", None),
    (123, "as a str, not int", None),
    (["MyCo"], "as a str, not list", None),
]
CASES = [(*where, value, None, None) for where in (ALPHA_OPS, CREATE, SEND) for value in VALID] + [
    (*where, value, fragment, suggestion) for where in (ALPHA_OPS, CREATE) for value, fragment, suggestion in INVALID
]
# messages.send also takes numbers, so there the error explains the form the value resembles.
CASES += [
    (*SEND, "ABCDEFGHIJKL", "or an alphanumeric sender ID (1-11 ASCII letters, digits or spaces", None),
    (*SEND, "My-Company", "contains '-'", None),
    (*SEND, "Café", "contains 'é'", None),
    (*SEND, "+1800", "has 4 digits after '+'", None),
    (*SEND, "12", "has 2 digits; short codes have 3 to 6", None),
]


def test_at_least_60_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("operation", "field", "value", "fragment", "suggestion"), CASES)
def test_alphanumeric_sender(operation, field, value, fragment, suggestion):
    params = call(operation, **{field: value})
    if operation == "messages.send":
        params["messaging_profile_id"] = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
    check(operation, params, fragment, param=field, suggestion=suggestion)


def test_profile_alpha_sender_follows_the_spec_pattern():
    """messaging_profiles.*.alpha_sender: the spec's pattern ^[A-Za-z0-9 ]{1,11}$, nullable."""
    for value in ("MyCo", "12345", "ABCDEFGHIJK", None):
        check("messaging_profiles.update", call("messaging_profiles.update", alpha_sender=value), None)
    check("messaging_profiles.update", call("messaging_profiles.update", alpha_sender="ABCDEFGHIJKL"),
          "must be 1-11 ASCII letters, digits or spaces", param="alpha_sender")  # fmt: skip
