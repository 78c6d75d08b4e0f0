"""The remaining rules: pages, filters, booleans, profile settings, tags, nested dicts."""

from __future__ import annotations

import pytest

from tests.support.spec_version import skip_unless_pinned

from ._helpers import UUID, call, check

CASES: list[tuple[str, dict[str, object], str | None, str | None, str | None]] = [
    # page[number] >= 1, 1 <= page[size] <= 250 where the spec says so; digit strings are the same on the wire
    ("messaging_profiles.list", {"page": {"number": 1, "size": 250}}, None, None, None),
    ("messaging_profiles.list", {"page": {"number": "2", "size": "20"}}, None, None, None),
    ("messaging_profiles.list", {"page": {"number": 0}}, "must be at least 1", "page.number", None),
    ("messaging_profiles.list", {"page": {"size": 251}}, "must be at most 250", "page.size", None),
    ("messaging_profiles.list", {"page": {"size": 0}}, "must be at least 1", "page.size", None),
    ("messaging_profiles.list", {"page": {"size": True}}, "must be an integer, not bool", "page.size", None),
    ("messaging_profiles.list", {"page": {"size": 2.5}}, "must be an integer, not float", "page.size", None),
    ("messaging_profiles.list", {"page": {"size": "ten"}}, "must be an integer, not str", "page.size", None),
    ("messaging_profiles.list", {"page": 2}, "must be a dict (e.g. page={...}), not int", "page", None),
    ("messaging_url_domains.list", {"page": {"size": 1000}}, "at most 250", "page.size", None),
    ("alphanumeric_sender_ids.list", {"page": {"size": 1000, "number": 0}}, None, None, None),  # no bounds stated
    ("messaging_profiles.list", {"page": {"size": None}}, None, None, None),
    # filters
    ("messaging_profiles.list", {"filter": {"name": "Support"}}, None, None, None),
    ("messaging_profiles.list", {"filter": {"name": {"eq": "Support", "contains": "Sup"}}}, None, None, None),
    ("messaging_profiles.list", {"filter": {"name": {"contains": 5}}}, "must be a string, not int",
     "filter.name.contains", None),
    ("messaging_profiles.list", {"filter": "Support"}, "must be a dict", "filter", None),
    ("messaging_profiles.list", {"filter": {"unknown": 1}}, None, None, None),
    ("messaging_hosted_numbers.list", {"filter": {"phone_number": "+13125550001"}}, None, None, None),
    ("messaging_hosted_numbers.list", {"filter": {"phone_number": {"contains": "555"}}}, None, None, None),
    ("messaging_hosted_numbers.list", {"filter": {"phone_number": "3125550001"}}, "has no '+'",
     "filter.phone_number", None),
    ("messaging_hosted_numbers.list", {"filter": {"phone_number": "+1 312 555 0001"}}, "contains space",
     "filter.phone_number", "+13125550001"),
    ("phone_numbers.messaging.list", {"filter": {"phone_number": "+13125550001,+13125550002"}}, None, None, None),
    ("phone_numbers.messaging.list", {"filter": {"phone_number": "+13125550001, 12345"}}, None, None, None),
    ("phone_numbers.messaging.list", {"filter": {"phone_number": "+13125550001,55502"}}, None, None, None),
    ("phone_numbers.messaging.list", {"filter": {"phone_number": "+13125550001,3125550002"}}, "has no '+'",
     "filter.phone_number[1]", None),
    ("phone_numbers.messaging.list", {"filter": {"phone_number": ["+13125550001"]}}, "must be a string, not list",
     "filter.phone_number", None),
    ("messaging_optouts.list", {"filter": {"from": "+13125550001"}}, None, None, None),
    ("messaging_optouts.list", {"filter": {"from": "MyCompany"}}, None, None, None),
    ("messaging_optouts.list", {"filter": {"from": "My-Company"}}, "contains '-'", "filter.from", None),
    ("messaging_optouts.list", {"redaction_enabled": True}, None, None, None),
    ("messaging_optouts.list", {"redaction_enabled": "true"}, None, None, None),
    ("messaging_optouts.list", {"redaction_enabled": "yes"}, "must be True or False", "redaction_enabled", None),
    ("messaging_profiles.autoresp_configs.list", {"created_at": {"gte": "2025-01-01T00:00:00Z"},
     "updated_at": {"lte": "2025-01-02"}}, None, None, None),
    ("messaging_profiles.autoresp_configs.list", {"updated_at": {"lte": "soon"}}, "not ISO 8601",
     "updated_at.lte", None),
    # booleans
    ("messages.send", {"use_profile_webhooks": True}, None, None, None),
    ("messages.send", {"use_profile_webhooks": "true"}, "must be True or False, not str", "use_profile_webhooks",
     "true"),
    ("messages.send", {"auto_detect": 1}, "must be True or False, not int", "auto_detect", None),
    ("messaging_numbers_bulk_updates.create", {"assign_only": "False"}, "must be True or False",
     "assign_only", "false"),
    # text
    ("messages.send", {"text": 42}, "must be a string, not int", "text", None),
    ("messages.send", {"subject": b"hi"}, "must be a string, not bytes", "subject", None),
    # messaging profile settings
    ("messaging_profiles.create", {"whitelisted_destinations": ["US", "CA", "*"]}, None, None, None),
    ("messaging_profiles.create", {"whitelisted_destinations": []}, None, None, None),
    ("messaging_profiles.create", {"whitelisted_destinations": ["us"]},
     "must be an ISO 3166-1 alpha-2 country code such as 'US', or '*' for all", "whitelisted_destinations[0]", "US"),
    ("messaging_profiles.create", {"whitelisted_destinations": ["USA"]}, "alpha-2", "whitelisted_destinations[0]",
     None),
    ("messaging_profiles.create", {"whitelisted_destinations": "US"}, "must be a list of country codes",
     "whitelisted_destinations", None),
    ("messaging_profiles.update", {"daily_spend_limit": "100.00"}, None, None, None),
    ("messaging_profiles.update", {"daily_spend_limit": 100}, "must be a decimal amount in USD as a string",
     "daily_spend_limit", "100"),
    ("messaging_profiles.update", {"daily_spend_limit": 12.5}, "as a string", "daily_spend_limit", "12.5"),
    ("messaging_profiles.update", {"daily_spend_limit": "$100"}, "as a string", "daily_spend_limit", None),
    ("messaging_profiles.update", {"daily_spend_limit": 1e-05}, "as a string", "daily_spend_limit", None),
    ("messaging_profiles.create", {"ai_assistant_id": "a" * 64}, None, None, None),
    ("messaging_profiles.create", {"ai_assistant_id": "a" * 65}, "has 65 characters; at most 64 allowed",
     "ai_assistant_id", None),
    ("messaging_profiles.create", {"number_pool_settings": {"long_code_weight": 1}}, None, None, None),
    ("messaging_profiles.create", {"number_pool_settings": None}, None, None, None),
    ("messaging_profiles.create", {"url_shortener_settings": "on"}, "must be a dict or a generated model",
     "url_shortener_settings", None),
    ("messaging_profiles.update", {"webhook_url": None, "alpha_sender": None}, None, None, None),
    # tags, keywords, numbers
    ("short_codes.update", {"tags": ["a", "b"]}, None, None, None),
    ("short_codes.update", {"tags": "a"}, "must be a list of strings (e.g. tags=['a'])", "tags", None),
    ("phone_numbers.messaging.update", {"tags": ["a", 1]}, "must be a string, not int", "tags[1]", None),
    ("messaging_profiles.autoresp_configs.create", {"keywords": "STOP"}, "must be a list of keywords",
     "keywords", None),
    ("messaging_numbers_bulk_updates.create", {"numbers": ["+13125550001", "+1 312 555 0002"]}, "contains space",
     "numbers[1]", "+13125550002"),
    ("alphanumeric_sender_ids.create", {"us_long_code_fallback": "+13125550001"}, None, None, None),
    ("alphanumeric_sender_ids.create", {"us_long_code_fallback": "(312) 555-0001"}, "contains",
     "us_long_code_fallback", None),
    ("messaging_hosted_numbers.update", {"messaging_product": 5}, "must be a string", "messaging_product", None),
]  # fmt: skip


@pytest.mark.parametrize(("operation", "changes", "fragment", "param", "suggestion"), CASES)
def test_rule(operation, changes, fragment, param, suggestion):
    check(operation, call(operation, **changes), fragment, param=param, suggestion=suggestion)


def test_generated_model_counts_as_an_object():
    try:
        from telnyx_messaging_api.models.number_pool_settings import NumberPoolSettings
    except ModuleNotFoundError:
        skip_unless_pinned(True, "the NumberPoolSettings schema")
        raise

    settings = NumberPoolSettings(long_code_weight=1, skip_unhealthy=True, toll_free_weight=1)
    check("messaging_profiles.update", {"id": UUID, "number_pool_settings": settings}, None)
