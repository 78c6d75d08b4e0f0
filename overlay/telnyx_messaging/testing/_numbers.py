"""Phone numbers (messaging settings, hosted numbers), short codes, bulk updates, opt-outs, URL domains.

These cannot be bought or ported through the messaging API, so a test adds them with
`TelnyxFake.add_phone_number` / `add_short_code` / `add_url_domain`; the API then lists,
updates and reassigns them like Telnyx does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telnyx_messaging.testing._profiles import listing
from telnyx_messaging.testing._requests import Checked, RequestRejected, error
from telnyx_messaging.testing._spec import pointer
from telnyx_messaging.testing._state import Collection, Record, new_id, now_iso

if TYPE_CHECKING:
    from telnyx_messaging.testing._fake import Answer, TelnyxFake

NUMBER = pointer("components", "schemas", "PhoneNumberWithMessagingSettings")
SHORT_CODE = pointer("components", "schemas", "ShortCode")
URL_DOMAIN = pointer("components", "schemas", "MessagingUrlDomain")
_NUMBER_TYPES = {"tollfree": "toll-free", "longcode": "long-code", "shortcode": "short-code"}


def number_record(fake: TelnyxFake, phone_number: str, **fields: Any) -> Record:
    record: Record = fake.examples.of(NUMBER)
    stamp = now_iso()
    toll_free = phone_number.startswith(("+1800", "+1833", "+1844", "+1855", "+1866", "+1877", "+1888"))
    record.update(
        id=str(fake.next_number_id()),
        phone_number=phone_number,
        record_type="messaging_settings",
        type="toll-free" if toll_free else "long-code",
        messaging_profile_id=None,
        tags=[],
        created_at=stamp,
        updated_at=stamp,
    )
    record.update(fields)
    return record


def _number(numbers: Collection, key: str) -> Record:
    """By id or by the number itself (Telnyx accepts both where the path says `{id}`)."""
    found = numbers.find(key) or next((r for r in numbers.all() if r.get("id") == key), None)
    return found if found is not None else numbers.get(key)  # get() raises the 404


def _update_number(record: Record, body: dict[str, Any]) -> Record:
    for key in ("messaging_profile_id", "messaging_product", "tags"):
        if key in body:
            record[key] = body[key] if body[key] != "" else None
    record["updated_at"] = now_iso()
    return record


def _filtered(records: list[Record], query: dict[str, Any]) -> list[Record]:
    def keep(record: Record) -> bool:
        profile = query.get("filter[messaging_profile_id]")
        if profile is not None and (record.get("messaging_profile_id") or "null") != profile:
            return False
        exact, contains = query.get("filter[phone_number]"), query.get("filter[phone_number][contains]")
        number = str(record.get("phone_number"))
        if (exact is not None and number != exact) or (contains is not None and contains not in number):
            return False
        kind = query.get("filter[type]")
        return kind is None or record.get("type") in (kind, _NUMBER_TYPES.get(kind))

    found = [record for record in records if keep(record)]
    order = query.get("sort[phone_number]")
    if order is not None:
        found.sort(key=lambda r: str(r.get("phone_number")), reverse=order == "desc")
    return found


def list_numbers(fake: TelnyxFake, request: Checked) -> Answer:
    return listing(fake, _filtered(fake.state.numbers.all(), request.query), request.query)


def retrieve_number(fake: TelnyxFake, request: Checked) -> Answer:
    return fake.answer({"data": _number(fake.state.numbers, request.path_params["id"])})


def update_number(fake: TelnyxFake, request: Checked) -> Answer:
    record = _number(fake.state.numbers, request.path_params["id"])
    _check_profile(fake, request.body.get("messaging_profile_id"))
    return fake.answer({"data": _update_number(record, request.body)})


def _hosted(fake: TelnyxFake) -> list[Record]:
    hosted = fake.state.hosted_numbers
    return [record for record in fake.state.numbers.all() if hosted.find(str(record["phone_number"]))]


def list_hosted(fake: TelnyxFake, request: Checked) -> Answer:
    return listing(fake, _filtered(_hosted(fake), request.query), request.query)


def _hosted_number(fake: TelnyxFake, key: str) -> Record:
    record = _number(fake.state.numbers, key)
    if fake.state.hosted_numbers.find(str(record["phone_number"])) is None:
        fake.state.hosted_numbers.get(key)  # a number that is not hosted is not found here
    return record


def retrieve_hosted(fake: TelnyxFake, request: Checked) -> Answer:
    return fake.answer({"data": _hosted_number(fake, request.path_params["id"])})


def update_hosted(fake: TelnyxFake, request: Checked) -> Answer:
    record = _hosted_number(fake, request.path_params["id"])
    _check_profile(fake, request.body.get("messaging_profile_id"))
    return fake.answer({"data": _update_number(record, request.body)})


def _check_profile(fake: TelnyxFake, profile_id: Any) -> None:
    if profile_id and fake.state.profiles.find(str(profile_id)) is None:
        raise RequestRejected(
            422,
            [
                error(
                    "10015",
                    "Invalid value",
                    f"There is no messaging profile {profile_id}.",
                    pointer="/messaging_profile_id",
                )
            ],
        )


# --- bulk updates ----------------------------------------------------------------------------


def bulk_update(fake: TelnyxFake, request: Checked) -> Answer:
    body = request.body
    _check_profile(fake, body["messaging_profile_id"])
    success, failed = [], []
    for number in body["numbers"]:
        record = fake.state.numbers.find(number)
        if record is None:
            failed.append(number)
        else:
            _update_number(record, {"messaging_profile_id": body["messaging_profile_id"]})
            success.append(number)
    order: Record = {
        "order_id": new_id(),
        "record_type": "messaging_numbers_bulk_update",
        "success": success,
        "pending": [],
        "failed": failed,
    }
    fake.state.bulk_updates.add(order, key=order["order_id"])
    return fake.answer({"data": order})


def bulk_update_status(fake: TelnyxFake, request: Checked) -> Answer:
    return fake.answer({"data": fake.state.bulk_updates.get(request.path_params["order_id"])})


# --- short codes -----------------------------------------------------------------------------


def short_code_record(fake: TelnyxFake, short_code: str, **fields: Any) -> Record:
    record: Record = fake.examples.of(SHORT_CODE)
    stamp = now_iso()
    record.update(id=new_id(), short_code=short_code, record_type="short_code", tags=[], created_at=stamp)
    record.update(updated_at=stamp, messaging_profile_id=None, country_code="US")
    record.update(fields)
    return record


def list_short_codes(fake: TelnyxFake, request: Checked) -> Answer:
    return listing(fake, _filtered(fake.state.short_codes.all(), request.query), request.query)


def retrieve_short_code(fake: TelnyxFake, request: Checked) -> Answer:
    return fake.answer({"data": fake.state.short_codes.get(request.path_params["id"])})


def update_short_code(fake: TelnyxFake, request: Checked) -> Answer:
    record = fake.state.short_codes.get(request.path_params["id"])
    _check_profile(fake, request.body.get("messaging_profile_id"))
    return fake.answer({"data": _update_number(record, request.body)})


# --- opt-outs and URL domains ------------------------------------------------------------------


def list_optouts(fake: TelnyxFake, request: Checked) -> Answer:
    query = request.query

    def keep(record: Record) -> bool:
        profile, sender = query.get("filter[messaging_profile_id]"), query.get("filter[from]")
        after, before = query.get("created_at[gte]"), query.get("created_at[lte]")
        return (
            (profile is None or record.get("messaging_profile_id") == profile)
            and (sender is None or record.get("from") == sender)
            and (after is None or str(record["created_at"]) >= after)
            and (before is None or str(record["created_at"]) <= before)
        )

    found = [dict(record) for record in fake.state.optouts.all() if keep(record)]
    if query.get("redaction_enabled") == "true":
        for record in found:
            record["to"] = str(record["to"])[:-4] + "****"
    return listing(fake, found, query)


def list_url_domains(fake: TelnyxFake, request: Checked) -> Answer:
    return listing(fake, fake.state.url_domains.all(), request.query)


def url_domain_record(fake: TelnyxFake, url_domain: str, use_case: str) -> Record:
    record: Record = fake.examples.of(URL_DOMAIN)
    record.update(id=new_id(), record_type="messaging_url_domain", url_domain=url_domain, use_case=use_case)
    return record


HANDLERS = {
    "ListPhoneNumbersWithMessagingSettings": list_numbers,
    "GetPhoneNumberMessagingSettings": retrieve_number,
    "UpdatePhoneNumberMessagingSettings": update_number,
    "ListMessagingHostedNumbers": list_hosted,
    "GetMessagingHostedNumber": retrieve_hosted,
    "UpdateMessagingHostedNumber": update_hosted,
    "BulkUpdateMessagingSettingsOnPhoneNumbers": bulk_update,
    "GetBulkUpdateMessagingSettingsOnPhoneNumbersStatus": bulk_update_status,
    "ListShortCodes": list_short_codes,
    "RetrieveShortCode": retrieve_short_code,
    "UpdateShortCode": update_short_code,
    "ListOptOuts": list_optouts,
    "ListMessagingUrlDomains": list_url_domains,
}
