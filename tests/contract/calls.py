"""One realistic call of each of the 44 overlay methods, with what it must send and return.

Argument values come from the spec's examples (UUIDs where the spec says uuid, E.164 numbers,
its example URLs and names). Prism answers with the spec's examples, so the checks compare
the parsed model with the raw JSON Prism sent rather than with fixed values.
"""

from __future__ import annotations

import datetime
import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import quote

from telnyx_messaging._operation import Operation
from telnyx_messaging_api.models.alphanumeric_sender_id import AlphanumericSenderId
from telnyx_messaging_api.models.autoresp_config_schema import AutorespConfigSchema
from telnyx_messaging_api.models.bulk_messaging_settings_update_phone_numbers import (
    BulkMessagingSettingsUpdatePhoneNumbers,
)
from telnyx_messaging_api.models.messaging_profile import MessagingProfile
from telnyx_messaging_api.models.messaging_url_domain import MessagingUrlDomain
from telnyx_messaging_api.models.opt_out_item import OptOutItem
from telnyx_messaging_api.models.outbound_message_payload import OutboundMessagePayload
from telnyx_messaging_api.models.outbound_message_payload_cancelled import OutboundMessagePayloadCancelled
from telnyx_messaging_api.models.phone_number_with_messaging_settings import PhoneNumberWithMessagingSettings
from telnyx_messaging_api.models.profile_metrics import ProfileMetrics
from telnyx_messaging_api.models.profile_metrics_high_level import ProfileMetricsHighLevel
from telnyx_messaging_api.models.short_code import ShortCode
from telnyx_messaging_api.models.whatsapp_response_data import WhatsappResponseData

PROFILE_ID = "abc85f64-5717-4562-b3fc-2c9600000000"
OTHER_PROFILE_ID = "dd50eba1-a0c0-4563-9925-b25e842a7cb6"
MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"
SENDER_ID_ID = "6a09cdc3-8948-47f0-aa62-74ac943d6c58"
AUTORESP_ID = "c2298f86-a4dc-4cac-b6b6-4a3d01c290fa"
SHORT_CODE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
ORDER_ID = "00000000-0000-0000-0000-000000000000"
HOSTED_NUMBER = "+18005550001"  # GET /messaging_hosted_numbers/{id} takes an ID or the number
PHONE_NUMBER_ID = "1293384261075731499"
WEBHOOK_URL = "https://www.example.com/hooks"
FAILOVER_URL = "https://backup.example.com/hooks"

MESSAGE_FIELDS = ("id", "to.0.phone_number", "to.0.status", "from.phone_number", "text", "direction", "type")
NUMBER_FIELDS = ("id", "phone_number", "messaging_profile_id", "type", "messaging_product")
SENDER_ID_FIELDS = ("id", "alphanumeric_sender_id", "messaging_profile_id", "us_long_code_fallback")
PROFILE_FIELDS = ("id", "name", "enabled", "whitelisted_destinations.0", "number_pool_settings.toll_free_weight")
AUTORESP_FIELDS = ("id", "op", "keywords.0", "country_code", "resp_text", "created_at")
SHORT_CODE_FIELDS = ("id", "short_code", "messaging_profile_id", "country_code")

# "one": .data is the model; "many": .data is a list of it; "page": a lazy page of it;
# "value": .data is the bare JSON value.
Kind = Literal["one", "many", "page", "value"]


@dataclass(frozen=True)
class Call:
    method: str  # the overlay method, dotted from the client
    http: str  # "METHOD /template" as in the spec; path parameters come from `args`, in order
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    model: type[Any] | None = None  # the generated model of .data (or of each item)
    kind: Kind = "one"
    fields: tuple[str, ...] = ()  # JSON paths compared between the model and the raw body
    enveloped: bool = True  # False: the body is the resource itself, not {"data": ...}
    bug: str | None = None  # a known overlay bug: the test is a strict xfail

    @property
    def id(self) -> str:
        return self.method

    @property
    def verb(self) -> str:
        return self.http.split(" ", 1)[0]

    @property
    def template(self) -> str:
        return self.http.split(" ", 1)[1]

    def path(self) -> str:
        """The raw (percent-encoded) path the request must go to."""
        values = iter(self.args)
        return re.sub(r"\{[^}]+\}", lambda _: quote(str(next(values)), safe=""), self.template)

    def target(self, client: Any) -> Any:
        for part in self.method.split("."):
            client = getattr(client, part)
        return client


