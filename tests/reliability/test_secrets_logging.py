"""Secrets and logging hygiene over real sockets, sync and async.

The API key is on the wire (the server checks it) and nowhere else: not in reprs, exceptions,
the request objects exceptions carry, or log output at any level. Logging says what happened
(method, path, status, attempt, elapsed time, request id) without the message text or phone
numbers, unless TELNYX_LOG_PII=1. A webhook never supplies its own verification key.
"""

from __future__ import annotations

import io
import logging
import re
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import telnyx_messaging as telnyx
from telnyx_messaging import AsyncTelnyx, Telnyx, _logging
from telnyx_messaging.testing import WebhookSigner, message_received
from tests.support import faults, payloads
from tests.support.fault_server import FaultServer

from .conftest import API_KEY, MODES, PHONE, PHONE_2, UUID, Mode, Outcome, run_all

modes = pytest.mark.parametrize("mode", MODES)
pytestmark = pytest.mark.usefixtures("sleeps")  # backoff waits recorded, not slept

SECRET_TEXT = "Your verification code is 918273"
FILTER_FROM = "+13125550009"
LOGGER = "telnyx_messaging"
# Every way a phone number of this test could be written in a URL or a log line.
PHONE_FORMS = [
    number.replace("+", prefix) for number in (PHONE, PHONE_2, FILTER_FROM) for prefix in ("+", "%2B", "%2b", "")
]


# --- one full cycle: send, retry, error, timeout, pages --------------------------------------------------


def send(client: Any, **options: Any) -> Any:
    return client.messages.send(to=PHONE, from_=PHONE_2, text=SECRET_TEXT, **options)


def number_settings(client: Any) -> Any:
    return client.phone_numbers.messaging.retrieve(PHONE)


def optouts(client: Any) -> Any:
    return client.messaging_optouts.list(filter={"from": FILTER_FROM})


STALL_TIMEOUT = httpx.Timeout(2.0, read=0.15)


def read(client: Any) -> Any:
    return client.messages.retrieve(UUID, timeout=STALL_TIMEOUT)


def read_once_retried(client: Any) -> Any:
    return client.messages.retrieve(UUID, timeout=STALL_TIMEOUT, max_retries=1)


def with_request_id(behaviour: Any, request_id: str) -> Any:
    return faults.status(
        behaviour.status,
        body=behaviour.body,
        headers=[*behaviour.headers, ("x-request-id", request_id)],
        label=behaviour.name,
    )


def full_cycle(mode: Mode, server: FaultServer) -> list[Outcome]:
    """A send retried after 429 then accepted; a send failing with 500 (not retried); a 401;
    a phone number in the path; a filter[from] query over two pages; a read that times out
    once and then succeeds; a read that keeps timing out."""
    server.script(
        with_request_id(faults.rate_limited(retry_after_ms=1), "req-429"),
        with_request_id(faults.message_sent(text=SECRET_TEXT), "req-sent"),
        with_request_id(faults.server_error(500), "req-500"),
        faults.status(401, json=payloads.error_for_status(401)),
        faults.status(200, json={"data": {"phone_number": PHONE, "id": PHONE}}),
        faults.list_page([payloads.optout(1)], 1, 2),
        faults.list_page([payloads.optout(2)], 2, 2),
        faults.stall_before_status(3.0),
        faults.message_sent(text=SECRET_TEXT),
        faults.stall_before_status(3.0),
        faults.stall_before_status(3.0),
    )
    outcomes = run_all(mode, server.url, [send, send, send, number_settings])
    outcomes += run_all(mode, server.url, [optouts], iterate=True)
    outcomes += run_all(mode, server.url, [read, read_once_retried])
    assert outcomes[0].error is None, outcomes[0].error
    assert isinstance(outcomes[1].error, telnyx.InternalServerError)
    assert isinstance(outcomes[2].error, telnyx.AuthenticationError)
    assert outcomes[3].error is None, outcomes[3].error
    assert len(outcomes[4].items) == 2
    assert outcomes[5].error is None, outcomes[5].error
    assert isinstance(outcomes[6].error, telnyx.APITimeoutError)
    # the key really was used: it reached the server on every attempt
    assert {r.headers.get("authorization") for r in server.requests} == {f"Bearer {API_KEY}"}
    assert server.count() == 11
    return outcomes


