"""Client-side validation: operation -> argument -> rule.

`validate_request(operation, params)` is called by every overlay method before it builds
a request (unless the client or the call passes `validate=False`). `params` holds what the
caller set, by overlay name (`from_`, `type_`); nested query parameters are dicts checked
under dotted names (`filter.from`), list items under indexed names (`to[1]`).

What the spec states structurally (`required`, `format: uuid`, `enum`, `pattern`,
`minimum`/`maximum`, nested properties...) is derived by `make generate` into
`_resources/_spec_rules.py`; the table below, PROSE, holds only what the spec says in its
descriptions ("No more than 8 destinations", "Required if sending via number pool or with
an alphanumeric sender ID", E.164 numbers, '' unassigns) and replaces the derived rule of
the wire parameters it names. Optional arguments set to None pass: the request builder
drops them or sends null. Never reject what the API accepts: when the spec is loose we are
loose too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from telnyx_messaging_api.types import Unset

from ._exceptions import MISSING, ValidationError
from ._resources._spec_rules import SPEC_RULES
from ._validators.addresses import (
    ALPHANUMERIC_SENDER,
    ANY_SENDER,
    PHONE,
    PHONE_OR_SHORT_CODE,
    is_alphanumeric_sender,
)
from ._validators.containers import CommaSeparated, ListOf
from ._validators.core import AnyOf, Operation, RequiredWhen, Rule
from ._validators.datetimes import DateTime
from ._validators.from_spec import NO_PROSE, Prose, build_operation, prose
from ._validators.scalars import Pattern, Text, Uuid

__all__ = ["PROSE", "RULES", "validate_request"]

# --- what the descriptions say, shared by several operations ----------------------------------
NON_EMPTY = Text(non_empty=True)
UUID = Uuid()  # fields the spec types as a plain string but describes as a resource's UUID
PROFILE_ID_OR_UNASSIGN = Uuid(also=("",))  # '' unassigns the number ("Set this field to `""`")
SEND_AT = DateTime(aware=True)  # an offset-less time is ambiguous: the API would guess a zone
WHEN = DateTime()  # autoresp list filters: described as times, typed as plain strings
# The spec's patterns, with the wording and fix hints of their descriptions.
ALPHA_SENDER = Pattern(re.compile(r"[A-Za-z0-9 ]{1,11}"), "1-11 ASCII letters, digits or spaces")
SPEND_LIMIT = Pattern(
    re.compile(r"[0-9]+(?:\.[0-9]+)?"),
    "a decimal amount in USD as a string, e.g. '100.00'",
    fix=lambda v: str(v) if isinstance(v, int | float) and not isinstance(v, bool) else None,
)
# Loosens the spec's ^[A-Z]{2}$: its description allows '*' for all destinations.
DESTINATION = Pattern(
    re.compile(r"[A-Z]{2}|\*"),
    "an ISO 3166-1 alpha-2 country code such as 'US', or '*' for all",
    fix=lambda v: v.strip().upper() if isinstance(v, str) else None,
)

# --- messages -----------------------------------------------------------------------------------
NEEDS_BODY = AnyOf(("text", "media_urls"), "a message needs text or media_urls (text for SMS, media_urls for MMS)")
NEEDS_SENDER = AnyOf(
    ("from_", "messaging_profile_id"),
    "give from_ (a phone number, short code or alphanumeric sender ID) or messaging_profile_id (number pool)",
)
ALPHA_NEEDS_PROFILE = RequiredWhen(
    "messaging_profile_id",
    "from_",
    is_alphanumeric_sender,
    "is required when from_ is an alphanumeric sender ID",
)
# Group MMS: "No more than 8 destinations are allowed" (spec). Telnyx's group messaging guide
# (developers.telnyx.com/docs/messaging/messages/group-messaging) says +1 US/Canada numbers
# only, so recipients are E.164 numbers, never short codes; the +1 limit is left to the API.
GROUP_RECIPIENTS = ListOf(PHONE, min_items=1, max_items=8, unique=True, what="E.164 phone numbers")
# `to` is an `address` in the spec: "+E.164 formatted phone number or short code", never alphanumeric.
TO: Final[Mapping[str, Rule]] = {"to": PHONE_OR_SHORT_CODE}
# "Phone number, alphanumeric sender ID or short code" (specs before 2026 have no x-format for it).
SENDER: Final[Mapping[str, Rule]] = {"from_": ANY_SENDER}
NUMBER_SETTINGS: Final[Mapping[str, Rule]] = {"messaging_profile_id": PROFILE_ID_OR_UNASSIGN}
AUTORESP: Final[Mapping[str, Rule]] = {
    "profile_id": UUID,
    "keywords": ListOf(NON_EMPTY, min_items=1, what="keywords"),
    "country_code": NON_EMPTY,
}
PROFILE: Final[Mapping[str, Rule]] = {
    "whitelisted_destinations": ListOf(DESTINATION, what="country codes"),
    "alpha_sender": ALPHA_SENDER,
    "daily_spend_limit": SPEND_LIMIT,
}

PROSE: Final[Mapping[str, Prose]] = {
    # --- messages ---------------------------------------------------------------------------
    "messages.send": prose(
        {**SENDER, **TO, "messaging_profile_id": UUID, "send_at": SEND_AT},
        NEEDS_SENDER,
        NEEDS_BODY,
        ALPHA_NEEDS_PROFILE,
    ),
    "messages.send_with_alphanumeric_sender": prose(
        {"from_": ALPHANUMERIC_SENDER, **TO, "text": NON_EMPTY}  # a sender ID message is text only
    ),
    "messages.send_group_mms": prose({"from_": PHONE, "to": GROUP_RECIPIENTS}, NEEDS_BODY),
    "messages.send_long_code": prose({"from_": PHONE, **TO}, NEEDS_BODY),
    "messages.send_number_pool": prose({"messaging_profile_id": UUID, **TO}, NEEDS_BODY),
    # The spec says "Phone number, in +E.164 format" but the endpoint exists to send from a
    # short code; the reference sample sends from +18445550001. Both are accepted.
    "messages.send_short_code": prose({"from_": PHONE_OR_SHORT_CODE, **TO}, NEEDS_BODY),
    "messages.schedule": prose(
        {**SENDER, **TO, "messaging_profile_id": UUID, "send_at": SEND_AT},
        NEEDS_SENDER,
        NEEDS_BODY,
        ALPHA_NEEDS_PROFILE,
    ),
    "messages.send_whatsapp": prose({"from_": PHONE, "to": PHONE}),
    # --- alphanumeric sender IDs ----------------------------------------------------------------
    "alphanumeric_sender_ids.create": prose(
        {"alphanumeric_sender_id": ALPHANUMERIC_SENDER, "us_long_code_fallback": PHONE}
    ),
    "alphanumeric_sender_ids.retrieve": prose({"id": UUID}),  # the record's `id` is a uuid, not the sender text
    "alphanumeric_sender_ids.delete": prose({"id": UUID}),
    # --- numbers ------------------------------------------------------------------------------
    "messaging_hosted_numbers.list": prose({"filter.phone_number": PHONE}),
    "messaging_hosted_numbers.update": prose(NUMBER_SETTINGS),
    "messaging_numbers_bulk_updates.create": prose(
        {**NUMBER_SETTINGS, "numbers": ListOf(PHONE, min_items=1, what="E.164 phone numbers")}
    ),
    # "Filter by exact phone number (supports comma-separated list)"; short codes are listed
    # here too (filter[type]=shortcode).
    "phone_numbers.messaging.list": prose({"filter.phone_number": CommaSeparated(PHONE_OR_SHORT_CODE)}),
    "phone_numbers.messaging.update": prose(NUMBER_SETTINGS),
    # "Use the string `null` for phone numbers without assigned profiles."
    "short_codes.list": prose({"filter.messaging_profile_id": Uuid(also=("null",))}),
    # "To unbind a short code from a profile, set the messaging_profile_id to null or ''."
    "short_codes.update": prose(NUMBER_SETTINGS, nullable=("messaging_profile_id",)),
    # --- opt-outs -------------------------------------------------------------------------------
    "messaging_optouts.list": prose({"filter.from": ANY_SENDER, "filter.messaging_profile_id": UUID}),
    # --- messaging profiles ---------------------------------------------------------------------
    "messaging_profiles.create": prose({**PROFILE, "name": NON_EMPTY}),
    "messaging_profiles.update": prose(PROFILE),
    "messaging_profiles.autoresp_configs.list": prose(
        {f"{field}.{bound}": WHEN for field in ("created_at", "updated_at") for bound in ("gte", "lte")}
    ),
    "messaging_profiles.autoresp_configs.create": prose(AUTORESP),
    "messaging_profiles.autoresp_configs.update": prose(AUTORESP),
}

# The rules validate_request applies: the spec's structure with the prose over it.
RULES: Final[Mapping[str, Operation]] = {
    name: build_operation(arguments, PROSE.get(name, NO_PROSE)) for name, arguments in SPEC_RULES.items()
}

_ABSENT: Final = object()


def validate_request(operation: str, params: Mapping[str, object]) -> None:
    """Raise ValidationError for the first argument of `operation` that breaks its rule.
    Unknown operations and arguments without a rule pass."""
    rules = RULES.get(operation)
    if rules is None:
        return
    for name in rules.required:
        value = params.get(name, _ABSENT)
        if value is _ABSENT or value.__class__ is Unset:
            raise ValidationError(name, MISSING, f"is required by {operation}")
        if value is None and name not in rules.nullable:
            raise ValidationError(name, None, f"is required by {operation} and cannot be None")
    fields = rules.fields
    for name, value in params.items():
        rule = fields.get(name)
        if rule is not None and value is not None and value.__class__ is not Unset:
            rule(value, name)
    for check in rules.checks:
        check(params)
