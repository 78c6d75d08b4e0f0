"""The pipeline itself: cut, overlay applier, spec locations, determinism, regeneration."""

from __future__ import annotations

import hashlib
import json
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import pytest
import yaml

import generate
from build_spec import write_json
from check_generated import compare_trees
from cut import CutError, cut
from load import load_spec
from overlay import OverlayError, apply_overlay
from postprocess import finish
from tests.generation.conftest import Regeneration, Upstream, build_from
from tests.generation.helpers import GENERATED, OLD_SPEC, REPO, iter_operations, iter_refs, resolve

PACKAGE = "telnyx_messaging_api"
SCOPE = yaml.safe_load((REPO / "openapi" / "scope.yml").read_text(encoding="utf-8"))
PATCHES = yaml.safe_load((REPO / "openapi" / "patches.overlay.yml").read_text(encoding="utf-8"))
WEBHOOK_SCHEMAS = {
    "deliveryUpdate": "OutboundMessageEvent",
    "inboundMessage": "InboundMessageEvent",
    "replacedLinkClick": "ReplacedLinkClickEvent",
}


# --- cut -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("upstream_name", "expected"), [("upstream_new", 44), ("upstream_old", 31)])
def test_cut_keeps_exactly_the_scoped_operations(upstream_name: str, expected: int, request: Any) -> None:
    upstream: Upstream = request.getfixturevalue(upstream_name)
    spec = cut(upstream.spec, SCOPE)
    kept = list(iter_operations(spec))
    assert len(kept) == expected
    assert all(set(SCOPE["tags"]) & set(operation["tags"]) for _, _, operation in kept)
    in_scope = [op for _, _, op in iter_operations(upstream.spec) if set(SCOPE["tags"]) & set(op.get("tags", ()))]
    assert len(in_scope) == expected  # nothing in scope was dropped


def test_cut_keeps_the_webhooks_and_their_schemas(upstream_new: Upstream) -> None:
    spec = cut(upstream_new.spec, SCOPE)
    assert sorted(spec["webhooks"]) == sorted(WEBHOOK_SCHEMAS)
    for name, schema in WEBHOOK_SCHEMAS.items():
        body = spec["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{schema}"}
        assert schema in spec["components"]["schemas"]
    for ref in iter_refs(spec):  # self-contained: every reference resolves inside the cut
        resolve(spec, {"$ref": ref})
    assert len(spec["components"]["schemas"]) < len(upstream_new.spec["components"]["schemas"]) / 4


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


def test_cut_names_a_missing_webhook() -> None:
    with pytest.raises(CutError, match="deliveryUpdate"):
        cut(_tiny_spec(), {**SCOPE, "min_operations": 1})


def test_cut_refuses_a_scope_that_selects_too_little() -> None:
    with pytest.raises(CutError, match="select only 1 operations"):
        cut(_tiny_spec(), {**SCOPE, "webhooks": []})


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
    generate.run_generator(root / "messaging.json", package)
    finish(package, version("openapi-python-client"), ruff=str(Path(sys.executable).parent / "ruff"))
    return package


@pytest.mark.slow
def test_regenerating_from_the_older_spec_gives_31_operations(regenerated_old: Regeneration) -> None:
    # `generate.py --spec <2026-01-30> --out <tmp>`, started in the background by conftest.
    assert regenerated_old.process.returncode == 0, regenerated_old.output
    assert "telnyx-spec3-2026-01-30.yml: 31 operations" in regenerated_old.output
    assert "warn" not in regenerated_old.output.lower()  # generate.py also fails on any warning
    package = regenerated_old.package
    assert len([path for path in (package / "api").glob("*/*.py") if path.stem != "__init__"]) == 31
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
