"""Child process: N sends at concurrency C against the loopback server, messages per second.

    <venv>/bin/python bench/_loopback_client.py --impl ours|raw|peer --port P --sends N --concurrency C

Each client uses its default connection pool (as users get it). The first C sends warm the
pool and are not timed. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

import fixtures as fx

Send = Callable[[], Awaitable[Any]]


def _ours(base_url: str) -> tuple[Send, Callable[[], Awaitable[None]]]:
    from telnyx_messaging import AsyncTelnyx

    client = AsyncTelnyx(api_key=fx.API_KEY, base_url=base_url)

    async def send() -> Any:
        return await client.messages.send(to=fx.TO, from_=fx.FROM, text=fx.TEXT)

    return send, client.aclose


def _peer(base_url: str) -> tuple[Send, Callable[[], Awaitable[None]]]:
    import telnyx  # type: ignore[import-not-found]  # the official SDK, in its own venv

    client = telnyx.AsyncTelnyx(api_key=fx.API_KEY, base_url=base_url)

    async def send() -> Any:
        return await client.messages.send(to=fx.TO, from_=fx.FROM, text=fx.TEXT)

    return send, client.close


def _raw(base_url: str) -> tuple[Send, Callable[[], Awaitable[None]]]:
    client = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {fx.API_KEY}"})

    async def send() -> Any:
        return (await client.post("/messages", json=fx.SEND_JSON)).json()

    return send, client.aclose


IMPLS = {"ours": _ours, "peer": _peer, "raw": _raw}


async def _drive(send: Send, sends: int, concurrency: int) -> float:
    remaining = sends

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await send()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    send, close = IMPLS[args.impl](f"http://127.0.0.1:{args.port}/v2")
    try:
        await _drive(send, args.concurrency, args.concurrency)  # warm-up: open the pool
        seconds = await _drive(send, args.sends, args.concurrency)
    finally:
        await close()
    return {"impl": args.impl, "sends": args.sends, "seconds": seconds, "per_second": args.sends / seconds}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", choices=sorted(IMPLS), required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--sends", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=50)
    print(json.dumps(asyncio.run(main_async(parser.parse_args()))))


if __name__ == "__main__":
    main()
