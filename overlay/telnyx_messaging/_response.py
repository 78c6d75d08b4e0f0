"""What a successful call returns: the raw response plus a lazily parsed model.

Parsing waits until `.data` (or `.parsed`) is first read: a caller who only needs to know
the message was accepted pays nothing for it, and a 2xx body that cannot be parsed is
reported as APIResponseValidationError on access, with the raw response kept, instead of
turning an accepted send into an exception that invites a duplicate retry.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Generic, TypeVar

import httpx

from ._body import INCOMPLETE_EXTENSION
from ._exceptions import APIResponseValidationError, IncompleteResponseError, request_id_of
from ._json import loads

DataT = TypeVar("DataT")
_NOT_PARSED: Any = object()


def decode_json(response: httpx.Response) -> Any:
    cut_off = response.extensions.get(INCOMPLETE_EXTENSION)
    if cut_off is not None:
        raise IncompleteResponseError(
            f"{response.status_code} response body was cut off after {len(response.content)} bytes "
            f"({type(cut_off).__name__}). The server accepted the request: do not send it again; "
            ".response has the status, headers and the part of the body that arrived",
            response=response,
            body=response.text if response.content else None,
        )
    try:
        return loads(response.content)
    except (ValueError, RecursionError) as error:  # RecursionError: absurdly deep nesting
        raise APIResponseValidationError(
            f"{response.status_code} response is not valid JSON ({error}); see .response for what was received",
            response=response,
            body=response.text if response.content else None,
        ) from error


def parse_model(model: Any, response: httpx.Response, payload: Any) -> Any:
    """`model.from_dict(payload)`, with any failure reported as a documented error."""
    if model is None:
        return payload
    if not isinstance(payload, dict):
        raise APIResponseValidationError(
            f"{response.status_code} response body is a JSON {type(payload).__name__}, expected an object",
            response=response,
            body=payload,
        )
    try:
        return model.from_dict(payload)
    except Exception as error:  # the generated parser raises KeyError/TypeError/ValueError...
        raise APIResponseValidationError(
            f"{response.status_code} response does not match the {model.__name__} schema "
            f"({type(error).__name__}: {error}); see .response and .body for what was received",
            response=response,
            body=payload,
        ) from error


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(item) for item in value]
    return value


class Dumpable:
    """The official SDK's model helpers on a response or a page. Values are as on the wire
    (API names, ISO-8601 strings), so `json.dumps(response.to_dict())` always works."""

    __slots__ = ()

    def json(self) -> Any:
        raise NotImplementedError

    def _wire(self) -> Any:
        """The body as JSON values (the parsed model's to_dict() where there is one)."""
        return copy.deepcopy(self.json())

    def to_dict(self, *, exclude_none: bool = False, **_official: Any) -> Any:
        """The body with the API's names, only the members the server sent."""
        wire = self._wire()
        return _without_none(wire) if exclude_none else wire

    def to_json(self, *, indent: int | None = 2, exclude_none: bool = False, **_official: Any) -> str:
        return json.dumps(self.to_dict(exclude_none=exclude_none), indent=indent)

    def model_dump(self, *, exclude_none: bool = False, **_official: Any) -> Any:
        return self.to_dict(exclude_none=exclude_none)

    def model_dump_json(self, *, indent: int | None = None, exclude_none: bool = False, **_official: Any) -> str:
        return self.to_json(indent=indent, exclude_none=exclude_none)


# Names APIResponse answers itself: never looked up on the body (and no recursion while parsing).
_OWN_NAMES = frozenset({"data", "parsed", "http_response", "status_code", "headers", "request_id"})


class APIResponse(Dumpable, Generic[DataT]):
    """A 2xx answer. `.data` is the generated model of the body's `data` member; any other
    attribute is the body model's, as in the official SDK (`cancel_scheduled(id).id`)."""

    __slots__ = ("_envelope", "_json", "_model", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, model: Any, *, envelope: bool = True) -> None:
        self.http_response = http_response
        self._model = model
        self._envelope = envelope
        self._json: Any = _NOT_PARSED
        self._parsed: Any = _NOT_PARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response)

    def json(self) -> Any:
        """The decoded JSON body."""
        if self._json is _NOT_PARSED:
            self._json = decode_json(self.http_response)
        return self._json

    @property
    def parsed(self) -> Any:
        """The whole body as the generated envelope model."""
        if self._parsed is _NOT_PARSED:
            self._parsed = parse_model(self._model, self.http_response, self.json())
        return self._parsed

    @property
    def data(self) -> DataT:
        parsed = self.parsed
        if self._model is None or not self._envelope:
            return parsed  # type: ignore[no-any-return]
        data = getattr(parsed, "data", None)
        if data is None:  # absent or null: generated models read absent fields as None
            raise APIResponseValidationError(
                f"{self.status_code} response has no `data`; see .response for what was received",
                response=self.http_response,
                body=self.json(),
            )
        return data  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in _OWN_NAMES:
            raise AttributeError(name)
        return getattr(self.parsed, name)

    def _wire(self) -> Any:
        to_dict = getattr(self.parsed, "to_dict", None)
        return to_dict() if callable(to_dict) else super()._wire()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse {request.method} {request.url.path} {self.status_code}>"
