"""Plain helpers for the generation tests: walking a built spec, finding generated modules,
and making argument values. Fixtures live in conftest.py."""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from uuid import UUID

import httpx
from openapi_python_client.strings import PythonIdentifier, snake_case

from telnyx_messaging_api.client import Client

REPO = Path(__file__).resolve().parents[2]
TOOLS = REPO / "openapi" / "tools"
SHARED_SPECS = REPO.parent / "shared" / "openapi"
NEW_SPEC = SHARED_SPECS / "telnyx-spec3-2026-07-16.yml"
OLD_SPEC = SHARED_SPECS / "telnyx-spec3-2026-01-30.yml"
OLDEST_SPEC = SHARED_SPECS / "telnyx-spec3-2025-06-04.yml"  # OpenAPI 3.0, pre-2026 tags
# How many of the 44 scoped operationIds each shared spec holds.
SHARED_SPEC_OPERATIONS = {
    "telnyx-spec3-2025-06-04.yml": 28,
    "telnyx-spec3-2026-01-30.yml": 31,
    "telnyx-spec3-2026-03-02.yml": 44,
    "telnyx-spec3-2026-05-03.yml": 44,
    "telnyx-spec3-2026-07-16.yml": 44,
}
GENERATED = REPO / "generated" / "telnyx_messaging_api"
BASE_URL = "https://api.telnyx.com/v2"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENTS = "#/components/"

SAMPLE_UUID = UUID("8a1b6c2d-3e4f-4a5b-9c6d-7e8f9a0b1c2d")
SAMPLE_DATETIME = datetime.datetime(2026, 7, 16, 12, 30, tzinfo=datetime.UTC)

# The eight list operations the issue names for D1 (present in both upstream versions).
D1_LIST_OPERATIONS = (
    "ListOptOuts",
    "ListMessagingProfiles",
    "ListProfilePhoneNumbers",
    "ListProfileShortCodes",
    "GetAutorespConfigs",
    "ListMessagingUrlDomains",
    "ListPhoneNumbersWithMessagingSettings",
    "ListShortCodes",
)
# D4: the message sends whose request body upstream forgets to mark required.
D4_SEND_OPERATIONS = (
    "SendMessage",
    "CreateGroupMmsMessage",
    "CreateLongCodeMessage",
    "CreateNumberPoolMessage",
    "ScheduleMessage",
    "CreateShortCodeMessage",
)
# D3: the error responses upstream points at the singular `messaging_Error`.
D3_ERROR_RESPONSES = {
    ("CancelMessage", "403"),
    ("CancelMessage", "404"),
    ("ListOptOuts", "400"),
    ("ListOptOuts", "401"),
}


