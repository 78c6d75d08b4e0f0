"""What the overlay knows about one API operation, and how it builds the request.

Operations are bound by operationId (`bind("SendMessage", "messages.send")`): the generated
package's `_index` (written by `make generate`) says which generated module, 2xx model and
list item model belong to it, so no generated module path or model name is written here.
The generated module stays the source of truth for the method, the URL template and path
quoting (its `_get_kwargs`) and for the response models. Bodies and query strings are
serialised here from plain keyword arguments, so a request carries exactly what the caller
set and nested values may be dicts, datetimes or generated models alike.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ._checks import check_header_values, check_idempotency_key
from ._constants import IDEMPOTENCY_KEY_HEADER, OPTIONS_EXTENSION
from ._exceptions import ValidationError
from ._serialize import flatten_query, json_body, to_jsonable
from ._types import RequestOptions

JSON_CONTENT_TYPE = "application/json"


@cache
def load(path: str) -> Any:
    """`module:Attribute` or `module` -> the object, imported on first use only."""
    module_name, _, attribute = path.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attribute) if attribute else module


class _PreparedBody:
    """Quacks like a generated request model for `_get_kwargs(body=...)`."""

    __slots__ = ("_json",)

    def __init__(self, json: dict[str, Any]) -> None:
        self._json = json

    def to_dict(self) -> dict[str, Any]:
        return self._json


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation: `name` is the overlay method ("messages.send"), `operation_id` the
    spec's, `module` the generated module (dotted), `response` the generated model of its
    2xx body ("module:Class"; None when the body is a bare value)."""

    name: str
    operation_id: str
    module: str
    response: str | None
    has_body: bool = False
    query: tuple[str, ...] = ()  # the wire names of its query parameters
    paginated: bool = False
    envelope: bool = True  # False: the body is the resource itself, not {"data": ...}
    item: str | None = None  # list operations: the generated model of one element of `data`
    path_params: tuple[str, ...] = ()
    # {spec path parameter: the official SDK's keyword for it}: the name errors show
    path_aliases: Mapping[str, str] = field(default_factory=dict)
    available: bool = True  # False: not in the spec generated/ was built from (see bind)

    @property
    def get_kwargs(self) -> Callable[..., dict[str, Any]]:
        if not self.available:  # every request is built through here: nothing is sent
            raise unavailable(self.operation_id, self.name)
        return load(self.module)._get_kwargs  # type: ignore[no-any-return]

    @property
    def response_model(self) -> Any:
        return None if self.response is None else load(self.response)

    @property
    def item_model(self) -> Any:
        return None if self.item is None else load(self.item)

    def request_kwargs(
        self,
        path: Mapping[str, Any],
        body: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        options: RequestOptions,
        *,
        check_query: bool = True,
    ) -> dict[str, Any]:
        """Keyword arguments for httpx.Client.build_request. With `check_query`, a query
        parameter the operation does not declare (a typo in a filter key) is an error."""
        generated_args: dict[str, Any] = dict(path)
        if self.has_body:
            generated_args["body"] = _PreparedBody(json_body(body or {}))
        kwargs = self.get_kwargs(**generated_args)
        params = dict(flatten_query(query)) if query else {}
        unknown = [name for name in params if name not in self.query] if check_query else []
        if unknown:
            raise ValidationError(
                unknown[0].replace("[", ".").replace("]", ""),
                params[unknown[0]],
                f"not a parameter of {self.name}; it takes {', '.join(self.query) or 'no query parameters'}",
            )
        if "extra_query" in options:  # the caller's own parameters: sent as given, unchecked
            params.update(flatten_query(options["extra_query"]))  # type: ignore[arg-type]
        request: dict[str, Any] = {"method": kwargs["method"], "url": kwargs["url"]}
        if params:  # even an empty dict makes httpx re-parse and re-merge the URL
            request["params"] = params
        if "json" in kwargs:
            request["json"] = kwargs["json"]
        if "extra_body" in options:  # takes precedence over the method's own arguments
            request["json"] = {**request.get("json", {}), **to_jsonable(options["extra_body"])}
        headers = dict(kwargs.get("headers", {}))
        if "json" in request and headers.get("Content-Type") == JSON_CONTENT_TYPE:
            # httpx sets this very header for json=; passing it too costs a header merge per call
            del headers["Content-Type"]
        return add_call_options(request, headers, options.get("extra_headers"), options)


def add_call_options(
    request: dict[str, Any], headers: dict[str, str], added: Mapping[str, object] | None, options: Mapping[str, Any]
) -> dict[str, Any]:
    """One call's headers, Idempotency-Key, timeout and max_retries into build_request kwargs.
    A header whose value is `omit` is left out here and removed once httpx has merged the
    client's defaults (see build_request)."""
    if added:
        check_header_values(added, "extra_headers")
    headers.update((name, value) for name, value in (added or {}).items() if isinstance(value, str))
    if options.get("idempotency_key") is not None:
        check_idempotency_key(options["idempotency_key"])
        headers[IDEMPOTENCY_KEY_HEADER] = options["idempotency_key"]
    if headers:
        request["headers"] = headers
    if "timeout" in options:
        request["timeout"] = options["timeout"]
    if "max_retries" in options:
        request["extensions"] = {OPTIONS_EXTENSION: {"max_retries": options["max_retries"]}}
    return request


class OperationUnavailableError(NotImplementedError):
    """The method's operation is not in the spec this client was generated from."""


def spec_label() -> str:
    from telnyx_messaging_api._index import SPEC  # noqa: PLC0415 - generated, loads with the first resource

    return SPEC


def unavailable(operation_id: str, name: str) -> OperationUnavailableError:
    return OperationUnavailableError(
        f"{name}() needs operation {operation_id}, which is not in the Telnyx spec this client was "
        f"generated from ({spec_label()}): regenerate from a spec that has it (`make generate TELNYX_SPEC=...`)"
    )


def bind(operation_id: str, name: str, path_aliases: Mapping[str, str] | None = None) -> Operation:
    """The Operation for `operation_id` as the generated index describes it. An operation the
    spec lacks (an older one) still binds, so the client imports; calling it raises
    OperationUnavailableError naming the operationId and the spec. `path_aliases` come from
    the naming table (openapi/naming.yml), written into the derived resources."""
    from telnyx_messaging_api._index import OPERATIONS  # noqa: PLC0415

    aliases = dict(path_aliases or {})
    entry = OPERATIONS.get(operation_id)
    if entry is None:
        return Operation(
            name=name, operation_id=operation_id, module="", response=None, path_aliases=aliases, available=False
        )
    return Operation(
        name=name,
        operation_id=operation_id,
        module=entry.module,
        response=entry.response,
        has_body=entry.has_body,
        query=entry.query,
        paginated="page[number]" in entry.query,
        envelope=entry.envelope,
        item=entry.item,
        path_params=entry.path_params,
        path_aliases=aliases,
    )
