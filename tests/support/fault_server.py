"""A fault-injecting HTTP/1.1 server on 127.0.0.1 for reliability tests.

Real sockets, one daemon thread per connection, so sync and async httpx clients (and many
of them at once) see genuine TCP behaviour: keep-alive, FIN, RST, stalls.

    def test_send_not_retried_after_500(fault_server):
        fault_server.script(faults.server_error(500))
        fault_server.default(faults.message_sent())
        ...  # call the client with base_url=fault_server.url
        assert fault_server.count("POST", "/messages") == 1

Every request that arrives takes the next behaviour from the script (in arrival order); when
the script is empty the default behaviour answers. Behaviours live in `tests.support.faults`.

The server is bounded: after `max_requests` requests or `max_seconds` seconds it stops by
itself and records an error, so a client that loops (retries or pages forever) fails the
test instead of hanging it. Anything that goes wrong inside the server (a behaviour raising,
a malformed or chunked request) is recorded in `errors`; the `fault_server` fixture fails the
test at teardown if there is any.
"""

from __future__ import annotations

import contextlib
import fcntl
import json as jsonlib
import re
import select
import socket
import struct
import termios
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any, ClassVar, Self
from urllib.parse import unquote, urlsplit

import httpx
import pytest

HOST = "127.0.0.1"
MAX_HEAD_BYTES = 64 * 1024
# How long a client may take to send the rest of a request once its first byte arrived.
REQUEST_READ_TIMEOUT = 5.0
POLL_INTERVAL = 0.02
# Errors that only mean "the client went away" (it timed out, closed its pool, ...): normal here.
CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)

# ioctl for "bytes not yet acknowledged by the peer" on a TCP socket (Linux SIOCOUTQ).
OUTQ: int | None = getattr(termios, "TIOCOUTQ", None)

REASONS = {299: "Unknown Success", 418: "I'm a Teapot", 499: "Client Closed Request"}


class FaultServerError(AssertionError):
    """Something went wrong inside the fault server (surfaced in the test that used it)."""


# --- what the server recorded -------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server read it off the wire."""

    method: str
    target: str  # the raw request-target, e.g. "/messages?page%5Bnumber%5D=2"
    headers: httpx.Headers
    body: bytes
    arrived_at: float  # time.monotonic() when its first byte arrived
    connection_id: int  # same id == same TCP connection (keep-alive reuse)
    index_on_connection: int  # 0 for the first request on a connection
    behaviour: str

    @property
    def path(self) -> str:
        return unquote(urlsplit(self.target).path)

    @property
    def params(self) -> httpx.QueryParams:
        return httpx.QueryParams(urlsplit(self.target).query)

    def json(self) -> Any:
        return jsonlib.loads(self.body)


@dataclass(frozen=True)
class Exchange:
    """One behaviour applied; `request` is None when the behaviour acted before reading it."""

    behaviour: str
    connection_id: int
    arrived_at: float
    request: RecordedRequest | None


# --- behaviours ---------------------------------------------------------------------------


class Behaviour:
    """One scripted answer. `act` writes to the connection and says whether to keep it open."""

    # True for behaviours that must act before the request is read (e.g. a reset before read).
    acts_before_read: ClassVar[bool] = False

    @property
    def name(self) -> str:
        return type(self).__name__

    def act(self, conn: Connection, request: RecordedRequest | None) -> bool:
        raise NotImplementedError


