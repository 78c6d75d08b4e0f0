"""`make spec-diff`: what changed per operation between two specs, after cut + patch + preprocess."""

from __future__ import annotations

import copy
import itertools
from typing import Any

import pytest

import build_spec
import spec_diff
from load import Source
from spec_diff import diff_specs, render
from tests.generation.helpers import SHARED_SPEC_OPERATIONS, SHARED_SPECS

ADDED_IN_2026_07_16 = {
    "CreateAlphanumericSenderId",
    "DeleteAlphanumericSenderId",
    "GetAlphanumericSenderId",
    "ListAlphanumericSenderIds",
    "SendAlphanumericSenderIdMessage",
    "GetGroupMmsMessages",
    "ListMessagingHostedNumbers",
    "GetMessagingHostedNumber",
    "UpdateMessagingHostedNumber",
    "GetProfileMetrics",
    "RegenerateMessagingProfileSecret",
    "ListProfileAlphanumericSenderIds",
    "GetDetailedProfileMetrics",
}
OLD_SOURCE = Source("old.yml", "a" * 64, "1.0.0")
NEW_SOURCE = Source("new.yml", "b" * 64, "2.0.0")


# --- the two shared upstream specs ---------------------------------------------------------


@pytest.fixture(scope="module")
def shared_diff(built_old: dict[str, Any], built_new: dict[str, Any]) -> spec_diff.SpecDiff:
    return diff_specs(built_old, built_new)


@pytest.fixture(scope="module")
def shared_report(shared_diff: spec_diff.SpecDiff) -> str:
    return render(shared_diff, OLD_SOURCE, NEW_SOURCE)


def _changes(diff: spec_diff.SpecDiff, operation_id: str) -> list[str]:
    return next(change.lines for change in diff.changed if change.operation.operation_id == operation_id)


def test_reports_the_13_added_operations(shared_diff: spec_diff.SpecDiff, shared_report: str) -> None:
    assert {operation.operation_id for operation in shared_diff.added} == ADDED_IN_2026_07_16
    assert shared_diff.removed == []
    assert shared_report.splitlines()[3].startswith("13 operations added, 0 removed, ")
    for operation_id in ADDED_IN_2026_07_16:
        assert f"\n  {operation_id}  " in shared_report


def test_reports_new_request_and_response_fields(shared_diff: spec_diff.SpecDiff) -> None:
    assert "+ request encoding: string, optional, enum: auto, gsm7, ucs2" in _changes(shared_diff, "SendMessage")
    assert "+ response 200 data.smart_encoding_applied: boolean, optional" in _changes(shared_diff, "SendMessage")
    whatsapp = _changes(shared_diff, "SendWhatsappMessage")
    assert "+ request whatsapp_message.template.name: string, optional" in whatsapp
    assert "~ request whatsapp_message.type: enum values added: text" in whatsapp
    profiles = _changes(shared_diff, "ListMessagingProfiles")
    assert "+ parameter query filter[name][eq]: string, optional" in profiles
    assert "+ request ai_assistant_id: string|null, optional" in _changes(shared_diff, "UpdateMessagingProfile")


def test_new_operation_lists_its_parameters_and_fields(shared_report: str) -> None:
    lines = shared_report.splitlines()
    start = lines.index("  CreateAlphanumericSenderId  POST /alphanumeric_sender_ids") + 1
    end = next(index for index in range(start, len(lines)) if not lines[index].startswith("      "))
    block = "\n".join(lines[start:end])
    assert "responses declared: 201, 401, 422" in block
    assert "+ request alphanumeric_sender_id: string, required" in block
    assert "+ response 201 data.id: string(uuid)" in block


def test_report_is_deterministic(built_old: dict[str, Any], built_new: dict[str, Any], shared_report: str) -> None:
    assert render(diff_specs(built_old, built_new), OLD_SOURCE, NEW_SOURCE) == shared_report


def test_a_spec_against_itself_has_no_changes(built_new: dict[str, Any]) -> None:
    diff = diff_specs(built_new, built_new)
    assert (diff.added, diff.removed, diff.changed) == ([], [], [])
    assert spec_diff.summary(diff).startswith("0 operations added, 0 removed, 0 changed, 44 unchanged")


