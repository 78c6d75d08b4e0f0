"""Run inside the official SDK's virtualenv (.venv-peer): print, as JSON, the official surface
behind the endpoints given on stdin (a JSON list of "VERB /path/{}" strings).

For every resource of the official client that has a method on one of those endpoints: every
public method of that resource, sync and async, with its parameters (name, kind, has a
default), the endpoint it calls, the names in its path template and the names of its
params/response types. Plus the client's public attributes and constructor/copy parameters.
Stdlib + telnyx only.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
import typing
from typing import Any

import telnyx
from telnyx._resource import AsyncAPIResource, SyncAPIResource

_CALL = re.compile(r"self\._(get|post|patch|put|delete|get_api_list)\(\s*(?:path_template\(\s*)?f?\"([^\"]+)\"", re.S)
_PARAMS_TYPE = re.compile(r"\b(\w+_params)\.(\w+Params)\b")
_SKIP = {"with_raw_response", "with_streaming_response"}


def endpoint(method: Any) -> str | None:
    match = _CALL.search(inspect.getsource(method))
    if match is None:
        return None
    verb = {"get_api_list": "GET"}.get(match.group(1), match.group(1).upper())
    if match.group(1) == "get_api_list" and 'method="post"' in inspect.getsource(method):
        verb = "POST"
    return f"{verb} {re.sub(r'{[^}]+}', '{}', match.group(2))}"


def path_parameters(method: Any) -> list[str] | None:
    """The names in the method's path template, in URL order (`/x/{profile_id}/y/{autoresp_cfg_id}`)."""
    match = _CALL.search(inspect.getsource(method))
    return None if match is None else re.findall(r"{(\w+)}", match.group(2))


def empty_id_messages(method: Any) -> list[str]:
    """The names the method's "Expected a non-empty value for `...`" checks give, in order."""
    return re.findall(r"Expected a non-empty value for `(\w+)`", inspect.getsource(method))


def parameters(method: Any) -> list[list[Any]]:
    return [
        [p.name, p.kind.name, p.default is not inspect.Parameter.empty]
        for p in inspect.signature(method).parameters.values()
    ]


def type_names(method: Any) -> dict[str, Any]:
    source = inspect.getsource(method)
    params = _PARAMS_TYPE.search(source)
    annotation = typing.get_type_hints(method).get("return")
    names: dict[str, Any] = {"params": None, "response": None, "item": None, "page": None}
    if params:
        module = sys.modules[method.__module__]
        names["params"] = [getattr(module, params.group(1)).__name__, params.group(2)]
    if typing.get_origin(annotation) is not None and typing.get_args(annotation):  # AsyncPaginator[Item, Page]
        annotation = typing.get_args(annotation)[1]
    generic = getattr(annotation, "__pydantic_generic_metadata__", None) or {}
    if generic.get("origin") is not None and generic.get("args"):  # a page of items
        names["page"] = generic["origin"].__name__
        item = generic["args"][0]
        names["item"] = [item.__module__, item.__name__]
    elif isinstance(annotation, type) and annotation.__module__.startswith("telnyx.types"):
        names["response"] = [annotation.__module__, annotation.__name__]
    return names


def methods_of(resource: Any) -> dict[str, Any]:
    found = {}
    for name, member in inspect.getmembers(type(resource)):
        if name.startswith("_") or name in _SKIP or not inspect.isfunction(member):
            continue
        found[name] = member
    return found


def walk(node: Any, path: str, depth: int, into: dict[str, Any]) -> None:
    for name, member in inspect.getmembers(type(node)):
        if name.startswith("_") or name in _SKIP or not hasattr(member, "func"):
            continue  # resources are cached_property
        try:
            child = getattr(node, name)
        except Exception:  # noqa: S112 - some resources need optional settings
            continue
        if isinstance(child, SyncAPIResource | AsyncAPIResource):
            dotted = f"{path}.{name}" if path else name
            into[dotted] = child
            if depth < 3:
                walk(child, dotted, depth + 1, into)


def surface(client: Any, wanted: set[str]) -> dict[str, Any]:
    resources: dict[str, Any] = {}
    walk(client, "", 1, resources)
    result: dict[str, Any] = {}
    for dotted, resource in resources.items():
        methods = methods_of(resource)
        calls = {name: endpoint(method) for name, method in methods.items()}
        if not wanted & set(calls.values()):
            continue
        result[dotted] = {
            name: {
                "endpoint": calls[name],
                "path_parameters": path_parameters(method),
                "empty_id_messages": empty_id_messages(method),
                "parameters": parameters(method),
                "types": type_names(method),
            }
            for name, method in methods.items()
        }
        for name in dir(resource):  # sub-resources count as attributes of the resource
            if f"{dotted}.{name}" in resources:
                result[dotted].setdefault(
                    name,
                    {
                        "endpoint": None,
                        "path_parameters": None,
                        "empty_id_messages": None,
                        "parameters": None,
                        "types": None,
                    },
                )
    return result


def client_surface(client_class: type, instance: Any) -> dict[str, Any]:
    attributes: dict[str, Any] = {  # resources (cached_property) are compared resource by resource
        name: {"kind": "attribute", "parameters": None}
        for name in vars(instance)
        if not name.startswith("_") and not hasattr(getattr(client_class, name, None), "func")
    }
    for name in _SKIP:  # with_raw_response / with_streaming_response of the client itself
        attributes[name] = {"kind": "attribute", "parameters": None}
    for name, member in inspect.getmembers(client_class):
        if name.startswith("_"):
            continue
        if inspect.isfunction(member):
            attributes[name] = {"kind": "method", "parameters": parameters(member)}
        elif isinstance(member, property):
            attributes[name] = {"kind": "property", "parameters": None}
    return attributes


def main() -> None:
    wanted = set(json.load(sys.stdin))
    sync_client = telnyx.Telnyx(api_key="x", base_url="http://127.0.0.1:9")
    async_client = telnyx.AsyncTelnyx(api_key="x", base_url="http://127.0.0.1:9")
    sample = inspect.signature(telnyx.Telnyx(api_key="x").short_codes.retrieve).parameters
    json.dump(
        {
            "version": telnyx.__version__,
            "sync": surface(sync_client, wanted),
            "async": surface(async_client, wanted),
            "client": {
                "sync": client_surface(telnyx.Telnyx, telnyx.Telnyx(api_key="x")),
                "async": client_surface(telnyx.AsyncTelnyx, telnyx.AsyncTelnyx(api_key="x")),
            },
            "constructor": {
                "sync": parameters(telnyx.Telnyx.__init__),
                "async": parameters(telnyx.AsyncTelnyx.__init__),
            },
            "per_call_options": [name for name in sample if name.startswith("extra_") or name == "timeout"],
            "exports": sorted(name for name in dir(telnyx) if not name.startswith("_")),
        },
        sys.stdout,
        indent=1,
    )


if __name__ == "__main__":
    main()
