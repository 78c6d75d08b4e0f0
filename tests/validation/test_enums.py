"""Enum family: each value the spec lists passes, anything else fails listing them all.
The table's values are compared with the generated Literal types and the built spec, so
a new or renamed enum value upstream fails here instead of being rejected at runtime."""

from __future__ import annotations

import enum
import importlib
import typing

import pytest

from telnyx_messaging._validation import RULES
from tests.support.spec_version import skip_unless_pinned

from ._helpers import call, check
from ._spec import spec_field

# (operation, argument) -> the generated Literal that types it in the low-level client
GENERATED = [
    ("messages.send", "type_", "create_message_request_type", "CreateMessageRequestType"),
    ("messages.send", "encoding", "create_message_request_encoding", "CreateMessageRequestEncoding"),
    ("messages.send_long_code", "type_", "create_long_code_message_request_type", "CreateLongCodeMessageRequestType"),
    ("messages.send_long_code", "encoding", "create_long_code_message_request_encoding",
     "CreateLongCodeMessageRequestEncoding"),
    ("messages.send_number_pool", "type_", "create_number_pool_message_request_type",
     "CreateNumberPoolMessageRequestType"),
    ("messages.send_number_pool", "encoding", "create_number_pool_message_request_encoding",
     "CreateNumberPoolMessageRequestEncoding"),
    ("messages.send_short_code", "type_", "create_short_code_message_request_type",
     "CreateShortCodeMessageRequestType"),
    ("messages.send_short_code", "encoding", "create_short_code_message_request_encoding",
     "CreateShortCodeMessageRequestEncoding"),
    ("messages.schedule", "type_", "create_scheduled_message_request_type", "CreateScheduledMessageRequestType"),
    ("messages.send_whatsapp", "type_", "send_whatsapp_message_request_type", "SendWhatsappMessageRequestType"),
    ("messaging_profiles.autoresp_configs.create", "op", "auto_resp_config_create_schema_op",
     "AutoRespConfigCreateSchemaOp"),
    ("messaging_profiles.autoresp_configs.update", "op", "auto_resp_config_create_schema_op",
     "AutoRespConfigCreateSchemaOp"),
    ("messaging_profiles.create", "webhook_api_version", "create_messaging_profile_request_webhook_api_version",
     "CreateMessagingProfileRequestWebhookApiVersion"),
    ("messaging_profiles.update", "webhook_api_version", "update_messaging_profile_request_webhook_api_version",
     "UpdateMessagingProfileRequestWebhookApiVersion"),
    ("messaging_profile_metrics.list", "time_frame", "messaging_metrics_time_frame", "MessagingMetricsTimeFrame"),
    ("messaging_profiles.retrieve_metrics", "time_frame", "messaging_metrics_time_frame", "MessagingMetricsTimeFrame"),
    ("phone_numbers.messaging.list", "filter.type", "list_phone_numbers_with_messaging_settings_filtertype",
     "ListPhoneNumbersWithMessagingSettingsFiltertype"),
    ("phone_numbers.messaging.list", "sort.phone_number", "list_phone_numbers_with_messaging_settings_sortphone_number",
     "ListPhoneNumbersWithMessagingSettingsSortphoneNumber"),
    ("messaging_hosted_numbers.list", "sort.phone_number", "list_messaging_hosted_numbers_sortphone_number",
     "ListMessagingHostedNumbersSortphoneNumber"),
]  # fmt: skip


def table_choices() -> dict[tuple[str, str], tuple[str, ...]]:
    """(operation, dotted argument) -> enum values, for every Choice rule in the table."""
    found: dict[tuple[str, str], tuple[str, ...]] = {}

    def walk(operation: str, name: str, rule: object) -> None:
        if hasattr(rule, "values") and isinstance(rule.values, tuple):
            found[(operation, name)] = rule.values
        for sub, inner in getattr(rule, "fields", {}).items():
            walk(operation, f"{name}.{sub}", inner)
        for attribute in ("item", "value", "nested"):
            if hasattr(rule, attribute):
                walk(operation, name, getattr(rule, attribute))

    for operation, rules in RULES.items():
        for name, rule in rules.fields.items():
            walk(operation, name, rule)
    return found


def test_table_matches_generated_literals():
    choices = table_choices()
    absent = []
    for operation, name, module, literal in GENERATED:
        try:
            generated_module = importlib.import_module(f"telnyx_messaging_api.models.{module}")
        except ModuleNotFoundError:
            absent.append(module)
            continue
        generated = typing.get_args(getattr(generated_module, literal))
        assert set(choices[(operation, name)]) == set(generated), (operation, name)
    skip_unless_pinned(absent, f"generated enums {absent} (the others match)")
    assert absent == []


def test_table_matches_spec_enums():
    """Every enum in the table equals the spec's enum at that place, and every request enum
    the spec declares for a covered operation has a rule (readOnly fields excepted)."""
    choices = table_choices()
    absent = []
    for (operation, name), values in choices.items():
        schema = spec_field(operation, name)
        if schema is None:
            absent.append((operation, name))
            continue
        assert set(values) == set(schema["enum"]), (operation, name)
    skip_unless_pinned(absent, f"enum arguments {absent} (the others match)")
    assert absent == []
    without_rule = sorted({(op, name) for op, name, _, _ in GENERATED} - set(choices))
    skip_unless_pinned(without_rule, f"enum arguments {without_rule}")
    assert without_rule == []


