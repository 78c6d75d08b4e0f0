"""Required arguments: absent or None fails naming the argument; plus the conditional
requirements the spec states in prose (text or media_urls, from_ or a number pool, a
messaging profile for alphanumeric senders)."""

from __future__ import annotations

import pytest

from ._helpers import MISSING, UUID, call, check

# (operation, argument) pairs the spec marks required, written out by hand.
REQUIRED = [
    ("messages.send", "to"),
    ("messages.send_with_alphanumeric_sender", "from_"),
    ("messages.send_with_alphanumeric_sender", "to"),
    ("messages.send_with_alphanumeric_sender", "text"),
    ("messages.send_with_alphanumeric_sender", "messaging_profile_id"),
    ("messages.send_group_mms", "from_"),
    ("messages.send_group_mms", "to"),
    ("messages.send_long_code", "from_"),
    ("messages.send_long_code", "to"),
    ("messages.send_number_pool", "messaging_profile_id"),
    ("messages.send_number_pool", "to"),
    ("messages.send_short_code", "from_"),
    ("messages.send_short_code", "to"),
    ("messages.schedule", "to"),
    ("messages.send_whatsapp", "from_"),
    ("messages.send_whatsapp", "to"),
    ("messages.send_whatsapp", "whatsapp_message"),
    ("messages.retrieve", "id"),
    ("messages.cancel_scheduled", "id"),
    ("messages.retrieve_group_messages", "message_id"),
    ("alphanumeric_sender_ids.create", "alphanumeric_sender_id"),
    ("alphanumeric_sender_ids.create", "messaging_profile_id"),
    ("alphanumeric_sender_ids.retrieve", "id"),
    ("alphanumeric_sender_ids.delete", "id"),
    ("messaging_hosted_numbers.retrieve", "id"),
    ("messaging_hosted_numbers.update", "id"),
    ("messaging_numbers_bulk_updates.create", "messaging_profile_id"),
    ("messaging_numbers_bulk_updates.create", "numbers"),
    ("messaging_numbers_bulk_updates.retrieve", "order_id"),
    ("messaging_profiles.create", "name"),
    ("messaging_profiles.create", "whitelisted_destinations"),
    ("messaging_profiles.retrieve", "id"),
    ("messaging_profiles.update", "id"),
    ("messaging_profiles.delete", "id"),
    ("messaging_profiles.list_phone_numbers", "id"),
    ("messaging_profiles.list_short_codes", "id"),
    ("messaging_profiles.list_alphanumeric_sender_ids", "id"),
    ("messaging_profiles.retrieve_metrics", "id"),
    ("messaging_profiles.actions.regenerate_secret", "id"),
    ("messaging_profiles.autoresp_configs.list", "profile_id"),
    ("messaging_profiles.autoresp_configs.create", "profile_id"),
    ("messaging_profiles.autoresp_configs.create", "op"),
    ("messaging_profiles.autoresp_configs.create", "keywords"),
    ("messaging_profiles.autoresp_configs.create", "country_code"),
    ("messaging_profiles.autoresp_configs.retrieve", "profile_id"),
    ("messaging_profiles.autoresp_configs.retrieve", "autoresp_cfg_id"),
    ("messaging_profiles.autoresp_configs.update", "profile_id"),
    ("messaging_profiles.autoresp_configs.update", "autoresp_cfg_id"),
    ("messaging_profiles.autoresp_configs.update", "op"),
    ("messaging_profiles.autoresp_configs.update", "keywords"),
    ("messaging_profiles.autoresp_configs.update", "country_code"),
    ("messaging_profiles.autoresp_configs.delete", "profile_id"),
    ("messaging_profiles.autoresp_configs.delete", "autoresp_cfg_id"),
    ("phone_numbers.messaging.retrieve", "id"),
    ("phone_numbers.messaging.update", "id"),
    ("short_codes.retrieve", "id"),
    ("short_codes.update", "id"),
    ("short_codes.update", "messaging_profile_id"),
]
CASES: list[tuple[str, dict[str, object], str | None, str | None]] = [
    (op, {arg: MISSING}, f"is required by {op}", arg) for op, arg in REQUIRED
]
CASES += [
    (op, {arg: None}, f"is required by {op}", arg)
    for op, arg in REQUIRED
    if (op, arg) != ("short_codes.update", "messaging_profile_id")  # null unbinds: allowed
]
BODY = "a message needs text or media_urls"
SENDER = "give from_ (a phone number, short code or alphanumeric sender ID) or messaging_profile_id"
CASES += [
    # required and non-empty
    ("messages.send_with_alphanumeric_sender", {"text": ""}, "must not be empty", "text"),
    ("messaging_profiles.create", {"name": ""}, "must not be empty", "name"),
    ("messaging_numbers_bulk_updates.create", {"numbers": []}, "must not be empty", "numbers"),
    ("messaging_profiles.autoresp_configs.create", {"keywords": []}, "must not be empty", "keywords"),
    ("messaging_profiles.autoresp_configs.create", {"keywords": [""]}, "must not be empty", "keywords[0]"),
    ("messaging_profiles.autoresp_configs.create", {"country_code": ""}, "must not be empty", "country_code"),
    ("messages.retrieve", {"id": ""}, "must be a UUID", "id"),
    ("messaging_numbers_bulk_updates.retrieve", {"order_id": ""}, "must not be empty", "order_id"),
    ("messages.send_whatsapp", {"whatsapp_message": "hi"}, "must be a dict or a generated model, not str",
     "whatsapp_message"),
    ("messages.send_whatsapp", {"whatsapp_message": {"type": "text", "text": {"body": "hi"}}}, None, None),
    # a message needs a body: text (SMS) or media_urls (MMS)
    *[(op, {"text": MISSING}, BODY, "text") for op in
      ("messages.send", "messages.send_long_code", "messages.send_number_pool", "messages.send_short_code",
       "messages.schedule", "messages.send_group_mms")],
    ("messages.send", {"text": ""}, BODY, "text"),
    ("messages.send", {"text": None, "media_urls": []}, BODY, "text"),
    ("messages.send", {"text": MISSING, "media_urls": ["https://example.com/a.jpg"]}, None, None),
    ("messages.send", {"text": MISSING, "subject": "only a subject"}, BODY, "text"),
    ("messages.send_group_mms", {"text": MISSING, "media_urls": ["https://example.com/a.jpg"]}, None, None),
    # /messages and /messages/schedule: from_ or a number pool (messaging_profile_id)
    ("messages.send", {"from_": MISSING}, SENDER, "from_"),
    ("messages.schedule", {"from_": MISSING}, SENDER, "from_"),
    ("messages.send", {"from_": None}, SENDER, "from_"),
    ("messages.send", {"from_": MISSING, "messaging_profile_id": UUID}, None, None),
    ("messages.schedule", {"from_": MISSING, "messaging_profile_id": UUID}, None, None),
    # "Required if sending ... with an alphanumeric sender ID"
    ("messages.send", {"from_": "MyCompany"}, "is required when from_ is an alphanumeric sender ID",
     "messaging_profile_id"),
    ("messages.schedule", {"from_": "MyCompany"}, "is required when from_ is an alphanumeric sender ID",
     "messaging_profile_id"),
    ("messages.send", {"from_": "MyCompany", "messaging_profile_id": UUID}, None, None),
    ("messages.send", {"from_": "12345"}, None, None),
    # optional arguments set to None are "not set"
    ("messages.send", {"subject": None, "webhook_url": None, "type_": None, "encoding": None}, None, None),
    # arguments without a rule, and unknown operations, pass
    ("messages.send", {"something_new": object()}, None, None),
]  # fmt: skip


def test_at_least_60_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("operation", "changes", "fragment", "param"), CASES)
def test_required(operation, changes, fragment, param):
    check(operation, call(operation, **changes), fragment, param=param)


def test_unknown_operation_passes():
    check("messages.unknown_new_method", {"to": 12345}, None)


def test_unset_means_not_given():
    from telnyx_messaging import UNSET

    check("messages.send", call("messages.send", to=UNSET), "is required by messages.send", param="to")
    check("messages.send", call("messages.send", subject=UNSET, send_at=UNSET), None)
    check(
        "short_codes.update",
        call("short_codes.update", messaging_profile_id=UNSET),
        "is required",
        param="messaging_profile_id",
    )


def test_missing_and_none_read_differently() -> None:
    from telnyx_messaging import ValidationError
    from telnyx_messaging._validation import validate_request

    with pytest.raises(ValidationError) as missing:
        validate_request("messages.send", {"from_": "+18005550101", "text": "hi"})
    assert str(missing.value) == "to: is required by messages.send"
    with pytest.raises(ValidationError) as none:
        validate_request("messages.send", {"to": None, "from_": "+18005550101", "text": "hi"})
    assert str(none.value) == "to=None: is required by messages.send and cannot be None"
