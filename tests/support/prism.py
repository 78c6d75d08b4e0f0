"""The Stoplight Prism mock server serving the cut + patched spec, for contract tests.

The session fixture `prism` starts `node_modules/.bin/prism mock` (static mode, `--errors=false`)
on a free 127.0.0.1 port, waits until it answers, and stops it by PID (its own process group).

    @pytest.mark.contract
    def test_send(prism):
        with prism.client() as http:  # raises AssertionError on any request Prism rejects
            response = http.post("/messages", json={"from": "+18445550001", "to": "+18665550001", "text": "hi"})
        assert response.json()["data"]["id"]

Asking for a specific answer (request headers):
- `Prefer: code=422` answers with the spec's response for that status, exact (`422`) or range
  (`4XX`). For a status the operation does not document Prism answers 404 problem+json
  ("Requested status code 500 is not defined in the document.") — `assert_no_violations`
  flags that, so a test cannot silently get a different status than it asked for.
- `Prefer: example=<key>` picks a named example (`content.<type>.examples.<key>`). Our spec has
  only single `example` values and no named examples, so every key gives 404 problem+json.
- Without `Prefer`, static mode returns the 2xx response built from the spec's examples (or,
  without one, from the schema: strings become "string").

How Prism reports a request that does not match the spec (found by experiment, Prism 5.16.0):
- It answers with a documented 4xx (422 when the operation has one or a `4XX` range, 400/401/415
  as fitting) and an `sl-violations` header: a JSON list of
  `{"location": ["request", "body", "text"], "severity": "Error", "code": "type", "message": "..."}`
  (Prism truncates it to ~8 KB, prefixed "Too many violations! ", when it gets long).
- When the operation documents no usable 4xx, it answers 422 `application/problem+json`
  `{"type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY", ..., "validation": [...]}`
  and sends no `sl-violations` header.
- Unknown paths/methods and missing responses are problem+json with a `type` under
  `https://stoplight.io/prism/errors#` (NO_PATH_MATCHED_ERROR, NO_METHOD_MATCHED_ERROR, NOT_FOUND).
- A request without `Authorization: Bearer ...` gets 401 with an "Invalid security scheme used"
  violation (the spec's global bearerAuth).
`violations()` understands all three; `assert_no_violations()` turns them into an AssertionError.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "build" / "spec" / "messaging.json"
DEFAULT_UPSTREAM_SPEC = "../shared/openapi/telnyx-spec3-2026-07-16.yml"
PRISM_ERROR_TYPE = "https://stoplight.io/prism/errors#"
VIOLATIONS_HEADER = "sl-violations"
TEST_API_KEY = "KEY_prism_contract_tests"
STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 5.0


class PrismUnavailableError(RuntimeError):
    """Prism is not installed or did not come up."""


# --- violations -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """One way a request (or Prism's own response) did not match the spec."""

    location: tuple[str, ...]
    message: str
    severity: str = "Error"
    code: str = ""

    def __str__(self) -> str:
        where = ".".join(self.location) or "request"
        return f"{where}: {self.message}" + (f" [{self.code}]" if self.code else "")


def violations(response: httpx.Response, *, include_response: bool = False) -> list[Violation]:
    """Request violations Prism reported for this response (header or problem+json body), errors only.

    `include_response=True` also returns violations of Prism's own response against the spec
    (location starting with "response"): a spec defect, not a client bug.
    """
    found = _header_violations(response) + _problem_violations(response)
    return [
        v
        for v in found
        if v.severity == "Error" and (include_response or not v.location or v.location[0] != "response")
    ]


def _header_violations(response: httpx.Response) -> list[Violation]:
    raw = response.headers.get(VIOLATIONS_HEADER)
    if not raw:
        return []
    try:
        entries = json.loads(raw)
    except ValueError:  # truncated: "Too many violations! [..."
        return [Violation(("request",), raw)]
    return [_violation(entry) for entry in entries]


def _violation(entry: dict[str, Any]) -> Violation:
    return Violation(
        location=tuple(str(part) for part in entry.get("location", ())),
        message=str(entry.get("message", entry)),
        severity=str(entry.get("severity", "Error")),
        code=str(entry.get("code", "")),
    )


def _problem_violations(response: httpx.Response) -> list[Violation]:
    if "application/problem+json" not in response.headers.get("content-type", ""):
        return []
    try:
        problem = response.json()
    except ValueError:
        return []
    if not isinstance(problem, dict) or not str(problem.get("type", "")).startswith(PRISM_ERROR_TYPE):
        return []
    kind = str(problem["type"]).removeprefix(PRISM_ERROR_TYPE)
    listed = [_violation({**e, "location": ["request", *e.get("location", ())]}) for e in problem.get("validation", ())]
    summary = Violation(("prism",), f"{problem.get('title', '')}: {problem.get('detail', '')}", code=kind)
    return [summary, *listed]


def describe_violations(response: httpx.Response, found: list[Violation]) -> str:
    request = response.request
    lines = "\n".join(f"  - {v}" for v in found)
    return f"Prism rejected {request.method} {request.url} ({response.status_code}):\n{lines}"


def assert_no_violations(response: httpx.Response, *, include_response: bool = False) -> None:
    """Raise AssertionError with Prism's violation text if it rejected the request.

    Call it on a read response (or from the event hooks below, which read it when needed)."""
    found = violations(response, include_response=include_response)
    if found:
        raise AssertionError(describe_violations(response, found))


def violation_hook(*, include_response: bool = False) -> Callable[[httpx.Response], None]:
    """An `httpx.Client` response event hook that runs assert_no_violations on every response."""

    def hook(response: httpx.Response) -> None:
        if "problem+json" in response.headers.get("content-type", ""):
            response.read()
        assert_no_violations(response, include_response=include_response)

    return hook


def async_violation_hook(*, include_response: bool = False) -> Callable[[httpx.Response], Awaitable[None]]:
    """The same for `httpx.AsyncClient` (its hooks must be coroutines)."""

    async def hook(response: httpx.Response) -> None:
        if "problem+json" in response.headers.get("content-type", ""):
            await response.aread()
        assert_no_violations(response, include_response=include_response)

    return hook


# --- the server process -----------------------------------------------------------------------------


@dataclass
class PrismServer:
    """A running Prism: `url`, the process, its log, and how long it took to come up."""

    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    startup_seconds: float

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def client(self, *, api_key: str = TEST_API_KEY, check: bool = True, **kwargs: Any) -> httpx.Client:
        """An httpx.Client on Prism with bearer auth; `check` adds the violation hook."""
        hooks = {"response": [violation_hook()]} if check else {}
        headers = {"Authorization": f"Bearer {api_key}", **kwargs.pop("headers", {})}
        return httpx.Client(base_url=self.url, headers=headers, event_hooks=hooks, **kwargs)

    def async_client(self, *, api_key: str = TEST_API_KEY, check: bool = True, **kwargs: Any) -> httpx.AsyncClient:
        hooks = {"response": [async_violation_hook()]} if check else {}
        headers = {"Authorization": f"Bearer {api_key}", **kwargs.pop("headers", {})}
        return httpx.AsyncClient(base_url=self.url, headers=headers, event_hooks=hooks, **kwargs)

    def stop(self) -> None:
        """SIGTERM to Prism's process group, SIGKILL if it is still there after STOP_TIMEOUT."""
        if self.process.poll() is not None:
            return
        _signal_group(self.process, signal.SIGTERM)
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            _signal_group(self.process, signal.SIGKILL)
            self.process.wait(STOP_TIMEOUT)


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    # start_new_session=True made Prism the leader of its own group: pgid == pid.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)


def ensure_spec(spec: Path = SPEC) -> Path:
    """The cut + patched spec; built (as `make build/spec/messaging.json` would) if missing.

    Built in a subprocess: openapi/tools imports its siblings as top-level modules (`cut`,
    `load`, `overlay`, ...), which must not leak into the test process."""
    if spec.exists():
        return spec
    upstream = os.environ.get("TELNYX_SPEC", DEFAULT_UPSTREAM_SPEC)
    command = [sys.executable, str(ROOT / "openapi" / "tools" / "build_spec.py"), upstream, str(spec)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    if result.returncode != 0 or not spec.exists():
        raise PrismUnavailableError(f"could not build {spec} ({' '.join(command)}):\n{result.stdout}{result.stderr}")
    return spec


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_prism(log_path: Path, *, spec: Path | None = None, timeout: float = STARTUP_TIMEOUT) -> PrismServer:
    """Start Prism in static mode and wait until it answers HTTP; retries once on a port race."""
    if not PRISM_BIN.exists():
        raise PrismUnavailableError(f"Prism is not installed ({PRISM_BIN} is missing): run `make setup` (npm ci)")
    spec = spec or ensure_spec()
    for attempt in range(3):
        port = free_port()
        with log_path.open("wb") as log:
            process = _spawn(port, spec, log)
        started = time.monotonic()
        server = PrismServer(f"http://127.0.0.1:{port}", process, log_path, 0.0)
        try:
            _wait_until_answering(server, started + timeout)
        except PrismUnavailableError:
            server.stop()
            if "EADDRINUSE" in server.log() and attempt < 2:
                continue  # another process took the port between free_port() and Prism's bind
            raise
        server.startup_seconds = time.monotonic() - started
        return server
    raise AssertionError("unreachable")


def _spawn(port: int, spec: Path, log: IO[bytes]) -> subprocess.Popen[bytes]:
    command = [
        str(PRISM_BIN),
        "mock",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--dynamic=false",  # static: answers come from the spec's examples, deterministic
        "--errors=false",  # violations are reported (sl-violations), not turned into 500s
        str(spec),
    ]
    # Own session/process group so stop() can signal node and anything it forks.
    return subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def _wait_until_answering(server: PrismServer, deadline: float) -> None:
    """Poll until any HTTP answer (Prism answers 404 problem+json on `/`), or fail with its log."""
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise PrismUnavailableError(f"Prism exited with {server.process.returncode}:\n{server.log()}")
        try:
            httpx.get(server.url + "/", timeout=0.5)
        except httpx.TransportError:
            time.sleep(0.05)
            continue
        return
    raise PrismUnavailableError(f"Prism did not answer on {server.url} within the deadline:\n{server.log()}")


# --- pytest fixture ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    """Prism serving build/spec/messaging.json for the whole session (fails, never skips, if it cannot)."""
    try:
        server = start_prism(tmp_path_factory.mktemp("prism") / "prism.log")
    except PrismUnavailableError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()