class Kind(enum.Enum):
    SMS = "SMS"
    BOGUS = "bogus"


LISTED = "must be one of"
# (operation, argument, value, fragment or None, suggestion)
CASES: list[tuple[str, str, object, str | None, str | None]] = [
    *[(op, "type_", v, None, None) for op in ("messages.send", "messages.send_long_code", "messages.schedule",
      "messages.send_number_pool", "messages.send_short_code") for v in ("SMS", "MMS")],
    *[(op, "encoding", v, None, None) for op in ("messages.send", "messages.send_short_code",
      "messages.send_long_code", "messages.send_number_pool") for v in ("auto", "gsm7", "ucs2")],
    ("messages.send", "type_", Kind.SMS, None, None),
    ("messages.send", "type_", "sms", "must be one of 'SMS', 'MMS'", "SMS"),
    ("messages.send", "type_", " MMS ", "must be one of 'SMS', 'MMS'", "MMS"),
    ("messages.send", "type_", "TEXT", "must be one of 'SMS', 'MMS'", None),
    ("messages.send", "type_", "", LISTED, None),
    ("messages.send", "type_", 1, LISTED, None),
    ("messages.send", "type_", Kind.BOGUS, LISTED, None),
    ("messages.send_long_code", "type_", "WHATSAPP", LISTED, None),
    ("messages.send", "encoding", "GSM7", "must be one of 'auto', 'gsm7', 'ucs2'", "gsm7"),
    ("messages.send", "encoding", "utf8", "must be one of 'auto', 'gsm7', 'ucs2'", None),
    ("messages.send_number_pool", "encoding", "UCS2", LISTED, "ucs2"),
    ("messages.send_whatsapp", "type_", "WHATSAPP", None, None),
    ("messages.send_whatsapp", "type_", "whatsapp", "must be one of 'WHATSAPP'", "WHATSAPP"),
    ("messages.send_whatsapp", "type_", "SMS", "must be one of 'WHATSAPP'", None),
    *[("messaging_profiles.autoresp_configs.create", "op", v, None, None) for v in ("start", "stop", "info")],
    ("messaging_profiles.autoresp_configs.create", "op", "STOP", "must be one of 'start', 'stop', 'info'", "stop"),
    ("messaging_profiles.autoresp_configs.update", "op", "help", "must be one of 'start', 'stop', 'info'", None),
    ("messaging_profiles.autoresp_configs.update", "op", "Info", LISTED, "info"),
    *[("messaging_profile_metrics.list", "time_frame", v, None, None) for v in ("1h", "3h", "24h", "3d", "7d", "30d")],
    ("messaging_profile_metrics.list", "time_frame", "1d", "must be one of '1h', '3h', '24h', '3d', '7d', '30d'", None),
    ("messaging_profiles.retrieve_metrics", "time_frame", "24H", LISTED, "24h"),
    ("messaging_profiles.retrieve_metrics", "time_frame", 24, LISTED, None),
    *[("messaging_profiles.create", "webhook_api_version", v, None, None) for v in ("1", "2", "2010-04-01")],
    ("messaging_profiles.create", "webhook_api_version", 2, "must be one of '1', '2', '2010-04-01'", "2"),
    ("messaging_profiles.update", "webhook_api_version", "3", LISTED, None),
    ("messaging_profiles.update", "webhook_api_version", "v2", LISTED, None),
]  # fmt: skip
NESTED: list[tuple[str, dict[str, object], str | None, str | None, str | None]] = [
    ("phone_numbers.messaging.list", {"filter": {"type": "tollfree"}}, None, None, None),
    ("phone_numbers.messaging.list", {"filter": {"type": "longcode"}}, None, None, None),
    ("phone_numbers.messaging.list", {"filter": {"type": "shortcode"}}, None, None, None),
    ("phone_numbers.messaging.list", {"filter": {"type": "toll-free"}},
     "must be one of 'tollfree', 'longcode', 'shortcode'", "filter.type", None),
    ("phone_numbers.messaging.list", {"filter": {"type_": "LONGCODE"}}, LISTED, "filter.type", "longcode"),
    ("phone_numbers.messaging.list", {"sort": {"phone_number": "asc"}}, None, None, None),
    ("messaging_hosted_numbers.list", {"sort": {"phone_number": "desc"}}, None, None, None),
    ("messaging_hosted_numbers.list", {"sort": {"phone_number": "ascending"}}, "must be one of 'asc', 'desc'",
     "sort.phone_number", None),
    ("messaging_hosted_numbers.list", {"sort": {"phone_number": "DESC"}}, LISTED, "sort.phone_number", "desc"),
    ("messaging_hosted_numbers.list", {"sort": "phone_number"}, "must be a dict", "sort", None),
]  # fmt: skip


def test_at_least_60_cases():
    assert len(CASES) + len(NESTED) >= 60


@pytest.mark.parametrize(("operation", "argument", "value", "fragment", "suggestion"), CASES)
def test_enum(operation, argument, value, fragment, suggestion):
    check(operation, call(operation, **{argument: value}), fragment, param=argument, suggestion=suggestion)


@pytest.mark.parametrize(("operation", "params", "fragment", "param", "suggestion"), NESTED)
def test_nested_enum(operation, params, fragment, param, suggestion):
    check(operation, {**call(operation), **params}, fragment, param=param, suggestion=suggestion)
