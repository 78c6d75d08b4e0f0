# Derived by openapi/tools/derive_rules.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""What the spec states structurally about each method's arguments (see
openapi/tools/derive_rules.py); telnyx_messaging._validation builds the rules from it.
"""

from typing import Any, Final

SPEC_RULES: Final[dict[str, dict[str, dict[str, Any]]]] = {
    "alphanumeric_sender_ids.create": {
        "alphanumeric_sender_id": {"in": "body", "required": True, "schema": {"type": "string"}},
        "messaging_profile_id": {"in": "body", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "us_long_code_fallback": {"in": "body", "required": False, "schema": {"type": "string"}},
    },
    "alphanumeric_sender_ids.delete": {"id": {"in": "path", "required": True, "schema": {"type": "string"}}},
    "alphanumeric_sender_ids.list": {
        "filter": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"messaging_profile_id": {"type": "string", "format": "uuid"}}},
        },
        "page": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"number": {"type": "integer"}, "size": {"type": "integer"}}},
        },
    },
    "alphanumeric_sender_ids.retrieve": {"id": {"in": "path", "required": True, "schema": {"type": "string"}}},
    "messages.cancel_scheduled": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
    },
    "messages.retrieve": {"id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}},
    "messages.retrieve_group_messages": {
        "message_id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
    },
    "messages.schedule": {
        "to": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "auto_detect": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "from_": {"in": "body", "required": False, "schema": {"type": "string", "x-format": "address"}},
        "media_urls": {
            "in": "body",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "format": "url"}},
        },
        "messaging_profile_id": {"in": "body", "required": False, "schema": {"type": "string"}},
        "send_at": {"in": "body", "required": False, "schema": {"type": "string", "format": "date-time"}},
        "subject": {"in": "body", "required": False, "schema": {"type": "string"}},
        "text": {"in": "body", "required": False, "schema": {"type": "string"}},
        "type_": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["SMS", "MMS"]}},
        "use_profile_webhooks": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "webhook_failover_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
        "webhook_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
    },
    "messages.send": {
        "to": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "auto_detect": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "encoding": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["auto", "gsm7", "ucs2"]}},
        "from_": {"in": "body", "required": False, "schema": {"type": "string", "x-format": "address"}},
        "media_urls": {
            "in": "body",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "format": "url"}},
        },
        "messaging_profile_id": {"in": "body", "required": False, "schema": {"type": "string"}},
        "send_at": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "format": "date-time"},
        },
        "subject": {"in": "body", "required": False, "schema": {"type": "string"}},
        "text": {"in": "body", "required": False, "schema": {"type": "string"}},
        "type_": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["SMS", "MMS"]}},
        "use_profile_webhooks": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "webhook_failover_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
        "webhook_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
    },
    "messages.send_group_mms": {
        "from_": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "to": {
            "in": "body",
            "required": True,
            "schema": {"type": "array", "items": {"type": "string", "x-format": "address"}},
        },
        "media_urls": {
            "in": "body",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "format": "url"}},
        },
        "subject": {"in": "body", "required": False, "schema": {"type": "string"}},
        "text": {"in": "body", "required": False, "schema": {"type": "string"}},
        "use_profile_webhooks": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "webhook_failover_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
        "webhook_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
    },
    "messages.send_long_code": {
        "from_": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "to": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "auto_detect": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "encoding": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["auto", "gsm7", "ucs2"]}},
        "media_urls": {
            "in": "body",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "format": "url"}},
        },
        "subject": {"in": "body", "required": False, "schema": {"type": "string"}},
        "text": {"in": "body", "required": False, "schema": {"type": "string"}},
        "type_": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["SMS", "MMS"]}},
        "use_profile_webhooks": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "webhook_failover_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
        "webhook_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
    },
    "messages.send_number_pool": {
        "to": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "messaging_profile_id": {"in": "body", "required": True, "schema": {"type": "string"}},
        "auto_detect": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "encoding": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["auto", "gsm7", "ucs2"]}},
        "media_urls": {
            "in": "body",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "format": "url"}},
        },
        "subject": {"in": "body", "required": False, "schema": {"type": "string"}},
        "text": {"in": "body", "required": False, "schema": {"type": "string"}},
        "type_": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["SMS", "MMS"]}},
        "use_profile_webhooks": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "webhook_failover_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
        "webhook_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
    },
    "messages.send_short_code": {
        "from_": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "to": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "auto_detect": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "encoding": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["auto", "gsm7", "ucs2"]}},
        "media_urls": {
            "in": "body",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "format": "url"}},
        },
        "subject": {"in": "body", "required": False, "schema": {"type": "string"}},
        "text": {"in": "body", "required": False, "schema": {"type": "string"}},
        "type_": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["SMS", "MMS"]}},
        "use_profile_webhooks": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "webhook_failover_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
        "webhook_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
    },
    "messages.send_whatsapp": {
        "from_": {"in": "body", "required": True, "schema": {"type": "string"}},
        "to": {"in": "body", "required": True, "schema": {"type": "string"}},
        "whatsapp_message": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "properties": {
                    "audio": {
                        "type": "object",
                        "properties": {
                            "caption": {"type": "string"},
                            "filename": {"type": "string"},
                            "link": {"type": "string", "format": "url"},
                            "voice": {"type": "boolean"},
                        },
                    },
                    "biz_opaque_callback_data": {"type": "string"},
                    "contacts": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "addresses": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "city": {"type": "string"},
                                            "country": {"type": "string"},
                                            "country_code": {"type": "string"},
                                            "state": {"type": "string"},
                                            "street": {"type": "string"},
                                            "type": {"type": "string"},
                                            "zip": {"type": "string"},
                                        },
                                    },
                                },
                                "birthday": {"type": "string"},
                                "emails": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {"email": {"type": "string"}, "type": {"type": "string"}},
                                    },
                                },
                                "name": {"type": "string"},
                                "org": {
                                    "type": "object",
                                    "properties": {
                                        "company": {"type": "string"},
                                        "department": {"type": "string"},
                                        "title": {"type": "string"},
                                    },
                                },
                                "phones": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "phone": {"type": "string", "x-format": "E+164"},
                                            "type": {"type": "string"},
                                            "wa_id": {"type": "string"},
                                        },
                                    },
                                },
                                "urls": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "type": {"type": "string"},
                                            "url": {"type": "string", "format": "url"},
                                        },
                                    },
                                },
                            },
                        },
                    },
                    "document": {
                        "type": "object",
                        "properties": {
                            "caption": {"type": "string"},
                            "filename": {"type": "string"},
                            "link": {"type": "string", "format": "url"},
                            "voice": {"type": "boolean"},
                        },
                    },
                    "image": {
                        "type": "object",
                        "properties": {
                            "caption": {"type": "string"},
                            "filename": {"type": "string"},
                            "link": {"type": "string", "format": "url"},
                            "voice": {"type": "boolean"},
                        },
                    },
                    "interactive": {
                        "type": "object",
                        "properties": {
                            "action": {
                                "type": "object",
                                "properties": {
                                    "button": {"type": "string"},
                                    "buttons": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "reply": {
                                                    "type": "object",
                                                    "properties": {
                                                        "id": {"type": "string"},
                                                        "title": {"type": "string"},
                                                    },
                                                },
                                                "type": {"type": "string"},
                                            },
                                        },
                                    },
                                    "cards": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "action": {
                                                    "type": "object",
                                                    "properties": {
                                                        "catalog_id": {"type": "string"},
                                                        "product_retailer_id": {"type": "string"},
                                                    },
                                                },
                                                "body": {"type": "object", "properties": {"text": {"type": "string"}}},
                                                "card_index": {"type": "integer"},
                                                "header": {
                                                    "type": "object",
                                                    "properties": {
                                                        "image": {
                                                            "type": "object",
                                                            "properties": {
                                                                "caption": {"type": "string"},
                                                                "filename": {"type": "string"},
                                                                "link": {"type": "string", "format": "url"},
                                                                "voice": {"type": "boolean"},
                                                            },
                                                        },
                                                        "type": {"type": "string"},
                                                        "video": {
                                                            "type": "object",
                                                            "properties": {
                                                                "caption": {"type": "string"},
                                                                "filename": {"type": "string"},
                                                                "link": {"type": "string", "format": "url"},
                                                                "voice": {"type": "boolean"},
                                                            },
                                                        },
                                                    },
                                                },
                                                "type": {"type": "string"},
                                            },
                                        },
                                    },
                                    "catalog_id": {"type": "string"},
                                    "mode": {"type": "string"},
                                    "name": {"type": "string"},
                                    "parameters": {
                                        "type": "object",
                                        "properties": {
                                            "display_text": {"type": "string"},
                                            "url": {"type": "string", "format": "url"},
                                        },
                                    },
                                    "product_retailer_id": {"type": "string"},
                                    "sections": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "product_items": {
                                                    "type": "array",
                                                    "items": {
                                                        "type": "object",
                                                        "properties": {"product_retailer_id": {"type": "string"}},
                                                    },
                                                },
                                                "rows": {
                                                    "type": "array",
                                                    "items": {
                                                        "type": "object",
                                                        "properties": {
                                                            "description": {"type": "string"},
                                                            "id": {"type": "string"},
                                                            "title": {"type": "string"},
                                                        },
                                                    },
                                                },
                                                "title": {"type": "string"},
                                            },
                                        },
                                    },
                                },
                            },
                            "body": {"type": "object", "properties": {"text": {"type": "string"}}},
                            "footer": {"type": "object", "properties": {"text": {"type": "string"}}},
                            "header": {
                                "type": "object",
                                "properties": {
                                    "document": {
                                        "type": "object",
                                        "properties": {
                                            "caption": {"type": "string"},
                                            "filename": {"type": "string"},
                                            "link": {"type": "string", "format": "url"},
                                            "voice": {"type": "boolean"},
                                        },
                                    },
                                    "image": {
                                        "type": "object",
                                        "properties": {
                                            "caption": {"type": "string"},
                                            "filename": {"type": "string"},
                                            "link": {"type": "string", "format": "url"},
                                            "voice": {"type": "boolean"},
                                        },
                                    },
                                    "sub_text": {"type": "string"},
                                    "text": {"type": "string"},
                                    "video": {
                                        "type": "object",
                                        "properties": {
                                            "caption": {"type": "string"},
                                            "filename": {"type": "string"},
                                            "link": {"type": "string", "format": "url"},
                                            "voice": {"type": "boolean"},
                                        },
                                    },
                                },
                            },
                            "type": {"type": "string"},
                        },
                    },
                    "location": {
                        "type": "object",
                        "properties": {
                            "address": {"type": "string"},
                            "latitude": {"type": "string"},
                            "longitude": {"type": "string"},
                            "name": {"type": "string"},
                        },
                    },
                    "reaction": {
                        "type": "object",
                        "properties": {"emoji": {"type": "string"}, "message_id": {"type": "string"}},
                    },
                    "sticker": {
                        "type": "object",
                        "properties": {
                            "caption": {"type": "string"},
                            "filename": {"type": "string"},
                            "link": {"type": "string", "format": "url"},
                            "voice": {"type": "boolean"},
                        },
                    },
                    "template": {
                        "type": "object",
                        "properties": {
                            "components": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "index": {"type": "integer"},
                                        "parameters": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {"text": {"type": "string"}, "type": {"type": "string"}},
                                            },
                                        },
                                        "sub_type": {"type": "string"},
                                        "type": {"type": "string"},
                                    },
                                },
                            },
                            "language": {
                                "type": "object",
                                "properties": {"code": {"type": "string"}, "policy": {"type": "string"}},
                                "required": ["code"],
                            },
                            "name": {"type": "string"},
                            "template_id": {"type": "string"},
                        },
                    },
                    "text": {
                        "type": "object",
                        "properties": {"body": {"type": "string"}, "preview_url": {"type": "boolean"}},
                        "required": ["body"],
                    },
                    "type": {"type": "string"},
                    "video": {
                        "type": "object",
                        "properties": {
                            "caption": {"type": "string"},
                            "filename": {"type": "string"},
                            "link": {"type": "string", "format": "url"},
                            "voice": {"type": "boolean"},
                        },
                    },
                },
            },
        },
        "messaging_profile_id": {"in": "body", "required": False, "schema": {"type": "string", "format": "uuid"}},
        "type_": {"in": "body", "required": False, "schema": {"type": "string", "enum": ["WHATSAPP"]}},
        "webhook_url": {"in": "body", "required": False, "schema": {"type": "string", "format": "url"}},
    },
    "messages.send_with_alphanumeric_sender": {
        "from_": {"in": "body", "required": True, "schema": {"type": "string"}},
        "to": {"in": "body", "required": True, "schema": {"type": "string", "x-format": "address"}},
        "text": {"in": "body", "required": True, "schema": {"type": "string"}},
        "messaging_profile_id": {"in": "body", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "use_profile_webhooks": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "webhook_failover_url": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "format": "url"},
        },
        "webhook_url": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "format": "url"},
        },
    },
    "messaging_hosted_numbers.list": {
        "filter": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "messaging_profile_id": {"type": "string", "format": "uuid"},
                    "phone_number": {"type": "string", "properties": {"contains": {"type": "string"}}},
                },
            },
        },
        "sort": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"phone_number": {"type": "string", "enum": ["asc", "desc"]}}},
        },
        "page": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"number": {"type": "integer"}, "size": {"type": "integer"}}},
        },
    },
    "messaging_hosted_numbers.retrieve": {"id": {"in": "path", "required": True, "schema": {"type": "string"}}},
    "messaging_hosted_numbers.update": {
        "id": {"in": "path", "required": True, "schema": {"type": "string"}},
        "messaging_product": {"in": "body", "required": False, "schema": {"type": "string"}},
        "messaging_profile_id": {"in": "body", "required": False, "schema": {"type": "string"}},
        "tags": {"in": "body", "required": False, "schema": {"type": "array", "items": {"type": "string"}}},
    },
    "messaging_numbers_bulk_updates.create": {
        "messaging_profile_id": {"in": "body", "required": True, "schema": {"type": "string"}},
        "numbers": {
            "in": "body",
            "required": True,
            "schema": {"type": "array", "items": {"type": "string", "x-format": "+E.164"}},
        },
        "assign_only": {"in": "body", "required": False, "schema": {"type": "boolean"}},
    },
    "messaging_numbers_bulk_updates.retrieve": {
        "order_id": {"in": "path", "required": True, "schema": {"type": "string"}}
    },
    "messaging_optouts.list": {
        "redaction_enabled": {"in": "query", "required": False, "schema": {"type": "string", "x-format": "boolean"}},
        "filter": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {"from": {"type": "string"}, "messaging_profile_id": {"type": "string"}},
            },
        },
        "page": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "number": {"type": "integer", "minimum": 1},
                    "size": {"type": "integer", "minimum": 1, "maximum": 250},
                },
            },
        },
        "created_at": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "gte": {"type": "string", "format": "date-time"},
                    "lte": {"type": "string", "format": "date-time"},
                },
            },
        },
    },
    "messaging_profile_metrics.list": {
        "time_frame": {
            "in": "query",
            "required": False,
            "schema": {"type": "string", "enum": ["1h", "3h", "24h", "3d", "7d", "30d"]},
        }
    },
    "messaging_profiles.actions.regenerate_secret": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
    },
    "messaging_profiles.autoresp_configs.create": {
        "profile_id": {"in": "path", "required": True, "schema": {"type": "string"}},
        "op": {"in": "body", "required": True, "schema": {"type": "string", "enum": ["start", "stop", "info"]}},
        "keywords": {"in": "body", "required": True, "schema": {"type": "array", "items": {"type": "string"}}},
        "country_code": {"in": "body", "required": True, "schema": {"type": "string"}},
        "resp_text": {"in": "body", "required": False, "schema": {"type": "string"}},
    },
    "messaging_profiles.autoresp_configs.delete": {
        "profile_id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "autoresp_cfg_id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
    },
    "messaging_profiles.autoresp_configs.list": {
        "profile_id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "country_code": {"in": "query", "required": False, "schema": {"type": "string"}},
        "created_at": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"gte": {"type": "string"}, "lte": {"type": "string"}}},
        },
        "updated_at": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"gte": {"type": "string"}, "lte": {"type": "string"}}},
        },
    },
    "messaging_profiles.autoresp_configs.retrieve": {
        "profile_id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "autoresp_cfg_id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
    },
    "messaging_profiles.autoresp_configs.update": {
        "profile_id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "autoresp_cfg_id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "op": {"in": "body", "required": True, "schema": {"type": "string", "enum": ["start", "stop", "info"]}},
        "keywords": {"in": "body", "required": True, "schema": {"type": "array", "items": {"type": "string"}}},
        "country_code": {"in": "body", "required": True, "schema": {"type": "string"}},
        "resp_text": {"in": "body", "required": False, "schema": {"type": "string"}},
    },
    "messaging_profiles.create": {
        "name": {"in": "body", "required": True, "schema": {"type": "string"}},
        "whitelisted_destinations": {
            "in": "body",
            "required": True,
            "schema": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
        },
        "ai_assistant_id": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "maxLength": 64},
        },
        "alpha_sender": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "pattern": "^[A-Za-z0-9 ]{1,11}$"},
        },
        "daily_spend_limit": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "pattern": "^[0-9]+(?:\\.[0-9]+)?$"},
        },
        "daily_spend_limit_enabled": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "enabled": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "health_webhook_url": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "format": "url"},
        },
        "mms_fall_back_to_sms": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "mms_transcoding": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "mobile_only": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "number_pool_settings": {
            "in": "body",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "geomatch": {"type": "boolean"},
                    "long_code_weight": {"type": "number"},
                    "skip_unhealthy": {"type": "boolean"},
                    "sticky_sender": {"type": "boolean"},
                    "toll_free_weight": {"type": "number"},
                },
                "required": ["toll_free_weight", "long_code_weight", "skip_unhealthy"],
                "nullable": True,
            },
        },
        "resource_group_id": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "maxLength": 64},
        },
        "smart_encoding": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "url_shortener_settings": {
            "in": "body",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "domain": {"type": "string"},
                    "prefix": {"type": "string"},
                    "replace_blacklist_only": {"type": "boolean"},
                    "send_webhooks": {"type": "boolean"},
                },
                "required": ["domain"],
                "nullable": True,
            },
        },
        "webhook_api_version": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "enum": ["1", "2", "2010-04-01"]},
        },
        "webhook_failover_url": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "format": "url"},
        },
        "webhook_url": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "format": "url"},
        },
    },
    "messaging_profiles.delete": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
    },
    "messaging_profiles.list": {
        "filter": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "properties": {"eq": {"type": "string"}, "contains": {"type": "string"}}}
                },
            },
        },
        "page": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "number": {"type": "integer", "minimum": 1},
                    "size": {"type": "integer", "minimum": 1, "maximum": 250},
                },
            },
        },
    },
    "messaging_profiles.list_alphanumeric_sender_ids": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "page": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"number": {"type": "integer"}, "size": {"type": "integer"}}},
        },
    },
    "messaging_profiles.list_phone_numbers": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "page": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "number": {"type": "integer", "minimum": 1},
                    "size": {"type": "integer", "minimum": 1, "maximum": 250},
                },
            },
        },
    },
    "messaging_profiles.list_short_codes": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "page": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "number": {"type": "integer", "minimum": 1},
                    "size": {"type": "integer", "minimum": 1, "maximum": 250},
                },
            },
        },
    },
    "messaging_profiles.retrieve": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
    },
    "messaging_profiles.retrieve_metrics": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "time_frame": {
            "in": "query",
            "required": False,
            "schema": {"type": "string", "enum": ["1h", "3h", "24h", "3d", "7d", "30d"]},
        },
    },
    "messaging_profiles.update": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "ai_assistant_id": {"in": "body", "required": False, "schema": {"type": "string", "nullable": True}},
        "alpha_sender": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "pattern": "^[A-Za-z0-9 ]{1,11}$"},
        },
        "daily_spend_limit": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "pattern": "^[0-9]+(?:\\.[0-9]+)?$"},
        },
        "daily_spend_limit_enabled": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "enabled": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "mms_fall_back_to_sms": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "mms_transcoding": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "mobile_only": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "name": {"in": "body", "required": False, "schema": {"type": "string"}},
        "number_pool_settings": {
            "in": "body",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "geomatch": {"type": "boolean"},
                    "long_code_weight": {"type": "number"},
                    "skip_unhealthy": {"type": "boolean"},
                    "sticky_sender": {"type": "boolean"},
                    "toll_free_weight": {"type": "number"},
                },
                "required": ["toll_free_weight", "long_code_weight", "skip_unhealthy"],
                "nullable": True,
            },
        },
        "smart_encoding": {"in": "body", "required": False, "schema": {"type": "boolean"}},
        "url_shortener_settings": {
            "in": "body",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "domain": {"type": "string"},
                    "prefix": {"type": "string"},
                    "replace_blacklist_only": {"type": "boolean"},
                    "send_webhooks": {"type": "boolean"},
                },
                "required": ["domain"],
                "nullable": True,
            },
        },
        "v1_secret": {"in": "body", "required": False, "schema": {"type": "string"}},
        "webhook_api_version": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "enum": ["1", "2", "2010-04-01"]},
        },
        "webhook_failover_url": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "format": "url"},
        },
        "webhook_url": {
            "in": "body",
            "required": False,
            "schema": {"type": "string", "nullable": True, "format": "url"},
        },
        "whitelisted_destinations": {
            "in": "body",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
        },
    },
    "messaging_url_domains.list": {
        "page": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "number": {"type": "integer", "minimum": 1},
                    "size": {"type": "integer", "minimum": 1, "maximum": 250},
                },
            },
        }
    },
    "phone_numbers.messaging.list": {
        "page": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "number": {"type": "integer", "minimum": 1},
                    "size": {"type": "integer", "minimum": 1, "maximum": 250},
                },
            },
        },
        "filter": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "messaging_profile_id": {"type": "string", "format": "uuid"},
                    "phone_number": {"type": "string", "properties": {"contains": {"type": "string"}}},
                    "type": {"type": "string", "enum": ["tollfree", "longcode", "shortcode"]},
                },
            },
        },
        "sort": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"phone_number": {"type": "string", "enum": ["asc", "desc"]}}},
        },
    },
    "phone_numbers.messaging.retrieve": {"id": {"in": "path", "required": True, "schema": {"type": "string"}}},
    "phone_numbers.messaging.update": {
        "id": {"in": "path", "required": True, "schema": {"type": "string"}},
        "messaging_product": {"in": "body", "required": False, "schema": {"type": "string"}},
        "messaging_profile_id": {"in": "body", "required": False, "schema": {"type": "string"}},
        "tags": {"in": "body", "required": False, "schema": {"type": "array", "items": {"type": "string"}}},
    },
    "short_codes.list": {
        "filter": {
            "in": "query",
            "required": False,
            "schema": {"type": "object", "properties": {"messaging_profile_id": {"type": "string"}}},
        },
        "page": {
            "in": "query",
            "required": False,
            "schema": {
                "type": "object",
                "properties": {
                    "number": {"type": "integer", "minimum": 1},
                    "size": {"type": "integer", "minimum": 1, "maximum": 250},
                },
            },
        },
    },
    "short_codes.retrieve": {"id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}},
    "short_codes.update": {
        "id": {"in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        "messaging_profile_id": {"in": "body", "required": True, "schema": {"type": "string"}},
        "tags": {"in": "body", "required": False, "schema": {"type": "array", "items": {"type": "string"}}},
    },
}
