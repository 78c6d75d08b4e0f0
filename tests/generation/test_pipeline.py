"""The pipeline itself: cut, overlay applier, spec locations, determinism, regeneration."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import pytest
import yaml

import build_spec
import generate
import load
from build_spec import write_json
from check_generated import compare_trees
from cut import CutError, check_scope, cut, missing_entries, restore_patched_refs, scope_groups
from load import load_spec
from overlay import OverlayError, apply_overlay
from tests.generation.conftest import Regeneration, Upstream, build_from
from tests.generation.helpers import GENERATED, OLD_SPEC, OLDEST_SPEC, REPO, iter_operations, iter_refs, resolve

PACKAGE = "telnyx_messaging_api"
SCOPE = yaml.safe_load((REPO / "openapi" / "scope.yml").read_text(encoding="utf-8"))
PATCHES = yaml.safe_load((REPO / "openapi" / "patches.overlay.yml").read_text(encoding="utf-8"))
WEBHOOK_SCHEMAS = {
    "deliveryUpdate": "OutboundMessageEvent",
    "inboundMessage": "InboundMessageEvent",
    "replacedLinkClick": "ReplacedLinkClickEvent",
}


# --- cut -------------------------------------------------------------------------------------


GROUPS = scope_groups(SCOPE)


@pytest.fixture(scope="module")
def upstream_oldest() -> Upstream:
    """The 2025-06-04 spec: OpenAPI 3.0, older tags, no `webhooks` section, 28 of our operations."""
    spec, source = load_spec(str(OLDEST_SPEC))
    return Upstream(str(OLDEST_SPEC), spec, source)


def test_scope_lists_44_operation_ids() -> None:
    assert len(GROUPS) == 44
    assert not SCOPE.get("tags")  # operationIds are the scope; tags are only a convenience


@pytest.mark.parametrize(("upstream_name", "expected"), [("upstream_new", 44), ("upstream_old", 31)])
def test_cut_keeps_exactly_the_scoped_operations(upstream_name: str, expected: int, request: Any) -> None:
    upstream: Upstream = request.getfixturevalue(upstream_name)
    spec = cut(upstream.spec, SCOPE)
    kept = list(iter_operations(spec))
    assert len(kept) == expected
    # each operation carries exactly its scope group as tag: the generator's folder names
    assert all(operation["tags"] == [GROUPS[operation["operationId"]]] for _, _, operation in kept)
    in_scope = [op for _, _, op in iter_operations(upstream.spec) if op.get("operationId") in GROUPS]
    assert len(in_scope) == expected  # nothing in scope was dropped
    assert len(missing_entries(upstream.spec, SCOPE)) == 44 - expected


def test_retagging_upstream_changes_nothing_in_the_cut(upstream_new: Upstream) -> None:
    retagged = copy.deepcopy(upstream_new.spec)
    for _, _, operation in iter_operations(retagged):
        operation["tags"] = ["Renamed by upstream"]
    assert cut(retagged, SCOPE)["paths"] == cut(upstream_new.spec, SCOPE)["paths"]


def test_cut_does_not_change_the_upstream_spec(upstream_old: Upstream) -> None:
    before = json.dumps(upstream_old.spec["paths"], sort_keys=True)
    cut(upstream_old.spec, SCOPE)
    assert json.dumps(upstream_old.spec["paths"], sort_keys=True) == before


def test_the_oldest_spec_keeps_28_operations_and_finds_its_webhooks_in_components(
    upstream_oldest: Upstream,
) -> None:
    assert upstream_oldest.spec["openapi"].startswith("3.0")
    assert "webhooks" not in upstream_oldest.spec
    spec = cut(upstream_oldest.spec, SCOPE)
    assert len(list(iter_operations(spec))) == 28
    for name, schema in WEBHOOK_SCHEMAS.items():
        body = spec["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{schema}"}
        assert schema in spec["components"]["schemas"]
    missing = {(entry.kind, entry.name): entry.detail for entry in missing_entries(upstream_oldest.spec, SCOPE)}
    assert len([kind for kind, _ in missing if kind == "operation"]) == 16
    assert "built from components/schemas/OutboundMessageEvent" in missing[("webhook", "deliveryUpdate")]
    assert "OpenAPI 3.0.0, no webhooks section" in missing[("webhook", "deliveryUpdate")]


def test_the_oldest_spec_builds_and_lists_what_it_lacks(upstream_oldest: Upstream) -> None:
    notes: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build_spec, "load_spec", lambda _: (copy.deepcopy(upstream_oldest.spec), upstream_oldest.source))
        spec, _, _ = build_spec.build(upstream_oldest.location, notes=notes)
    assert len(list(iter_operations(spec))) == 28
    assert "operation CancelMessage: no operation with this operationId (group Messages)" in notes
    # D3 points at messaging_Errors, which 2025-06-04 does not define: skipped and said so, no KeyError
    assert any(
        "D3 ListOptOuts 400" in line and "does not define #/components/schemas/messaging_Errors" in line
        for line in notes
    )
    for ref in iter_refs(spec):  # self-contained
        resolve(spec, {"$ref": ref})


def _tiny_spec(operations: int = 1) -> dict[str, Any]:
    paths = {
        f"/things/{n}": {"get": {"operationId": f"Get{n}", "tags": ["Messages"], "responses": {}}}
        for n in range(operations)
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "webhooks": {},
        "components": {},
    }


def test_missing_entries_are_listed_and_fatal_only_when_strict() -> None:
    spec = _tiny_spec()
    spec["paths"]["/messages"] = {"post": {"operationId": "SendMessage", "tags": ["X"], "responses": {}}}
    missing = [str(entry) for entry in check_scope(spec, SCOPE, strict=False)]
    assert "operation GetMessage: no operation with this operationId (group Messages)" in missing
    assert any(line.startswith("webhook deliveryUpdate:") and line.endswith("left out") for line in missing)
    assert len(missing) == 43 + 3
    assert list(cut(spec, SCOPE)["paths"]) == ["/messages"]  # what matches is still cut
    with pytest.raises(CutError, match="strict scope") as raised:
        check_scope(spec, SCOPE, strict=True)
    assert "operation GetMessage" in str(raised.value)


def test_strict_scope_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRICT_SCOPE", "1")
    assert build_spec.strict_scope()
    monkeypatch.setenv("STRICT_SCOPE", "0")
    assert not build_spec.strict_scope()


def test_cut_refuses_a_scope_that_selects_nothing() -> None:
    with pytest.raises(CutError, match="selects no operation"):
        cut(_tiny_spec(), SCOPE)


def test_tags_are_a_convenience_that_adds_operations() -> None:
    spec = cut(_tiny_spec(2), {"operations": {}, "tags": ["Messages"], "webhooks": {}})
    assert sorted(spec["paths"]) == ["/things/0", "/things/1"]


def test_a_patch_reference_keeps_its_component_or_names_the_action() -> None:
    upstream = _tiny_spec()
    upstream["components"] = {"schemas": {"Errors": {"type": "object"}}}
    action = {
        "target": "$.paths['/things/0'].get",
        "description": "D3 uses Errors",
        "update": {"x": {"$ref": "#/components/schemas/Errors"}},
    }
    document = apply_overlay(cut(upstream, {"tags": ["Messages"]}), _overlay(action))
    restore_patched_refs(document, upstream, _overlay(action))
    assert document["components"]["schemas"] == {"Errors": {"type": "object"}}
    gone = {**action, "update": {"x": {"$ref": "#/components/schemas/Gone"}}}
    document = apply_overlay(cut(upstream, {"tags": ["Messages"]}), _overlay(gone))
    with pytest.raises(CutError, match=r"overlay action #1 \(D3 uses Errors\) references #/components/schemas/Gone"):
        restore_patched_refs(document, upstream, _overlay(gone))
    skipped: list[str] = []
    apply_overlay(cut(upstream, {"tags": ["Messages"]}), _overlay(gone), skipped, upstream["components"])
    assert len(skipped) == 1
    assert "skipped, this spec does not define #/components/schemas/Gone" in skipped[0]


def test_a_patch_for_an_absent_operation_is_skipped_and_said_so() -> None:
    action = {"target": "$.paths['/x'].get", "description": "D4 X", "x-operation": "X", "update": {"a": 1}}
    skipped: list[str] = []
    apply_overlay(_tiny_spec(), _overlay(action), skipped)
    assert skipped == ["patch action #1 (D4 X) targeting \"$.paths['/x'].get\": skipped, X is not in this spec"]
    with pytest.raises(OverlayError, match="X is not in this spec"):
        apply_overlay(_tiny_spec(), _overlay(action))


# --- overlay ---------------------------------------------------------------------------------


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_overlay_action_that_matches_nothing_names_itself() -> None:
    document: dict[str, Any] = {"paths": {"/messages": {"post": {"requestBody": {}}}}}
    stale = {
        "target": "$.paths['/messages/long_code'].post.requestBody",
        "description": "D4 CreateLongCodeMessage needs its body",
        "update": {"required": True},
    }
    fine = {"target": "$.paths['/messages'].post.requestBody", "description": "D4 SendMessage", "update": {"a": 1}}
    with pytest.raises(OverlayError) as raised:
        apply_overlay(document, _overlay(fine, stale))
    message = str(raised.value)
    assert "action #2 (D4 CreateLongCodeMessage needs its body)" in message
    assert "$.paths['/messages/long_code'].post.requestBody" in message
    assert "matches nothing" in message


def test_overlay_update_merges_and_remove_deletes() -> None:
    document = {"a": {"b": 1, "list": [1]}, "c": {"default": 5, "type": "integer"}}
    apply_overlay(
        document,
        _overlay(
            {"target": "$.a", "description": "merge", "update": {"x": {"y": 2}, "list": [2]}},
            {"target": "$..[?@.default && @.type].default", "description": "drop defaults", "remove": True},
        ),
    )
    assert document == {"a": {"b": 1, "list": [1, 2], "x": {"y": 2}}, "c": {"type": "integer"}}


def test_overlay_invalid_jsonpath_names_the_action() -> None:
    with pytest.raises(OverlayError, match=r"action #1 \(broken\).*invalid JSONPath"):
        apply_overlay({}, _overlay({"target": "$.[", "description": "broken", "update": {}}))


@pytest.mark.parametrize("action", PATCHES["actions"], ids=lambda action: action["description"].split(" (")[0])
def test_every_patch_matches_both_upstream_versions(action: dict[str, Any], request: Any) -> None:
    for name in ("upstream_new", "upstream_old"):
        upstream: Upstream = request.getfixturevalue(name)
        assert list(jsonpath.find(action["target"], cut(upstream.spec, SCOPE))), f"{name}: {action['target']}"


# --- spec locations ----------------------------------------------------------------------------


def test_spec_location_can_be_a_url(spec_server: str, upstream_old: Upstream) -> None:
    # upstream_old is load_spec("http://127.0.0.1:PORT/telnyx-spec3-2026-01-30.yml") (conftest).
    assert upstream_old.location == f"{spec_server}/{OLD_SPEC.name}"
    assert upstream_old.source.name == OLD_SPEC.name
    assert upstream_old.source.sha256 == hashlib.sha256(OLD_SPEC.read_bytes()).hexdigest()
    assert upstream_old.source.info_version == str(upstream_old.spec["info"]["version"])
    assert len(list(iter_operations(cut(upstream_old.spec, SCOPE)))) == 31


def test_spec_location_can_be_json(tmp_path: Path) -> None:
    document = tmp_path / "spec.json"
    document.write_text(json.dumps({"openapi": "3.1.0", "info": {"version": "9"}, "paths": {}}), encoding="utf-8")
    spec, source = load_spec(str(document))
    assert spec["info"]["version"] == source.info_version == "9"


def test_a_parsed_spec_is_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = tmp_path / "spec.yml"
    document.write_text("openapi: 3.1.0\ninfo: {version: '1'}\npaths: {}\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first, source = load_spec(str(document), cache_dir=cache)
    assert [path.name for path in cache.iterdir()] == [f"{source.sha256}.pickle"]
    monkeypatch.setattr(load, "parse", lambda raw: pytest.fail("parsed again instead of using the cache"))
    assert load_spec(str(document), cache_dir=cache)[0] == first
    document.write_text("openapi: 3.1.0\ninfo: {version: '2'}\npaths: {}\n", encoding="utf-8")
    monkeypatch.undo()
    assert load_spec(str(document), cache_dir=cache)[1].info_version == "2"  # other bytes, other entry
    (cache / f"{source.sha256}.pickle").write_bytes(b"garbage")
    document.write_text("openapi: 3.1.0\ninfo: {version: '1'}\npaths: {}\n", encoding="utf-8")
    assert load_spec(str(document), cache_dir=cache)[0] == first  # a broken entry is parsed anew


def test_a_non_openapi_document_is_refused(tmp_path: Path) -> None:
    document = tmp_path / "x.yml"
    document.write_text("just: yaml\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not an OpenAPI document"):
        load_spec(str(document))


# --- determinism -------------------------------------------------------------------------------


def test_two_builds_are_byte_identical(upstream_new: Upstream, built_new: dict[str, Any], tmp_path: Path) -> None:
    write_json(built_new, tmp_path / "first.json")
    write_json(build_from(upstream_new), tmp_path / "second.json")
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()


@pytest.fixture(scope="module")
def regenerated_new(tmp_path_factory: pytest.TempPathFactory, built_new: dict[str, Any]) -> Path:
    """generated/telnyx_messaging_api regenerated from the session's 2026-07-16 build: the same
    two steps generate.py runs after building (the build itself is build_spec.build)."""
    root = tmp_path_factory.mktemp("regenerate")
    write_json(built_new, root / "messaging.json")
    package = root / PACKAGE
    label = (REPO / "openapi" / "source.yml").read_text(encoding="utf-8")
    pin = yaml.safe_load(label)
    generate.build_package(
        built_new, root / "messaging.json", package, f"{pin['file']}, info.version {pin['info_version']}"
    )
    return package


@pytest.mark.slow
def test_regenerating_from_the_older_spec_gives_31_operations(regenerated_old: Regeneration) -> None:
    # `generate.py --spec <2026-01-30> --out <tmp>`, started in the background by conftest.
    assert regenerated_old.process.returncode == 0, regenerated_old.output
    assert "telnyx-spec3-2026-01-30.yml: 31 operations" in regenerated_old.output
    assert "warn" not in regenerated_old.output.lower()  # generate.py also fails on any warning
    package = regenerated_old.package
    assert len([path for path in (package / "api").glob("*/*.py") if path.stem != "__init__"]) == 31
    # the folders are the scope groups (the 2026-07-16 layout), whatever tags 2026-01-30 uses
    folders = {path.name for path in (package / "api").iterdir() if path.is_dir() and path.name != "__pycache__"}
    assert folders <= {path.name for path in (GENERATED / "api").iterdir() if path.is_dir()}
    for path in (package / "api").glob("*/*.py"):
        assert (GENERATED / "api" / path.parent.name / path.name).exists(), path
    models = {path.stem for path in (package / "models").glob("*.py")}
    # 2026-01-30 keeps its envelopes in #/components/responses; they get the same names as in 07-16.
    assert {"message_response", "messaging_profile_response", "short_code_response"} <= models
    assert not [stem for stem in models if "type_0" in stem or stem.startswith("send_message_")]


@pytest.mark.slow
def test_spec_json_is_identical_across_processes(
    regenerated_old: Regeneration, built_old: dict[str, Any], tmp_path: Path
) -> None:
    # Built from a file path in another process with another hash seed; here from the test URL.
    write_json(built_old, tmp_path / "here.json")
    assert (regenerated_old.out / "messaging.json").read_bytes() == (tmp_path / "here.json").read_bytes()


@pytest.mark.slow
def test_regenerating_from_the_current_spec_reproduces_generated(regenerated_new: Path) -> None:
    assert compare_trees(regenerated_new, GENERATED) == []


def test_strict_scope_stops_generation_with_a_list_not_a_traceback(tmp_path: Path) -> None:
    command = [sys.executable, str(REPO / "openapi" / "tools" / "generate.py"), "--spec", str(OLD_SPEC)]
    command += ["--out", str(tmp_path)]
    result = subprocess.run(
        command, env={**os.environ, "STRICT_SCOPE": "1"}, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("generate.py: CutError: strict scope: entries of openapi/scope.yml missing")
    assert "  operation GetGroupMmsMessages: no operation with this operationId (group Messages)" in result.stderr
    assert not (tmp_path / PACKAGE).exists()
