"""Short code family: 3-8 ASCII digits where the operation accepts a short code."""

from __future__ import annotations

import pytest

from ._helpers import ARABIC_INDIC, FULLWIDTH, PHONE, call, check, digits_in

ACCEPTS = "or a short code (3-6 digits)"
# (operation, field, value, fragment or None, suggestion)
CASES: list[tuple[str, str, object, str | None, str | None]] = [
    # every allowed length, as `to` of messages.send and `from_` of send_short_code
    *[("messages.send", "to", "1234567890"[:n], None, None) for n in range(3, 7)],
    *[("messages.send_short_code", "from_", "9876543210"[:n], None, None) for n in range(3, 7)],
    *[("messages.send_short_code", "to", "5" * n, None, None) for n in range(3, 7)],
    # 7-8 digits are a local number missing its country code, not a short code
    *[("messages.send", "to", "1234567890"[:n], "has no '+' and country code", None) for n in (7, 8)],
    *[("messages.send_short_code", "from_", "9876543210"[:n], "has no '+' and country code", None) for n in (7, 8)],
    ("messages.send", "to", "5551234", "has no '+' and country code", None),  # the official SDK sends this
    ("messages.send", "to", "00000", None, None),
    ("messages.send", "to", "262966", None, None),
    ("messages.send", "to", "19123456", "has no '+' and country code", None),
    ("messages.send", "from_", "12345", None, None),
    ("messages.send", "from_", "123456", None, None),
    ("messages.send_long_code", "to", "12345", None, None),
    ("messages.send_number_pool", "to", "12345", None, None),
    ("messages.schedule", "to", "12345", None, None),
    ("messages.schedule", "from_", "12345", None, None),
    ("messages.send_with_alphanumeric_sender", "to", "12345", None, None),
    ("messaging_optouts.list", "filter", {"from": "12345"}, None, None),
    ("phone_numbers.messaging.list", "filter", {"phone_number": "12345,+13125550001"}, None, None),
    # too short, too long (9+ digits reads as a number without '+')
    ("messages.send", "to", "1", "has 1 digit; short codes have 3 to 6", None),
    ("messages.send", "to", "12", "has 2 digits; short codes have 3 to 6", None),
    ("messages.send_short_code", "from_", "12", "has 2 digits", None),
    ("messages.send", "to", "123456789", "has no '+' and country code", None),
    ("messages.send", "to", "1234567890", "has no '+' and country code", None),
    ("messages.send_short_code", "from_", "1234567890", "has no '+' and country code", None),
    # formatting and Unicode digits: the fix is the plain digits
    ("messages.send", "to", "12 345", "contains spaces, punctuation or non-ASCII digits", "12345"),
    ("messages.send", "to", "12-345", "contains spaces, punctuation", "12345"),
    ("messages.send", "to", "12345\n", "contains spaces, punctuation", "12345"),
    ("messages.send", "to", " 12345", "contains spaces, punctuation", "12345"),
    ("messages.send", "to", digits_in(FULLWIDTH, "12345"), "non-ASCII digits", "12345"),
    ("messages.send_short_code", "from_", digits_in(ARABIC_INDIC, "55555"), "non-ASCII digits", "55555"),
    ("messages.send", "to", "12a45", "may contain only the digits 0-9", None),
    ("messages.send", "to", "STOP", "may contain only the digits 0-9", None),
    # a short code written with '+'
    ("messages.send", "to", "+12345", "a short code is written without '+'", None),
    ("messages.send_short_code", "from_", "+262966", "a short code is written without '+'", None),
    # ints: the string form is offered when it is a valid short code
    ("messages.send", "to", 12345, "as a str, not int", "12345"),
    ("messages.send_short_code", "from_", 262966, "as a str, not int", "262966"),
    ("messages.send", "to", 12, "as a str, not int", None),
    ("messages.send", "to", 123456789, "as a str, not int", None),
    ("messages.send", "to", 12345.0, "as a str, not float", None),
    ("messages.send", "to", "", "is empty", None),
    # where a short code is not accepted
    ("messages.send_long_code", "from_", "12345", "has no '+' and country code", None),
    ("messages.send_whatsapp", "to", "12345", "has no '+' and country code", None),
    ("messages.send_whatsapp", "from_", "12345", "has no '+'", None),
    ("messages.send_group_mms", "from_", "12345", "has no '+'", None),
    ("alphanumeric_sender_ids.create", "us_long_code_fallback", "12345", "has no '+'", None),
    ("messages.send_with_alphanumeric_sender", "from_", "12345", "is a phone number or short code", None),
    ("messaging_numbers_bulk_updates.create", "numbers", ["12345"], "has no '+'", None),
    ("messages.send_short_code", "from_", "+18445550001", None, None),
    ("messages.send_long_code", "to", "12345678", "has no '+' and country code", None),
    ("messages.send", "from_", "123456789", "has no '+' and country code", None),
    ("messages.send", "from_", "12", "has 2 digits", None),
]


def test_at_least_60_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("operation", "field", "value", "fragment", "suggestion"), CASES)
def test_short_code(operation, field, value, fragment, suggestion):
    params = call(operation, **{field: value})
    if field == "from_" and operation == "messages.send_short_code":
        params["to"] = PHONE
    where = f"{field}[0]" if isinstance(value, list) else field
    check(operation, params, fragment, param=where, suggestion=suggestion)


def test_message_says_what_is_accepted():
    check("messages.send", call("messages.send", to="12"), ACCEPTS, param="to")


def test_nested_short_code_error_names_the_dotted_parameter():
    check("messaging_optouts.list", {"filter": {"from": "12"}}, "has 2 digits", param="filter.from")
    check("messaging_optouts.list", {"filter": {"from_": "12"}}, "has 2 digits", param="filter.from")