def test_main_prints_the_report_and_exits_0(
    built_old: dict[str, Any], built_new: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    builds: dict[str, Any] = {"OLD": (built_old, OLD_SOURCE, {}), "NEW": (built_new, NEW_SOURCE, {})}
    monkeypatch.setattr(spec_diff, "build", builds.__getitem__)  # the two real builds are session fixtures
    assert spec_diff.main(["OLD", "NEW"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("spec-diff old.yml (info.version 1.0.0, sha256 aaaaaaaaaaaa)\n")
    assert out.rstrip().endswith("webhooks: 0 added, 0 removed, 2 changed")


def test_main_needs_two_locations(capsys: Any) -> None:
    assert spec_diff.main(["only-one.yml"]) == 2
    assert "OLD NEW" in capsys.readouterr().err


# --- synthetic specs -----------------------------------------------------------------------


def _spec() -> dict[str, Any]:
    """A tiny built spec: two operations, a $ref'd nested body, a response enum moved by D6."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "paths": {
            "/messages/{id}": {
                "get": {
                    "operationId": "GetMessage",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"$ref": "#/components/parameters/PageSize"},
                        {"name": "filter[type]", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}},
                    ],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reply"}}}},
                        "404": {"description": "missing"},
                    },
                }
            },
            "/messages": {
                "post": {
                    "operationId": "SendMessage",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Send"}}},
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        "components": {
            "parameters": {"PageSize": {"name": "page[size]", "in": "query", "schema": {"type": "integer"}}},
            "schemas": {
                "Send": {
                    "type": "object",
                    "required": ["to"],
                    "properties": {
                        "to": {"type": "string"},
                        "whatsapp_message": {"$ref": "#/components/schemas/Content"},
                    },
                },
                "Content": {
                    "type": "object",
                    "properties": {"template": {"type": "object", "properties": {"name": {"type": "string"}}}},
                },
                "Reply": {
                    "type": "object",
                    "properties": {
                        "data": {
                            "type": "object",
                            "properties": {
                                "status": {"type": "string", "x-known-values": ["queued", "sent"]},
                                "to": {"type": "array", "items": {"$ref": "#/components/schemas/Address"}},
                            },
                        }
                    },
                },
                "Address": {"type": "object", "properties": {"phone_number": {"type": "string"}}},
            },
        },
    }


def _synthetic_diff(change: Any) -> spec_diff.SpecDiff:
    old = _spec()
    new = copy.deepcopy(old)
    change(new)
    return diff_specs(old, new)


def _only_change(diff: spec_diff.SpecDiff) -> list[str]:
    assert len(diff.changed) == 1, diff.changed
    return diff.changed[0].lines


def test_synthetic_parameter_changes() -> None:
    def change(spec: dict[str, Any]) -> None:
        operation = spec["paths"]["/messages/{id}"]["get"]
        operation["parameters"][2]["schema"]["enum"] = ["b", "c"]
        operation["parameters"][2]["required"] = True
        operation["parameters"].append({"name": "sort[id]", "in": "query", "schema": {"type": "string"}})
        spec["components"]["parameters"]["PageSize"]["schema"] = {"type": "string"}  # through a $ref

    assert _only_change(_synthetic_diff(change)) == [
        "~ parameter query filter[type]: now required",
        "~ parameter query filter[type]: enum values added: c",
        "~ parameter query filter[type]: enum values removed: a",
        "~ parameter query page[size]: type integer -> string",
        "+ parameter query sort[id]: string, optional",
    ]


def test_synthetic_nested_request_fields() -> None:
    def change(spec: dict[str, Any]) -> None:
        schemas = spec["components"]["schemas"]
        schemas["Content"]["properties"]["template"]["properties"]["language"] = {"type": "string"}
        schemas["Content"]["properties"]["template"]["required"] = ["name"]
        del schemas["Send"]["properties"]["to"]
        schemas["Send"]["properties"]["text"] = {"type": ["string", "null"]}

    assert _only_change(_synthetic_diff(change)) == [
        "+ request text: string|null, optional",
        "- request to: string, required",
        "+ request whatsapp_message.template.language: string, optional",
        "~ request whatsapp_message.template.name: now required",
    ]


def test_synthetic_response_fields_and_known_values() -> None:
    def change(spec: dict[str, Any]) -> None:
        reply = spec["components"]["schemas"]["Reply"]["properties"]["data"]["properties"]
        reply["status"]["x-known-values"] = ["queued", "sent", "expired"]
        reply["cost"] = {"anyOf": [{"$ref": "#/components/schemas/Address"}, {"type": "null"}]}
        spec["components"]["schemas"]["Address"]["properties"]["carrier"] = {"type": "string"}

    assert _only_change(_synthetic_diff(change)) == [
        "+ response 200 data.cost: object|null, optional",
        "+ response 200 data.cost.carrier: string, optional",
        "+ response 200 data.cost.phone_number: string, optional",
        "~ response 200 data.status: enum values added: expired",
        "+ response 200 data.to[].carrier: string, optional",
    ]


def test_synthetic_operations_added_removed_and_statuses() -> None:
    def change(spec: dict[str, Any]) -> None:
        del spec["paths"]["/messages"]
        get = spec["paths"].pop("/messages/{id}")
        get["get"]["responses"]["429"] = {"description": "slow down"}
        spec["paths"]["/messages/{message_id}"] = get  # same operationId: same operation
        spec["paths"]["/messages/{id}/cancel"] = {"post": {"operationId": "CancelMessage", "responses": {}}}

    diff = _synthetic_diff(change)
    assert [operation.operation_id for operation in diff.added] == ["CancelMessage"]
    assert [operation.operation_id for operation in diff.removed] == ["SendMessage"]
    assert _only_change(diff) == [
        "~ path: GET /messages/{id} -> GET /messages/{message_id}",
        "+ response 429 declared",
    ]
    assert spec_diff.summary(diff) == (
        "1 operations added, 1 removed, 1 changed, 0 unchanged; webhooks: 0 added, 0 removed, 0 changed"
    )


def test_synthetic_recursive_schema_is_bounded() -> None:
    def change(spec: dict[str, Any]) -> None:
        node = spec["components"]["schemas"]["Address"]
        node["properties"]["next"] = {"$ref": "#/components/schemas/Address"}

    lines = _only_change(_synthetic_diff(change))
    assert lines == ["+ response 200 data.to[].next: object, optional"]


def test_synthetic_moved_path_and_retag_keep_the_operation() -> None:
    def change(spec: dict[str, Any]) -> None:
        send = spec["paths"].pop("/messages")
        send["post"]["tags"] = ["Renamed upstream"]
        spec["paths"]["/v2/messages"] = send

    diff = _synthetic_diff(change)
    assert (diff.added, diff.removed) == ([], [])
    assert _only_change(diff) == ["~ path: POST /messages -> POST /v2/messages"]


def test_diff_across_the_2026_retagging(upstream_oldest_built: dict[str, Any], built_old: dict[str, Any]) -> None:
    # 2025-06-04 tags these `Messaging Profiles`, `Advanced OptIn/OptOut`, ...; 2026-01-30 does not.
    diff = diff_specs(upstream_oldest_built, built_old)
    assert {operation.operation_id for operation in diff.added} == {
        "ScheduleMessage",
        "CancelMessage",
        "SendWhatsappMessage",
    }
    assert diff.removed == []
    assert len(diff.changed) + len(diff.unchanged) - 3 == 28  # every shared operation matched (+3 webhooks)


# --- every pair of the five shared specs ----------------------------------------------------


@pytest.fixture(scope="module")
def built_shared() -> dict[str, dict[str, Any]]:
    """Each shared upstream spec built as `make spec-diff` builds it (what it lacks: quietly noted)."""
    missing = [name for name in SHARED_SPEC_OPERATIONS if not (SHARED_SPECS / name).exists()]
    if missing:
        pytest.skip(f"not in {SHARED_SPECS}: {', '.join(missing)}")
    return {name: build_spec.build(str(SHARED_SPECS / name), notes=[])[0] for name in SHARED_SPEC_OPERATIONS}


@pytest.mark.slow
def test_every_pair_of_shared_specs_diffs_by_operation_id(built_shared: dict[str, dict[str, Any]]) -> None:
    # The specs move operations between tags (2025 -> 2026): matching by operationId, each
    # shared operation is changed or unchanged, never removed and added again.
    keys = {name: set(spec_diff.collect_operations(spec)) for name, spec in built_shared.items()}
    for name, found in keys.items():
        assert len([key for key in found if key.startswith("OPERATION ")]) == SHARED_SPEC_OPERATIONS[name]
        assert all(key.startswith(("OPERATION ", "WEBHOOK ")) for key in found), name
    for old, new in itertools.permutations(built_shared, 2):
        diff = diff_specs(built_shared[old], built_shared[new])
        assert {operation.key for operation in diff.added} == keys[new] - keys[old], (old, new)
        assert {operation.key for operation in diff.removed} == keys[old] - keys[new], (old, new)
        assert len(diff.changed) + len(diff.unchanged) == len(keys[old] & keys[new]), (old, new)
        report = render(diff, OLD_SOURCE, NEW_SOURCE)
        assert report.rstrip().endswith(spec_diff.summary(diff)), (old, new)
