"""Child process for bench_volume.py: one measure, printed as one JSON object.

python bench/_volume_worker.py throughput --impl raw|campaign --port P --sends N --concurrency C
python bench/_volume_worker.py limiter --n N
python bench/_volume_worker.py memory --rows N
python bench/_volume_worker.py rate --port P --mps R --seconds S
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

import fixtures as fx


def _recipients(n: int) -> list[str]:
    return [f"+1312{i:07d}" for i in range(n)]


async def _raw(base_url: str, sends: int, concurrency: int) -> float:
    async with httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {fx.API_KEY}"}) as client:
        remaining = sends

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                (await client.post("/messages", json=fx.SEND_JSON)).json()

        await asyncio.gather(*(client.post("/messages", json=fx.SEND_JSON) for _ in range(concurrency)))  # warm
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - started


async def _campaign(base_url: str, sends: int, concurrency: int) -> float:
    from telnyx_messaging import AsyncTelnyx
    from telnyx_messaging.campaign import AsyncCampaignSender, Limits

    limits = Limits(account_sms=1e6, senders={fx.FROM: 1e6})
    async with AsyncTelnyx(fx.API_KEY, base_url=base_url) as client:
        sender = AsyncCampaignSender(client, limits=limits, concurrency=concurrency)
        await sender.send({"to": to, "from": fx.FROM, "text": fx.TEXT} for to in _recipients(concurrency))  # warm
        batch = ({"to": to, "from": fx.FROM, "text": fx.TEXT} for to in _recipients(sends))
        started = time.perf_counter()
        report = await sender.send(batch)
        seconds = time.perf_counter() - started
    if report.counts["sent"] != sends:
        raise SystemExit(f"campaign sent {report.counts['sent']} of {sends}: {report.summary()}")
    return seconds


def throughput(args: argparse.Namespace) -> dict[str, Any]:
    run = _raw if args.impl == "raw" else _campaign
    seconds = asyncio.run(run(f"http://127.0.0.1:{args.port}/v2", args.sends, args.concurrency))
    return {"per_second": args.sends / seconds}


def limiter(args: argparse.Namespace) -> dict[str, Any]:
    """Both buckets (sender + account): wait() and take() per message, as the engine does."""
    from telnyx_messaging.campaign import Rate
    from telnyx_messaging.campaign._bucket import TokenBucket

    clock = time.monotonic
    sender, account = TokenBucket(Rate(1e9), clock()), TokenBucket(Rate(1e9), clock())
    started = time.perf_counter()
    for _ in range(args.n):
        now = clock()
        if max(sender.wait(1, now), account.wait(1, now)) <= 0:
            now = clock()
            sender.take(1, now)
            account.take(1, now)
    return {"us_per_message": (time.perf_counter() - started) / args.n * 1e6}


def memory(args: argparse.Namespace) -> dict[str, Any]:
    """Peak RSS: a dry run of an N-row CSV, then the same rows through the campaign engine
    with an in-memory send (no network), both streamed."""
    from telnyx_messaging.campaign import AsyncCampaignSender, Limits
    from telnyx_messaging.campaign._csv import read_messages
    from telnyx_messaging.campaign._sender import message_id_of  # noqa: F401 - loaded before the baseline

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "recipients.csv"
        with path.open("w") as handle:
            handle.write("to,name\n")
            for i in range(args.rows):
                handle.write(f"+1312{i:07d},Name {i}\n")
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        limits = Limits(account_sms=1e9, sender_types={"short_code": 1e9})
        sender = AsyncCampaignSender(None, limits=limits, concurrency=64)  # type: ignore[arg-type]
        started = time.perf_counter()
        plan = sender.dry_run(read_messages(path, from_="12345", text="Hi {name}"))
        dry_seconds = time.perf_counter() - started
        headers = httpx.Headers()

        async def send(arguments: Any, key: str) -> tuple[str | None, httpx.Headers]:
            await asyncio.sleep(0)
            return None, headers

        sender._send_one = send  # type: ignore[method-assign] - the engine without the network
        started = time.perf_counter()
        report = asyncio.run(sender.send(read_messages(path, from_="12345", text="Hi {name}")))
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert plan.messages == report.counts["sent"] == args.rows, (plan.messages, report.summary())
    return {"peak_mib": peak, "baseline_mib": baseline, "dry_seconds": dry_seconds, "engine_seconds": seconds}


def rate(args: argparse.Namespace) -> dict[str, Any]:
    """Send times of a `mps` sender over `seconds`: the sends beyond the bucket's initial
    burst, over the time from the first send to the last."""
    from telnyx_messaging import AsyncTelnyx
    from telnyx_messaging.campaign import AsyncCampaignSender, Limits, Rate

    count = int(args.mps * args.seconds)
    configured = Rate(args.mps)
    times: list[float] = []

    async def main() -> None:
        async with AsyncTelnyx(fx.API_KEY, base_url=f"http://127.0.0.1:{args.port}/v2") as client:
            sender = AsyncCampaignSender(client, limits=Limits(account_sms=1e6), rates={"+13125559999": configured})
            original = sender._send_one

            async def timed(arguments: Any, key: str) -> Any:
                times.append(time.monotonic())
                return await original(arguments, key)

            sender._send_one = timed  # type: ignore[method-assign]
            await sender.send({"to": to, "from": "+13125559999", "text": "t"} for to in _recipients(count))

    asyncio.run(main())
    achieved = (len(times) - configured.capacity) / (times[-1] - times[0])
    return {"achieved": achieved, "configured": args.mps, "sends": len(times)}


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    t = commands.add_parser("throughput")
    t.add_argument("--impl", choices=("raw", "campaign"), required=True)
    t.add_argument("--port", type=int, required=True)
    t.add_argument("--sends", type=int, default=10_000)
    t.add_argument("--concurrency", type=int, default=32)
    limit = commands.add_parser("limiter")
    limit.add_argument("--n", type=int, default=200_000)
    m = commands.add_parser("memory")
    m.add_argument("--rows", type=int, default=1_000_000)
    r = commands.add_parser("rate")
    r.add_argument("--port", type=int, required=True)
    r.add_argument("--mps", type=float, default=20.0)
    r.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    run = {"throughput": throughput, "limiter": limiter, "memory": memory, "rate": rate}[args.command]
    print(json.dumps(run(args)))


if __name__ == "__main__":
    main()