def exception_chain(error: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def visible_texts(outcomes: list[Outcome]) -> Iterator[str]:
    """Everything a user could print or log about the results and errors of the calls."""
    for outcome in outcomes:
        for error in exception_chain(outcome.error):
            yield str(error)
            yield repr(error)
            yield "".join(traceback.format_exception(error))
            for name in ("request", "response", "body", "errors", "message"):
                yield repr(getattr(error, name, None))
            request = getattr(error, "request", None)
            if isinstance(request, httpx.Request):
                yield repr(request.headers)
                yield str(dict(request.headers))
                yield repr(request.headers.raw)
            response = getattr(error, "response", None)
            if isinstance(response, httpx.Response):
                yield repr(response.request.headers)
                yield str(dict(response.request.headers))
        result = outcome.result
        if isinstance(result, telnyx.APIResponse):
            yield repr(result)
            yield repr(result.http_response.request.headers)
            yield str(dict(result.http_response.request.headers))


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every logger at DEBUG (telnyx_messaging, httpx, httpcore, asyncio, ...)."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    return caplog


def ours(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER or r.name.startswith(LOGGER + ".")]


# --- the API key --------------------------------------------------------------------------------------------


@modes
def test_api_key_never_in_output_of_a_full_send_error_retry_cycle(
    mode: Mode, fault_server: FaultServer, all_logs: pytest.LogCaptureFixture
) -> None:
    outcomes = full_cycle(mode, fault_server)
    assert ours(all_logs), "nothing was logged: the check below would prove nothing"
    assert API_KEY not in all_logs.text
    for record in all_logs.records:
        assert API_KEY not in record.getMessage(), record.name
        assert API_KEY not in repr(record.args), record.name
    for text in visible_texts(outcomes):
        assert API_KEY not in text
        assert "Bearer" not in text


@modes
def test_request_objects_on_exceptions_carry_no_authorization(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.script(faults.server_error(503), faults.reset_after_read())
    outcomes = run_all(mode, fault_server.url, [send, send], max_retries=0)
    for outcome in outcomes:
        request = outcome.raised().request  # type: ignore[attr-defined]
        assert isinstance(request, httpx.Request)
        assert "authorization" not in request.headers
        assert "authorization" not in {name.lower() for name in dict(request.headers)}
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in fault_server.requests)


def test_client_reprs_never_show_the_key() -> None:
    for client in (Telnyx(API_KEY), AsyncTelnyx(API_KEY), Telnyx(api_key=API_KEY, base_url="http://127.0.0.1:9")):
        for text in (
            repr(client),
            str(client),
            repr(client.webhooks),
            repr(client.api),
            repr(client._config.credentials),
        ):
            assert API_KEY not in text
            assert "Bearer" not in text
        # the key is not on the httpx client either: it is attached per request, while written
        assert "authorization" not in client._http.headers


def test_key_from_environment_is_just_as_hidden(monkeypatch: pytest.MonkeyPatch, fault_server: FaultServer) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", API_KEY)
    fault_server.default(faults.server_error(500))
    with Telnyx(base_url=fault_server.url, max_retries=0) as client:
        assert API_KEY not in repr(client)
        with pytest.raises(telnyx.InternalServerError) as caught:
            send(client)
    assert API_KEY not in repr(caught.value) + str(caught.value) + repr(caught.value.request.headers)
    assert fault_server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


# --- what is logged -----------------------------------------------------------------------------------------

ATTEMPT_LINE = re.compile(
    r"^(?P<method>[A-Z]+) (?P<path>\S+) -> (?P<outcome>\S+)(?: request_id=(?P<request_id>\S+))? "
    r"\(attempt (?P<attempt>\d+), (?P<ms>\d+\.\d) ms\)(?:; retrying in (?P<retry>\d+\.\d\d) s)?$"
)


@modes
def test_log_records_carry_method_path_status_attempt_elapsed_and_request_id(
    mode: Mode, fault_server: FaultServer, all_logs: pytest.LogCaptureFixture
) -> None:
    full_cycle(mode, fault_server)
    lines = []
    for record in ours(all_logs):
        match = ATTEMPT_LINE.match(record.getMessage())
        assert match, record.getMessage()
        lines.append((record.levelname, match.groupdict()))
    by_outcome = [(level, d["method"], d["path"], d["outcome"], d["attempt"], d["request_id"]) for level, d in lines]
    assert by_outcome[:3] == [
        ("INFO", "POST", "/messages", "429", "1", "req-429"),  # a retry is worth INFO
        ("DEBUG", "POST", "/messages", "200", "2", "req-sent"),
        ("DEBUG", "POST", "/messages", "500", "1", "req-500"),  # a send after a 500: not retried
    ]
    assert by_outcome[3][:5] == ("DEBUG", "POST", "/messages", "401", "1")
    assert by_outcome[4][:4] == ("DEBUG", "GET", "/phone_numbers/<redacted>/messaging", "200")
    assert [d["path"] for _, d in lines[5:7]] == ["/messaging_optouts", "/messaging_optouts"]
    timeouts = [(level, d["attempt"], d["retry"] is not None) for level, d in lines if d["outcome"] == "ReadTimeout"]
    assert timeouts == [("INFO", "1", True), ("INFO", "1", True), ("DEBUG", "2", False)]
    assert all(float(d["ms"]) >= 0 for _, d in lines)
    # elapsed time is per attempt: a timed-out attempt took about the read timeout
    timed_out = [float(d["ms"]) for _, d in lines if d["outcome"] == "ReadTimeout"]
    assert all(120 <= ms < 5000 for ms in timed_out), timed_out


@modes
def test_message_text_and_phone_numbers_are_not_logged_by_default(
    mode: Mode, fault_server: FaultServer, all_logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TELNYX_LOG_PII", raising=False)
    full_cycle(mode, fault_server)
    text = "\n".join(r.getMessage() for r in ours(all_logs))
    assert "<redacted>" in text
    assert SECRET_TEXT not in text
    assert "918273" not in text
    for form in PHONE_FORMS:
        assert form not in text, form
    assert "filter" not in text  # the query string is left out altogether


@modes
def test_phone_numbers_are_logged_when_the_user_opts_in(
    mode: Mode, fault_server: FaultServer, all_logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELNYX_LOG_PII", "1")
    full_cycle(mode, fault_server)
    text = "\n".join(r.getMessage() for r in ours(all_logs))
    assert "<redacted>" not in text
    assert any(form in text for form in ("/phone_numbers/+13125550001/", "/phone_numbers/%2B13125550001/"))
    assert "filter%5Bfrom%5D=%2B13125550009" in text or "filter[from]=+13125550009" in text
    assert API_KEY not in all_logs.text
    assert SECRET_TEXT not in text  # bodies are never logged


@modes
def test_no_logger_at_all_writes_phone_numbers_by_default(
    mode: Mode, fault_server: FaultServer, all_logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TELNYX_LOG_PII", raising=False)
    full_cycle(mode, fault_server)
    for form in PHONE_FORMS:
        assert form not in all_logs.text, form


@pytest.fixture
def env_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let TELNYX_LOG configure the package logger afresh, and undo it afterwards."""
    logger = logging.getLogger(LOGGER)
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate
    for handler in handlers:
        logger.removeHandler(handler)
    monkeypatch.setattr(_logging, "_configured", False)
    try:
        yield
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        for handler in handlers:
            logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


@modes
@pytest.mark.usefixtures("env_logging")
@pytest.mark.parametrize("level", ["debug", "info"])
def test_telnyx_log_env_writes_to_stderr_without_key_text_or_numbers(
    mode: Mode,
    level: str,
    fault_server: FaultServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TELNYX_LOG", level)
    monkeypatch.delenv("TELNYX_LOG_PII", raising=False)
    full_cycle(mode, fault_server)
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if f" {LOGGER}] " in line]
    assert lines, err
    assert any("POST /messages -> 429 request_id=req-429 (attempt 1," in line for line in lines)
    assert any("retrying in" in line for line in lines)
    debug_lines = [line for line in lines if " DEBUG " in line]
    if level == "debug":
        assert any("POST /messages -> 200 request_id=req-sent (attempt 2," in line for line in debug_lines)
    else:
        assert debug_lines == []
    assert API_KEY not in err
    assert "Bearer" not in err
    assert SECRET_TEXT not in err
    for form in PHONE_FORMS:
        assert form not in err, form


@pytest.mark.usefixtures("env_logging")
def test_telnyx_log_env_honours_an_explicit_user_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    """A handler the user installed on the package logger wins over TELNYX_LOG."""
    logger = logging.getLogger(LOGGER)
    stream = io.StringIO()
    mine = logging.StreamHandler(stream)
    logger.addHandler(mine)
    monkeypatch.setenv("TELNYX_LOG", "debug")
    Telnyx(API_KEY)
    assert logger.handlers == [mine]


# --- webhooks: the key comes from configuration, never from the request -------------------------------------

ATTACKER_KEY_HEADERS = ["telnyx-public-key", "x-telnyx-public-key", "public-key", "telnyx-public-key-ed25519"]


@pytest.mark.parametrize("client_class", [Telnyx, AsyncTelnyx])
@pytest.mark.parametrize("header", ATTACKER_KEY_HEADERS)
def test_webhook_key_in_the_request_is_never_trusted(
    client_class: type[Any], header: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, attacker = WebhookSigner.generate(), WebhookSigner.generate()
    body, headers = attacker.request(message_received(text="STOP"))
    headers[header] = attacker.public_key
    client = client_class(API_KEY, public_key=real.public_key)
    with pytest.raises(telnyx.WebhookVerificationError):
        client.webhooks.unwrap(body, headers)
    with pytest.raises(telnyx.WebhookVerificationError):
        client.webhooks.verify(body, headers)
    # no configured key and no TELNYX_PUBLIC_KEY: still no falling back to the request's key
    monkeypatch.delenv("TELNYX_PUBLIC_KEY", raising=False)
    with pytest.raises(telnyx.WebhookVerificationError):
        client_class(API_KEY).webhooks.unwrap(body, headers)
    # sanity: the same request signed by the real key verifies, the extra header ignored
    body, headers = real.request(message_received(text="STOP"))
    headers[header] = attacker.public_key
    assert client.webhooks.unwrap(body, headers).data.payload.text == "STOP"
