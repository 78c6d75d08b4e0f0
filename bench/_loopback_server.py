"""Child process: uvicorn on 127.0.0.1 answering every request with the canned send body.

    .venv/bin/python bench/_loopback_server.py PORT

A bare ASGI callable (no framework), so the server costs as little as uvicorn allows and the
same for every client measured against it. Stops on SIGTERM/SIGINT.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any

import uvicorn

import fixtures as fx

HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(fx.MESSAGE_BODY)).encode())]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": fx.MESSAGE_BODY})


def main() -> None:
    port = int(sys.argv[1])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="off")


if __name__ == "__main__":
    main()
