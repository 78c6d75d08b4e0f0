"""Shared pieces of the validation tests: minimal valid calls and assertion helpers."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from telnyx_messaging import ValidationError
from telnyx_messaging._validation import validate_request

PHONE = "+13125550001"
PHONE_2 = "+13125550002"
UUID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
UUID_2 = "abc85f64-5717-4562-b3fc-2c9600000000"

# The smallest argument set each operation accepts; tests override one argument at a time.
MINIMAL: Mapping[str, Mapping[str, object]] = {
    "messages.send": {"to": PHONE, "from_": PHONE_2, "text": "hi"},
    "messages.send_with_alphanumeric_sender": {
        "from_": "MyCompany",
        "to": PHONE,
        "text": "hi",
        "messaging_profile_id": UUID,
    },
    "messages.send_group_mms": {"from_": PHONE, "to": [PHONE_2, "+13125550003"], "text": "hi"},
    "messages.send_long_code": {"from_": PHONE, "to": PHONE_2, "text": "hi"},
    "messages.send_number_pool": {"messaging_profile_id": UUID, "to": PHONE, "text": "hi"},
    "messages.send_short_code": {"from_": "12345", "to": PHONE, "text": "hi"},
    "messages.schedule": {"to": PHONE, "from_": PHONE_2, "text": "hi", "send_at": "2025-07-01T15:00:00Z"},
    "messages.send_whatsapp": {"from_": PHONE, "to": PHONE_2, "whatsapp_message": {}},
    "messages.retrieve": {"id": UUID},
    "messages.cancel_scheduled": {"id": UUID},
    "messages.retrieve_group_messages": {"message_id": UUID},
    "alphanumeric_sender_ids.list": {},
    "alphanumeric_sender_ids.create": {"alphanumeric_sender_id": "MyCompany", "messaging_profile_id": UUID},
    "alphanumeric_sender_ids.retrieve": {"id": UUID},
    "alphanumeric_sender_ids.delete": {"id": UUID},
    "messaging_hosted_numbers.list": {},
    "messaging_hosted_numbers.retrieve": {"id": PHONE},
    "messaging_hosted_numbers.update": {"id": PHONE},
    "messaging_numbers_bulk_updates.create": {"messaging_profile_id": UUID, "numbers": [PHONE]},
    "messaging_numbers_bulk_updates.retrieve": {"order_id": "order-1"},
    "messaging_optouts.list": {},
    "messaging_profile_metrics.list": {},
    "messaging_profiles.list": {},
    "messaging_profiles.create": {"name": "Support", "whitelisted_destinations": ["US"]},
    "messaging_profiles.retrieve": {"id": UUID},
    "messaging_profiles.update": {"id": UUID},
    "messaging_profiles.delete": {"id": UUID},
    "messaging_profiles.list_phone_numbers": {"id": UUID},
    "messaging_profiles.list_short_codes": {"id": UUID},
    "messaging_profiles.list_alphanumeric_sender_ids": {"id": UUID},
    "messaging_profiles.retrieve_metrics": {"id": UUID},
    "messaging_profiles.actions.regenerate_secret": {"id": UUID},
    "messaging_profiles.autoresp_configs.list": {"profile_id": UUID},
    "messaging_profiles.autoresp_configs.create": {
        "profile_id": UUID,
        "op": "stop",
        "keywords": ["STOP"],
        "country_code": "US",
    },
    "messaging_profiles.autoresp_configs.retrieve": {"profile_id": UUID, "autoresp_cfg_id": UUID_2},
    "messaging_profiles.autoresp_configs.update": {
        "profile_id": UUID,
        "autoresp_cfg_id": UUID_2,
        "op": "stop",
        "keywords": ["STOP"],
        "country_code": "US",
    },
    "messaging_profiles.autoresp_configs.delete": {"profile_id": UUID, "autoresp_cfg_id": UUID_2},
    "messaging_url_domains.list": {},
    "phone_numbers.messaging.list": {},
    "phone_numbers.messaging.retrieve": {"id": PHONE},
    "phone_numbers.messaging.update": {"id": PHONE},
    "short_codes.list": {},
    "short_codes.retrieve": {"id": UUID},
    "short_codes.update": {"id": UUID, "messaging_profile_id": UUID},
}

MISSING = object()


def call(operation: str, **changes: object) -> dict[str, object]:
    """MINIMAL[operation] with `changes` applied; MISSING removes an argument."""
    params = dict(MINIMAL[operation])
    for name, value in changes.items():
        if value is MISSING:
            params.pop(name, None)
        else:
            params[name] = value
    return params


def check(
    operation: str,
    params: Mapping[str, object],
    fragment: str | None,
    *,
    param: str | None = None,
    suggestion: str | None = None,
) -> None:
    """fragment None: the call must pass. Otherwise it must raise ValidationError whose
    message contains `fragment`, naming `param` and suggesting `suggestion` when given."""
    if fragment is None:
        validate_request(operation, params)
        return
    with pytest.raises(ValidationError) as caught:
        validate_request(operation, params)
    error = caught.value
    assert fragment in str(error), str(error)
    if param is not None:
        assert error.param == param, str(error)
        # "to='555': rule" for a bad value, "to: is required ..." for a missing one
        assert str(error).startswith((f"{param}=", f"{param}: ")), str(error)
    assert error.suggestion == suggestion, str(error)


def digits_in(script_zero: str, text: str) -> str:
    """`text` with its ASCII digits (and '+', for full-width) written in another script,
    given that script's zero: digits_in(FULLWIDTH, "+1") is "\uff0b\uff11"."""
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(chr(ord(script_zero) + int(ch)))
        elif ch == "+" and script_zero == FULLWIDTH:
            out.append("\uff0b")
        else:
            out.append(ch)
    return "".join(out)


FULLWIDTH = "\uff10"  # FULLWIDTH DIGIT ZERO
ARABIC_INDIC = "\u0660"  # ARABIC-INDIC DIGIT ZERO
DEVANAGARI = "\u0966"  # DEVANAGARI DIGIT ZERO
