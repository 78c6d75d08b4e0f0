"""A loopback stand-in for Telnyx's send endpoint, fast enough for volume tests.

An asyncio HTTP/1.1 server (keep-alive, Content-Length bodies) on 127.0.0.1 in a daemon
thread. It answers `POST /messages` like Telnyx (a message id in `data.id`), honours
Idempotency-Key the way Telnyx does (a replay gets the first answer and is not a second
message), records every request's arrival time and sender, and can be told to answer the
next requests with a status (429 bursts, 500s) or to enforce a per-sender rate itself.

    with StandIn() as server:
        client = AsyncTelnyx("key", base_url=server.url)
        ...
        assert server.accepted_count(key) == 1

Run as `python -m tests.volume.standin PORT_FILE` it serves in its own process (benchmarks,
Celery tests) and prints nothing; GET /_stats returns the counters as JSON.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import threading
import time
import uuid
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

HOST = "127.0.0.1"
MAX_BODY = 1 << 20
# The server stops by itself after this long, so a test that forgets it cannot hang CI.
MAX_SECONDS = 600.0


@dataclass(frozen=True, slots=True)
class Arrival:
    at: float  # time.monotonic() when the request was read
    sender: str
    to: str
    text: str | None
    idempotency_key: str | None
    status: int


@dataclass
class Scripted:
    status: int
    headers: dict[str, str] = field(default_factory=dict)


class StandIn:
    def __init__(self, *, max_seconds: float = MAX_SECONDS, response_delay: float = 0.0) -> None:
        self.max_seconds = max_seconds
        self.response_delay = response_delay
        self.arrivals: list[Arrival] = []
        self.accepted: dict[str, str] = {}  # idempotency key (or a fresh id) -> message id
        self.accepted_texts: Counter[tuple[str, str | None]] = Counter()  # (to, text) -> accepted messages
        self.replays = 0
        self.script: deque[Scripted] = deque()
        self.headers_on_success: dict[str, str] = {}
        self.lock = threading.Lock()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    # -- control ----------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def fail_next(self, count: int, status: int, headers: dict[str, str] | None = None) -> None:
        with self.lock:
            self.script.extend(Scripted(status, dict(headers or {})) for _ in range(count))

    def accepted_count(self, to: str, text: str | None) -> int:
        return self.accepted_texts[(to, text)]

    def arrivals_by_sender(self, *, accepted_only: bool = False) -> dict[str, list[float]]:
        """Arrival times per sender (every request, or only those answered 200)."""
        out: dict[str, list[float]] = {}
        with self.lock:
            for arrival in self.arrivals:
                if not accepted_only or arrival.status == 200:
                    out.setdefault(arrival.sender, []).append(arrival.at)
        return out

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._serve_forever, name="standin", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("stand-in server did not start")
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving ----------------------------------------------------------------------
    def _serve_forever(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        server = loop.run_until_complete(asyncio.start_server(self._connection, HOST, self.port or 0, backlog=512))
        self._server = server
        self.port = server.sockets[0].getsockname()[1]
        loop.call_later(self.max_seconds, loop.stop)
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError, ValueError):
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0"))
                if length > MAX_BODY:
                    raise ValueError("body too large")
                body = await reader.readexactly(length) if length else b""
                status, extra, payload = self._answer(method, target, headers, body)
                if self.response_delay:
                    await asyncio.sleep(self.response_delay)
                data = json.dumps(payload).encode()
                out = [f"HTTP/1.1 {status} X", "content-type: application/json", f"content-length: {len(data)}"]
                out += [f"{k}: {v}" for k, v in extra.items()]
                writer.write(("\r\n".join(out) + "\r\n\r\n").encode() + data)
                await writer.drain()
        writer.close()

    def _answer(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], Any]:
        if method == "GET" and target == "/_stats":
            return 200, {}, self.stats()
        if method != "POST" or not target.startswith("/messages"):
            return 404, {}, {"errors": [{"code": "10005", "title": "Resource not found"}]}
        now = time.monotonic()
        request = json.loads(body or b"{}")
        sender = request.get("from") or f"profile:{request.get('messaging_profile_id')}"
        key = headers.get("idempotency-key")
        with self.lock:
            scripted = self.script.popleft() if self.script else None
            status = scripted.status if scripted else 200
            self.arrivals.append(Arrival(now, sender, request.get("to", ""), request.get("text"), key, status))
            if scripted is not None:
                title = "Too many requests" if status == 429 else "Scripted failure"
                return (
                    status,
                    scripted.headers,
                    {"errors": [{"code": "10011" if status == 429 else "10000", "title": title}]},
                )
            if key is not None and key in self.accepted:
                self.replays += 1
                message_id = self.accepted[key]
            else:
                message_id = str(uuid.uuid4())
                self.accepted[key or message_id] = message_id
                self.accepted_texts[(request.get("to", ""), request.get("text"))] += 1
        data = {
            "id": message_id,
            "record_type": "message",
            "to": [{"phone_number": request.get("to")}],
            "text": request.get("text"),
        }
        return 200, dict(self.headers_on_success), {"data": data}

    def stats(self) -> dict[str, Any]:
        by_sender = self.arrivals_by_sender(accepted_only=True)
        with self.lock:
            return {
                "arrivals": len(self.arrivals),
                "accepted": len(self.accepted),
                "replays": self.replays,
                "per_message": {f"{to}|{text}": n for (to, text), n in self.accepted_texts.items()},
                "arrivals_by_sender": by_sender,
            }


def max_in_window(times: list[float], window: float) -> int:
    """The most arrivals in any `window`-second span (two pointers over sorted times)."""
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def main() -> None:  # pragma: no cover - used by benchmarks and the Celery tests
    port_file = Path(sys.argv[1])
    server = StandIn().start()
    port_file.write_text(str(server.port))
    assert server._thread is not None
    server._thread.join()


if __name__ == "__main__":
    main()
