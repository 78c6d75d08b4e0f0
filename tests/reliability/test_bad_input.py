"""A careless caller: settings and arguments that can never work fail early, clearly and
without the secret, and nothing is sent (checked on the fault server's real socket).

Client settings fail at construction with ConfigurationError; per-call values with
ValidationError (or, for an empty path id, the official SDK's ValueError text).
"""

from __future__ import annotations

import pickle
import traceback
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import telnyx_messaging as telnyx
from telnyx_messaging import AsyncTelnyx, Telnyx
from telnyx_messaging._operation import Operation, OperationUnavailableError
from tests.support import faults
from tests.support.fault_server import FaultServer
from tests.support.operations import call_with_path_ids, overlay_operations
from tests.support.spec_version import skip_unless_pinned

from .conftest import API_KEY, MODES, PHONE, PHONE_2, UUID, Mode, run

modes = pytest.mark.parametrize("mode", MODES)
pytestmark = pytest.mark.usefixtures("sleeps")
CLIENTS = pytest.mark.parametrize("client_class", [Telnyx, AsyncTelnyx])
NAMING = Path(__file__).resolve().parents[2] / "openapi" / "naming.yml"


def everything_said_about(error: BaseException) -> str:
    """Every place an exception's text can show up: str, repr, args, attributes, traceback."""
    shown = [str(error), repr(error), repr(error.args), repr(vars(error))]
    shown += traceback.format_exception(error)
    return "\n".join(shown)


# --- the API key ---------------------------------------------------------------------------------

BAD_KEYS = [
    (API_KEY + "\n", "ends with a newline"),
    (API_KEY + "\r\n", "ends with a newline"),
    (API_KEY + "\r", "ends with a carriage return"),
    (API_KEY + " ", "ends with a space"),
    (API_KEY + "\t", "ends with a tab"),
    (API_KEY + "\0", "ends with a NUL"),
    (" " + API_KEY, "starts with a space"),
    (API_KEY[:5] + "é" + API_KEY[5:], "contains a non-ASCII character at position 5"),
    (API_KEY[:5] + "\x7f" + API_KEY[5:], "contains a control character (U+007F) at position 5"),
]


@CLIENTS
@pytest.mark.parametrize(("key", "problem"), BAD_KEYS)
def test_an_unusable_api_key_is_a_config_error_naming_the_problem_not_the_key(
    client_class: type[Any], key: str, problem: str
) -> None:
    with pytest.raises(telnyx.ConfigurationError) as caught:
        client_class(key)
    assert problem in str(caught.value)
    assert "api_key" in str(caught.value)
    assert API_KEY[5:] not in everything_said_about(caught.value)


