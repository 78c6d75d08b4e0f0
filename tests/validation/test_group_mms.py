"""Group MMS recipients: a non-empty list of at most 8 distinct E.164 numbers ("No more
than 8 destinations are allowed", CreateGroupMmsMessage in the spec)."""

from __future__ import annotations

import pytest

from ._helpers import FULLWIDTH, call, check, digits_in

OP = "messages.send_group_mms"
NUMBERS = [f"+1312555{n:04d}" for n in range(1, 10)]
# (to, fragment or None, param named in the error, suggestion)
CASES: list[tuple[object, str | None, str, str | None]] = [
    *[(NUMBERS[:n], None, "to", None) for n in range(1, 9)],
    *[(tuple(NUMBERS[:n]), None, "to", None) for n in range(1, 9)],
    (["+447911123456", "+4930123456", "+13125551234"], None, "to", None),
    (["+18655551234", "+14155551234"], None, "to", None),
    (["+6837290", "+123456789012345"], None, "to", None),
    # size
    ([], "must not be empty", "to", None),
    ((), "must not be empty", "to", None),
    (NUMBERS[:9], "has 9 E.164 phone numbers; at most 8 allowed", "to", None),
    (NUMBERS * 2, "has 18 E.164 phone numbers; at most 8 allowed", "to", None),
    # duplicates
    ([NUMBERS[0], NUMBERS[0]], "repeats to[0]; list each one once", "to[1]", None),
    ([NUMBERS[0], NUMBERS[1], NUMBERS[0]], "repeats to[0]", "to[2]", None),
    ([NUMBERS[0], NUMBERS[1], NUMBERS[2], NUMBERS[1]], "repeats to[1]", "to[3]", None),
    # container type
    ("+13125550001", "must be a list of E.164 phone numbers (e.g. to=['+13125550001']), not str", "to", None),
    ({"+13125550001"}, "not set", "to", None),
    ({"to": "+13125550001"}, "not dict", "to", None),
    (13125550001, "not int", "to", None),
    (None, "is required by messages.send_group_mms", "to", None),
    # items, named by index
    ([12345], "as a str, not int", "to[0]", None),
    ([NUMBERS[0], 13125550002], "not int", "to[1]", None),
    ([None], "not NoneType", "to[0]", None),
    ([["+13125550001"]], "not list", "to[0]", None),
    (["12345"], "has no '+' and country code", "to[0]", None),
    ([NUMBERS[0], "MyCompany"], "contains letters", "to[1]", None),
    (["+1 312 555 0001"], "contains space", "to[0]", "+13125550001"),
    ([NUMBERS[0], "+1 (312) 555-0002"], "contains space", "to[1]", "+13125550002"),
    (["0013125550001"], "dialling prefix '00'", "to[0]", "+13125550001"),
    (["+" + digits_in(FULLWIDTH, "13125550001")], "non-ASCII digits", "to[0]", "+13125550001"),
    (["+1"], "has 1 digit", "to[0]", None),
    (["+1234567890123456"], "has 16 digits", "to[0]", None),
    (["+999123456789"], "'+999...' does not begin", "to[0]", None),
    (["+0123456789"], "never start with 0", "to[0]", None),
    ([NUMBERS[0], ""], "is empty", "to[1]", None),
    ([NUMBERS[0], "3125550002"], "has no '+'", "to[1]", None),
    (["+13125550001\n"], "contains newline", "to[0]", "+13125550001"),
    (["+12345"], "has 5 digits after '+'", "to[0]", None),
    # items are checked before duplicates: the first broken rule wins
    (["bad", "bad"], "contains letters", "to[0]", None),
    ([*NUMBERS[:8], "bad"], "at most 8", "to", None),
    ([NUMBERS[0], NUMBERS[0], "bad"], "contains letters", "to[2]", None),
    ([b"+13125550001"], "not bytes", "to[0]", None),
    ([NUMBERS[0], NUMBERS[1], NUMBERS[2], NUMBERS[3], NUMBERS[3]], "repeats to[3]", "to[4]", None),
    ([*NUMBERS[:7], NUMBERS[0]], "repeats to[0]", "to[7]", None),
    (["+"], "has 0 digits", "to[0]", None),
    (["\t+13125550001"], "contains tab", "to[0]", "+13125550001"),
    (["+1\u00a0312\u00a05550001"], "no-break space", "to[0]", "+13125550001"),
    (["+1-312-555-0001", "+1-312-555-0002"], "contains '-'", "to[0]", "+13125550001"),
    (["+33612345678", "+61412345678", "+5511987654321", "+81312345678"], None, "to", None),
    ([NUMBERS[0], "+3791234567"], "'+379...' does not begin", "to[1]", None),
]


def test_at_least_60_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("to", "fragment", "param", "suggestion"), CASES)
def test_group_recipients(to, fragment, param, suggestion):
    check(OP, call(OP, to=to), fragment, param=param, suggestion=suggestion)


@pytest.mark.parametrize("sender", ["12345", "MyCompany", "+1 312 555 0001", 13125550001])
def test_group_sender_must_be_e164(sender):
    check(OP, call(OP, from_=sender), "must be an E.164 phone number", param="from_",
          suggestion="+13125550001" if sender == "+1 312 555 0001" else None)  # fmt: skip
