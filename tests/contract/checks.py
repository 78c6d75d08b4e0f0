"""Assertions shared by the contract tests: what went on the wire, and what came back typed."""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from dateutil.parser import isoparse

from telnyx_messaging import APIResponse, AsyncPage, SyncPage

from ._spec import spec_operation
from .calls import Call
from .conftest import API_KEY, Sent


def same(sent: Any, given: Any) -> bool:
    """`given` (a Python argument) arrived as `sent` (decoded JSON or query text)."""
    if isinstance(given, datetime.datetime):
        return isinstance(sent, str) and isoparse(sent) == given
    if isinstance(given, Mapping):
        return isinstance(sent, Mapping) and sent.keys() == given.keys() and all(same(sent[k], given[k]) for k in given)
    if isinstance(given, Sequence) and not isinstance(given, str):
        return isinstance(sent, list) and len(sent) == len(given) and all(map(same, sent, given))
    return bool(sent == given)


def flatten(name: str, value: Any) -> Iterator[tuple[str, Any]]:
    """The API's deepObject query style: filter={"a": {"b": 1}} -> ("filter[a][b]", 1)."""
    if isinstance(value, Mapping):
        for key, inner in value.items():
            yield from flatten(f"{name}[{key}]", inner)
    else:
        yield name, value


def query_text(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return value


def check_request(call: Call, sent: Sent) -> None:
    """One request of `call`: method, path, auth, query and body against the spec."""
    assert (sent.method, sent.path) == (call.verb, call.path()), f"{call.method} went to {sent.method} {sent.url}"
    assert sent.headers.get("authorization") == f"Bearer {API_KEY}"
    declared = spec_operation(call.verb, call.template)
    undeclared = set(sent.query) - declared.query
    assert not undeclared, f"{call.method} sent query parameters the spec does not declare: {undeclared}"

    body_args = {k: v for k, v in call.kwargs.items() if k.removesuffix("_") in declared.body_properties}
    query_args = {k: v for k, v in call.kwargs.items() if k not in body_args}
    expected_query = dict(item for name, value in query_args.items() for item in flatten(name, value))
    assert sent.query.keys() == expected_query.keys(), f"{call.method}: query {sent.query}"
    for name, value in expected_query.items():
        assert same(sent.query[name], query_text(value)), f"{call.method}: {name}={sent.query[name]!r}, not {value!r}"

    if not declared.body_properties:
        assert sent.content == b"", f"{call.method} sent a body to an operation that takes none"
        return
    body = sent.json()
    assert isinstance(body, dict)
    assert not body.keys() - declared.body_properties, f"{call.method}: undeclared body properties {body.keys()}"
    assert declared.body_required <= body.keys(), f"{call.method}: required properties missing from {body}"
    for name, value in body_args.items():
        wire_name = name.removesuffix("_")
        assert same(body.get(wire_name), value), f"{call.method}: body[{wire_name!r}] = {body.get(wire_name)!r}"


def attribute(model: Any, json_name: str) -> Any:
    """The attribute of a generated model holding JSON member `json_name` (`from` -> `from_`)."""
    return getattr(model, json_name) if hasattr(model, json_name) else getattr(model, json_name + "_")


def check_fields(call: Call, model: Any, raw: Any) -> None:
    """Each dotted JSON path in call.fields has the same value in the model and the raw JSON."""
    assert call.model is not None
    assert isinstance(model, call.model), f"{call.method}: {type(model).__name__}, expected {call.model}"
    for path in call.fields:
        value: Any = model
        expected: Any = raw
        for part in path.split("."):
            if part.isdigit():
                value, expected = value[int(part)], expected[int(part)]
            else:
                value, expected = attribute(value, part), expected[part]
        assert value is not None or expected is None, f"{call.method}: {path} was not parsed"
        assert not isinstance(value, uuid.UUID), f"{call.method}: {path} is a UUID, not the str on the wire"
        assert _equal(value, expected), f"{call.method}: {path} parsed as {value!r} from {expected!r}"


def _equal(value: Any, raw: Any) -> bool:
    if isinstance(value, datetime.datetime):
        return bool(value == isoparse(raw))
    if isinstance(value, enum.Enum):
        return bool(value.value == raw)
    return bool(value == raw)


def check_response(call: Call, response: APIResponse[Any]) -> None:
    """A non-list answer: .data typed as the spec says, key fields as Prism sent them."""
    assert isinstance(response, APIResponse), f"{call.method} returned {type(response).__name__}"
    assert 200 <= response.status_code < 300
    body = response.json()
    if call.kind == "value":
        assert response.data == body == "OK"
        return
    raw = body["data"] if call.enveloped else body
    data: Any = response.data
    if call.kind == "many":
        assert isinstance(data, list)
        assert len(data) == len(raw) > 0
        check_fields(call, data[0], raw[0])
        assert {type(item) for item in data} == {call.model}
    else:
        check_fields(call, data, raw)


def check_first_page(call: Call, page: SyncPage[Any] | AsyncPage[Any]) -> None:
    raw = page.json()["data"]
    assert isinstance(page.data, list)
    assert len(page.data) == len(raw) > 0
    check_fields(call, page.data[0], raw[0])
    assert {type(item) for item in page.data} == {call.model}


def check_walk(call: Call, first: SyncPage[Any] | AsyncPage[Any], items: list[Any], walk: list[Sent]) -> None:
    """Iterating all items: asks for the next page with the same filters, and stops when Prism
    answers with the page it already sent (its example page is always page 2 of 3)."""
    assert walk, "iteration sent nothing"
    check_request(call, walk[0])
    assert [type(item) for item in items] == [type(item) for item in first.data]
    if not first.has_next_page():
        assert len(walk) == 1, f"{call.method} asked for more pages than exist: {[s.url for s in walk]}"
        return
    assert len(walk) == 2, f"{call.method}: iteration did not stop after a repeated page: {[s.url for s in walk]}"
    expected = {**walk[0].query, "page[number]": str(first.meta.page_number + 1)}
    assert walk[1].query == expected


def check_parsed(call: Call, parsed: Any) -> None:
    """What a method returned (or `.parse()` of its raw/streamed response): a page or a response."""
    if call.kind == "page":
        assert isinstance(parsed, SyncPage | AsyncPage), f"{call.method}: got {type(parsed).__name__}"
        check_first_page(call, parsed)
    else:
        assert isinstance(parsed, APIResponse), f"{call.method}: got {type(parsed).__name__}"
        check_response(call, parsed)


def check_same_request(call: Call, reference: Sent, sent: Sent) -> None:
    """`sent` is the request `reference` was: method, path, query and JSON body."""
    assert (sent.method, sent.path) == (reference.method, reference.path), f"{call.method}: {sent.url}"
    assert sent.query == reference.query, f"{call.method}: query {sent.query}, ours {reference.query}"
    assert sent.json() == reference.json(), f"{call.method}: body {sent.json()}, ours {reference.json()}"
