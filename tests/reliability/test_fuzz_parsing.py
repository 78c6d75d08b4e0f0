"""Fuzzing response handling for every operation of the overlay, sync and async.

2xx: random JSON, and mutations of the spec's own example responses (built from
build/spec/messaging.json at test time), served by httpx.MockTransport. Calling the method and
then reading `.data` (and walking every page of a list) yields a model or a documented error
(APIResponseValidationError, keeping the raw response); never a KeyError, TypeError,
ValueError, AttributeError or anything else that is not a TelnyxError.

4xx/5xx: random status, body bytes and headers (Retry-After included) always raise an
APIStatusError subclass that prints.

Each fuzz target draws the operation and the client kind as part of the example, so
TELNYX_FUZZ_EXAMPLES (10,000 under `make fuzz`) is the number of examples over all 44
operations per target.
"""

from __future__ import annotations

import copy
import json
import math
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import telnyx_messaging as telnyx
from telnyx_messaging import AsyncPaginator, AsyncTelnyx, SyncPage, Telnyx, _transport
from telnyx_messaging._errors import _BY_STATUS
from telnyx_messaging._operation import Operation, OperationUnavailableError
from tests.support.operations import MINIMAL, bound_method, operation_params, overlay_operations
from tests.support.spec_version import skip_unless_pinned

from .conftest import API_KEY

EXAMPLES = int(os.environ.get("TELNYX_FUZZ_EXAMPLES", "50"))
# CI draws the same examples every run (pass counts must not vary between runs); locally
# Hypothesis explores and remembers failures as usual.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=IN_CI,
    **({"database": None} if IN_CI else {}),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
