"""Child process: per-call cost of send / retrieve over httpx.MockTransport vs raw httpx.

    <venv>/bin/python bench/_calls_worker.py --impl ours|peer [--quick]

Runs in our venv (impl=ours) or in the official SDK's venv (impl=peer); each case is timed
in interleaved rounds against raw httpx in the same process. Prints one JSON object:
{"sync": {case: [µs per call, ...]}, "async": {...}, "versions": {...}}.
`--repeat CASE --number N` runs one case untimed, for bench/callgrind.py; `--preload FILE`
executes FILE first (a monkeypatch to try a proposed change without editing the overlay).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import runpy
from collections.abc import Callable
from typing import Any

import httpx

import fixtures as fx
from _timing import Async, Sync, interleaved, interleaved_async


def _raw_sync() -> dict[str, Sync]:
    raw = httpx.Client(base_url=fx.BASE_URL, transport=fx.mock_transport(), headers=_auth())
    return {
        "raw.post": lambda: raw.post("/messages", json=fx.SEND_JSON).json(),
        "raw.get": lambda: raw.get(f"/messages/{fx.MESSAGE_ID}").json(),
    }


def _raw_async() -> dict[str, Async]:
    raw = httpx.AsyncClient(base_url=fx.BASE_URL, transport=fx.mock_transport(), headers=_auth())

    async def post() -> Any:
        return (await raw.post("/messages", json=fx.SEND_JSON)).json()

    async def get() -> Any:
        return (await raw.get(f"/messages/{fx.MESSAGE_ID}")).json()

    return {"raw.post": post, "raw.get": get}


def _auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {fx.API_KEY}"}


def _ours_sync() -> dict[str, Sync]:
    from telnyx_messaging import Telnyx

    client = Telnyx(api_key=fx.API_KEY, http_client=httpx.Client(transport=fx.mock_transport()))
    send, retrieve = client.messages.send, client.messages.retrieve
    return {
        "send": lambda: send(to=fx.TO, from_=fx.FROM, text=fx.TEXT),
        "send.data": lambda: send(to=fx.TO, from_=fx.FROM, text=fx.TEXT).data,
        "send.novalidate": lambda: send(to=fx.TO, from_=fx.FROM, text=fx.TEXT, validate=False),
        "retrieve": lambda: retrieve(fx.MESSAGE_ID),
        "retrieve.data": lambda: retrieve(fx.MESSAGE_ID).data,
    }


def _ours_async() -> dict[str, Async]:
    from telnyx_messaging import AsyncTelnyx

    client = AsyncTelnyx(api_key=fx.API_KEY, http_client=httpx.AsyncClient(transport=fx.mock_transport()))
    messages = client.messages

    async def send() -> Any:
        return await messages.send(to=fx.TO, from_=fx.FROM, text=fx.TEXT)

    async def send_data() -> Any:
        return (await messages.send(to=fx.TO, from_=fx.FROM, text=fx.TEXT)).data

    async def retrieve() -> Any:
        return await messages.retrieve(fx.MESSAGE_ID)

    async def retrieve_data() -> Any:
        return (await messages.retrieve(fx.MESSAGE_ID)).data

    return {"send": send, "send.data": send_data, "retrieve": retrieve, "retrieve.data": retrieve_data}


def _peer_sync() -> dict[str, Sync]:
    import telnyx  # type: ignore[import-not-found]  # the official SDK, in its own venv

    client = telnyx.Telnyx(
        api_key=fx.API_KEY, base_url=fx.BASE_URL, http_client=httpx.Client(transport=fx.mock_transport())
    )
    send, retrieve = client.messages.send, client.messages.retrieve
    # The official SDK parses the whole body into pydantic models inside the call.
    return {
        "send": lambda: send(to=fx.TO, from_=fx.FROM, text=fx.TEXT),
        "retrieve": lambda: retrieve(fx.MESSAGE_ID),
    }


def _peer_async() -> dict[str, Async]:
    import telnyx

    client = telnyx.AsyncTelnyx(
        api_key=fx.API_KEY, base_url=fx.BASE_URL, http_client=httpx.AsyncClient(transport=fx.mock_transport())
    )

    async def send() -> Any:
        return await client.messages.send(to=fx.TO, from_=fx.FROM, text=fx.TEXT)

    async def retrieve() -> Any:
        return await client.messages.retrieve(fx.MESSAGE_ID)

    return {"send": send, "retrieve": retrieve}


IMPLS: dict[str, tuple[Callable[[], dict[str, Sync]], Callable[[], dict[str, Async]]]] = {
    "ours": (_ours_sync, _ours_async),
    "peer": (_peer_sync, _peer_async),
}


def repeat_one(impl: str, case: str, number: int) -> None:
    """For instruction counting (bench/callgrind.py): warm every case up, freeze the heap so
    no full collection of old objects lands in the counted part, then run `case` `number`
    times ("async.<case>": the async client's case, on one event loop)."""
    make_sync, make_async = IMPLS[impl]
    sync_cases = {**_raw_sync(), **make_sync()}
    async_cases = {f"async.{name}": func for name, func in {**_raw_async(), **make_async()}.items()}

    async def main() -> None:
        for func in async_cases.values():
            for _ in range(20):
                await func()
        for func in sync_cases.values():
            for _ in range(20):
                func()
        gc.collect()
        gc.freeze()
        if case in async_cases:
            for _ in range(number):
                await async_cases[case]()
        elif case != "none":
            for _ in range(number):
                sync_cases[case]()

    asyncio.run(main())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", choices=sorted(IMPLS), required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeat", metavar="CASE", help="run one case --number times, untimed ('none': 0)")
    parser.add_argument("--number", type=int, default=0)
    parser.add_argument("--preload", metavar="FILE", help="exec this Python file first (try a patch)")
    args = parser.parse_args()
    if args.preload:
        runpy.run_path(args.preload)
    if args.repeat:
        repeat_one(args.impl, args.repeat, args.number)
        return
    rounds, number = (3, 30) if args.quick else (21, 150)
    make_sync, make_async = IMPLS[args.impl]
    result = {
        "sync": interleaved({**_raw_sync(), **make_sync()}, rounds, number),
        "async": interleaved_async({**_raw_async(), **make_async()}, rounds, number),
        "versions": {"httpx": httpx.__version__},
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
