"""Messaging profiles, their auto-response configs, alphanumeric sender IDs and metrics."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from telnyx_messaging.testing._requests import Checked
from telnyx_messaging.testing._spec import pointer
from telnyx_messaging.testing._state import Record, new_id, now_iso, paginate

if TYPE_CHECKING:
    from telnyx_messaging.testing._fake import Answer, TelnyxFake

PROFILE = pointer("components", "schemas", "MessagingProfile")
AUTORESP = pointer("components", "schemas", "AutorespConfigSchema")
SENDER_ID = pointer("components", "schemas", "AlphanumericSenderId")
READ_ONLY = ("id", "record_type", "created_at", "updated_at", "v1_secret", "organization_id")


def listing(fake: TelnyxFake, items: list[Record], query: dict[str, Any]) -> Answer:
    """A list answer: the requested page of `items` and its pagination meta."""
    page = paginate(items, query)
    return fake.answer({"data": page.items, "meta": page.meta})


def _writable(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key not in READ_ONLY}


def _profile_names_match(record: Record, query: dict[str, Any]) -> bool:
    name = str(record.get("name", ""))
    exact = query.get("filter[name][eq]", query.get("filter[name]"))
    contains = query.get("filter[name][contains]")
    return (exact is None or name == exact) and (contains is None or contains.lower() in name.lower())


def list_profiles(fake: TelnyxFake, request: Checked) -> Answer:
    found = fake.state.profiles.where(lambda record: _profile_names_match(record, request.query))
    return listing(fake, found, request.query)


def create_profile(fake: TelnyxFake, request: Checked) -> Answer:
    record: Record = fake.examples.of(PROFILE)
    stamp = now_iso()
    record.update(webhook_url=None, webhook_failover_url=None, number_pool_settings=None, url_shortener_settings=None)
    record.update(_writable(request.body))
    record.update(id=new_id(), record_type="messaging_profile", created_at=stamp, updated_at=stamp, v1_secret=_secret())
    return fake.answer({"data": fake.state.profiles.add(record)})


def _secret() -> str:
    return secrets.token_urlsafe(24)


def retrieve_profile(fake: TelnyxFake, request: Checked) -> Answer:
    return fake.answer({"data": fake.state.profiles.get(request.path_params["id"])})


def update_profile(fake: TelnyxFake, request: Checked) -> Answer:
    record = fake.state.profiles.get(request.path_params["id"])
    record.update(_writable(request.body))
    record["updated_at"] = now_iso()
    return fake.answer({"data": record})


def delete_profile(fake: TelnyxFake, request: Checked) -> Answer:
    profile_id = request.path_params["id"]
    record = fake.state.profiles.remove(profile_id)
    for config in fake.state.autoresp_configs.where(lambda r: r["_profile_id"] == profile_id):
        fake.state.autoresp_configs.remove(config["id"])
    return fake.answer({"data": record})


def regenerate_secret(fake: TelnyxFake, request: Checked) -> Answer:
    record = fake.state.profiles.get(request.path_params["id"])
    record.update(v1_secret=_secret(), updated_at=now_iso())
    return fake.answer({"data": record})


def _of_profile(records: list[Record], profile_id: str) -> list[Record]:
    return [record for record in records if record.get("messaging_profile_id") == profile_id]


def profile_sender_ids(fake: TelnyxFake, request: Checked) -> Answer:
    profile_id = fake.state.profiles.get(request.path_params["id"])["id"]
    return listing(fake, _of_profile(fake.state.sender_ids.all(), profile_id), request.query)


def profile_phone_numbers(fake: TelnyxFake, request: Checked) -> Answer:
    profile_id = fake.state.profiles.get(request.path_params["id"])["id"]
    return listing(fake, _of_profile(fake.state.numbers.all(), profile_id), request.query)


def profile_short_codes(fake: TelnyxFake, request: Checked) -> Answer:
    profile_id = fake.state.profiles.get(request.path_params["id"])["id"]
    return listing(fake, _of_profile(fake.state.short_codes.all(), profile_id), request.query)


# --- auto-response configs (stored with their profile's id, which the API does not return) ------


def _public(config: Record) -> Record:
    return {key: value for key, value in config.items() if not key.startswith("_")}


def _config(fake: TelnyxFake, request: Checked) -> Record:
    profile_id = fake.state.profiles.get(request.path_params["profile_id"])["id"]
    config = fake.state.autoresp_configs.get(request.path_params["autoresp_cfg_id"])
    if config["_profile_id"] != profile_id:
        fake.state.autoresp_configs.get("")  # the 404 of a config of another profile
    return config


def list_autoresp(fake: TelnyxFake, request: Checked) -> Answer:
    profile_id = fake.state.profiles.get(request.path_params["profile_id"])["id"]
    country = request.query.get("country_code")
    found = fake.state.autoresp_configs.where(
        lambda r: r["_profile_id"] == profile_id and (country is None or r["country_code"] == country)
    )
    return listing(fake, [_public(config) for config in found], request.query)


def create_autoresp(fake: TelnyxFake, request: Checked) -> Answer:
    profile_id = fake.state.profiles.get(request.path_params["profile_id"])["id"]
    stamp = now_iso()
    record: Record = {"resp_text": "", **request.body, "id": new_id(), "created_at": stamp, "updated_at": stamp}
    record["_profile_id"] = profile_id
    fake.state.autoresp_configs.add(record)
    return fake.answer({"data": _public(record)})


def retrieve_autoresp(fake: TelnyxFake, request: Checked) -> Answer:
    return fake.answer({"data": _public(_config(fake, request))})


def update_autoresp(fake: TelnyxFake, request: Checked) -> Answer:
    config = _config(fake, request)
    config.update({"resp_text": "", **request.body, "updated_at": now_iso()})
    return fake.answer({"data": _public(config)})


def delete_autoresp(fake: TelnyxFake, request: Checked) -> Answer:
    fake.state.autoresp_configs.remove(_config(fake, request)["id"])
    return fake.answer("OK")


# --- alphanumeric sender IDs ------------------------------------------------------------------


def list_sender_ids(fake: TelnyxFake, request: Checked) -> Answer:
    profile_id = request.query.get("filter[messaging_profile_id]")
    found = fake.state.sender_ids.all()
    return listing(fake, found if profile_id is None else _of_profile(found, profile_id), request.query)


def create_sender_id(fake: TelnyxFake, request: Checked) -> Answer:
    fake.state.profiles.get(request.body["messaging_profile_id"])
    record: Record = fake.examples.of(SENDER_ID)
    record.pop("us_long_code_fallback", None)  # only when asked for (the field is not nullable)
    record.update(request.body)
    record.update(id=new_id(), record_type="alphanumeric_sender_id")
    return fake.answer({"data": fake.state.sender_ids.add(record)}, 201)


def retrieve_sender_id(fake: TelnyxFake, request: Checked) -> Answer:
    return fake.answer({"data": fake.state.sender_ids.get(request.path_params["id"])})


def delete_sender_id(fake: TelnyxFake, request: Checked) -> Answer:
    return fake.answer({"data": fake.state.sender_ids.remove(request.path_params["id"])})


# --- metrics: counted from the messages the fake holds ------------------------------------------


def _counts(fake: TelnyxFake, profile_id: str | None) -> dict[str, int]:
    messages = [
        m for m in fake.state.messages.all() if profile_id is None or m.get("messaging_profile_id") == profile_id
    ]
    statuses = [recipient.get("status") for m in messages for recipient in m["to"]]
    return {
        "sent": len(statuses),
        "delivered": statuses.count("delivered"),
        "failed": sum(1 for s in statuses if str(s).endswith("failed")),
        "received": len(fake.state.inbound.where(lambda m: profile_id in (None, m.get("messaging_profile_id")))),
    }


def profile_metrics(fake: TelnyxFake, request: Checked) -> Answer:
    """One free-form summary per profile (the spec leaves their shape open)."""
    summaries = [
        {"messaging_profile_id": profile["id"], "name": profile.get("name"), **_counts(fake, profile["id"])}
        for profile in fake.state.profiles.all()
    ]
    return listing(fake, summaries, request.query)


def detailed_metrics(fake: TelnyxFake, request: Checked) -> Answer:
    profile = fake.state.profiles.get(request.path_params["id"])
    time_frame = request.query.get("time_frame", "24h")
    return fake.answer(
        {"data": {"messaging_profile_id": profile["id"], "time_frame": time_frame, **_counts(fake, profile["id"])}}
    )


HANDLERS = {
    "ListMessagingProfiles": list_profiles,
    "CreateMessagingProfile": create_profile,
    "RetrieveMessagingProfile": retrieve_profile,
    "UpdateMessagingProfile": update_profile,
    "DeleteMessagingProfile": delete_profile,
    "RegenerateMessagingProfileSecret": regenerate_secret,
    "ListProfileAlphanumericSenderIds": profile_sender_ids,
    "ListProfilePhoneNumbers": profile_phone_numbers,
    "ListProfileShortCodes": profile_short_codes,
    "GetAutorespConfigs": list_autoresp,
    "CreateAutorespConfig": create_autoresp,
    "GetAutorespConfig": retrieve_autoresp,
    "UpdateAutoRespConfig": update_autoresp,
    "DeleteAutorespConfig": delete_autoresp,
    "ListAlphanumericSenderIds": list_sender_ids,
    "CreateAlphanumericSenderId": create_sender_id,
    "GetAlphanumericSenderId": retrieve_sender_id,
    "DeleteAlphanumericSenderId": delete_sender_id,
    "GetProfileMetrics": profile_metrics,
    "GetDetailedProfileMetrics": detailed_metrics,
}
