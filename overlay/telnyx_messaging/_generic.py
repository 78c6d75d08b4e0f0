"""`client.get/post/patch/put/delete(path, cast_to=..., body=..., options=...)`: endpoints
outside the 44, sent through the same pool, auth, retries and logging as the methods.

`options` takes the official SDK's keys (headers, params, extra_json, timeout, max_retries,
idempotency_key, follow_redirects). A POST without an idempotency key is not resent after a
5xx or a lost connection, exactly as for `messages.send`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, get_origin

import httpx

from ._operation import add_call_options
from ._response import decode_json, parse_model
from ._serialize import flatten_query, to_jsonable
from ._types import NOT_SET_SENTINELS, NotGiven, Omit


class GenericRequestOptions(TypedDict, total=False):
    """`options=` of client.get/post/...: the official SDK's RequestOptions keys."""

    headers: Mapping[str, str | Omit]
    params: Mapping[str, object]
    extra_json: Mapping[str, object]
    timeout: float | httpx.Timeout | NotGiven | None
    max_retries: int
    idempotency_key: str
    follow_redirects: bool


_OPTION_NAMES = frozenset(GenericRequestOptions.__annotations__)
# cast_to values that mean "the decoded JSON, as it is"
_PLAIN_JSON: tuple[object, ...] = (object, dict, list, Any)


def build_generic_request(
    http: httpx.Client | httpx.AsyncClient,
    method: str,
    path: str,
    *,
    options: GenericRequestOptions,
    body: object | None = None,
    content: bytes | None = None,
    files: Any = None,
) -> httpx.Request:
    if body is not None and content is not None:
        raise TypeError("Passing both `body` and `content` is not supported")
    unexpected = options.keys() - _OPTION_NAMES
    if unexpected:
        raise TypeError(f"{method.lower()}(options=...) got unexpected key(s): {', '.join(sorted(unexpected))}")
    given: dict[str, Any] = {k: v for k, v in options.items() if not isinstance(v, NOT_SET_SENTINELS)}
    kwargs: dict[str, Any] = {"method": method, "url": path, **_payload(body, given.get("extra_json"), content, files)}
    if given.get("params"):
        kwargs["params"] = dict(flatten_query(given["params"]))
    request = http.build_request(**add_call_options(kwargs, {}, given.get("headers"), given))
    for name, value in (given.get("headers") or {}).items():
        if isinstance(value, Omit):
            request.headers.pop(name, None)
    return request


def _payload(body: object | None, extra_json: Any, content: bytes | None, files: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    json = to_jsonable(body) if body is not None else None
    if extra_json:
        json = {**(json if isinstance(json, dict) else {}), **to_jsonable(extra_json)}
    if json is not None:
        payload["data" if files is not None else "json"] = json  # multipart: body members become form fields
    if content is not None:
        payload["content"] = content
    if files is not None:
        payload["files"] = files
    return payload


def follow_redirects(options: GenericRequestOptions) -> bool | None:
    value = options.get("follow_redirects")
    return value if isinstance(value, bool) else None


def cast_response(response: httpx.Response, cast_to: Any) -> Any:
    """The 2xx answer as `cast_to`: httpx.Response, str, bytes, None (NoneType), a plain
    JSON type (object, dict, list) or a generated model (anything with from_dict)."""
    if cast_to is httpx.Response:
        return response
    if cast_to is None or cast_to is type(None):
        return None
    if cast_to is str:
        return response.text
    if cast_to is bytes:
        return response.content
    if cast_to in _PLAIN_JSON or get_origin(cast_to) in (dict, list):
        return decode_json(response)
    if callable(getattr(cast_to, "from_dict", None)):
        return parse_model(cast_to, response, decode_json(response))
    raise TypeError(
        f"cast_to={cast_to!r} is not supported: use httpx.Response, str, bytes, object, dict, "
        "type(None) or a generated model class (with from_dict)"
    )
