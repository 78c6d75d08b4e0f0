"""What several test suites need to know about the overlay's 44 operations."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

import pytest

from telnyx_messaging._operation import Operation, spec_label

PHONE = "+13125550001"
PHONE_2 = "+13125550002"
UUID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
UUID_2 = "abc85f64-5717-4562-b3fc-2c9600000000"
RESOURCE_MODULES = (
    "alphanumeric_sender_ids", "messages", "messaging_hosted_numbers", "messaging_numbers_bulk_updates",
    "messaging_optouts", "messaging_profile_metrics", "messaging_profiles", "messaging_url_domains",
    "phone_numbers", "short_codes",
)  # fmt: skip


def overlay_operations() -> list[Operation]:
    """Every Operation the overlay's resource modules declare, by method name."""
    operations = []
    for name in RESOURCE_MODULES:
        module = importlib.import_module(f"telnyx_messaging._resources.{name}")
        operations += [value for value in vars(module).values() if isinstance(value, Operation)]
    return sorted(operations, key=lambda op: op.name)


def not_in_spec(operation: Operation) -> str:
    """Why a test of `operation` skips on a client generated from an older spec."""
    return f"{operation.operation_id} ({operation.name}) is not in the spec generated/ was made from ({spec_label()})"


def operation_params() -> list[Any]:
    """overlay_operations() as pytest parameters: one the generated spec lacks skips, saying so."""
    return [
        pytest.param(op, id=op.name, marks=() if op.available else pytest.mark.skip(reason=not_in_spec(op)))
        for op in overlay_operations()
    ]


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


def bound_method(client: Any, operation: Operation) -> Any:
    """`client.<resource>.<method>` for `operation` ("messaging_profiles.autoresp_configs.list")."""
    target = client
    for part in operation.name.split("."):
        target = getattr(target, part)
    return target


def call_with_path_ids(client: Any, operation: Operation, ids: Mapping[str, str]) -> Any:
    """`operation`'s method called the way most code calls it: the path ids positional in the
    spec's order (`retrieve("")`), MINIMAL's values unless `ids` (by spec name) says otherwise,
    and MINIMAL's other arguments by keyword."""
    arguments = dict(MINIMAL[operation.name])
    defaults = {name: arguments.pop(name) for name in operation.path_params}
    positional = [ids.get(name, value) for name, value in defaults.items()]
    return bound_method(client, operation)(*positional, **arguments)
