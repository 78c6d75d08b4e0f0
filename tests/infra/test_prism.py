"""Self-tests of the Prism fixture and the violation helpers, with plain httpx."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.support import prism as prism_support
from tests.support.prism import PrismServer, assert_no_violations, start_prism, violations

SEND = {"from": "+18445550001", "to": "+18665550001", "text": "Hello, World!"}
MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"
PROFILE_ID = "4000eba1-a0c0-4563-9925-b25e842a7cb6"

contract = pytest.mark.contract


# --- against the running Prism -------------------------------------------------------------------


@contract
def test_prism_is_up(prism: PrismServer) -> None:
    assert prism.url.startswith("http://127.0.0.1:")
    assert prism.process.poll() is None
    assert 0 < prism.startup_seconds < prism_support.STARTUP_TIMEOUT
    assert "Prism is listening on" in prism.log()
    assert os.getpgid(prism.pid) == prism.pid  # its own process group: stop() signals the group


@contract
def test_send_valid_body(prism: PrismServer) -> None:
    with prism.client() as http:
        response = http.post("/messages", json=SEND)
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["record_type"] == "message"
    assert data["id"]


@contract
@pytest.mark.anyio
async def test_send_valid_body_async(prism: PrismServer) -> None:
    async with prism.async_client() as http:
        response = await http.post("/messages", json=SEND)
    assert response.status_code == 200
    assert "data" in response.json()


@contract
def test_invalid_body_is_rejected_with_violation_text(prism: PrismServer) -> None:
    with prism.client(check=False) as http:
        response = http.post("/messages", json={"from": "+18445550001", "text": 5})
    assert response.status_code == 422
    found = violations(response)
    assert {(v.location, v.code) for v in found} == {
        (("request", "body"), "required"),
        (("request", "body", "text"), "type"),
    }
    with pytest.raises(AssertionError) as raised:
        assert_no_violations(response)
    message = str(raised.value)
    assert message.startswith(f"Prism rejected POST {prism.url}/messages (422):")
    assert "request.body: Request body must have required property 'to' [required]" in message
    assert "request.body.text: Request body property text must be string [type]" in message


@contract
def test_event_hook_fails_every_rejected_request(prism: PrismServer) -> None:
    with prism.client() as http, pytest.raises(AssertionError, match="required property 'to'"):
        http.post("/messages", json={"from": "+18445550001", "text": "hi"})


@contract
@pytest.mark.anyio
async def test_async_event_hook_fails_every_rejected_request(prism: PrismServer) -> None:
    async with prism.async_client() as http:
        with pytest.raises(AssertionError, match="required property 'to'"):
            await http.post("/messages", json={"from": "+18445550001", "text": "hi"})


@contract
def test_problem_json_validation_is_surfaced(prism: PrismServer) -> None:
    # PATCH /messaging_hosted_numbers/{id} documents no 4xx for bad input: Prism answers its own
    # 422 problem+json with a `validation` list and no sl-violations header.
    with prism.client() as http, pytest.raises(AssertionError) as raised:
        http.patch(f"/messaging_hosted_numbers/{MESSAGE_ID}", json={"messaging_profile_id": 5})
    assert "UNPROCESSABLE_ENTITY" in str(raised.value)
    assert "request.body.messaging_profile_id: Request body property messaging_profile_id must be string" in str(
        raised.value
    )


@contract
def test_missing_auth_is_a_violation(prism: PrismServer) -> None:
    with prism.client(check=False) as http:
        del http.headers["Authorization"]
        response = http.get(f"/messages/{MESSAGE_ID}")
    assert response.status_code == 401
    with pytest.raises(AssertionError, match="Invalid security scheme used"):
        assert_no_violations(response)


@contract
@pytest.mark.parametrize("code", [404, 422, 429, 401])
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("GET", f"/messages/{MESSAGE_ID}", None), ("POST", "/messages", SEND)],
    ids=["get-message", "send"],
)
def test_prefer_code(prism: PrismServer, code: int, method: str, path: str, body: object) -> None:
    with prism.client() as http:  # the hook proves Prism accepted the request itself
        response = http.request(method, path, json=body, headers={"Prefer": f"code={code}"})
    assert response.status_code == code
    assert response.headers["content-type"] == "application/json"
    assert "retry-after" not in response.headers  # Prism's 429 has no Retry-After
    (error,) = response.json()["errors"]
    assert set(error) >= {"code", "title", "detail"}


@contract
@pytest.mark.parametrize(
    ("path", "headers", "kind"),
    [
        (f"/messages/{MESSAGE_ID}", {"Prefer": "code=500"}, "NOT_FOUND"),  # status not in the spec
        (f"/alphanumeric_sender_ids/{MESSAGE_ID}", {"Prefer": "code=422"}, "NOT_FOUND"),
        (f"/messages/{MESSAGE_ID}", {"Prefer": "example=nope"}, "NOT_FOUND"),  # no named examples
        ("/no/such/path", {}, "NO_PATH_MATCHED_ERROR"),
    ],
)
def test_prism_errors_are_flagged(prism: PrismServer, path: str, headers: dict[str, str], kind: str) -> None:
    with prism.client() as http, pytest.raises(AssertionError, match=kind):
        http.get(path, headers=headers)


@contract
def test_bracketed_query_params_are_not_validated(prism: PrismServer) -> None:
    # Documented limitation (Prism 5.16.0): `page[size]`-style names escape validation, plain
    # names (time_frame) do not. Contract tests cannot rely on Prism for list query params.
    with prism.client(check=False) as http:
        bracketed = http.get("/messaging_optouts", params={"page[size]": "not-a-number"})
        plain = http.get("/messaging_profile_metrics", params={"time_frame": "bogus"})
    assert bracketed.status_code == 200
    assert violations(bracketed) == []
    assert plain.status_code == 400
    assert "time_frame must be equal to one of the allowed values" in str(violations(plain))


# --- stopping: a stand-in process group (starting a second Prism would cost seconds) -------------


def _live_group_members(pgid: int) -> list[int]:
    """PIDs in process group `pgid` that are not zombies (Linux /proc)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process exited while we looked
        state, pgrp = fields[0], int(fields[2])
        if pgrp == pgid and state != "Z":
            members.append(int(stat.parent.name))
    return members