@dataclass(frozen=True)
class Respond(Behaviour):
    """A complete HTTP response, optionally stalled or cut off on the way out."""

    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    reason: str | None = None
    close: bool = False  # send `Connection: close` and close (FIN) after the response
    stall_before: float = 0.0  # seconds before the status line
    stall_mid_body: float = 0.0  # seconds between the two halves of the body
    reset_mid_body: bool = False  # RST after half of the body
    label: str = ""

    @property
    def name(self) -> str:
        return self.label or f"respond {self.status}"

    def act(self, conn: Connection, request: RecordedRequest | None) -> bool:
        if self.stall_before and not conn.pause(self.stall_before):
            return False  # server stopping: abandon the response
        head = encode_head(self.status, self.headers, len(self.body), reason=self.reason, close=self.close)
        if not (self.stall_mid_body or self.reset_mid_body):
            conn.send(head + self.body)
            return not self.close
        half = max(len(self.body) // 2, 1)
        conn.send(head + self.body[:half])
        if self.reset_mid_body:
            conn.reset()
            return False
        if not conn.pause(self.stall_mid_body):
            return False
        conn.send(self.body[half:])
        return not self.close


@dataclass(frozen=True)
class ResetAfterRead(Behaviour):
    """TCP RST (SO_LINGER 0) after the request was read, before any response byte."""

    @property
    def name(self) -> str:
        return "reset_after_read"

    def act(self, conn: Connection, request: RecordedRequest | None) -> bool:
        conn.reset()
        return False


@dataclass(frozen=True)
class ResetBeforeRead(Behaviour):
    """TCP RST as soon as the request starts arriving, without reading it."""

    acts_before_read: ClassVar[bool] = True

    @property
    def name(self) -> str:
        return "reset_before_read"

    def act(self, conn: Connection, request: RecordedRequest | None) -> bool:
        # Let the whole request reach our kernel buffer first (peeked, never read): an RST while
        # the client still writes makes it see a write error or EOF instead of a reset.
        conn.wait_for_complete_request()
        conn.reset()
        return False


@dataclass(frozen=True)
class CloseWithoutResponse(Behaviour):
    """Graceful close (FIN) after reading the request, without answering."""

    @property
    def name(self) -> str:
        return "close_without_response"

    def act(self, conn: Connection, request: RecordedRequest | None) -> bool:
        return False


@dataclass(frozen=True)
class Raw(Behaviour):
    """Exactly these bytes, then (by default) a graceful close."""

    data: bytes
    close: bool = True

    @property
    def name(self) -> str:
        return f"raw {self.data[:40]!r}"

    def act(self, conn: Connection, request: RecordedRequest | None) -> bool:
        conn.send(self.data)
        return not self.close


@dataclass(frozen=True)
class Dynamic(Behaviour):
    """Choose the behaviour from the request (e.g. a page by its `page[number]`)."""

    choose: Callable[[RecordedRequest], Behaviour]
    label: str = "dynamic"

    @property
    def name(self) -> str:
        return self.label

    def act(self, conn: Connection, request: RecordedRequest | None) -> bool:
        assert request is not None
        chosen = self.choose(request)
        if chosen.acts_before_read:
            raise FaultServerError(f"{chosen.name} cannot be chosen after the request was read")
        return chosen.act(conn, request)


def encode_head(
    status: int, headers: tuple[tuple[str, str], ...], content_length: int, *, reason: str | None, close: bool
) -> bytes:
    """Status line and headers; Content-Length and Connection are added unless given."""
    if reason is None:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = REASONS.get(status, "Unknown")
    lines = [f"HTTP/1.1 {status} {reason}"]
    names = {name.lower() for name, _ in headers}
    lines += [f"{name}: {value}" for name, value in headers]
    if "content-length" not in names:
        lines.append(f"Content-Length: {content_length}")
    if close and "connection" not in names:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


DEFAULT_BEHAVIOUR: Behaviour = Respond(
    200, (("Content-Type", "application/json"),), b'{"data": {}}', label="default 200 {data: {}}"
)


# --- one TCP connection ---------------------------------------------------------------------


class Connection:
    """A server-side socket with the primitives behaviours need."""

    def __init__(self, sock: socket.socket, server: FaultServer, connection_id: int) -> None:
        self.sock = sock
        self.server = server
        self.id = connection_id
        self.buffer = b""
        self.closed = False

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def pause(self, seconds: float) -> bool:
        """Sleep, but wake up when the server stops. False if it is stopping."""
        return not self.server.stopping.wait(seconds)

    def drain(self, timeout: float = 1.0) -> None:
        """Wait until the peer acknowledged everything sent (Linux SIOCOUTQ), so an RST that
        follows cannot discard bytes still queued on our side."""
        if OUTQ is None:  # not Linux: no way to ask, give loopback a moment instead
            time.sleep(0.02)
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                queued = struct.unpack("i", fcntl.ioctl(self.sock.fileno(), OUTQ, b"\0\0\0\0"))[0]
            except OSError:
                return
            if queued == 0:
                return
            time.sleep(0.001)

    def reset(self) -> None:
        """Abort with a TCP RST: SO_LINGER on with a zero timeout makes close() send RST."""
        self.drain()
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(OSError):
            self.sock.close()

    def close_gracefully(self, linger: float = 0.0) -> None:
        """FIN; with `linger`, first discard what the client still sends (up to `linger` s):
        closing a socket with unread input makes the kernel send RST instead."""
        if not self.closed:
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_WR)
                self.sock.settimeout(linger)
                deadline = time.monotonic() + linger
                while linger and time.monotonic() < deadline and self.sock.recv(65536):
                    pass
        self.close()

    def wait_for_request(self) -> bool:
        """Block until the next request's first byte (or EOF); False if closed or stopping."""
        while not self.server.stopping.is_set():
            if self.buffer:
                return True
            try:
                readable, _, _ = select.select([self.sock], [], [], POLL_INTERVAL)
                if readable:
                    return bool(self.sock.recv(1, socket.MSG_PEEK))
            except (OSError, ValueError):
                return False
        return False

    def wait_for_complete_request(self, timeout: float = 0.5) -> None:
        """Peek (without consuming) until head and Content-Length body are all buffered."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self.server.stopping.is_set():
            try:
                pending = self.buffer + self.sock.recv(MAX_HEAD_BYTES * 4, socket.MSG_PEEK | socket.MSG_DONTWAIT)
            except BlockingIOError:
                pending = self.buffer
            head, sep, body = pending.partition(b"\r\n\r\n")
            if sep:
                match = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head)
                if len(body) >= (int(match.group(1)) if match else 0):
                    return
            time.sleep(0.001)

    def read_request(self) -> tuple[str, str, str, httpx.Headers, bytes]:
        """Read one request: method, target, HTTP version, headers and a Content-Length body."""
        self.sock.settimeout(REQUEST_READ_TIMEOUT)
        while b"\r\n\r\n" not in self.buffer:
            if len(self.buffer) > MAX_HEAD_BYTES:
                raise BadRequestError(431, "request head larger than 64 KiB")
            self._recv_more()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        try:
            method, target, version = request_line.split(" ")
        except ValueError:
            raise BadRequestError(400, f"malformed request line {request_line!r}") from None
        headers = httpx.Headers([_split_header(line) for line in header_lines])
        if "chunked" in headers.get("transfer-encoding", "").lower():
            raise BadRequestError(501, "chunked request bodies are not supported; send a Content-Length body")
        body = self._read_body(_content_length(headers))
        return method, target, version, headers, body

    def _read_body(self, length: int) -> bytes:
        while len(self.buffer) < length:
            self._recv_more()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return body

    def _recv_more(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionResetError("client closed the connection mid-request")
        self.buffer += chunk


class BadRequestError(Exception):
    """A request the server cannot parse: answered with `status` and recorded as an error."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _split_header(line: str) -> tuple[str, str]:
    name, sep, value = line.partition(":")
    if not sep or not name or name != name.strip():
        raise BadRequestError(400, f"malformed header line {line!r}")
    return name, value.strip()


