"""Iterating 100,000 opt-outs over 500 pages: time per item and memory staying flat.

Each run is a fresh child (bench/_pagination_worker.py), so RSS is that run's alone; ours and
raw httpx take turns. "One page's worth" is the Python heap the first parsed page holds
(tracemalloc); the target is peak RSS within 2 of those above the RSS after the first page.
RSS moves in allocator-sized steps, so a tracemalloc run (exact, not timed) is reported too.
"""

from __future__ import annotations

import statistics
from typing import Any

import _peer
from _proc import run_worker
from _rows import Row

FULL = (500, 200, 3)  # pages, page size, timed rounds
QUICK = (10, 50, 1)


def _worker(impl: str, pages: int, size: int, *extra: str) -> dict[str, Any]:
    python = _peer.peer_python() if impl == "peer" else _peer.OURS_PYTHON
    args = ["--impl", impl, "--pages", str(pages), "--size", str(size), *extra]
    result: dict[str, Any] = run_worker(python, "_pagination_worker.py", *args)
    return result


def run(quick: bool, peer: bool) -> list[Row]:
    pages, size, rounds = QUICK if quick else FULL
    impls = ["raw", "ours"] + (["peer"] if peer else [])
    timed: dict[str, list[dict[str, Any]]] = {impl: [] for impl in impls}
    for index in range(rounds):
        for impl in impls:
            if impl == "peer" and index > 0:
                continue  # the official SDK is slow here: one run is enough for its column
            timed[impl].append(_worker(impl, pages, size))
    heap = {impl: _worker(impl, pages, size, "--trace-heap") for impl in ("raw", "ours")}
    items = pages * size
    page_mib = heap["ours"]["heap_page_mib"]

    def per_item(impl: str) -> list[float]:
        return [run["seconds"] / run["items"] * 1e6 for run in timed[impl]]

    def growth(impl: str) -> list[float]:
        return [run["rss_peak_mib"] - run["rss_first_page_mib"] for run in timed[impl]]

    time_row = _row("pagination.time", f"iterate {items:,} items ({pages} pages x {size})", "µs/item",
                    per_item("ours"), "httpx get + .json() per page", statistics.median(per_item("raw")))  # fmt: skip
    rss_row = _row("pagination.rss", "pagination peak RSS above 1st page", "MiB", growth("ours"),
                   "one parsed page (heap)", page_mib)  # fmt: skip
    rss_row.note = f"raw httpx grows {statistics.median(growth('raw')):.2f} MiB"
    rss_row.extra["page_mib"] = page_mib
    rss_row.extra["rss_first_page_mib"] = statistics.median(run["rss_first_page_mib"] for run in timed["ours"])
    heap_growth = heap["ours"]["heap_growth_mib"]
    heap_row = Row("pagination.heap", "pagination heap peak above 1st page", "MiB", heap_growth, heap_growth,
                   heap_growth, "one parsed page (heap)", page_mib, heap_growth / page_mib)  # fmt: skip
    heap_row.note = f"raw httpx grows {heap['raw']['heap_growth_mib']:.2f} MiB"
    if peer:
        time_row.peer_median = statistics.median(per_item("peer"))
        time_row.peer_ratio = time_row.peer_median / statistics.median(per_item("raw"))
        rss_row.peer_median = statistics.median(growth("peer"))
    return [time_row, rss_row, heap_row]


def _row(key: str, label: str, unit: str, values: list[float], baseline: str, base: float) -> Row:  # noqa: PLR0917
    median = statistics.median(values)
    row = Row(key, label, unit, median, min(values), max(values), baseline, base, median / base if base else None)
    row.extra["n"] = len(values)
    return row