# Wall-clock allowance of one fuzz target (pyproject's default of 120 s is for ordinary tests).
long_run = pytest.mark.timeout(max(120, EXAMPLES // 5))
SPEC = Path(__file__).resolve().parents[2] / "build" / "spec" / "messaging.json"
# A list walk that asks for more pages than this is looping.
MAX_PAGES = 12

# Fuzzed: the operations of the spec generated/ was made from (an older spec lacks some).
OPERATIONS = [op for op in overlay_operations() if op.available]
NOT_IN_SPEC = [op for op in overlay_operations() if not op.available]
BY_NAME = {op.name: op for op in OPERATIONS}

# The smallest valid arguments of every operation (validation stays on: they must pass it).
ARGS: Mapping[str, Mapping[str, object]] = MINIMAL


# --- the spec's example responses -------------------------------------------------------------------


def _load_spec() -> dict[str, Any]:
    if not SPEC.exists():
        pytest.fail("build/spec/messaging.json is missing: run `make build/spec/messaging.json`")
    return json.loads(SPEC.read_text())  # type: ignore[no-any-return]


class _Examples:
    """A JSON example for any schema: the spec's own `example` where there is one, built
    from the properties' examples (or their type and format) otherwise."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.components = spec["components"]

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            section, name = node["$ref"].split("/")[-2:]
            node = self.components[section][name]
        return node

    def of(self, schema: Any, depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 12:
            return None
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return copy.deepcopy(schema["examples"][0])
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.of(part, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        for combinator in ("oneOf", "anyOf"):
            if schema.get(combinator):
                return self.of(schema[combinator][0], depth + 1)
        if schema.get("enum"):
            return schema["enum"][0]
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object" or "properties" in schema:
            return {name: self.of(prop, depth + 1) for name, prop in schema.get("properties", {}).items()}
        if kind == "array":
            return [self.of(schema.get("items", {}), depth + 1)]
        return _SCALARS.get((kind, schema.get("format")), _SCALARS.get((kind, None)))


_SCALARS: dict[tuple[Any, Any], Any] = {
    ("string", None): "string",
    ("string", "date-time"): "2026-07-16T18:10:02.574Z",
    ("string", "date"): "2026-07-16",
    ("string", "uuid"): "40385f64-5717-4562-b3fc-2c963f66afa6",
    ("string", "uri"): "https://example.com/hook",
    ("string", "url"): "https://example.com/hook",
    ("integer", None): 1,
    ("number", None): 1.5,
    ("boolean", None): True,
    ("null", None): None,
}


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def spec_examples() -> dict[str, Any]:
    """Operation name -> the example body of its 2xx JSON response."""
    spec = _load_spec()
    examples = _Examples(spec)
    by_id: dict[str, Any] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for code, response in operation.get("responses", {}).items():
                if not code.startswith("2"):
                    continue
                content = examples.resolve(response).get("content", {}).get("application/json", {})
                if "example" in content:
                    by_id[_snake(operation["operationId"])] = copy.deepcopy(content["example"])
                elif "schema" in content:
                    by_id[_snake(operation["operationId"])] = examples.of(content["schema"])
    return {op.name: by_id[op.module.rsplit(".", 1)[1]] for op in OPERATIONS}


EXAMPLE_BODIES = spec_examples()


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield key
            yield from _keys(child)
    elif isinstance(value, list):
        for child in value:
            yield from _keys(child)


KNOWN_KEYS = sorted({key for body in EXAMPLE_BODIES.values() for key in _keys(body)} | {"data", "meta", "errors"})


# --- driving one call -------------------------------------------------------------------------------


@dataclass
class Served:
    """What the mock server answers: one (status, headers, body) per request; the last repeats."""

    answers: list[tuple[int, dict[str, str], bytes]] = field(default_factory=list)
    requests: int = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.requests > MAX_PAGES + 4:
            raise AssertionError(f"{self.requests} requests for one call: the client is looping")
        status, headers, body = self.answers[min(self.requests, len(self.answers)) - 1]
        return httpx.Response(status, headers=headers, content=body)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


SERVED = Served()
MAX_RETRIES = 1
# One client of each kind for the whole module (building clients per example would dominate).
SYNC_CLIENT = Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(SERVED)), max_retries=MAX_RETRIES)
ASYNC_CLIENT = AsyncTelnyx(
    API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(SERVED.handle_async)), max_retries=MAX_RETRIES
)


@pytest.fixture(scope="module", autouse=True)
def _no_backoff() -> Iterator[None]:
    """Retries of fuzzed 429/5xx answers wait for nothing (module scope: Hypothesis reruns the
    test body many times inside one function-scoped fixture)."""

    async def no_async_sleep(seconds: float) -> None:
        assert 0 <= seconds <= 60

    def no_sleep(seconds: float) -> None:
        assert 0 <= seconds <= 60

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_transport, "sleep", no_sleep)
        patch.setattr(_transport, "async_sleep", no_async_sleep)
        yield


def _touch(response: Any) -> None:
    """Read everything a caller may read from a successful call."""
    if isinstance(response, telnyx.APIResponse):
        assert 200 <= response.status_code < 300
        _ = response.request_id, response.headers, repr(response)
        response.data  # noqa: B018
        response.parsed  # noqa: B018
        return
    raise AssertionError(f"unexpected result {response!r}")


def _touch_page(page: Any) -> None:
    _ = page.meta, page.has_next_page(), page.request_id, repr(page)
    page.data  # noqa: B018


def call_sync(operation: Operation) -> int:
    """Call, read `.data`, walk the pages; returns the number of items seen."""
    result = bound_method(SYNC_CLIENT, operation)(**ARGS[operation.name])
    if isinstance(result, SyncPage):
        seen = 0
        for number, page in enumerate(result.iter_pages()):
            assert number < MAX_PAGES, "pagination does not terminate"
            _touch_page(page)
            seen += len(page.data)
        return seen
    _touch(result)
    return 0


def call_async(operation: Operation) -> int:
    async def main() -> int:
        result = bound_method(ASYNC_CLIENT, operation)(**ARGS[operation.name])
        if isinstance(result, AsyncPaginator):
            page = await result
            seen = 0
            number = 0
            async for each in page.iter_pages():
                assert number < MAX_PAGES, "pagination does not terminate"
                _touch_page(each)
                seen += len(each.data)
                number += 1
            return seen
        _touch(await result)
        return 0

    return anyio.run(main)


def call(operation: Operation, mode: str, answers: list[tuple[int, dict[str, str], bytes]]) -> Exception | None:
    """Serve `answers` to one call of `operation`; the documented error it raised, or None.
    Anything that is not a TelnyxError propagates and fails the example."""
    SERVED.answers = answers
    SERVED.requests = 0
    try:
        (call_sync if mode == "sync" else call_async)(operation)
    except telnyx.TelnyxError as error:
        caught = error
    else:
        return None
    assert isinstance(str(caught), str)  # printing a documented error never fails
    assert repr(caught)
    return caught


# --- strategies ---------------------------------------------------------------------------------------

keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=12))
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),  # NaN and infinities too: Python's json reads and writes them
    st.text(max_size=30),
    st.sampled_from(["", "2026-07-16T18:10:02Z", "not-a-date", "40385f64-5717-4562-b3fc-2c963f66afa6", "+1312"]),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(keys, children, max_size=6)),
    max_leaves=25,
)
operations = st.sampled_from(sorted(BY_NAME))  # names: they read well in a falsifying example
modes = st.sampled_from(["sync", "async"])
success_statuses = st.sampled_from([200, 200, 200, 201, 202, 203, 206, 226, 299])


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _retype(value: Any) -> list[Any]:
    """Same information, wrong JSON type."""
    return [str(value), [value], {"value": value}, None, 0, True, -1.5, "", [], {}]


@st.composite
def mutations(draw: st.DrawFn, operation_name: str) -> Any:
    """The spec example of the operation with 1-4 random edits: a member removed, replaced by
    random JSON, by the same value in another type, by null; an unknown member added; a list
    emptied or doubled. (Takes the name, not the example: Hypothesis prints strategy arguments.)"""
    document = copy.deepcopy(EXAMPLE_BODIES[operation_name])
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(list(_paths(document))))
        if not path:
            document = draw(st.one_of(json_values, st.sampled_from(_retype(document))))
            continue
        *parents, last = path
        parent = document
        for step in parents:
            parent = parent[step]
        edit = draw(st.sampled_from(["delete", "random", "retype", "null", "add", "list"]))
        if edit == "delete":
            del parent[last]
        elif edit == "random":
            parent[last] = draw(json_values)
        elif edit == "retype":
            parent[last] = draw(st.sampled_from(_retype(parent[last])))
        elif edit == "null":
            parent[last] = None
        elif edit == "add" and isinstance(parent[last], dict):
            parent[last][draw(keys)] = draw(json_values)
        elif edit == "list" and isinstance(parent[last], list):
            parent[last] = draw(st.sampled_from([[], parent[last] * 2, [*parent[last], draw(json_values)]]))
    return document


@st.composite
def success_bodies(draw: st.DrawFn, operation_name: str) -> bytes:
    document = draw(
        st.one_of(
            mutations(operation_name),
            mutations(operation_name),  # twice as likely: the realistic near-misses
            json_values,
            st.fixed_dictionaries({"data": json_values}),
            st.fixed_dictionaries({"data": st.lists(json_values, max_size=4), "meta": json_values}),
        )
    )
    encoded = json.dumps(document).encode()
    return draw(
        st.one_of(
            st.just(encoded),
            st.just(encoded),
            st.just(encoded[: draw(st.integers(0, max(len(encoded) - 1, 0)))]),  # truncated
            st.binary(max_size=64),
            st.text(max_size=64).map(str.encode),
        )
    )


@st.composite
def success_cases(draw: st.DrawFn) -> tuple[Operation, str, list[tuple[int, dict[str, str], bytes]]]:
    operation = BY_NAME[draw(operations)]
    pages = 1 if operation.item is None else draw(st.integers(1, 3))
    answers = [(draw(success_statuses), {"content-type": "application/json"}, draw(success_bodies(operation.name)))]
    for number in range(2, pages + 1):
        # a plausible next page now and then, so that walks go past page 1
        body = draw(success_bodies(operation.name))
        if draw(st.booleans()):
            body = json.dumps({"data": [draw(json_values)], "meta": {"page_number": number, "total_pages": 3}}).encode()
        answers.append((200, {}, body))
    return operation, draw(modes), answers


header_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40)
retry_after_values = st.one_of(
    header_text,
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.datetimes().map(lambda moment: format_datetime(moment.replace(tzinfo=None)) + " GMT"),
    st.sampled_from(["0", "1", "60", "61", "-1", "1e309", "nan", "Tue, 99 Foo 2026 99:99:99 GMT", ""]),
)
error_headers = st.fixed_dictionaries(
    {},
    optional={
        "retry-after": retry_after_values,
        "retry-after-ms": retry_after_values,
        "x-request-id": header_text,
        "content-type": st.sampled_from(["application/json", "text/html", "text/plain", "application/octet-stream"]),
    },
)
error_documents = st.one_of(
    json_values,
    st.fixed_dictionaries({"errors": json_values}),
    st.fixed_dictionaries(
        {
            "errors": st.lists(
                st.dictionaries(st.sampled_from(["code", "title", "detail", "source", "meta"]), json_values)
            )
        }
    ),
)
error_bodies = st.one_of(
    error_documents.map(lambda document: json.dumps(document).encode()),
    st.binary(max_size=128),
    st.text(max_size=128).map(str.encode),
    st.just(b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
)


# --- properties ---------------------------------------------------------------------------------------


@pytest.mark.fuzz
@long_run
@FUZZ
@given(case=success_cases())
def test_any_2xx_body_gives_a_model_or_a_documented_error(case: Any) -> None:
    operation, mode, answers = case
    error = call(operation, mode, answers)
    event(f"outcome: {type(error).__name__ if error else 'model'}")
    if error is not None:
        # a 2xx never becomes a status error; an unreadable one keeps what was received
        assert isinstance(error, telnyx.APIResponseValidationError), repr(error)
        assert 200 <= error.response.status_code < 300
        assert error.response.content in {body for _, _, body in answers}
        assert error.request is not None


@pytest.mark.fuzz
@long_run
@FUZZ
@given(
    operation=operations,
    mode=modes,
    status=st.integers(400, 599),
    body=error_bodies,
    headers=error_headers,
)
def test_any_error_answer_raises_a_printable_api_status_error(
    operation: str, mode: str, status: int, body: bytes, headers: dict[str, str]
) -> None:
    error = call(BY_NAME[operation], mode, [(status, headers, body)])
    assert isinstance(error, telnyx.APIStatusError), repr(error)
    expected = _BY_STATUS.get(status, telnyx.APIStatusError)
    if status == 429:
        expected = telnyx.RateLimitError
    elif status >= 500:
        expected = telnyx.InternalServerError
    assert type(error) is expected
    assert error.status_code == status
    assert error.response.content == body
    assert str(error).startswith(str(status))
    for detail in error.errors:
        assert isinstance(str(detail), str)
    if isinstance(error, telnyx.RateLimitError) and error.retry_after is not None:
        assert math.isfinite(error.retry_after)
        assert error.retry_after >= 0
    assert SERVED.requests <= 1 + MAX_RETRIES


# --- the examples themselves, and pinned cases ----------------------------------------------------------


def test_every_operation_has_arguments_and_an_example() -> None:
    assert sorted(EXAMPLE_BODIES) == sorted(op.name for op in OPERATIONS)
    # (a bare-value body may be untyped: `schema: {}` in 2025 specs)
    assert all(EXAMPLE_BODIES[op.name] is not None or op.response is None for op in OPERATIONS)
    declared = {op.name for op in overlay_operations()}
    assert declared <= set(ARGS)  # an older spec may declare fewer; the pinned one declares all
    skip_unless_pinned(set(ARGS) - declared, f"operations {sorted(set(ARGS) - declared)}")
    assert sorted(ARGS) == sorted(declared)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", NOT_IN_SPEC, ids=lambda op: op.name)
def test_an_operation_the_spec_lacks_raises_a_clear_error_without_sending(operation: Operation, mode: str) -> None:
    with pytest.raises(OperationUnavailableError, match=operation.operation_id):
        call(operation, mode, [(200, {}, b"{}")])
    assert SERVED.requests == 0


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", operation_params())
def test_the_spec_example_of_every_operation_parses(operation: Operation, mode: str) -> None:
    body = json.dumps(EXAMPLE_BODIES[operation.name]).encode()
    assert call(operation, mode, [(200, {"content-type": "application/json"}, body)]) is None


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", ["messages.retrieve", "messaging_optouts.list"])
def test_deeply_nested_2xx_body_is_a_documented_error(operation: str, mode: str) -> None:
    error = call(BY_NAME[operation], mode, [(200, {}, DEEP)])
    assert isinstance(error, telnyx.APIResponseValidationError)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("status", [400, 500])
def test_deeply_nested_error_body_is_still_a_status_error(status: int, mode: str) -> None:
    error = call(BY_NAME["messages.send"], mode, [(status, {}, DEEP)])
    assert isinstance(error, telnyx.APIStatusError)
