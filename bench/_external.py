"""Rows from the benchmarks other engineers own (bench_webhooks.py, bench_validation.py).

Both follow the contract `run(quick: bool) -> list[dict]`, rows with name, median_us, min_us,
max_us, baseline, baseline_median_us and ratio. A module that does not exist yet (or fails)
becomes a "not available" row instead of stopping the run.
"""

from __future__ import annotations

import importlib
import re
import statistics
import traceback
from typing import Any

import _peer
from _proc import WorkerError, run_worker
from _rows import Row, unavailable

SOURCES = {"webhooks": "bench_webhooks", "validation": "bench_validation"}
UNITS = {"webhooks": "µs/call", "validation": "µs/call"}  # E.164 rows: one number per call


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def run(kind: str, quick: bool) -> list[Row]:
    module_name = SOURCES[kind]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return [unavailable(kind, f"{kind} (bench/{module_name}.py)", "not available: the module does not exist yet")]
    try:
        results = module.run(quick)
    except Exception as error:  # their module, their bug: report it, keep the run going
        last = traceback.format_exception_only(error)[-1].strip()
        return [unavailable(kind, f"{kind} (bench/{module_name}.py)", f"not available: failed: {last}")]
    return [_to_row(kind, result) for result in results]


def _to_row(kind: str, result: dict[str, Any]) -> Row:
    name = str(result.get("name", kind))
    key = name if name.startswith(f"{kind}.") and " " not in name else f"{kind}.{_slug(name)}"
    row = Row(
        key,
        name,
        str(result.get("unit", UNITS[kind])),
        result.get("median_us", result.get("median")),
        result.get("min_us", result.get("min")),
        result.get("max_us", result.get("max")),
        str(result.get("baseline", "")),
        result.get("baseline_median_us", result.get("baseline_median")),
        result.get("ratio"),
    )
    known = {"name", "unit", "median_us", "median", "min_us", "min", "max_us", "max", "baseline"}
    row.extra.update({k: v for k, v in result.items() if k not in known | {"baseline_median_us", "ratio"}})
    return row


def add_peer_webhooks(rows: list[Row], quick: bool) -> None:
    """The official SDK's `webhooks.unwrap` (it parses eagerly) into our unwrap rows."""
    targets = [row for row in rows if row.key.startswith("webhooks.unwrap") and row.median is not None]
    if not targets:
        return
    try:
        samples = run_worker(_peer.peer_python(), "_peer_webhooks_worker.py", *(["--quick"] if quick else []))
    except WorkerError as error:
        for row in targets:
            row.note = f"official SDK unwrap failed: {str(error)[:120]}"
        return
    median = statistics.median(samples["unwrap"])
    for row in targets:
        row.peer_median = median
        row.peer_ratio = median / statistics.median(samples["baseline"])
        row.extra["peer_normalized"] = True