def _content_length(headers: httpx.Headers) -> int:
    raw = headers.get("content-length", "0")
    if not raw.isdigit():
        raise BadRequestError(400, f"bad Content-Length {raw!r}")
    return int(raw)


def _wants_close(version: str, headers: httpx.Headers) -> bool:
    connection = headers.get("connection", "").lower()
    return connection == "close" or (version == "HTTP/1.0" and connection != "keep-alive")


# --- the server -------------------------------------------------------------------------------


@dataclass
class _State:
    script: deque[Behaviour] = field(default_factory=deque)
    default: Behaviour = DEFAULT_BEHAVIOUR
    exchanges: list[Exchange] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    connections: int = 0
    attempts: int = 0


class FaultServer:
    """The fault-injecting server. Use as a context manager or via the `fault_server` fixture."""

    def __init__(self, *, max_requests: int = 200, max_seconds: float = 30.0) -> None:
        self.max_requests = max_requests
        self.max_seconds = max_seconds
        self.stopping = threading.Event()
        self._state = _State()
        self._lock = threading.Condition()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((HOST, 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://{HOST}:{self.port}"
        self._open: set[Connection] = set()
        self._threads: list[threading.Thread] = []
        self._watchdog: threading.Timer | None = None
        self.started_at = 0.0

    # --- scripting ---------------------------------------------------------------------------

    def script(self, *behaviours: Behaviour) -> Self:
        """Queue behaviours for the next requests, in arrival order."""
        with self._lock:
            self._state.script.extend(behaviours)
        return self

    def default(self, behaviour: Behaviour) -> Self:
        """What answers once the script is used up (initially 200 `{"data": {}}`)."""
        with self._lock:
            self._state.default = behaviour
        return self

    @property
    def pending(self) -> int:
        """Scripted behaviours not used yet."""
        with self._lock:
            return len(self._state.script)

    # --- what happened ---------------------------------------------------------------------------

    @property
    def exchanges(self) -> list[Exchange]:
        """Every behaviour applied, including those that acted before a request was read."""
        with self._lock:
            return list(self._state.exchanges)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request read off the wire, in arrival order."""
        return [e.request for e in self.exchanges if e.request is not None]

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many requests arrived (read), optionally only this method and/or path."""
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method.upper()) and (path is None or r.path == path)
        )

    @property
    def connections(self) -> int:
        """TCP connections accepted so far."""
        with self._lock:
            return self._state.connections

    @property
    def errors(self) -> list[str]:
        with self._lock:
            return list(self._state.errors)

    def take_errors(self) -> list[str]:
        """Return and forget the recorded errors (for tests that provoke them on purpose)."""
        with self._lock:
            errors, self._state.errors = self._state.errors, []
            return errors

    def wait_for(self, n: int, timeout: float = 2.0) -> None:
        """Block until at least `n` behaviours were applied (e.g. before closing a client mid-flight)."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self._state.exchanges) >= n, timeout):
                raise TimeoutError(f"fault server saw {len(self._state.exchanges)} requests, expected {n}")

    def raise_errors(self) -> None:
        errors = self.errors
        if errors:
            raise FaultServerError("errors inside the fault server:\n\n" + "\n\n".join(errors))

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> Self:
        self._listener.listen(256)  # above the client pool (100): no dropped connects under load
        self.started_at = time.monotonic()
        self._spawn(self._accept_loop, "fault-server-accept")
        self._watchdog = threading.Timer(self.max_seconds, self._time_up)
        self._watchdog.daemon = True
        self._watchdog.start()
        return self

    def stop(self) -> None:
        """Stop accepting, wake every stalled behaviour, close every connection, join threads."""
        self.stopping.set()
        if self._watchdog is not None:
            self._watchdog.cancel()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            open_connections = list(self._open)
        for conn in open_connections:
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(timeout=2.0)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        if exc_type is None:
            self.raise_errors()

    # --- internals -----------------------------------------------------------------------------

    def _spawn(self, target: Callable[..., None], name: str, *args: Any) -> None:
        thread = threading.Thread(target=target, name=name, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _record_error(self, message: str) -> None:
        with self._lock:
            self._state.errors.append(message)

    def _time_up(self) -> None:
        self._record_error(f"fault server ran for more than max_seconds={self.max_seconds}; stopped it")
        self.stop()

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                readable, _, _ = select.select([self._listener], [], [], POLL_INTERVAL)
                if not readable:
                    continue
                sock, _ = self._listener.accept()
            except (OSError, ValueError):
                return  # listener closed by stop()
            with self._lock:
                self._state.connections += 1
                conn = Connection(sock, self, self._state.connections)
                self._open.add(conn)
            self._spawn(self._serve, f"fault-server-conn-{conn.id}", conn)

    def _next_behaviour(self) -> Behaviour | None:
        """The behaviour for the request that just started arriving; None past max_requests."""
        with self._lock:
            self._state.attempts += 1
            if self._state.attempts > self.max_requests:
                return None
            return self._state.script.popleft() if self._state.script else self._state.default

    def _record(self, exchange: Exchange) -> None:
        with self._lock:
            self._state.exchanges.append(exchange)
            self._lock.notify_all()

    def _serve(self, conn: Connection) -> None:
        try:
            self._serve_requests(conn)
        except CLIENT_GONE:
            pass  # the client hung up or timed out: part of the game
        except OSError:
            if not self.stopping.is_set():
                self._record_error(f"connection {conn.id}:\n{traceback.format_exc()}")
        except Exception:
            self._record_error(f"connection {conn.id}:\n{traceback.format_exc()}")
        finally:
            conn.close_gracefully()
            with self._lock:
                self._open.discard(conn)

    def _serve_requests(self, conn: Connection) -> None:
        index = 0
        while conn.wait_for_request():
            arrived_at = time.monotonic()
            behaviour = self._next_behaviour()
            if behaviour is None:
                self._limit_reached(conn)
                return
            if behaviour.acts_before_read:
                self._record(Exchange(behaviour.name, conn.id, arrived_at, None))
                behaviour.act(conn, None)
                return
            try:
                method, target, version, headers, body = conn.read_request()
            except BadRequestError as error:
                self._reject(conn, error)
                return
            request = RecordedRequest(method, target, headers, body, arrived_at, conn.id, index, behaviour.name)
            self._record(Exchange(behaviour.name, conn.id, arrived_at, request))
            index += 1
            if not behaviour.act(conn, request) or _wants_close(version, headers):
                return

    def _limit_reached(self, conn: Connection) -> None:
        self._record_error(f"fault server got more than max_requests={self.max_requests} requests; stopped it")
        conn.reset()
        threading.Thread(target=self.stop, daemon=True).start()  # not from this thread: stop() joins it

    def _reject(self, conn: Connection, error: BadRequestError) -> None:
        self._record_error(f"connection {conn.id}: bad request ({error.status}): {error}")
        body = f"fault server: {error}\n".encode()
        head = encode_head(error.status, (("Content-Type", "text/plain"),), len(body), reason=None, close=True)
        conn.send(head + body)
        conn.close_gracefully(linger=1.0)  # the client may still be sending the rejected body


# --- pytest fixture -------------------------------------------------------------------------------


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A fresh fault server per test; fails the test if anything went wrong inside the server."""
    server = FaultServer().start()
    try:
        yield server
    finally:
        server.stop()
    errors = server.errors
    if errors:
        pytest.fail("errors inside the fault server:\n\n" + "\n\n".join(errors), pytrace=False)
