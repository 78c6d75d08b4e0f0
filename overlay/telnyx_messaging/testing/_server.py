"""The fake on a real socket: a threaded HTTP/1.1 server on 127.0.0.1, started and stopped by the test."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from telnyx_messaging.testing._fake import TelnyxFake

_MAX_BODY = 10 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: ClassVar[TelnyxFake]

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length > _MAX_BODY:
            self.send_error(413)
            return
        content = self.rfile.read(length) if length else b""
        outcome = self.fake.handle(self.command, self.path, dict(self.headers.items()), content)
        if outcome.delay:
            time.sleep(outcome.delay)
        if outcome.answer is None:  # drop: close the socket without a status line
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        body = outcome.answer.content()
        self.send_response(outcome.answer.status)
        for name, value in outcome.answer.headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve  # noqa: N815 - the stdlib's names

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the fake records every request in `fake.requests` instead."""


class FakeServer:
    def __init__(self, fake: TelnyxFake, host: str, port: int) -> None:
        handler = type("FakeHandler", (_Handler,), {"fake": fake})
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="telnyx-fake-server", daemon=True)
        host_name, bound_port = self._server.server_address[:2]
        self.url = f"http://{host_name!s}:{bound_port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
