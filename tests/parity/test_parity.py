"""Parity with the official SDK (telnyx==4.189.0, installed into .venv-peer from PyPI):
every public method of the official resources behind our 44 operations, sync and async,
exists here under the same path and takes each of its parameters the same way; the same for
the client's public attributes, its constructor and the per-call options.

What is compared is read from the official package at test time (tests/parity/official_surface.py
runs in its virtualenv); the only exclusions are the names in EXCLUDED, and each of them must
be explained in the README's "Differences from the official SDK" table.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from telnyx_messaging import AsyncTelnyx, RequestOptions, Telnyx
from telnyx_messaging_api._index import OPERATIONS
from tests.support.operations import call_with_path_ids, overlay_operations

from .names import endpoint_to_operation, official_names
from .official import load_official

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

README = Path(__file__).resolve().parents[2] / "README.md"
# Official names we do not have, each with its reason in the README's differences table.
EXCLUDED = frozenset({
    "messages.rcs",  # RCS messaging is not one of the 44 operations
    "messaging_hosted_numbers.delete",  # the spec has no such operation
    "client_id", "client_secret",  # OAuth2 client credentials: API keys only
    "websocket_base_url",  # no websocket endpoints among these operations
    "auth_headers", "custom_auth",  # the key is added per request inside the transport, never exposed
    "qs", "platform_headers", "request", "get_api_list",  # Stainless internals
    "stream", "stream_cls",  # no server-sent-event endpoints among these operations
})  # fmt: skip
# Top-level names of `telnyx` we do not have, each explained in the README's differences table.
EXCLUDED_EXPORTS = frozenset({
    "Stream", "AsyncStream",  # server-sent events
    "BaseModel",  # pydantic
    "DefaultAioHttpClient",  # aiohttp
    "ReconnectingEvent", "ReconnectingOverrides", "WebSocketConnectionClosedError", "WebSocketQueueFullError",
    "file_from_path",  # no file uploads among these operations
    "resources",  # the Stainless resource classes
    "APIWebhookValidationError",  # ours: WebhookVerificationError
})  # fmt: skip
OPTION_KEYS = frozenset(RequestOptions.__annotations__)
POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")


@pytest.fixture(scope="module")
def official() -> dict[str, Any]:
    return load_official()


def _accepts_options(signature: inspect.Signature) -> bool:
    return any(
        p.kind is inspect.Parameter.VAR_KEYWORD and "RequestOptions" in str(p.annotation)
        for p in signature.parameters.values()
    )


def compare(where: str, official_params: list[list[Any]], ours: Any) -> list[str]:
    """Why `ours` cannot take every call the official signature takes (empty: it can)."""
    signature = inspect.signature(ours)
    params = signature.parameters
    official_params = [p for p in official_params if p[0] != "self" and not p[0].startswith("_")]
    problems = []
    official_positional = [name for name, kind, _ in official_params if kind in POSITIONAL]
    our_positional = [n for n, p in params.items() if p.kind.name in POSITIONAL][: len(official_positional)]
    # a positional-only slot takes the official positional argument when the official name is
    # also accepted by keyword (autoresp_configs: both id orders bind)
    our_positional = [
        theirs if params[n].kind.name == "POSITIONAL_ONLY" and theirs in params else n
        for n, theirs in zip(our_positional, official_positional, strict=False)
    ]
    if our_positional != official_positional:
        problems.append(f"{where}: positional parameters {our_positional} != official {official_positional}")
    for name, kind, has_default in official_params:
        if name in EXCLUDED:
            continue
        mine = params.get(name)
        if mine is None:
            if not (kind == "KEYWORD_ONLY" and name in OPTION_KEYS and _accepts_options(signature)):
                problems.append(f"{where}: missing parameter `{name}` ({kind})")
            continue
        if kind == "KEYWORD_ONLY" and mine.kind.name not in ("KEYWORD_ONLY", "POSITIONAL_OR_KEYWORD"):
            problems.append(f"{where}: `{name}` is {mine.kind.name} here, KEYWORD_ONLY in the official SDK")
        if has_default and mine.default is inspect.Parameter.empty and mine.kind.name != "VAR_KEYWORD":
            problems.append(f"{where}: `{name}` is required here, optional in the official SDK")
    official_names_ = {p[0] for p in official_params}
    for name, mine in params.items():
        required = mine.default is inspect.Parameter.empty and mine.kind.name not in ("VAR_KEYWORD", "VAR_POSITIONAL")
        if required and name != "self" and name not in official_names_:
            problems.append(f"{where}: `{name}` is required here but not a parameter of the official SDK")
    return problems


def _resolve(root: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        root = getattr(root, part, None)
        if root is None:
            return None
    return root


def test_the_official_surface_is_the_pinned_version(official: dict[str, Any]) -> None:
    assert official["version"] == "4.189.0"
    assert official["sync"], "no official resource matched our 44 endpoints"


def test_every_official_resource_method_exists_with_its_parameters(official: dict[str, Any]) -> None:
    problems: list[str] = []
    for mode, client in (("sync", Telnyx("k")), ("async", AsyncTelnyx("k"))):
        for resource_path, methods in official[mode].items():
            resource = _resolve(client, resource_path)
            if resource is None:
                problems.append(f"{mode} client.{resource_path}: missing resource")
                continue
            for variant in ("with_raw_response", "with_streaming_response"):
                if not hasattr(resource, variant):
                    problems.append(f"{mode} client.{resource_path}.{variant}: missing")
            for name, method in methods.items():
                where = f"{mode} client.{resource_path}.{name}"
                if f"{resource_path}.{name}" in EXCLUDED:
                    continue
                ours = getattr(resource, name, None)
                if ours is None:
                    problems.append(f"{where}: missing")
                elif method["parameters"] is not None:
                    problems += compare(where, method["parameters"], ours)
    assert not problems, "\n".join(problems)


def test_every_per_call_option_is_accepted_by_every_method(official: dict[str, Any]) -> None:
    assert set(official["per_call_options"]) <= OPTION_KEYS
    problems = []
    for mode, client in (("sync", Telnyx("k")), ("async", AsyncTelnyx("k"))):
        for resource_path, methods in official[mode].items():
            for name, method in methods.items():
                ours = _resolve(client, f"{resource_path}.{name}")
                if f"{resource_path}.{name}" in EXCLUDED:
                    continue  # as in the test above (e.g. a method whose operation is not in scope)
                if method["parameters"] is None or ours is None:
                    continue  # sub-resources; missing methods are the test above's
                if not _accepts_options(inspect.signature(ours)):
                    problems.append(f"{mode} client.{resource_path}.{name}: no **options: RequestOptions")
    assert not problems, "\n".join(problems)


def test_the_clients_public_attributes_and_constructors(official: dict[str, Any]) -> None:
    problems: list[str] = []
    for mode, cls in (("sync", Telnyx), ("async", AsyncTelnyx)):
        client = cls("k")
        problems += compare(f"{cls.__name__}()", official["constructor"][mode], cls.__init__)
        for name, attribute in official["client"][mode].items():
            if name in EXCLUDED:
                continue
            if not hasattr(client, name):
                problems.append(f"{cls.__name__}.{name}: missing ({attribute['kind']})")
            elif attribute["kind"] == "method":
                problems += compare(f"{cls.__name__}.{name}", attribute["parameters"], getattr(client, name))
    assert not problems, "\n".join(problems)


def test_an_empty_path_id_is_named_as_the_official_sdk_names_it(official: dict[str, Any]) -> None:
    # Our message for each path id, left empty, must be the official method's for the id at
    # the same place in the URL (`messaging_profile_id`, where the spec says `id`).
    operations = {operation.operation_id: operation for operation in overlay_operations()}
    by_endpoint = endpoint_to_operation()
    client = Telnyx("k", base_url="http://127.0.0.1:9", max_retries=0)  # never reached: the check comes first
    checked = 0
    for resource_path, methods in official["sync"].items():
        for name, method in methods.items():
            operation = operations.get(by_endpoint.get(method["endpoint"] or "", ""))
            if operation is None or not method["path_parameters"]:
                continue
            assert set(method["empty_id_messages"]) == set(method["path_parameters"]), f"{resource_path}.{name}"
            ours = re.findall(r"{(\w+)}", OPERATIONS[operation.operation_id].path)
            for spec_name, official_name in zip(ours, method["path_parameters"], strict=True):
                expected = f"Expected a non-empty value for `{official_name}` but received ''"
                with pytest.raises(ValueError, match=f"^{re.escape(expected)}$"):
                    call_with_path_ids(client, operation, {spec_name: ""})
                checked += 1
    assert checked >= len([p for op in operations.values() for p in op.path_params if op.available])


def test_the_type_and_page_names(official: dict[str, Any]) -> None:
    from telnyx_messaging.types._names import NAMES

    assert official_names(official) == NAMES, "types/_names.py is stale: run `make official-names`"
    for name, (package, _, _) in NAMES.items():
        module = importlib.import_module("telnyx_messaging.types" + (f".{package}" if package else ""))
        assert getattr(module, name) is not None
        if package == "shared":  # `from telnyx.types import ShortCode` works too
            assert getattr(importlib.import_module("telnyx_messaging.types"), name) is getattr(module, name)
    pagination = importlib.import_module("telnyx_messaging.pagination")
    methods = [method for resource in official["sync"].values() for method in resource.values()]
    pages = {method["types"]["page"] for method in methods if method["types"] and method["types"]["page"]}
    pages |= {page.replace("Sync", "Async") for page in pages}
    assert pages
    missing = sorted(page for page in pages if not hasattr(pagination, page))
    assert not missing, f"telnyx_messaging.pagination lacks {missing}"


def test_the_official_top_level_names(official: dict[str, Any]) -> None:
    import telnyx_messaging

    wanted = [name for name in official["exports"] if name not in EXCLUDED_EXPORTS]
    missing = [name for name in wanted if not hasattr(telnyx_messaging, name)]
    assert not missing, f"telnyx_messaging lacks the official top-level names {missing}"


def test_every_exclusion_is_explained_in_the_readme() -> None:
    text = README.read_text()
    section = text.split("## Differences from the official SDK", 1)
    assert len(section) == 2, "README has no 'Differences from the official SDK' section"
    table = section[1].split("\n## ", 1)[0]

    def explained(name: str) -> bool:
        return re.search(rf"`[^`]*\b{re.escape(name)}\b[^`]*`", table) is not None

    unexplained = sorted(name for name in EXCLUDED | EXCLUDED_EXPORTS if not explained(name))
    assert not unexplained, f"exclusions not in the README's differences table: {unexplained}"
