"""Our model template (openapi/templates) on a small spec, and on the real generated models.

The small spec is generated with the same generator, configuration and templates as
`make generate` (only the package name differs), so each behaviour is tested on a model
built for the test: values as on the wire, None for absent fields with `model_fields_set`,
the official SDK's helpers and names, and imports done once per module, not per parse.
"""

from __future__ import annotations

import datetime
import importlib
import json
import pickle
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from telnyx_messaging_api.models.outbound_message_payload import OutboundMessagePayload
from tests.generation.helpers import GENERATED, REPO

PACKAGE = "sample_models"
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "sample", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "GetThing",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "owner_id": {"type": "string", "format": "uuid"},
                    "type": {"type": "string"},
                    "from": {"$ref": "#/components/schemas/Part"},
                    "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                    "sent_at": {"type": ["string", "null"], "format": "date-time"},
                    "created_at": {"type": "string", "format": "date-time"},
                    "enabled": {"type": "boolean", "default": True},
                    "either": {"oneOf": [{"$ref": "#/components/schemas/Part"}, {"type": "string"}]},
                    "note": {"type": ["string", "null"]},
                },
            },
            "Part": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "thing": {"$ref": "#/components/schemas/Thing"}},
            },
        }
    },
}
FULL = {
    "id": "8a1b6c2d-3e4f-4a5b-9c6d-7e8f9a0b1c2d",
    "owner_id": "not-checked-on-responses",
    "type": "SMS",
    "from": {"name": "sender"},
    "parts": [{"name": "a"}, {"name": "b", "thing": {"id": "x"}}],
    "sent_at": None,
    "created_at": "2026-07-16T12:30:00Z",
    "either": "plain",
    "note": None,
    "brand_new": {"nested": [1]},
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("template")
    config = yaml.safe_load((REPO / "generator_config.yml").read_text(encoding="utf-8"))
    config.update(package_name_override=PACKAGE, project_name_override="sample-models", class_overrides={})
    (folder / "config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (folder / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    command = [
        str(bin_dir / "openapi-python-client"), "generate", "--path", "spec.json", "--config", "config.yml",
        "--custom-template-path", str(REPO / "openapi" / "templates"), "--meta", "none",
        "--output-path", PACKAGE, "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(
        command,
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(f"{PACKAGE}.models.thing")
    finally:
        sys.path.remove(str(folder))
        for name in [name for name in sys.modules if name.startswith(PACKAGE)]:
            del sys.modules[name]


def test_values_are_as_on_the_wire(sample: ModuleType) -> None:
    thing = sample.Thing.from_dict(FULL)
    assert thing.id == FULL["id"]
    assert type(thing.id) is str
    assert thing.owner_id == "not-checked-on-responses"  # response uuids are not validated
    assert thing.created_at == datetime.datetime(2026, 7, 16, 12, 30, tzinfo=datetime.UTC)
    assert thing.from_.name == "sender"
    assert [part.name for part in thing.parts] == ["a", "b"]
    assert thing.parts[1].thing.id == "x"  # models that refer to each other
    assert thing.either == "plain"
    assert sample.Thing.from_dict({"id": "x", "either": {"name": "p"}}).either.name == "p"
    assert thing.additional_properties == {"brand_new": {"nested": [1]}}
    assert thing["brand_new"] == {"nested": [1]}


def test_absent_fields_read_as_none_and_stay_apart_from_null(sample: ModuleType) -> None:
    thing = sample.Thing.from_dict({"id": "x", "note": None})
    assert (thing.note, thing.owner_id, thing.from_, thing.parts, thing.sent_at) == (None,) * 5
    assert thing.enabled is True  # the schema's default
    assert thing.model_fields_set == {"id", "note"}
    assert thing.to_dict() == {"id": "x", "note": None}
    thing.owner_id = "set-later"
    assert thing.model_fields_set == {"id", "note", "owner_id"}
    assert thing.to_dict() == {"id": "x", "note": None, "owner_id": "set-later"}


def test_constructed_models_track_what_was_given(sample: ModuleType) -> None:
    thing = sample.Thing(id="x", note=None, type_="MMS")
    assert thing.model_fields_set == {"id", "note", "type_"}
    assert thing.to_dict() == {"id": "x", "note": None, "type": "MMS"}
    assert thing.owner_id is None
    assert thing == sample.Thing(id="x", note=None, type_="MMS")


def test_helpers_match_the_official_names_and_shapes(sample: ModuleType) -> None:
    thing = sample.Thing.from_dict(FULL)
    wire = thing.to_dict()
    assert json.loads(json.dumps(wire)) == wire  # JSON types only
    assert wire["from"] == {"name": "sender"}
    assert wire["created_at"] == "2026-07-16T12:30:00+00:00"
    assert wire["brand_new"] == {"nested": [1]}
    assert "owner_id" in wire
    assert "enabled" not in wire  # not in the body: left out
    assert thing.to_dict(mode="python")["created_at"] == thing.created_at
    assert json.loads(thing.to_json()) == wire
    assert thing.to_json().startswith('{\n  "id"')
    dumped = thing.model_dump()
    assert dumped["from_"] == {"name": "sender", "thing": None}  # attribute names, every field
    assert dumped["created_at"] == thing.created_at
    assert dumped["enabled"] is True
    assert json.loads(thing.model_dump_json()) == thing.model_dump(mode="json")
    assert "from" in thing.model_dump(by_alias=True)
    assert "note" not in thing.model_dump(exclude_none=True)
    with pytest.raises(ValueError, match="mode"):
        thing.model_dump(mode="yaml")


def test_renamed_fields_also_answer_to_the_official_name(sample: ModuleType) -> None:
    thing = sample.Thing.from_dict(FULL)
    assert thing.type == thing.type_ == "SMS"
    thing.type = "MMS"
    assert thing.type_ == "MMS"
    assert not hasattr(thing, "from")  # a keyword: `from_`, as in the official SDK


def test_pickles_with_what_was_set(sample: ModuleType) -> None:
    thing = sample.Thing.from_dict({"id": "x", "note": None, "extra": 1})
    copy = pickle.loads(pickle.dumps(thing))  # noqa: S301 (our own bytes)
    assert copy == thing
    assert copy.model_fields_set == {"id", "note"}
    assert copy.additional_properties == {"extra": 1}


def test_from_dict_imports_nothing_per_parse(sample: ModuleType) -> None:
    source = Path(sample.__file__).read_text(encoding="utf-8")
    body = source.split("def from_dict", 1)[1].split("\n    def ", 1)[0].split("\n\n\n", 1)[0]
    assert "import" not in body
    assert "from ..models.part import Part" in source.rsplit("class Thing", 1)[1]  # after the class


# --- the real generated models -------------------------------------------------------------


def test_no_generated_model_holds_a_uuid_object() -> None:
    for path in (GENERATED / "models").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "from uuid import" not in source, path.name
        assert "Unset = UNSET" not in source.split("def __init__", 1)[0], path.name  # attributes say `| None`


def test_a_message_reads_as_the_official_sdk_reads_it() -> None:
    message = OutboundMessagePayload.from_dict(
        {"id": str(uuid.uuid4()), "type": "SMS", "to": [{"phone_number": "+18665550001"}], "received_at": None}
    )
    assert isinstance(message.id, str)
    assert message.type == "SMS"
    assert message.text is None
    assert message.to[0].status is None
    assert message.model_fields_set == {"id", "type_", "to", "received_at"}
    assert json.dumps(message.to_dict())
