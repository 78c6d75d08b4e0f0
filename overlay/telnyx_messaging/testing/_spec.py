"""The cut + patched Telnyx spec shipped in `telnyx_messaging_api/openapi.json`, as routes.

`make generate` copies the spec the generated client was built from into the package, and
`make check-generated` proves it byte for byte, so the fake always serves exactly the
operations and schemas the client was generated from.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import unquote

SPEC_PACKAGE = "telnyx_messaging_api"
SPEC_FILE = "openapi.json"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    pointer: str  # JSON pointer to its schema inside the spec


@dataclass(frozen=True)
class Route:
    """One operation: `operation_id` (e.g. "SendMessage"), how to match it and what to check."""

    method: str
    template: str
    operation_id: str
    parameters: tuple[Parameter, ...]
    body_pointer: str | None  # JSON pointer to the request body's schema, None without a body
    body_required: bool
    responses: Mapping[str, str | None] = field(default_factory=dict)  # status -> schema pointer
    _pattern: re.Pattern[str] = field(default=re.compile(""), repr=False, compare=False)

    def match(self, path: str) -> dict[str, str] | None:
        found = self._pattern.fullmatch(path)
        return None if found is None else {name: unquote(value) for name, value in found.groupdict().items()}

    def response_pointer(self, status: int) -> str | None:
        """The schema of the documented answer for `status` (exact, then range like "4XX")."""
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    def documents(self, status: int) -> bool:
        return any(key in self.responses for key in (str(status), f"{status // 100}XX"))


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str) -> str:
    return "#/" + "/".join(_escape(token) for token in tokens)


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(regex)


class Spec:
    """The parsed document and its routes, most specific template first."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.routes = tuple(sorted(self._routes(), key=lambda r: (r.template.count("{"), -len(r.template))))
        self.by_operation = {route.operation_id: route for route in self.routes}

    @classmethod
    @functools.cache
    def shipped(cls) -> Spec:
        text = resources.files(SPEC_PACKAGE).joinpath(SPEC_FILE).read_text(encoding="utf-8")
        return cls(json.loads(text))

    def resolve(self, ref: str) -> Any:
        node: Any = self.document
        for token in ref.removeprefix("#/").split("/"):
            key = token.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def deref(self, node: Any) -> Any:
        """`node` with a top-level `$ref` followed (repeatedly)."""
        while isinstance(node, dict) and "$ref" in node:
            node = self.resolve(node["$ref"])
        return node

    def find(self, method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
        """(route, path parameters, whether the path exists under another method)."""
        path_known = False
        for route in self.routes:
            params = route.match(path)
            if params is None:
                continue
            if route.method == method.lower():
                return route, params, True
            path_known = True
        return None, {}, path_known

    def _routes(self) -> list[Route]:
        routes = []
        for template, item in self.document["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    routes.append(self._route(template, method, item))
        return routes

    def _route(self, template: str, method: str, item: dict[str, Any]) -> Route:
        operation = item[method]
        base = ("paths", template, method)
        parameters: dict[tuple[str, str], Parameter] = {}
        for where, entries in (
            (("paths", template), item.get("parameters", [])),
            (base, operation.get("parameters", [])),
        ):
            for index, entry in enumerate(entries):
                ref = entry.get("$ref") if isinstance(entry, dict) else None
                resolved = self.deref(entry)
                schema_at = (ref + "/schema") if ref else pointer(*where, "parameters", str(index), "schema")
                param = Parameter(resolved["name"], resolved["in"], bool(resolved.get("required")), schema_at)
                parameters[(param.location, param.name)] = param
        body_pointer, body_required = None, False
        body = operation.get("requestBody")
        if body is not None:
            body_ref = body.get("$ref")
            body = self.deref(body)
            if "application/json" in body.get("content", {}):
                prefix = body_ref if body_ref else pointer(*base, "requestBody")
                body_pointer = prefix + "/content/application~1json/schema"
                body_required = bool(body.get("required"))
        responses: dict[str, str | None] = {}
        for status, answer in operation.get("responses", {}).items():
            answer_ref = answer.get("$ref")
            resolved_answer = self.deref(answer)
            if "application/json" in resolved_answer.get("content", {}):
                prefix = answer_ref if answer_ref else pointer(*base, "responses", status)
                responses[status] = prefix + "/content/application~1json/schema"
            else:
                responses[status] = None
        return Route(
            method=method,
            template=template,
            operation_id=operation["operationId"],
            parameters=tuple(parameters.values()),
            body_pointer=body_pointer,
            body_required=body_required,
            responses=responses,
            _pattern=_compile(template),
        )