@CLIENTS
def test_an_unusable_key_from_the_environment_names_the_variable(
    client_class: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", API_KEY + "\n")
    with pytest.raises(telnyx.ConfigurationError, match="TELNYX_API_KEY ends with a newline") as caught:
        client_class()
    assert API_KEY not in everything_said_about(caught.value)


@CLIENTS
def test_an_explicit_empty_key_is_a_config_error_not_the_environment_key(
    client_class: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", API_KEY)
    with pytest.raises(telnyx.ConfigurationError, match="api_key is empty"):
        client_class("")


@modes
def test_a_transport_error_never_carries_a_header_value(mode: Mode, fault_server: FaultServer) -> None:
    """An illegal header value (here a secret of the caller's own, with a newline) makes h11
    quote the value; the documented error does not, it is not retried, and nothing is sent."""
    secret = "tok-SECRET-4412"
    headers = {"X-Token": secret + "\n"}
    outcome = run(mode, fault_server.url, lambda c: c.messages.retrieve(UUID), default_headers=headers)
    error = outcome.raised()
    assert type(error) is telnyx.APIConnectionError
    assert "LocalProtocolError" in str(error)
    assert secret not in everything_said_about(error)
    assert fault_server.count() == 0


def test_a_local_permanent_error_is_not_retried() -> None:
    from telnyx_messaging._retry import RetryBudget

    budget = RetryBudget(httpx.Request("GET", "https://api.telnyx.com/v2/messages/x"), max_retries=5)
    assert budget.delay_after_error(httpx.LocalProtocolError("Illegal header value")) is None
    assert budget.delay_after_error(httpx.UnsupportedProtocol("no scheme")) is None
    assert budget.delay_after_error(httpx.ReadError("reset")) is not None  # transient: retried


# --- base_url and the webhook key ----------------------------------------------------------------

BAD_BASE_URLS = [
    ("api.telnyx.com/v2", "must be an absolute https:// URL"),
    ("ftp://api.telnyx.com/v2", "must be an absolute https:// URL"),
    ("https:///v2", "must be an absolute https:// URL"),
    ("https://api.telnyx.com/v2?x=1", "must not have a query string"),
    ("https://api.telnyx.com/v2#top", "must not have a query string or fragment"),
    ("http://api.telnyx.com/v2", "plain http to another machine"),
    ("http://10.0.0.8:4010", "plain http to another machine"),
]


@CLIENTS
@pytest.mark.parametrize(("url", "problem"), BAD_BASE_URLS)
def test_an_unusable_base_url_fails_at_construction(client_class: type[Any], url: str, problem: str) -> None:
    with pytest.raises(telnyx.ConfigurationError, match="base_url") as caught:
        client_class(API_KEY, base_url=url)
    assert problem in str(caught.value)
    assert API_KEY not in everything_said_about(caught.value)


@CLIENTS
@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://localhost:4010/v2", "http://[::1]:4010", "https://x.example"]
)
def test_https_and_loopback_http_are_allowed(client_class: type[Any], url: str) -> None:
    client_class(API_KEY, base_url=url)


@CLIENTS
def test_plain_http_to_another_machine_needs_an_explicit_opt_in(client_class: type[Any]) -> None:
    client = client_class(API_KEY, base_url="http://10.0.0.8:4010", allow_insecure_http=True)
    assert "10.0.0.8" in repr(client)


def test_a_bad_base_url_in_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_BASE_URL", "api.telnyx.com")
    with pytest.raises(telnyx.ConfigurationError, match="TELNYX_BASE_URL="):
        Telnyx(API_KEY)


@CLIENTS
@pytest.mark.parametrize(
    ("key", "problem"), [("not base64!", "not valid base64"), ("AAAA", "32 bytes"), ([], "empty list"), ("", "empty")]
)
def test_a_configured_webhook_key_is_checked_at_construction(client_class: type[Any], key: Any, problem: str) -> None:
    with pytest.raises(telnyx.ConfigurationError, match="public_key") as caught:
        client_class(API_KEY, public_key=key)
    assert problem in str(caught.value)


@pytest.mark.parametrize(("name", "value"), [("max_retries", -1), ("max_response_bytes", 0), ("max_pages", 0)])
def test_counts_must_be_positive_ints(name: str, value: int) -> None:
    with pytest.raises(telnyx.ConfigurationError, match=name):
        Telnyx(API_KEY, **{name: value})


# --- the idempotency key -------------------------------------------------------------------------

BAD_IDEMPOTENCY_KEYS = ["", " ", "   ", "a" * 256, "key\r\nX-Injected: 1", "key\n", "ké", "key with spaces", "k\0"]


@modes
@pytest.mark.parametrize("key", BAD_IDEMPOTENCY_KEYS)
def test_an_unusable_idempotency_key_is_a_validation_error_and_nothing_is_sent(
    mode: Mode, key: str, fault_server: FaultServer
) -> None:
    send = lambda c: c.messages.send(to=PHONE, from_=PHONE_2, text="hi", idempotency_key=key)  # noqa: E731
    error = run(mode, fault_server.url, send).raised()
    assert type(error) is telnyx.ValidationError
    assert error.param == "idempotency_key"
    assert "1-255 characters" in error.rule
    assert fault_server.count() == 0


@modes
def test_an_unusable_idempotency_key_is_rejected_with_validation_off(mode: Mode, fault_server: FaultServer) -> None:
    send = lambda c: c.messages.send(to=PHONE, from_=PHONE_2, text="hi", idempotency_key="", validate=False)  # noqa: E731
    assert isinstance(run(mode, fault_server.url, send).raised(), telnyx.ValidationError)
    assert fault_server.count() == 0


@modes
def test_the_longest_allowed_key_goes_out_as_given(mode: Mode, fault_server: FaultServer) -> None:
    key = "Ab0-_:" * 42 + "abc"  # 255 characters
    send = lambda c: c.messages.send(to=PHONE, from_=PHONE_2, text="hi", idempotency_key=key)  # noqa: E731
    assert run(mode, fault_server.url, send).error is None
    assert [r.headers["idempotency-key"] for r in fault_server.requests] == [key]


# --- strings that cannot be encoded ------------------------------------------------------------------

UNENCODABLE_CALLS = [
    ("text", lambda c: c.messages.send(to=PHONE, from_=PHONE_2, text="hi \ud800")),
    ("text", lambda c: c.messages.send(to=PHONE, from_=PHONE_2, text="hi \udfff", validate=False)),
    ("webhook_url", lambda c: c.messages.send(to=PHONE, from_=PHONE_2, text="x", webhook_url="https://a/\ud800")),
    ("id", lambda c: c.messages.retrieve("abc\ud800", validate=False)),
    ("filter.from", lambda c: c.messaging_optouts.list(filter={"from": "\ud800"}, validate=False)),
    ("extra_headers['X-Note']", lambda c: c.messages.retrieve(UUID, extra_headers={"X-Note": "café"})),
]


@modes
@pytest.mark.parametrize(("field", "call"), UNENCODABLE_CALLS, ids=[f for f, _ in UNENCODABLE_CALLS])
def test_a_string_that_cannot_be_encoded_is_a_validation_error_naming_the_field(
    mode: Mode, field: str, call: Any, fault_server: FaultServer
) -> None:
    error = run(mode, fault_server.url, call).raised()
    assert type(error) is telnyx.ValidationError, repr(error)
    assert error.param == field
    assert fault_server.count() == 0


# --- path ids ------------------------------------------------------------------------------------


def skip_unless_available(error: BaseException | None) -> None:
    """A client generated from an older spec may lack the operation a call uses: skip there."""
    if isinstance(error, OperationUnavailableError):
        skip_unless_pinned(True, str(error))


EMPTY_ID_CALLS = [
    lambda c: c.messages.retrieve(""),
    lambda c: c.phone_numbers.messaging.retrieve(""),
    lambda c: c.messaging_hosted_numbers.update("", messaging_profile_id=UUID, validate=False),
]


@modes
@pytest.mark.parametrize("call", EMPTY_ID_CALLS)
def test_an_empty_path_id_raises_the_official_value_error(mode: Mode, call: Any, fault_server: FaultServer) -> None:
    error = run(mode, fault_server.url, call).raised()
    skip_unless_available(error)
    assert isinstance(error, ValueError)
    assert isinstance(error, telnyx.ValidationError)
    assert str(error) == "Expected a non-empty value for `id` but received ''"
    assert fault_server.count() == 0


def official_path_id_names() -> dict[str, dict[str, str]]:
    """operationId -> {spec path id: the official SDK's name for it}, from openapi/naming.yml
    (tests/parity checks those names against the official package)."""
    rows = yaml.safe_load(NAMING.read_text(encoding="utf-8"))["operations"]
    return {op: {} if isinstance(row, str) else dict(row.get("path_aliases", {})) for op, row in rows.items()}


def empty_path_id_params() -> list[Any]:
    """One case per path id of every method that has one (in the spec generated/ was made from)."""
    aliases = official_path_id_names()
    return [
        pytest.param(operation, name, aliases[operation.operation_id].get(name, name), id=f"{operation.name}-{name}")
        for operation in overlay_operations()
        if operation.available
        for name in operation.path_params
    ]


@modes
@pytest.mark.parametrize(("operation", "empty", "official_name"), empty_path_id_params())
def test_every_empty_path_id_is_named_as_the_official_sdk_names_it(
    mode: Mode, operation: Operation, empty: str, official_name: str, fault_server: FaultServer
) -> None:
    error = run(mode, fault_server.url, lambda c: call_with_path_ids(c, operation, {empty: ""})).raised()
    assert isinstance(error, ValueError)
    assert str(error) == f"Expected a non-empty value for `{official_name}` but received ''"
    assert error.param == official_name
    assert fault_server.count() == 0


def test_a_messaging_profile_id_is_named_messaging_profile_id() -> None:
    # The official SDK's own parameter name, whatever the spec calls the path id (`id`).
    with pytest.raises(ValueError, match=r"^Expected a non-empty value for `messaging_profile_id` but received ''$"):
        Telnyx(API_KEY).messaging_profiles.retrieve("")


DOT_CALLS = [
    lambda c, dot: c.phone_numbers.messaging.update(dot, messaging_profile_id=UUID),
    lambda c, dot: c.phone_numbers.messaging.retrieve(dot),
    lambda c, dot: c.messaging_hosted_numbers.update(dot, messaging_profile_id=UUID),
    lambda c, dot: c.messaging_numbers_bulk_updates.retrieve(dot),
    lambda c, dot: c.messages.retrieve(dot, validate=False),
]


@modes
@pytest.mark.parametrize("dot", [".", ".."])
@pytest.mark.parametrize("call", DOT_CALLS)
def test_a_dot_segment_path_id_never_reaches_another_endpoint(
    mode: Mode, dot: str, call: Any, fault_server: FaultServer
) -> None:
    error = run(mode, fault_server.url, lambda c: call(c, dot)).raised()
    skip_unless_available(error)
    assert type(error) is telnyx.ValidationError
    assert error.value == dot
    assert error.param.endswith("id")  # the path parameter's name
    assert "another endpoint" in error.rule
    assert fault_server.count() == 0


@modes
def test_ids_with_dots_inside_still_go_to_their_resource(mode: Mode, fault_server: FaultServer) -> None:
    for dotted in ("a.b", "...", ".hidden"):
        run(mode, fault_server.url, lambda c, d=dotted: c.messaging_numbers_bulk_updates.retrieve(d))
    assert [r.path for r in fault_server.requests] == [
        "/messaging_numbers_bulk_updates/a.b",
        "/messaging_numbers_bulk_updates/...",
        "/messaging_numbers_bulk_updates/.hidden",
    ]


# --- exceptions cross process boundaries -------------------------------------------------------------


def _round_trip(error: BaseException) -> Any:
    data = pickle.dumps(error)
    assert API_KEY.encode() not in data
    return pickle.loads(data)  # noqa: S301 - our own bytes


STATUS_ERRORS = [
    (400, telnyx.BadRequestError),
    (401, telnyx.AuthenticationError),
    (403, telnyx.PermissionDeniedError),
    (404, telnyx.NotFoundError),
    (409, telnyx.ConflictError),
    (422, telnyx.UnprocessableEntityError),
    (418, telnyx.APIStatusError),
    (500, telnyx.InternalServerError),
]


@modes
@pytest.mark.parametrize(("status", "error_class"), STATUS_ERRORS)
def test_status_errors_pickle_with_their_attributes_and_without_the_key(
    mode: Mode, status: int, error_class: type[Exception], fault_server: FaultServer
) -> None:
    fault_server.default(faults.server_error(status) if status >= 500 else faults.status(status, json={
        "errors": [{"code": "10015", "title": "Bad", "detail": "no", "source": {"pointer": "/to"}}]
    }, headers={"x-request-id": "req-1"}))  # fmt: skip
    error = run(mode, fault_server.url, lambda c: c.messages.retrieve(UUID), max_retries=0).raised()
    assert type(error) is error_class
    copy = _round_trip(error)
    assert type(copy) is error_class
    for name in ("message", "status_code", "errors", "body", "request_id", "args"):
        assert getattr(copy, name) == getattr(error, name), name
    assert copy.response.status_code == status
    assert copy.response.content == error.response.content
    assert copy.request.url == error.request.url
    assert "authorization" not in copy.request.headers


@modes
def test_rate_limit_and_response_validation_errors_pickle(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.rate_limited("3"), faults.truncated_json())
    limited = run(mode, fault_server.url, lambda c: c.messages.retrieve(UUID), max_retries=0).raised()
    assert _round_trip(limited).retry_after == 3.0
    result = run(mode, fault_server.url, lambda c: c.messages.retrieve(UUID)).result
    with pytest.raises(telnyx.APIResponseValidationError) as caught:
        _ = result.data
    copy = _round_trip(caught.value)
    assert (copy.status_code, copy.body, str(copy)) == (200, caught.value.body, str(caught.value))


def test_every_other_public_exception_pickles() -> None:
    request = httpx.Request("GET", "https://api.telnyx.com/v2/messages/x")
    response = httpx.Response(200, headers={"x-request-id": "r-9"}, content=b"{", request=request)
    errors: list[BaseException] = [
        telnyx.ValidationError("to", "+1", "must be E.164", suggestion="+13125550001"),
        telnyx.ValidationError("to", telnyx._exceptions.MISSING, "is required"),
        telnyx.ConfigurationError("api_key is empty"),
        telnyx.MissingAPIKeyError("no key"),
        telnyx.WebhookVerificationError("bad signature"),
        telnyx.PageLimitError("too many", limit=3),
        telnyx.APIConnectionError("Connection error: reset", request=request),
        telnyx.APITimeoutError("timed out", request=request),
        telnyx.IncompleteResponseError("cut", response=response, body=None),
        telnyx.ResponseTooLargeError("big", response=response, limit=10),
    ]
    for error in errors:
        copy = _round_trip(error)
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        public = {k: v for k, v in vars(error).items() if k not in ("request", "response")}
        assert {k: v for k, v in vars(copy).items() if k in public} == public
    assert _round_trip(errors[1]).value is telnyx._exceptions.MISSING
