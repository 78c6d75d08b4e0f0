"""Per-call cost of messages.send / messages.retrieve over httpx.MockTransport, sync and async.

Baselines: raw `httpx.Client.post(...).json()` / `.get(...).json()` (and the AsyncClient
equivalents) with the same canned JSON, timed in interleaved rounds in the same child process.
Our responses parse lazily, so each call is reported bare and with `.data` read (models built).
The official SDK parses eagerly inside the call; its one number fills both rows.
"""

from __future__ import annotations

import statistics
from typing import Any

import _peer
from _proc import run_worker
from _rows import Row, from_samples

BASELINES = {"send": ("raw.post", "httpx post + .json()"), "retrieve": ("raw.get", "httpx get + .json()")}
CASES = [  # (case in the worker, operation, label)
    ("send", "send", "messages.send"),
    ("send.data", "send", "messages.send + .data"),
    ("send.novalidate", "send", "messages.send validate=False"),
    ("retrieve", "retrieve", "messages.retrieve"),
    ("retrieve.data", "retrieve", "messages.retrieve + .data"),
]


def run(quick: bool, peer: bool) -> list[Row]:
    flags = ["--quick"] if quick else []
    ours = run_worker(_peer.OURS_PYTHON, "_calls_worker.py", "--impl", "ours", *flags)
    theirs = run_worker(_peer.peer_python(), "_calls_worker.py", "--impl", "peer", *flags) if peer else None
    rows = []
    for mode in ("sync", "async"):
        samples = ours[mode]
        for case, operation, label in CASES:
            if case not in samples:
                continue
            base_case, base_label = BASELINES[operation]
            row = from_samples(
                f"{case}.{mode}",
                f"{label} ({mode})",
                "µs/call",
                samples[case],
                f"{base_label} ({mode})",
                samples[base_case],
            )
            if theirs is not None:
                _fill_peer(row, theirs[mode], operation, base_case)
            rows.append(row)
    return rows


def _fill_peer(row: Row, samples: dict[str, Any], operation: str, base_case: str) -> None:
    if operation not in samples:
        return
    row.peer_median = statistics.median(samples[operation])
    row.peer_ratio = row.peer_median / statistics.median(samples[base_case])
    row.extra["peer_normalized"] = True
