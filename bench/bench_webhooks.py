"""Webhook verification cost against the floor: nacl's VerifyKey.verify + json.loads.

    python bench/bench_webhooks.py [--quick]

`run(quick)` returns one row per measurement; each row carries its baseline, timed in the same
rounds (interleaved) so machine noise hits both alike. Target (issue 4): unwrap <= 1.3x.
"""

from __future__ import annotations

import base64
import json
import statistics
import sys
import time
from collections.abc import Callable

from nacl.signing import VerifyKey

from telnyx_messaging import testing, webhooks

BASELINE = "VerifyKey.verify + json.loads"
SEED = bytes(range(32))


def run(quick: bool) -> list[dict]:
    rounds, number = (9, 100) if quick else (41, 300)
    signer = testing.WebhookSigner(SEED)
    body = json.dumps(testing.message_sent()).encode()
    client = webhooks.Webhooks(signer.public_key)
    raw_key = VerifyKey(base64.b64decode(signer.public_key))
    state: dict = {}

    def resign() -> None:  # fresh timestamp each round, so a long run never goes stale
        state["headers"] = signer.headers(body)
        ts = state["headers"][webhooks.TIMESTAMP_HEADER]
        state["message"] = ts.encode() + b"|" + body
        state["signature"] = base64.b64decode(state["headers"][webhooks.SIGNATURE_HEADER])

    def baseline() -> None:
        raw_key.verify(state["message"], state["signature"])
        json.loads(body)

    def nacl_only() -> None:
        raw_key.verify(state["message"], state["signature"])

    def unwrap() -> None:
        client.unwrap(body, state["headers"])

    def verify() -> None:
        client.verify(body, state["headers"])

    def unwrap_typed() -> None:
        client.unwrap(body, state["headers"]).data  # noqa: B018 - builds the attrs models

    resign()
    unwrap()  # first call imports the event module and generated models; not part of the cost
    cases: list[tuple[str, Callable[[], None], str, Callable[[], None]]] = [
        ("webhooks.unwrap", unwrap, BASELINE, baseline),
        ("webhooks.verify", verify, "VerifyKey.verify", nacl_only),
        ("webhooks.unwrap + event.data (models built)", unwrap_typed, BASELINE, baseline),
    ]
    rows = []
    for name, func, base_name, base in cases:
        ours, theirs = [], []
        for i in range(rounds):
            resign()
            pair = (base, func) if i % 2 else (func, base)  # alternate, so drift hits both alike
            timed = {f: _per_call_us(f, number) for f in pair}
            theirs.append(timed[base])
            ours.append(timed[func])
        median, base_median = statistics.median(ours), statistics.median(theirs)
        rows.append(
            {
                "name": name,
                "median_us": round(median, 2),
                "min_us": round(min(ours), 2),
                "max_us": round(max(ours), 2),
                "baseline": base_name,
                "baseline_median_us": round(base_median, 2),
                "ratio": round(median / base_median, 3),
                # same-round pairs: robust when the machine is busy (shared CI runners)
                "paired_ratio": round(statistics.median(o / t for o, t in zip(ours, theirs, strict=True)), 3),
                "baseline_min_us": round(min(theirs), 2),
            }
        )
    return rows


def _per_call_us(func: Callable[[], None], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        func()
    return (time.perf_counter() - start) / number * 1e6


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(json.dumps(row))