def _group_members_after_kill(pgid: int, grace: float = 1.0) -> list[int]:
    """Live members of `pgid`, polled for up to `grace` s: SIGKILL is delivered to the group
    at once, but a child that was mid-syscall on a loaded machine can take a few ms to die."""
    deadline = time.monotonic() + grace
    members = _live_group_members(pgid)
    while members and time.monotonic() < deadline:
        time.sleep(0.02)
        members = _live_group_members(pgid)
    return members


def _stand_in(tmp_path: Path, script: str) -> PrismServer:
    process = subprocess.Popen(["sh", "-c", script], start_new_session=True)
    time.sleep(0.1)  # let the shell fork its children
    return PrismServer("http://127.0.0.1:9", process, tmp_path / "log", 0.0)


def test_stop_ends_the_whole_process_group(tmp_path: Path) -> None:
    server = _stand_in(tmp_path, "sleep 60 & sleep 60 & wait")
    assert len(_live_group_members(server.pid)) == 3
    server.stop()
    assert server.process.returncode == -signal.SIGTERM
    assert _group_members_after_kill(server.pid) == []


def test_stop_kills_a_process_that_ignores_sigterm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prism_support, "STOP_TIMEOUT", 0.3)
    server = _stand_in(tmp_path, 'trap "" TERM; while :; do sleep 0.05; done')
    started = time.monotonic()
    server.stop()
    assert server.process.returncode == -signal.SIGKILL
    assert time.monotonic() - started < 2.0
    assert _group_members_after_kill(server.pid) == []


# --- helpers without Prism ---------------------------------------------------------------------


def _response(status: int, headers: dict[str, str], body: bytes = b"{}") -> httpx.Response:
    return httpx.Response(status, headers=headers, content=body, request=httpx.Request("POST", "http://x/messages"))


def test_truncated_violations_header_is_still_reported() -> None:
    raw = 'Too many violations! [{"location":["request","body"],"severity":"Error"'
    response = _response(422, {"sl-violations": raw})
    with pytest.raises(AssertionError, match="Too many violations"):
        assert_no_violations(response)


def test_warnings_and_response_violations_pass_by_default() -> None:
    entries = [
        {"location": ["request", "query", "old"], "severity": "Warning", "code": "deprecated", "message": "deprecated"},
        {"location": ["response", "body"], "severity": "Error", "code": "type", "message": "spec example is wrong"},
    ]
    response = _response(200, {"sl-violations": json.dumps(entries)})
    assert_no_violations(response)
    with pytest.raises(AssertionError, match="spec example is wrong"):
        assert_no_violations(response, include_response=True)


def test_ordinary_error_responses_are_not_violations() -> None:
    body = json.dumps({"errors": [{"code": "10005", "title": "Not found"}]}).encode()
    assert violations(_response(404, {"content-type": "application/json"}, body)) == []
    problem = json.dumps({"type": "https://example.com/other", "title": "x"}).encode()
    assert violations(_response(404, {"content-type": "application/problem+json"}, problem)) == []


def test_missing_prism_fails_with_setup_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(prism_support, "PRISM_BIN", tmp_path / "node_modules" / ".bin" / "prism")
    with pytest.raises(prism_support.PrismUnavailableError, match=r"run `make setup` \(npm ci\)"):
        start_prism(tmp_path / "prism.log")
