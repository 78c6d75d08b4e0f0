"""Campaign sender benchmarks (issue 15): throughput vs raw httpx, limiter cost, memory, rate accuracy.

`make bench` runs the short forms (200,000-row memory run, 5 s rate run); `make bench-volume`
(`bench/run.py --only volume --volume-full`) the issue's full forms: a 1,000,000-row CSV and 60 s
of a 20 MPS sender. The loopback server is bench_loopback's (uvicorn on 127.0.0.1, canned body).
"""

from __future__ import annotations

import os
import statistics

import _peer
from _proc import run_worker
from _rows import Row
from bench_loopback import loopback_server

THROUGHPUT = (10_000, 32, 3)  # sends, concurrency, rounds
QUICK_THROUGHPUT = (1_000, 32, 1)
FULL = os.environ.get("BENCH_VOLUME_FULL") == "1"


def _worker(*args: str) -> dict[str, float]:
    result: dict[str, float] = run_worker(_peer.OURS_PYTHON, "_volume_worker.py", *args, timeout=900)
    return result


def run(quick: bool, peer: bool) -> list[Row]:
    sends, concurrency, rounds = QUICK_THROUGHPUT if quick else THROUGHPUT
    rates: dict[str, list[float]] = {"raw": [], "campaign": []}
    with loopback_server() as port:
        for index in range(rounds):
            order = ["raw", "campaign"] if index % 2 == 0 else ["campaign", "raw"]
            for impl in order:
                args = ("throughput", "--impl", impl, "--port", str(port), "--sends", str(sends))
                rates[impl].append(_worker(*args, "--concurrency", str(concurrency))["per_second"])
        seconds = 60.0 if FULL else (2.0 if quick else 5.0)
        accuracy = _worker("rate", "--port", str(port), "--mps", "20", "--seconds", str(seconds))
    ours, raw = statistics.median(rates["campaign"]), statistics.median(rates["raw"])
    throughput = Row(
        "volume.throughput", f"campaign {sends:,} sends at a high configured rate, concurrency {concurrency}",
        "msg/s", ours, min(rates["campaign"]), max(rates["campaign"]), "httpx.AsyncClient, same concurrency",
        raw, ours / raw, target=">= 0.9",
    )  # fmt: skip
    throughput.extra.update(higher_is_better=True, raw_samples=rates["raw"])
    limiter = _worker("limiter")["us_per_message"]
    per_send_us = 1e6 / raw
    limiter_row = Row(
        "volume.limiter", "limiter (sender + account bucket) per message", "us", limiter, limiter, limiter,
        "one raw httpx send's share of time", per_send_us, limiter / per_send_us,
    )  # fmt: skip
    rows_count = 1_000_000 if FULL else (20_000 if quick else 200_000)
    memory = _worker("memory", "--rows", str(rows_count))
    memory_row = Row(
        "volume.memory", f"peak RSS, {rows_count:,}-row CSV: dry run + campaign engine (in-memory send)", "MiB",
        memory["peak_mib"], memory["peak_mib"], memory["peak_mib"], "RSS after imports", memory["baseline_mib"],
        memory["peak_mib"] / memory["baseline_mib"], target="< 100 MiB, flat",
    )  # fmt: skip
    memory_row.extra.update(dry_seconds=memory["dry_seconds"], engine_seconds=memory["engine_seconds"])
    accuracy_row = Row(
        "volume.rate", f"achieved / configured rate, 20 MPS sender over {seconds:g} s", "ratio",
        accuracy["achieved"] / 20.0, None, None, "configured 20 MPS", 1.0, accuracy["achieved"] / 20.0,
        target="0.95-1.00",
    )  # fmt: skip
    for row in (throughput, memory_row, accuracy_row):
        row.status = _status(row)
    return [throughput, limiter_row, memory_row, accuracy_row]


def _status(row: Row) -> str:
    if row.ratio is None or row.median is None:
        return ""
    if row.key == "volume.throughput":
        ok = row.ratio >= 0.9
    elif row.key == "volume.memory":
        ok = row.median < 100
    else:
        ok = 0.95 <= row.ratio <= 1.0
    return "PASS" if ok else "FAIL"