NUMBER_POOL_SETTINGS = {
    "geomatch": False,
    "long_code_weight": 1,
    "skip_unhealthy": True,
    "sticky_sender": False,
    "toll_free_weight": 10,
}
URL_SHORTENER_SETTINGS = {"domain": "example.ex", "prefix": "", "replace_blacklist_only": True, "send_webhooks": False}

CALLS: tuple[Call, ...] = (
    # --- messages -------------------------------------------------------------------------
    Call(
        "messages.send",
        "POST /messages",
        kwargs={
            "from_": "+18445550001",
            "to": "+13125550001",
            "text": "Hello, World!",
            "subject": "From Telnyx!",
            "media_urls": ["http://example.com"],
            "messaging_profile_id": PROFILE_ID,
            "type_": "MMS",
            "use_profile_webhooks": True,
            "webhook_url": "http://example.com/webhooks",
            "webhook_failover_url": FAILOVER_URL,
        },
        model=OutboundMessagePayload,
        fields=MESSAGE_FIELDS,
    ),
    Call(
        "messages.send_with_alphanumeric_sender",
        "POST /messages/alphanumeric_sender_id",
        kwargs={
            "from_": "MyCompany",
            "to": "+13125550001",
            "text": "Hello from Telnyx!",
            "messaging_profile_id": PROFILE_ID,
            "use_profile_webhooks": False,
            "webhook_url": WEBHOOK_URL,
            "webhook_failover_url": FAILOVER_URL,
        },
        model=OutboundMessagePayload,
        fields=MESSAGE_FIELDS,
    ),
    Call(
        "messages.send_group_mms",
        "POST /messages/group_mms",
        kwargs={
            "from_": "+13125551234",
            "to": ["+18655551234", "+14155551234"],
            "text": "Hello, World!",
            "subject": "From Telnyx!",
            "media_urls": ["http://example.com"],
            "use_profile_webhooks": True,
            "webhook_url": "http://example.com/webhooks",
            "webhook_failover_url": FAILOVER_URL,
        },
        model=OutboundMessagePayload,
        fields=MESSAGE_FIELDS,
    ),
    Call(
        "messages.send_long_code",
        "POST /messages/long_code",
        kwargs={
            "from_": "+18445550001",
            "to": "+13125550002",
            "text": "Hello, World!",
            "type_": "SMS",
            "encoding": "gsm7",
            "auto_detect": True,
            "webhook_url": "http://example.com/webhooks",
        },
        model=OutboundMessagePayload,
        fields=MESSAGE_FIELDS,
    ),
    Call(
        "messages.send_number_pool",
        "POST /messages/number_pool",
        kwargs={
            "messaging_profile_id": PROFILE_ID,
            "to": "+13125550002",
            "text": "Hello, World!",
            "subject": "From Telnyx!",
            "media_urls": ["http://example.com"],
            "type_": "MMS",
            "use_profile_webhooks": True,
        },
        model=OutboundMessagePayload,
        fields=MESSAGE_FIELDS,
    ),
    Call(
        "messages.send_short_code",
        "POST /messages/short_code",
        kwargs={"from_": "+18445550001", "to": "+13125550003", "text": "Your code is 123456", "encoding": "auto"},
        model=OutboundMessagePayload,
        fields=MESSAGE_FIELDS,
    ),
    Call(
        "messages.schedule",
        "POST /messages/schedule",
        kwargs={
            "from_": "+18445550001",
            "to": "+18445550002",
            "text": "Appointment reminder",
            "messaging_profile_id": PROFILE_ID,
            "send_at": datetime.datetime(2030, 7, 1, 15, 0, tzinfo=datetime.UTC),
            "type_": "SMS",
        },
        model=OutboundMessagePayload,
        fields=MESSAGE_FIELDS,
    ),
    Call(
        "messages.send_whatsapp",
        "POST /messages/whatsapp",
        kwargs={
            "from_": "+13125551234",
            "to": "+13125551235",
            "whatsapp_message": {"type": "text", "text": {"body": "Hello from Telnyx!", "preview_url": False}},
            "type_": "WHATSAPP",
            "messaging_profile_id": PROFILE_ID,
            "webhook_url": WEBHOOK_URL,
        },
        model=WhatsappResponseData,
        fields=("id", "direction", "type", "record_type", "body.text.body"),
    ),
    Call(
        "messages.retrieve",
        "GET /messages/{id}",
        args=(MESSAGE_ID,),
        model=OutboundMessagePayload,
        fields=(*MESSAGE_FIELDS, "cost.amount", "received_at"),
    ),
    Call(
        "messages.cancel_scheduled",
        "DELETE /messages/{id}",
        args=(MESSAGE_ID,),
        model=OutboundMessagePayloadCancelled,
        fields=("id", "to.0.phone_number", "from.phone_number", "text", "cost.amount"),
        enveloped=False,
    ),
    Call(
        "messages.retrieve_group_messages",
        "GET /messages/group/{message_id}",
        args=(MESSAGE_ID,),
        model=OutboundMessagePayload,
        kind="many",
        fields=MESSAGE_FIELDS,
    ),
    # --- alphanumeric sender IDs -------------------------------------------------------------
    Call(
        "alphanumeric_sender_ids.list",
        "GET /alphanumeric_sender_ids",
        kwargs={"filter": {"messaging_profile_id": PROFILE_ID}, "page": {"number": 1, "size": 20}},
        model=AlphanumericSenderId,
        kind="page",
        fields=SENDER_ID_FIELDS,
    ),
    Call(
        "alphanumeric_sender_ids.create",
        "POST /alphanumeric_sender_ids",
        kwargs={
            "alphanumeric_sender_id": "MyCompany",
            "messaging_profile_id": PROFILE_ID,
            "us_long_code_fallback": "+15551234567",
        },
        model=AlphanumericSenderId,
        fields=SENDER_ID_FIELDS,
    ),
    Call(
        "alphanumeric_sender_ids.retrieve",
        "GET /alphanumeric_sender_ids/{id}",
        args=(SENDER_ID_ID,),
        model=AlphanumericSenderId,
        fields=SENDER_ID_FIELDS,
    ),
    Call(
        "alphanumeric_sender_ids.delete",
        "DELETE /alphanumeric_sender_ids/{id}",
        args=(SENDER_ID_ID,),
        model=AlphanumericSenderId,
        fields=SENDER_ID_FIELDS,
    ),
    # --- hosted numbers, number settings, bulk updates -----------------------------------------
    Call(
        "messaging_hosted_numbers.list",
        "GET /messaging_hosted_numbers",
        kwargs={
            "filter": {"messaging_profile_id": PROFILE_ID, "phone_number": {"contains": "555"}},
            "sort": {"phone_number": "asc"},
            "page": {"size": 10},
        },
        model=PhoneNumberWithMessagingSettings,
        kind="page",
        fields=NUMBER_FIELDS,
    ),
    Call(
        "messaging_hosted_numbers.retrieve",
        "GET /messaging_hosted_numbers/{id}",
        args=(HOSTED_NUMBER,),
        model=PhoneNumberWithMessagingSettings,
        fields=NUMBER_FIELDS,
    ),
    Call(
        "messaging_hosted_numbers.update",
        "PATCH /messaging_hosted_numbers/{id}",
        args=(HOSTED_NUMBER,),
        kwargs={"messaging_product": "P2P", "messaging_profile_id": OTHER_PROFILE_ID, "tags": ["customer"]},
        model=PhoneNumberWithMessagingSettings,
        fields=NUMBER_FIELDS,
    ),
    Call(
        "messaging_numbers_bulk_updates.create",
        "POST /messaging_numbers_bulk_updates",
        kwargs={
            "messaging_profile_id": PROFILE_ID,
            "numbers": ["+18880000000", "+18880000001", "+18880000002"],
            "assign_only": True,
        },
        model=BulkMessagingSettingsUpdatePhoneNumbers,
        fields=("order_id", "success.0", "record_type"),
    ),
    Call(
        "messaging_numbers_bulk_updates.retrieve",
        "GET /messaging_numbers_bulk_updates/{order_id}",
        args=(ORDER_ID,),
        model=BulkMessagingSettingsUpdatePhoneNumbers,
        fields=("order_id", "success.0", "record_type"),
    ),
    Call(
        "phone_numbers.messaging.list",
        "GET /phone_numbers/messaging",
        kwargs={
            "filter": {"messaging_profile_id": PROFILE_ID, "type": "tollfree"},
            "sort": {"phone_number": "desc"},
            "page": {"number": 1, "size": 10},
        },
        model=PhoneNumberWithMessagingSettings,
        kind="page",
        fields=NUMBER_FIELDS,
    ),
    Call(
        "phone_numbers.messaging.retrieve",
        "GET /phone_numbers/{id}/messaging",
        args=(PHONE_NUMBER_ID,),
        model=PhoneNumberWithMessagingSettings,
        fields=NUMBER_FIELDS,
    ),
    Call(
        "phone_numbers.messaging.update",
        "PATCH /phone_numbers/{id}/messaging",
        args=(PHONE_NUMBER_ID,),
        kwargs={"messaging_product": "P2P", "messaging_profile_id": OTHER_PROFILE_ID, "tags": ["customer"]},
        model=PhoneNumberWithMessagingSettings,
        fields=NUMBER_FIELDS,
    ),
    # --- opt-outs and metrics ------------------------------------------------------------------
    Call(
        "messaging_optouts.list",
        "GET /messaging_optouts",
        kwargs={
            "filter": {"messaging_profile_id": PROFILE_ID, "from": "+18445550001"},
            "created_at": {"gte": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)},
            "redaction_enabled": "true",
            "page": {"size": 25},
        },
        model=OptOutItem,
        kind="page",
        fields=("from", "to", "keyword", "messaging_profile_id"),
    ),
    Call(
        "messaging_profile_metrics.list",
        "GET /messaging_profile_metrics",
        kwargs={"time_frame": "24h"},
        model=ProfileMetricsHighLevel,
        kind="page",
    ),
    # --- messaging profiles ----------------------------------------------------------------------
    Call(
        "messaging_profiles.list",
        "GET /messaging_profiles",
        kwargs={"filter": {"name": {"contains": "Messages"}}, "page": {"number": 1, "size": 10}},
        model=MessagingProfile,
        kind="page",
        fields=PROFILE_FIELDS,
    ),
    Call(
        "messaging_profiles.create",
        "POST /messaging_profiles",
        kwargs={
            "name": "My name",
            "whitelisted_destinations": ["US"],
            "enabled": True,
            "number_pool_settings": NUMBER_POOL_SETTINGS,
            "url_shortener_settings": URL_SHORTENER_SETTINGS,
            "webhook_api_version": "2",
            "webhook_url": WEBHOOK_URL,
            "webhook_failover_url": FAILOVER_URL,
            "daily_spend_limit": "100.00",
            "daily_spend_limit_enabled": True,
        },
        model=MessagingProfile,
        fields=PROFILE_FIELDS,
    ),
    Call(
        "messaging_profiles.retrieve",
        "GET /messaging_profiles/{id}",
        args=(PROFILE_ID,),
        model=MessagingProfile,
        fields=(*PROFILE_FIELDS, "created_at", "webhook_api_version"),
    ),
    Call(
        "messaging_profiles.update",
        "PATCH /messaging_profiles/{id}",
        args=(PROFILE_ID,),
        kwargs={
            "name": "Updated Profile for Messages",
            "enabled": True,
            "number_pool_settings": {**NUMBER_POOL_SETTINGS, "long_code_weight": 2, "sticky_sender": True},
            "url_shortener_settings": {**URL_SHORTENER_SETTINGS, "prefix": "cmpny"},
            "v1_secret": "rP1VamejkU2v0qIUxntqLW2c",
            "webhook_api_version": "2",
            "webhook_url": WEBHOOK_URL,
            "whitelisted_destinations": ["US"],
        },
        model=MessagingProfile,
        fields=PROFILE_FIELDS,
    ),
    Call(
        "messaging_profiles.delete",
        "DELETE /messaging_profiles/{id}",
        args=(PROFILE_ID,),
        model=MessagingProfile,
        fields=PROFILE_FIELDS,
    ),
    Call(
        "messaging_profiles.actions.regenerate_secret",
        "POST /messaging_profiles/{id}/actions/regenerate_secret",
        args=(PROFILE_ID,),
        model=MessagingProfile,
        fields=(*PROFILE_FIELDS, "v1_secret"),
    ),
    Call(
        "messaging_profiles.list_alphanumeric_sender_ids",
        "GET /messaging_profiles/{id}/alphanumeric_sender_ids",
        args=(PROFILE_ID,),
        kwargs={"page": {"size": 10}},
        model=AlphanumericSenderId,
        kind="page",
        fields=SENDER_ID_FIELDS,
    ),
    Call(
        "messaging_profiles.retrieve_metrics",
        "GET /messaging_profiles/{id}/metrics",
        args=(PROFILE_ID,),
        kwargs={"time_frame": "7d"},
        model=ProfileMetrics,  # a free-form object: Prism has nothing to put in it
    ),
    Call(
        "messaging_profiles.list_phone_numbers",
        "GET /messaging_profiles/{id}/phone_numbers",
        args=(PROFILE_ID,),
        kwargs={"page": {"number": 1, "size": 10}},
        model=PhoneNumberWithMessagingSettings,
        kind="page",
        fields=NUMBER_FIELDS,
    ),
    Call(
        "messaging_profiles.list_short_codes",
        "GET /messaging_profiles/{id}/short_codes",
        args=(PROFILE_ID,),
        kwargs={"page": {"size": 10}},
        model=ShortCode,
        kind="page",
        fields=SHORT_CODE_FIELDS,
    ),
    Call(
        "messaging_profiles.autoresp_configs.list",
        "GET /messaging_profiles/{profile_id}/autoresp_configs",
        args=(PROFILE_ID,),
        kwargs={
            "country_code": "US",
            "created_at": {"gte": "2023-01-01T00:00:00Z", "lte": "2023-12-31T23:59:59Z"},
            "updated_at": {"gte": "2023-01-01T00:00:00Z"},
        },
        model=AutorespConfigSchema,
        kind="page",
        fields=AUTORESP_FIELDS,
    ),
    Call(
        "messaging_profiles.autoresp_configs.create",
        "POST /messaging_profiles/{profile_id}/autoresp_configs",
        args=(PROFILE_ID,),
        kwargs={"op": "stop", "keywords": ["STOP", "UNSUBSCRIBE"], "country_code": "US", "resp_text": "Bye!"},
        model=AutorespConfigSchema,
        fields=AUTORESP_FIELDS,
    ),
    Call(
        "messaging_profiles.autoresp_configs.retrieve",
        "GET /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
        args=(PROFILE_ID, AUTORESP_ID),
        model=AutorespConfigSchema,
        fields=AUTORESP_FIELDS,
    ),
    Call(
        "messaging_profiles.autoresp_configs.update",
        "PUT /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
        args=(PROFILE_ID, AUTORESP_ID),
        kwargs={"op": "start", "keywords": ["START", "BEGIN"], "country_code": "*", "resp_text": "Hello there!"},
        model=AutorespConfigSchema,
        fields=AUTORESP_FIELDS,
    ),
    Call(
        "messaging_profiles.autoresp_configs.delete",
        "DELETE /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}",
        args=(PROFILE_ID, AUTORESP_ID),
        kind="value",
    ),
    # --- URL domains and short codes --------------------------------------------------------------
    Call(
        "messaging_url_domains.list",
        "GET /messaging_url_domains",
        kwargs={"page": {"number": 1, "size": 10}},
        model=MessagingUrlDomain,
        kind="page",
        fields=("id", "url_domain", "use_case", "record_type"),
    ),
    Call(
        "short_codes.list",
        "GET /short_codes",
        kwargs={"filter": {"messaging_profile_id": PROFILE_ID}, "page": {"size": 10}},
        model=ShortCode,
        kind="page",
        fields=SHORT_CODE_FIELDS,
    ),
    Call(
        "short_codes.retrieve",
        "GET /short_codes/{id}",
        args=(SHORT_CODE_ID,),
        model=ShortCode,
        fields=SHORT_CODE_FIELDS,
    ),
    Call(
        "short_codes.update",
        "PATCH /short_codes/{id}",
        args=(SHORT_CODE_ID,),
        kwargs={"messaging_profile_id": PROFILE_ID, "tags": ["test_customer"]},
        model=ShortCode,
        fields=SHORT_CODE_FIELDS,
    ),
)

RESOURCE_MODULES = (
    "alphanumeric_sender_ids", "messages", "messaging_hosted_numbers", "messaging_numbers_bulk_updates",
    "messaging_optouts", "messaging_profile_metrics", "messaging_profiles", "messaging_url_domains",
    "phone_numbers", "short_codes",
)  # fmt: skip


def overlay_method_names() -> set[str]:
    """The dotted names of every operation the overlay wraps."""
    names = set()
    for module_name in RESOURCE_MODULES:
        module = importlib.import_module(f"telnyx_messaging._resources.{module_name}")
        names |= {value.name for value in vars(module).values() if isinstance(value, Operation)}
    return names
