"""Differential test: the fake accepts exactly the requests Prism accepts, for every operation.

The battery per operation (derandomised: built from the spec, the same every run): the valid
request built from the spec's examples, then one mutation at a time — each required body field
dropped, each body field given a value of the wrong type, each enum given an unknown value,
each path and query parameter given a value its schema forbids, no Authorization header.
Both verdicts come from the request check alone: Prism's `sl-violations` (or its 4xx problem)
versus `RequestRejected` from the fake's checker, so the fake's state (unknown ids) plays no part.

Then, for every operation with a body, Hypothesis (derandomised, 12 examples each) puts
arbitrary JSON into one field at a time, or drops it.

Known Prism gaps are listed in `PRISM_GAPS` with the reason; every other disagreement fails.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telnyx_messaging.testing import TelnyxFake
from telnyx_messaging.testing._requests import RequestRejected
from telnyx_messaging.testing._spec import Route
from tests.support.prism import PrismServer, violations

pytestmark = pytest.mark.contract

AUTH = {"Authorization": "Bearer test-key", "Content-Type": "application/json"}
FAKE = TelnyxFake()


@dataclass(frozen=True)
class Case:
    route: Route
    mutation: str
    path: dict[str, str]
    query: dict[str, str]
    body: Any
    headers: dict[str, str]

    @property
    def id(self) -> str:
        return f"{self.route.operation_id}:{self.mutation}"

    def url_path(self) -> str:
        path = self.route.template
        for name, value in self.path.items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        return path + ("?" + urlencode(self.query) if self.query else "")

    def content(self) -> bytes:
        return b"" if self.body is None else json.dumps(self.body).encode()


def _schema(pointer: str) -> dict[str, Any]:
    return FAKE.spec.deref(FAKE.spec.resolve(pointer))


def _valid_value(pointer: str) -> str:
    value = FAKE.examples.of(pointer)
    return str(value).lower() if isinstance(value, bool) else str(value)


def _wrong_type(schema: dict[str, Any]) -> Any:
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "string" in kinds:
        return 12345
    if "integer" in kinds or "number" in kinds:
        return "not-a-number"
    if "boolean" in kinds:
        return "yes"
    if "array" in kinds:
        return "not-an-array"
    if "object" in kinds:
        return ["not", "an", "object"]
    return None


def _body_schema(route: Route) -> dict[str, Any]:
    schema = _schema(str(route.body_pointer))
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in (FAKE.spec.deref(each) for each in schema["allOf"]):
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged
    return schema


def cases() -> list[Case]:
    return [case for route in FAKE.spec.routes for case in _route_cases(route)]


def _route_cases(route: Route) -> list[Case]:
    path = {p.name: _valid_value(p.pointer) for p in route.parameters if p.location == "path"}
    body = FAKE.examples.of(route.body_pointer) if route.body_pointer else None

    def case(mutation: str, **changes: Any) -> Case:
        values = {"path": dict(path), "query": {}, "body": copy.deepcopy(body), "headers": dict(AUTH)}
        values.update(changes)
        return Case(route, mutation, **values)

    found = [case("valid"), case("no-auth", headers={"Content-Type": "application/json"})]
    for param in route.parameters:
        schema = _schema(param.pointer)
        if param.location == "query":
            found.append(case(f"query-valid:{param.name}", query={param.name: _valid_value(param.pointer)}))
        bad = _bad_parameter(schema)
        if bad is not None:
            where = "path" if param.location == "path" else "query"
            changed = {**path, param.name: bad} if where == "path" else {param.name: bad}
            found.append(case(f"{where}-invalid:{param.name}", **{where: changed}))
    if isinstance(body, dict):
        schema = _body_schema(route)
        for name in schema.get("required", []):
            found.append(case(f"body-missing:{name}", body={k: v for k, v in body.items() if k != name}))
        for name, property_schema in schema.get("properties", {}).items():
            resolved = FAKE.spec.deref(property_schema)
            wrong = _wrong_type(resolved)
            if wrong is not None and name in body:
                found.append(case(f"body-type:{name}", body={**body, name: wrong}))
            if resolved.get("enum"):
                found.append(case(f"body-enum:{name}", body={**body, name: "not-a-known-value"}))
        found.append(case("body-not-json", body=None, headers={**AUTH}))
    return found


def _bad_parameter(schema: dict[str, Any]) -> str | None:
    if schema.get("format") == "uuid":
        return "not-a-uuid"
    if schema.get("type") == "integer":
        return "not-a-number"
    if schema.get("enum"):
        return "not-a-known-value"
    return None


# Where Prism is known to be wrong: (operationId or "*", mutation prefix) -> why.
PRISM_GAPS = {
    ("*", "query-invalid:page["): "Prism does not validate bracketed (deepObject-flattened) query parameters",
    ("*", "query-invalid:filter["): "Prism does not validate bracketed (deepObject-flattened) query parameters",
    ("*", "query-invalid:sort["): "Prism does not validate bracketed (deepObject-flattened) query parameters",
    ("*", "query-invalid:created_at["): "Prism does not validate bracketed (deepObject-flattened) query parameters",
}


def prism_gap(case: Case) -> str | None:
    for (operation, prefix), reason in PRISM_GAPS.items():
        if operation in ("*", case.route.operation_id) and case.mutation.startswith(prefix):
            return reason
    return None


def fake_accepts(case: Case) -> bool:
    headers = {k.lower(): v for k, v in case.headers.items()}
    path, _, query = case.url_path().partition("?")
    try:
        FAKE.checker.check(case.route.method.upper(), path, query, headers, case.content())
    except RequestRejected:
        return False
    return True


def prism_accepts(prism: PrismServer, case: Case) -> bool:
    with httpx.Client(base_url=prism.url, timeout=30) as http:
        response = http.request(
            case.route.method.upper(), case.url_path(), content=case.content(), headers=case.headers
        )
    return not violations(response)


ALL_CASES = cases()


def test_the_battery_covers_every_operation() -> None:
    assert {case.route.operation_id for case in ALL_CASES} == set(FAKE.spec.by_operation)
    assert len(FAKE.spec.by_operation) == 44


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda case: case.id)
def test_the_fake_agrees_with_prism(prism: PrismServer, case: Case) -> None:
    fake, reference = fake_accepts(case), prism_accepts(prism, case)
    gap = prism_gap(case)
    if gap is not None:
        assert not fake, f"the fake should reject this ({gap})"
        return
    assert fake == reference, f"fake {'accepts' if fake else 'rejects'}, Prism {'accepts' if reference else 'rejects'}"


# --- Hypothesis: arbitrary JSON in one body field at a time (derandomised) ----------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**31), 2**31)
    | st.text(max_size=12)
    | st.sampled_from(["", "+13125550001", "https://example.com/hook"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
BODY_ROUTES = [route for route in FAKE.spec.routes if route.body_pointer]


@pytest.mark.parametrize("route", BODY_ROUTES, ids=lambda route: route.operation_id)
def test_the_fake_agrees_with_prism_on_arbitrary_field_values(prism: PrismServer, route: Route) -> None:
    base = FAKE.examples.of(str(route.body_pointer))
    names = sorted(_body_schema(route).get("properties", {})) or ["unknown"]

    @settings(derandomize=True, max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(name=st.sampled_from(names), value=JSON_VALUES, drop=st.booleans())
    def check(name: str, value: Any, drop: bool) -> None:
        body = {k: v for k, v in base.items() if k != name} if drop else {**base, name: value}
        path = {p.name: _valid_value(p.pointer) for p in route.parameters if p.location == "path"}
        case = Case(route, f"hypothesis:{name}", path, {}, body, dict(AUTH))
        fake, reference = fake_accepts(case), prism_accepts(prism, case)
        assert fake == reference, f"{body!r}: fake {'accepts' if fake else 'rejects'}, Prism does not agree"

    check()
