"""The official SDK's argument names (openapi/naming.yml) mean what ours mean: the same
request goes out either way, and giving both spellings of one argument is an error."""

from __future__ import annotations

import json
from typing import Any

import pytest

from telnyx_messaging import AsyncTelnyx, Telnyx, ValidationError
from telnyx_messaging._operation import OperationUnavailableError
from tests.client.conftest import SENT_MESSAGE, Recorder, json_response
from tests.support.spec_version import skip_unless_operations, skip_unless_query_parameter

PROFILE = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
CONFIG = "abc85f64-5717-4562-b3fc-2c9600000000"
LIST_BODY = {"data": [], "meta": {"page_number": 1, "total_pages": 1, "page_size": 20, "total_results": 0}}


def sent(recorder: Recorder) -> list[tuple[str, str, dict[str, str]]]:
    return [(r.method, r.url.path, dict(r.url.params)) for r in recorder.requests]


def test_type_means_type_(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = json_response(200, SENT_MESSAGE)
    client.messages.send(to="+13125550001", from_="+18005550101", text="hi", type="SMS")
    client.messages.send(to="+13125550001", from_="+18005550101", text="hi", type_="SMS")
    first, second = (json.loads(body) for body in recorder.bodies)
    assert first == second
    assert first["type"] == "SMS"


def test_both_spellings_of_one_argument_are_refused(client: Telnyx, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="type_= and type="):
        client.messages.send(to="+13125550001", from_="+18005550101", text="hi", type="SMS", type_="MMS")
    assert recorder.requests == []


def test_whatsapp_is_send_whatsapp() -> None:
    messages = Telnyx("k").messages
    assert messages.whatsapp.__func__ is messages.send_whatsapp.__func__  # type: ignore[attr-defined]


def test_path_id_keyword_of_the_official_sdk(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = json_response(200, {"data": {"id": PROFILE}})
    client.messaging_profiles.retrieve(PROFILE)
    client.messaging_profiles.retrieve(id=PROFILE)
    client.messaging_profiles.retrieve(messaging_profile_id=PROFILE)
    assert {path for _, path, _ in sent(recorder)} == {f"/v2/messaging_profiles/{PROFILE}"}
    with pytest.raises(TypeError, match="missing required argument"):
        client.messaging_profiles.retrieve()


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((PROFILE, CONFIG), {}),  # 0.1.0
        ((), {"profile_id": PROFILE, "autoresp_cfg_id": CONFIG}),
        ((CONFIG,), {"profile_id": PROFILE}),  # the official SDK's order
        ((PROFILE,), {"autoresp_cfg_id": CONFIG}),
    ],
)
def test_both_orders_of_autoresp_ids(client: Telnyx, recorder: Recorder, args: tuple[str, ...], kwargs: Any) -> None:
    recorder.default = json_response(200, {"data": {"id": CONFIG}})
    client.messaging_profiles.autoresp_configs.retrieve(*args, **kwargs)
    assert sent(recorder) == [("GET", f"/v2/messaging_profiles/{PROFILE}/autoresp_configs/{CONFIG}", {})]


def test_flattened_query_names(client: Telnyx, recorder: Recorder) -> None:
    skip_unless_operations("ListAlphanumericSenderIds")
    recorder.default = json_response(200, LIST_BODY)
    client.alphanumeric_sender_ids.list(filter_messaging_profile_id=PROFILE, page_number=2, page_size=5)
    client.alphanumeric_sender_ids.list(filter={"messaging_profile_id": PROFILE}, page={"number": 2, "size": 5})
    flat, nested = sent(recorder)
    assert flat == nested
    assert flat[2] == {"filter[messaging_profile_id]": PROFILE, "page[number]": "2", "page[size]": "5"}


def test_flattened_and_nested_names_combine(client: Telnyx, recorder: Recorder) -> None:
    skip_unless_query_parameter("ListMessagingProfiles", "filter[name][contains]")
    recorder.default = json_response(200, LIST_BODY)
    page = {"size": 5}
    client.messaging_profiles.list(filter_name_contains="sup", page=page, page_number=3)
    assert sent(recorder)[0][2] == {"filter[name][contains]": "sup", "page[size]": "5", "page[number]": "3"}
    assert page == {"size": 5}  # the caller's dict is not changed
    with pytest.raises(TypeError, match=r"page\.number twice"):
        client.messaging_profiles.list(page={"number": 2}, page_number=3)


def test_a_flattened_name_is_validated_like_the_nested_one(client: Telnyx, recorder: Recorder) -> None:
    with pytest.raises(ValidationError, match=r"page\.size"):
        client.short_codes.list(page_size=1000)
    assert recorder.requests == []


def test_an_operation_missing_from_the_spec_names_itself() -> None:
    with pytest.raises(OperationUnavailableError, match=r"DeleteMessagingHostedNumber.*telnyx-spec3-"):
        Telnyx("k").messaging_hosted_numbers.delete("x")


@pytest.mark.anyio
async def test_async_official_names(async_client: AsyncTelnyx, recorder: Recorder) -> None:
    recorder.default = json_response(200, {"data": {"id": CONFIG}})
    await async_client.messaging_profiles.autoresp_configs.delete(CONFIG, profile_id=PROFILE)
    await async_client.messaging_profiles.delete(messaging_profile_id=PROFILE)
    assert [path for _, path, _ in sent(recorder)] == [
        f"/v2/messaging_profiles/{PROFILE}/autoresp_configs/{CONFIG}",
        f"/v2/messaging_profiles/{PROFILE}",
    ]


def test_a_path_id_given_positionally_and_by_keyword_is_refused(client: Telnyx, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="both positionally and by keyword"):
        client.messaging_profiles.retrieve(PROFILE, id=PROFILE)
    assert recorder.requests == []


def test_body_fields_of_the_official_sdk_beyond_the_spec_are_sent(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = json_response(200, {"data": {"id": PROFILE}})
    features = {"ai_opt_out_detection_enabled": True}
    client.messaging_profiles.update(PROFILE, redaction_enabled=True, redaction_level=2, features=features)
    client.messaging_profiles.create(name="Support", whitelisted_destinations=["US"], features=features)
    update, create = (json.loads(body) for body in recorder.bodies)
    assert update == {"redaction_enabled": True, "redaction_level": 2, "features": features}
    assert create == {"name": "Support", "whitelisted_destinations": ["US"], "features": features}
