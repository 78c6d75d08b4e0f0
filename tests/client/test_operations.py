"""Every generated operation is reachable through the overlay, sync and async, with the
spec's argument names. A spec change that adds an operation fails here until it is wrapped."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import telnyx_messaging_api.api
from telnyx_messaging import AsyncPaginator, AsyncTelnyx, Telnyx
from telnyx_messaging._operation import Operation
from telnyx_messaging_api._page_meta import PageMeta
from tests.support.operations import operation_params, overlay_operations

SPEC = Path(__file__).resolve().parents[2] / "build" / "spec" / "messaging.json"
NAMING = yaml.safe_load((SPEC.parents[2] / "openapi" / "naming.yml").read_text(encoding="utf-8"))
OPERATIONS = overlay_operations()
# One of each for the whole module.
CLIENTS = (Telnyx("k"), AsyncTelnyx("k"))


def generated_operation_modules() -> set[str]:
    package = telnyx_messaging_api.api
    found = set()
    for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
        if not info.ispkg:
            found.add(info.name)
    return found


def spec_operations() -> dict[str, dict[str, Any]]:
    if not SPEC.exists():
        pytest.fail("build/spec/messaging.json is missing: run `make build/spec/messaging.json`")
    spec = json.loads(SPEC.read_text())
    result = {}
    for item in spec["paths"].values():
        for operation in item.values():
            snake = re.sub(r"(?<!^)(?=[A-Z])", "_", operation["operationId"]).lower()
            result[snake] = operation
    result["__components__"] = spec["components"]
    return result


def test_every_generated_operation_is_wrapped_exactly_once() -> None:
    generated = generated_operation_modules()
    wrapped = [op.module for op in OPERATIONS if op.available]
    # one module per operation of the cut spec (44 for 2026-07-16; fewer for older specs)
    assert len(generated) == len(spec_operations()) - 1  # minus "__components__"
    assert sorted(wrapped) == sorted(generated), "generated operations without an overlay method (or extras)"


@pytest.mark.parametrize("operation", operation_params())
def test_operation_is_reachable_sync_and_async(operation: Operation) -> None:
    for client in CLIENTS:
        target: Any = client
        for part in operation.name.split("."):
            target = getattr(target, part)
        assert callable(target)
        if isinstance(client, AsyncTelnyx):
            returns = inspect.signature(target).return_annotation
            assert inspect.iscoroutinefunction(target) or "AsyncPaginator" in str(returns), operation.name


@pytest.mark.parametrize("operation", operation_params())
def test_operation_models_match_the_generated_module(operation: Operation) -> None:
    module = importlib.import_module(operation.module)
    assert callable(module._get_kwargs)
    # Only DeleteAutorespConfig answers a bare JSON value ("OK"); everything else has a model.
    assert (operation.response is None) == (operation.name == "messaging_profiles.autoresp_configs.delete")
    if operation.response is not None:
        model = operation.response_model
        assert vars(module).get(model.__name__) is model, f"{operation.name}: 2xx model is not {model.__name__}"
    if operation.item is not None:
        envelope = operation.response_model
        assert envelope.__annotations__["data"].startswith(f"list[{operation.item_model.__name__}]")
        # the page meta model the overlay loads (telnyx_messaging_api._page_meta, derived) is this one
        assert PageMeta.__name__ in envelope.__annotations__["meta"]


@pytest.mark.parametrize("operation", operation_params())
def test_arguments_are_named_as_in_the_spec(operation: Operation) -> None:
    spec = spec_operations()
    components = spec["__components__"]
    declared = spec[operation.module.rsplit(".", 1)[1]]

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            section, name = node["$ref"].split("/")[-2:]
            node = components[section][name]
        return node

    parameters = [resolve(p) for p in declared.get("parameters", [])]
    query = {p["name"] for p in parameters if p["in"] == "query"}
    assert set(operation.query) == query
    assert operation.paginated == ("page[number]" in query)
    # A 2xx body of {"data": [...], "meta": ...} is a list: the method must return pages.
    # (a shared `#/components/responses/...` $ref in the 2026-03..06 specs)
    ok = resolve(next(response for status, response in declared["responses"].items() if status.startswith("2")))
    body_schema = resolve(ok.get("content", {}).get("application/json", {}).get("schema", {}))
    is_list = body_schema.get("properties", {}).get("data", {}).get("type") == "array" and "meta" in body_schema.get(
        "properties", {}
    )
    assert (operation.item is not None) == is_list

    expected = {p["name"] for p in parameters if p["in"] == "path"}
    expected |= {name.split("[", 1)[0] for name in query}
    if "requestBody" in declared:
        body = resolve(declared["requestBody"]["content"]["application/json"]["schema"])
        expected |= {name for name, prop in body.get("properties", {}).items() if not resolve(prop).get("readOnly")}
    target: Any = CLIENTS[0]
    for part in operation.name.split("."):
        target = getattr(target, part)
    parameters_of_method = inspect.signature(target).parameters
    arguments = {
        name.rstrip("_") for name, p in parameters_of_method.items() if p.kind not in (p.VAR_KEYWORD, p.POSITIONAL_ONLY)
    }
    assert arguments - official_names(operation.operation_id, query) == expected


def official_names(operation_id: str, query: set[str]) -> set[str]:
    """The extra names openapi/naming.yml gives an operation (the official SDK's)."""
    row = NAMING["operations"][operation_id]
    row = {} if isinstance(row, str) else row
    names = set(row.get("path_aliases", {}).values()) | set(row.get("extra_body", {}))
    for wire in query:
        if wire.split("[", 1)[0] in row.get("flatten", ()) or wire in row.get("flatten", ()):
            names.add(re.sub(r"\]?\[|\]", "_", wire).strip("_"))
    return names


def test_async_list_returns_a_paginator_without_sending() -> None:
    client = CLIENTS[1]
    assert isinstance(client.messaging_optouts.list(), AsyncPaginator)
