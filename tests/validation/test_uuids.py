"""UUID family: every argument the spec types `format: uuid` (and messaging profile IDs,
which are the uuid `id` of a messaging profile)."""

from __future__ import annotations

import uuid

import pytest

from ._helpers import UUID, call, check

CANONICAL = UUID
GOOD: list[object] = [
    CANONICAL,
    CANONICAL.upper(),
    "182BD5E5-6e1a-4FE4-a799-AA6D9A6AB26E",
    "182bd5e56e1a4fe4a799aa6d9a6ab26e",
    "00000000-0000-0000-0000-000000000000",
    "abc85f64-5717-4562-b3fc-2c9600000000",
    uuid.UUID(CANONICAL),
]
# (value, fragment, suggestion)
BAD: list[tuple[object, str, str | None]] = [
    ("abc", "must be a UUID like '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e'", None),
    ("", "must be a UUID", None),
    ("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26", "must be a UUID", None),
    ("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e0", "must be a UUID", None),
    ("{182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e}", "must be a UUID", CANONICAL),
    ("urn:uuid:182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", "must be a UUID", CANONICAL),
    (" 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", "must be a UUID", CANONICAL),
    ("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e\n", "must be a UUID", CANONICAL),
    ("182bd5e56e1a-4fe4-a799-aa6d9a6ab26e", "must be a UUID", CANONICAL),
    ("182bd5e5_6e1a_4fe4_a799_aa6d9a6ab26e", "must be a UUID", None),
    ("g82bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", "must be a UUID", None),
    (12345, "not int", None),
    (["182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"], "not list", None),
]
# (operation, argument): path parameters, body fields and filters typed uuid
WHERE = [
    ("messages.retrieve", "id"),
    ("messages.cancel_scheduled", "id"),
    ("messages.retrieve_group_messages", "message_id"),
    ("messages.send_number_pool", "messaging_profile_id"),
    ("messages.send_with_alphanumeric_sender", "messaging_profile_id"),
    ("messaging_profiles.retrieve", "id"),
    ("messaging_profiles.autoresp_configs.update", "autoresp_cfg_id"),
]
CASES = [(op, arg, value, None, None) for op, arg in WHERE[:4] for value in GOOD] + [
    (op, arg, *bad) for op, arg in WHERE for bad in BAD
]


def test_at_least_60_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("operation", "argument", "value", "fragment", "suggestion"), CASES)
def test_uuid(operation, argument, value, fragment, suggestion):
    check(operation, call(operation, **{argument: value}), fragment, param=argument, suggestion=suggestion)


@pytest.mark.parametrize(
    ("operation", "params", "fragment", "param"),
    [
        ("alphanumeric_sender_ids.list", {"filter": {"messaging_profile_id": "nope"}}, "must be a UUID",
         "filter.messaging_profile_id"),
        ("messaging_optouts.list", {"filter": {"messaging_profile_id": CANONICAL}}, None, None),
        # '' unassigns a number from its profile; None keeps the current value
        ("messaging_hosted_numbers.update", {"id": "+13125550001", "messaging_profile_id": ""}, None, None),
        ("phone_numbers.messaging.update", {"id": "+13125550001", "messaging_profile_id": None}, None, None),
        ("phone_numbers.messaging.update", {"id": "+13125550001", "messaging_profile_id": "x"},
         "must be a UUID like '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e' or ''", "messaging_profile_id"),
        ("messaging_numbers_bulk_updates.create", {"messaging_profile_id": "", "numbers": ["+13125550001"]},
         None, None),
        # short codes unbind with null or ''; the list filter takes the string 'null'
        ("short_codes.update", {"id": CANONICAL, "messaging_profile_id": None}, None, None),
        ("short_codes.update", {"id": CANONICAL, "messaging_profile_id": ""}, None, None),
        ("short_codes.update", {"id": CANONICAL}, "is required by short_codes.update", "messaging_profile_id"),
        ("short_codes.list", {"filter": {"messaging_profile_id": "null"}}, None, None),
        ("short_codes.list", {"filter": {"messaging_profile_id": ""}}, "or 'null'", "filter.messaging_profile_id"),
    ],
)  # fmt: skip
def test_uuid_special_values(operation, params, fragment, param):
    check(operation, params, fragment, param=param)
