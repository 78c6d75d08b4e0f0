"""Check an incoming request against its operation: route, auth, path, query and body.

A request the spec rejects gets the answer Telnyx sends: a 4xx whose body is
``{"errors": [{"code", "title", "detail", "source": {"pointer" | "parameter"}}]}``, 422 where
the operation documents it (or a ``4XX`` range), otherwise 400; a missing bearer token is 401.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from telnyx_messaging.testing._schemas import Problem, Schemas
from telnyx_messaging.testing._spec import Parameter, Route, Spec

JSON = Any


class RequestRejected(Exception):  # noqa: N818 - it is an answer, not a failure of the fake
    """The fake's error answer: status plus Telnyx's error objects."""

    def __init__(self, status: int, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{status}: {errors}")
        self.status = status
        self.errors = errors

    def body(self) -> dict[str, Any]:
        return {"errors": self.errors}


def error(
    code: str, title: str, detail: str, *, pointer: str | None = None, parameter: str | None = None
) -> dict[str, Any]:
    item: dict[str, Any] = {"code": code, "title": title, "detail": detail}
    if pointer is not None:
        item["source"] = {"pointer": pointer}
    elif parameter is not None:
        item["source"] = {"parameter": parameter}
    return item


def not_found(what: str = "resource") -> RequestRejected:
    return RequestRejected(
        404, [error("10005", "Resource not found", f"The requested {what} or URL could not be found.")]
    )


@dataclass
class Checked:
    """A request that matched its operation; query values are converted to their schema types."""

    route: Route
    path_params: dict[str, str]
    query: dict[str, Any]
    body: JSON
    raw_query: list[tuple[str, str]] = field(default_factory=list)


class RequestChecker:
    def __init__(self, spec: Spec, schemas: Schemas) -> None:
        self.spec = spec
        self.schemas = schemas

    def check(self, method: str, path: str, query_string: str, headers: dict[str, str], content: bytes) -> Checked:
        route, path_params, path_known = self.spec.find(method, path)
        if route is None:
            if path_known:
                raise RequestRejected(
                    405, [error("10015", "Method not allowed", f"{method} is not supported on {path}.")]
                )
            raise not_found("URL")
        if not headers.get("authorization", "").lower().startswith("bearer ") or not headers["authorization"][7:]:
            raise RequestRejected(
                401,
                [error("10009", "Authentication failed", "The required authentication headers were either invalid.")],
            )
        invalid = 422 if route.documents(422) else 400
        raw_query = parse_qsl(query_string, keep_blank_values=True)
        problems: list[dict[str, Any]] = []
        values: dict[str, Any] = {}
        for param in route.parameters:
            if param.location == "path":
                raw: list[str] = [path_params[param.name]]
            elif param.location == "query":
                raw = [value for name, value in raw_query if name == param.name]
            else:
                raw = [headers[param.name.lower()]] if param.name.lower() in headers else []
            if not raw:
                if param.required:
                    problems.append(
                        error(
                            "10004",
                            "Missing required parameter",
                            f"The '{param.name}' parameter is required.",
                            parameter=param.name,
                        )
                    )
                continue
            value, param_problems = self._parameter(param, raw)
            problems += param_problems
            values[param.name] = value
        body = self._body(route, headers, content, problems)
        if problems:
            raise RequestRejected(invalid, problems)
        query = {name: value for name, value in values.items() if (_query(route, name))}
        path_values = {name: value for name, value in values.items() if not _query(route, name)}
        return Checked(route, {**path_params, **path_values}, query, body, raw_query)

    def _parameter(self, param: Parameter, raw: list[str]) -> tuple[Any, list[dict[str, Any]]]:
        schema = self.spec.deref(self.spec.resolve(param.pointer))
        value: Any = [_coerce(self.spec.deref(schema.get("items", {})), item) for item in raw]
        if _type(schema) != "array":
            value = _coerce(schema, raw[-1])
        problems = self.schemas.problems(param.pointer, value)
        return value, [
            error("10015", "Invalid parameter", f"'{param.name}': {_message(p)}", parameter=param.name)
            for p in problems
        ]

    def _body(self, route: Route, headers: dict[str, str], content: bytes, problems: list[dict[str, Any]]) -> JSON:
        if route.body_pointer is None:
            return None
        if not content.strip():
            if route.body_required:
                problems.append(error("10015", "Bad Request", "The request body is required.", pointer=""))
            return None
        media = headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            problems.append(error("10015", "Bad Request", f"Unsupported content type {media!r}.", pointer=""))
            return None
        try:
            body = json.loads(content)
        except ValueError:
            problems.append(error("10015", "Bad Request", "The request body is not valid JSON.", pointer=""))
            return None
        found = self.schemas.problems(route.body_pointer, body)
        problems += [_body_error(problem) for problem in found if not problem.read_only]
        return body


def _query(route: Route, name: str) -> bool:
    return any(p.name == name and p.location == "query" for p in route.parameters)


def _type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if kinds else None
    return kind if isinstance(kind, str) else None


def _coerce(schema: dict[str, Any], raw: str) -> Any:
    """A query/path string as the value its schema describes (left a string when it does not fit)."""
    kind = _type(schema)
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        return raw
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def _message(problem: Problem) -> str:
    return problem.message


def _body_error(problem: Problem) -> dict[str, Any]:
    if problem.keyword == "required":
        missing = problem.message.split("'")[1] if "'" in problem.message else ""
        pointer = f"{problem.pointer}/{missing}"
        return error("10004", "Missing required parameter", f"The '{missing}' parameter is required.", pointer=pointer)
    where = problem.pointer or "the body"
    return error("10015", "Invalid value", f"{where}: {problem.message}", pointer=problem.pointer)
