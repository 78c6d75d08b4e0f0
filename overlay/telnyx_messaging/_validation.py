"""Client-side validation: one table of rules, operation -> argument -> rule.

`validate_request(operation, params)` is called by every overlay method before it builds
a request (unless the client or the call passes `validate=False`). `params` holds what the
caller set, by overlay name (`from_`, `type_`); nested query parameters are dicts checked
under dotted names (`filter.from`), list items under indexed names (`to[1]`).

Each rule comes from the cut spec (build/spec/messaging.json): `required`, `format: uuid`,
`enum`, `pattern`, `minimum`/`maximum`, and what the descriptions state ("No more than 8
destinations", "Required if sending via number pool or with an alphanumeric sender ID").
Optional arguments set to None pass: the request builder drops them or sends null. Never
reject what the API accepts: when the spec is loose we are loose too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from telnyx_messaging_api.types import Unset

from ._exceptions import MISSING, ValidationError
from ._validators.addresses import (
    ALPHANUMERIC_SENDER,
    ANY_SENDER,
    PHONE,
    PHONE_OR_SHORT_CODE,
    is_alphanumeric_sender,
)
from ._validators.containers import CommaSeparated, ListOf, Nested, ValueOrNested
from ._validators.core import AnyOf, Operation, Required, RequiredWhen, Rule, operation
from ._validators.datetimes import DateTime
from ._validators.scalars import Boolean, Choice, Integer, JsonObject, Pattern, Text, Url, Uuid

__all__ = ["RULES", "validate_request"]

# --- values shared by several operations --------------------------------------------------
TEXT = Text()
NON_EMPTY = Text(non_empty=True)
BOOL = Boolean()
URL = Url()
UUID = Uuid()
PROFILE_ID_OR_UNASSIGN = Uuid(also=("",))  # '' unassigns the number ("Set this field to `""`")
MEDIA_URLS = ListOf(URL, what="http(s) URLs")
TAGS = ListOf(TEXT, what="strings")
MESSAGE_TYPE = Choice(("SMS", "MMS"))
ENCODING = Choice(("auto", "gsm7", "ucs2"))
SEND_AT = DateTime(aware=True)
WHEN = DateTime()  # list filters: created_at[gte] and friends
TIME_FRAME = Choice(("1h", "3h", "24h", "3d", "7d", "30d"))
SORT = Nested({"phone_number": Choice(("asc", "desc"))})
WEBHOOK_API_VERSION = Choice(("1", "2", "2010-04-01"))
# Spec patterns, verbatim.
ALPHA_SENDER = Pattern(re.compile(r"[A-Za-z0-9 ]{1,11}"), "1-11 ASCII letters, digits or spaces")
SPEND_LIMIT = Pattern(
    re.compile(r"[0-9]+(?:\.[0-9]+)?"),
    "a decimal amount in USD as a string, e.g. '100.00'",
    fix=lambda v: str(v) if isinstance(v, int | float) and not isinstance(v, bool) else None,
)
DESTINATION = Pattern(
    re.compile(r"[A-Z]{2}|\*"),
    "an ISO 3166-1 alpha-2 country code such as 'US', or '*' for all",
    fix=lambda v: v.strip().upper() if isinstance(v, str) else None,
)
# page[number] / page[size]: bounded where the spec says "minimum: 1", "maximum: 250".
PAGE = Nested({"number": Integer(), "size": Integer()})
PAGE_BOUNDED = Nested({"number": Integer(minimum=1), "size": Integer(minimum=1, maximum=250)})
DATE_RANGE = Nested({"gte": WHEN, "lte": WHEN})

# --- messages: the body fields every send shares --------------------------------------------
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
WEBHOOKS: Final[Mapping[str, Rule]] = {"webhook_url": URL, "webhook_failover_url": URL, "use_profile_webhooks": BOOL}
CONTENT: Final[Mapping[str, Rule]] = {"text": TEXT, "subject": TEXT, "media_urls": MEDIA_URLS, **WEBHOOKS}
SMS_OPTIONS: Final[Mapping[str, Rule]] = {"type_": MESSAGE_TYPE, "auto_detect": BOOL, "encoding": ENCODING}
# Group MMS: "No more than 8 destinations are allowed" (spec). Telnyx's group messaging guide
# (developers.telnyx.com/docs/messaging/messages/group-messaging) says +1 US/Canada numbers
# only, so recipients are E.164 numbers, never short codes; the +1 limit is left to the API.
GROUP_RECIPIENTS = ListOf(PHONE, min_items=1, max_items=8, unique=True, what="E.164 phone numbers")

# --- messaging profiles -----------------------------------------------------------------------
PROFILE_SETTINGS: Final[Mapping[str, Rule]] = {
    "name": TEXT,
    "whitelisted_destinations": ListOf(DESTINATION, what="country codes"),
    "alpha_sender": ALPHA_SENDER,
    "daily_spend_limit": SPEND_LIMIT,
    "daily_spend_limit_enabled": BOOL,
    "enabled": BOOL,
    "mms_fall_back_to_sms": BOOL,
    "mms_transcoding": BOOL,
    "mobile_only": BOOL,
    "smart_encoding": BOOL,
    "webhook_api_version": WEBHOOK_API_VERSION,
    "webhook_url": URL,
    "webhook_failover_url": URL,
    "number_pool_settings": JsonObject(),
    "url_shortener_settings": JsonObject(),
}
PROFILE_CREATE_ONLY: Final[Mapping[str, Rule]] = {
    "health_webhook_url": URL,
    "ai_assistant_id": Text(max_length=64),
    "resource_group_id": Text(max_length=64),
}
PROFILE_UPDATE_ONLY: Final[Mapping[str, Rule]] = {"ai_assistant_id": TEXT, "v1_secret": TEXT}
AUTORESP: Final[Mapping[str, Rule | Required]] = {
    "profile_id": Required(UUID),
    "op": Required(Choice(("start", "stop", "info"))),
    "keywords": Required(ListOf(NON_EMPTY, min_items=1, what="keywords")),
    "country_code": Required(NON_EMPTY),
    "resp_text": TEXT,
}
NUMBER_SETTINGS: Final[Mapping[str, Rule | Required]] = {
    "id": Required(NON_EMPTY),  # "The ID or phone number"
    "messaging_profile_id": PROFILE_ID_OR_UNASSIGN,
    "messaging_product": TEXT,
    "tags": TAGS,
}
BY_UUID: Final = operation({"id": Required(UUID)})

RULES: Final[Mapping[str, Operation]] = {
    # --- messages ---------------------------------------------------------------------------
    "messages.send": operation(
        {
            "to": Required(PHONE_OR_SHORT_CODE),
            "from_": ANY_SENDER,
            "messaging_profile_id": UUID,
            **CONTENT,
            **SMS_OPTIONS,
            "send_at": SEND_AT,
        },
        NEEDS_SENDER,
        NEEDS_BODY,
        ALPHA_NEEDS_PROFILE,
    ),
    "messages.send_with_alphanumeric_sender": operation(
        {
            "from_": Required(ALPHANUMERIC_SENDER),
            "to": Required(PHONE_OR_SHORT_CODE),
            "text": Required(NON_EMPTY),
            "messaging_profile_id": Required(UUID),
            **WEBHOOKS,
        }
    ),
    "messages.send_group_mms": operation(
        {"from_": Required(PHONE), "to": Required(GROUP_RECIPIENTS), **CONTENT},
        NEEDS_BODY,
    ),
    "messages.send_long_code": operation(
        {"from_": Required(PHONE), "to": Required(PHONE_OR_SHORT_CODE), **CONTENT, **SMS_OPTIONS},
        NEEDS_BODY,
    ),
    "messages.send_number_pool": operation(
        {"messaging_profile_id": Required(UUID), "to": Required(PHONE_OR_SHORT_CODE), **CONTENT, **SMS_OPTIONS},
        NEEDS_BODY,
    ),
    # The spec says "Phone number, in +E.164 format" but the endpoint exists to send from a
    # short code; the reference sample sends from +18445550001. Both are accepted.
    "messages.send_short_code": operation(
        {"from_": Required(PHONE_OR_SHORT_CODE), "to": Required(PHONE_OR_SHORT_CODE), **CONTENT, **SMS_OPTIONS},
        NEEDS_BODY,
    ),
    "messages.schedule": operation(
        {
            "to": Required(PHONE_OR_SHORT_CODE),
            "from_": ANY_SENDER,
            "messaging_profile_id": UUID,
            **CONTENT,
            "type_": MESSAGE_TYPE,
            "auto_detect": BOOL,
            "send_at": SEND_AT,
        },
        NEEDS_SENDER,
        NEEDS_BODY,
        ALPHA_NEEDS_PROFILE,
    ),
    "messages.send_whatsapp": operation(
        {
            "from_": Required(PHONE),
            "to": Required(PHONE),
            "whatsapp_message": Required(JsonObject()),
            "type_": Choice(("WHATSAPP",)),
            "messaging_profile_id": UUID,
            "webhook_url": URL,
        }
    ),
    "messages.retrieve": BY_UUID,
    "messages.cancel_scheduled": BY_UUID,
    "messages.retrieve_group_messages": operation({"message_id": Required(UUID)}),
    # --- alphanumeric sender IDs ----------------------------------------------------------------
    "alphanumeric_sender_ids.list": operation({"filter": Nested({"messaging_profile_id": UUID}), "page": PAGE}),
    "alphanumeric_sender_ids.create": operation(
        {
            "alphanumeric_sender_id": Required(ALPHANUMERIC_SENDER),
            "messaging_profile_id": Required(UUID),
            "us_long_code_fallback": PHONE,
        }
    ),
    "alphanumeric_sender_ids.retrieve": BY_UUID,  # the record's `id` is a uuid, not the sender text
    "alphanumeric_sender_ids.delete": BY_UUID,
    # --- numbers ------------------------------------------------------------------------------
    "messaging_hosted_numbers.list": operation(
        {
            "filter": Nested(
                {
                    "messaging_profile_id": UUID,
                    "phone_number": ValueOrNested(PHONE, Nested({"contains": TEXT})),
                }
            ),
            "sort": SORT,
            "page": PAGE,
        }
    ),
    "messaging_hosted_numbers.retrieve": operation({"id": Required(NON_EMPTY)}),
    "messaging_hosted_numbers.update": operation(NUMBER_SETTINGS),
    "messaging_numbers_bulk_updates.create": operation(
        {
            "messaging_profile_id": Required(PROFILE_ID_OR_UNASSIGN),
            "numbers": Required(ListOf(PHONE, min_items=1, what="E.164 phone numbers")),
            "assign_only": BOOL,
        }
    ),
    "messaging_numbers_bulk_updates.retrieve": operation({"order_id": Required(NON_EMPTY)}),
    "phone_numbers.messaging.list": operation(
        {
            "filter": Nested(
                {
                    "messaging_profile_id": UUID,
                    # "Filter by exact phone number (supports comma-separated list)"; short
                    # codes are listed here too (filter[type]=shortcode).
                    "phone_number": ValueOrNested(CommaSeparated(PHONE_OR_SHORT_CODE), Nested({"contains": TEXT})),
                    "type": Choice(("tollfree", "longcode", "shortcode")),
                }
            ),
            "sort": SORT,
            "page": PAGE_BOUNDED,
        }
    ),
    "phone_numbers.messaging.retrieve": operation({"id": Required(NON_EMPTY)}),
    "phone_numbers.messaging.update": operation(NUMBER_SETTINGS),
    "short_codes.list": operation(
        # "Use the string `null` for phone numbers without assigned profiles."
        {"filter": Nested({"messaging_profile_id": Uuid(also=("null",))}), "page": PAGE_BOUNDED}
    ),
    "short_codes.retrieve": BY_UUID,
    # "To unbind a short code from a profile, set the messaging_profile_id to null or ''."
    "short_codes.update": operation(
        {"id": Required(UUID), "messaging_profile_id": Required(PROFILE_ID_OR_UNASSIGN, nullable=True), "tags": TAGS}
    ),
    # --- opt-outs, metrics, URL domains ---------------------------------------------------------
    "messaging_optouts.list": operation(
        {
            "filter": Nested({"from": ANY_SENDER, "messaging_profile_id": UUID}),
            "created_at": DATE_RANGE,
            "redaction_enabled": Boolean(strings_ok=True),
            "page": PAGE_BOUNDED,
        }
    ),
    "messaging_profile_metrics.list": operation({"time_frame": TIME_FRAME}),
    "messaging_url_domains.list": operation({"page": PAGE_BOUNDED}),
    # --- messaging profiles ---------------------------------------------------------------------
    "messaging_profiles.list": operation(
        {
            "filter": Nested({"name": ValueOrNested(TEXT, Nested({"eq": TEXT, "contains": TEXT}))}),
            "page": PAGE_BOUNDED,
        }
    ),
    "messaging_profiles.create": operation(
        {
            **PROFILE_SETTINGS,
            **PROFILE_CREATE_ONLY,
            "name": Required(NON_EMPTY),
            "whitelisted_destinations": Required(PROFILE_SETTINGS["whitelisted_destinations"]),
        }
    ),
    "messaging_profiles.retrieve": BY_UUID,
    "messaging_profiles.update": operation({"id": Required(UUID), **PROFILE_SETTINGS, **PROFILE_UPDATE_ONLY}),
    "messaging_profiles.delete": BY_UUID,
    "messaging_profiles.list_phone_numbers": operation({"id": Required(UUID), "page": PAGE_BOUNDED}),
    "messaging_profiles.list_short_codes": operation({"id": Required(UUID), "page": PAGE_BOUNDED}),
    "messaging_profiles.list_alphanumeric_sender_ids": operation({"id": Required(UUID), "page": PAGE}),
    "messaging_profiles.retrieve_metrics": operation({"id": Required(UUID), "time_frame": TIME_FRAME}),
    "messaging_profiles.actions.regenerate_secret": BY_UUID,
    "messaging_profiles.autoresp_configs.list": operation(
        {
            "profile_id": Required(UUID),
            "country_code": TEXT,
            "created_at": DATE_RANGE,
            "updated_at": DATE_RANGE,
        }
    ),
    "messaging_profiles.autoresp_configs.create": operation(AUTORESP),
    "messaging_profiles.autoresp_configs.retrieve": operation(
        {"profile_id": Required(UUID), "autoresp_cfg_id": Required(UUID)}
    ),
    "messaging_profiles.autoresp_configs.update": operation({**AUTORESP, "autoresp_cfg_id": Required(UUID)}),
    "messaging_profiles.autoresp_configs.delete": operation(
        {"profile_id": Required(UUID), "autoresp_cfg_id": Required(UUID)}
    ),
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