# --- the spec ---------------------------------------------------------------------------


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow `$ref`s (local #/components/ only) until a non-reference node."""
    while isinstance(node, dict) and "$ref" in node:
        section, _, name = node["$ref"].removeprefix(COMPONENTS).partition("/")
        node = spec["components"][section][name]
    return node


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation under `paths`."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


def operation_ids(spec: dict[str, Any]) -> set[str]:
    return {operation["operationId"] for _, _, operation in iter_operations(spec)}


def find_operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for _, _, operation in iter_operations(spec):
        if operation["operationId"] == operation_id:
            return operation
    raise KeyError(operation_id)


def parameters(spec: dict[str, Any], operation: dict[str, Any], location: str) -> list[dict[str, Any]]:
    resolved = (resolve(spec, parameter) for parameter in operation.get("parameters", ()))
    return [parameter for parameter in resolved if parameter["in"] == location]


def json_schema(spec: dict[str, Any], holder: dict[str, Any]) -> Any:
    """The application/json schema of a (possibly referenced) response or request body, or None."""
    media = resolve(spec, holder).get("content", {}).get("application/json")
    return None if media is None else media.get("schema")


def walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (location, node) pair of a JSON tree, the root first."""
    yield path, node
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from walk(child, (*path, key))


def iter_refs(node: Any) -> Iterator[str]:
    for _, child in walk(node):
        if isinstance(child, dict) and isinstance(child.get("$ref"), str):
            yield child["$ref"]


def response_schema_names(spec: dict[str, Any]) -> set[str]:
    """Every schema component a response or webhook payload can reach (transitively)."""
    roots = [*iter_refs(spec.get("webhooks", {}))]
    for _, _, operation in iter_operations(spec):
        roots += iter_refs(operation.get("responses", {}))
    seen: set[str] = set()
    while roots:
        ref = roots.pop()
        if ref in seen:
            continue
        seen.add(ref)
        roots += iter_refs(resolve(spec, {"$ref": ref}))
    prefix = f"{COMPONENTS}schemas/"
    return {ref.removeprefix(prefix) for ref in seen if ref.startswith(prefix)}


def minimal_json(spec: dict[str, Any], node: Any) -> Any:
    """The smallest JSON value the schema accepts: required properties only, first enum value."""
    schema = resolve(spec, node)
    variants = [variant for variant in schema.get("anyOf", schema.get("oneOf", ())) if variant.get("type") != "null"]
    if variants:
        return minimal_json(spec, variants[0])
    if "enum" in schema:
        return schema["enum"][0]
    kinds = schema.get("type", "object")
    kind = next(k for k in kinds if k != "null") if isinstance(kinds, list) else kinds
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal_json(spec, properties[name]) for name in schema.get("required", ())}
    if kind == "array":
        return []
    if kind == "string":
        return {"uuid": str(SAMPLE_UUID), "date-time": SAMPLE_DATETIME.isoformat()}.get(schema.get("format", ""), "x")
    return {"integer": 1, "number": 1.5, "boolean": True}[kind]


# --- the generated package --------------------------------------------------------------


def api_module_names(package: Path = GENERATED) -> dict[str, str]:
    """{module stem: dotted module path} of every generated operation module."""
    return {
        path.stem: f"{package.name}.api.{path.parent.name}.{path.stem}"
        for path in sorted((package / "api").glob("*/*.py"))
        if path.stem != "__init__"
    }


def operation_for_module(spec: dict[str, Any], module_stem: str) -> str:
    """The operationId a generated module (`list_opt_outs`) was made from."""
    ids: list[str] = [op["operationId"] for _, _, op in iter_operations(spec)]
    return next(operation_id for operation_id in ids if snake_case(operation_id) == module_stem)


def api_module(operation_id: str, package: Path = GENERATED) -> types.ModuleType:
    return importlib.import_module(api_module_names(package)[snake_case(operation_id)])


def python_name(wire_name: str) -> str:
    """The argument name the generator gives a parameter (`page[number]` -> `pagenumber`)."""
    return str(PythonIdentifier(wire_name, prefix="field"))


def unwrap_optional(annotation: Any) -> Any:
    """`UUID | Unset` -> UUID; other annotations unchanged."""
    members = [arg for arg in typing.get_args(annotation) if getattr(arg, "__name__", "") not in ("Unset", "NoneType")]
    return members[0] if len(members) == 1 else annotation


def path_arguments(function: Any) -> dict[str, Any]:
    """Values for every positional (path) parameter of a generated function, by annotation."""
    values: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            values[name] = SAMPLE_UUID if unwrap_optional(parameter.annotation) is UUID else "abc123"
    return values


def query_sample(parameter: dict[str, Any]) -> tuple[Any, str]:
    """(value to pass, text expected on the wire) for a query parameter."""
    schema = parameter["schema"]
    if "enum" in schema:
        return schema["enum"][-1], str(schema["enum"][-1])
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "integer":
        number = 10 if parameter["name"].endswith("[size]") else 2
        return number, str(number)
    if kind == "boolean":
        return True, "true"
    if fmt == "uuid":
        return SAMPLE_UUID, str(SAMPLE_UUID)
    if fmt == "date-time":
        return SAMPLE_DATETIME, SAMPLE_DATETIME.isoformat()
    return f"v-{python_name(parameter['name'])}", f"v-{python_name(parameter['name'])}"


# --- the wire ---------------------------------------------------------------------------


@dataclass
class Wire:
    """A generated `Client` whose requests are recorded and answered with `status` + `body`."""

    status: int = 204
    body: Any = None
    requests: list[httpx.Request] = field(default_factory=list)

    def client(self, client_class: Any = Client) -> Any:
        """A generated Client (of the committed package unless another package's class is given)."""
        client = client_class(base_url=BASE_URL)
        transport = httpx.MockTransport(self._answer)
        client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=transport))
        return client

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.body is None:
            return httpx.Response(self.status)
        return httpx.Response(self.status, json=self.body)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]

    def query(self) -> str:
        """The last request's query string, percent-decoded (`page[number]=2`, not `page%5Bnumber%5D=2`)."""
        return unquote(self.last.url.query.decode("ascii"))

    def json(self) -> Any:
        return json.loads(self.last.content)
