"""Client-side validation cost: per phone number, and per whole `validate_request` call.

    python bench/bench_validation.py [--quick]

`run(quick)` returns one row per measurement (microseconds per call: median, min and max
over rounds). Target (issue 6): under 5 us per number. The error path is shown for
reference only; it builds a message and a suggestion and is not on the hot path.
"""

from __future__ import annotations

import contextlib
import statistics
import sys
import time
from collections.abc import Callable

from telnyx_messaging import ValidationError, phone
from telnyx_messaging._validation import validate_request

NUMBER = "+13125550001"
SEND = {"to": "+18445550001", "from_": "+18005550101", "text": "Hello from Telnyx!"}
SEND_FULL = {
    **SEND,
    "messaging_profile_id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
    "media_urls": ["https://example.com/a.jpg"],
    "webhook_url": "https://example.com/hooks",
    "type_": "MMS",
    "send_at": "2025-07-01T15:00:00Z",
}
GROUP = {"from_": NUMBER, "to": [f"+1312555{n:04d}" for n in range(2, 10)], "text": "hi"}


def _error_path() -> None:
    with contextlib.suppress(ValidationError):
        phone.validate_e164("+1 (312) 555-0001")


CASES: list[tuple[str, Callable[[], object], int]] = [
    # (name, function, numbers checked per call)
    ("is_e164", lambda: phone.is_e164(NUMBER), 1),
    ("validate_e164", lambda: phone.validate_e164(NUMBER), 1),
    ("validate_request messages.send (to, from_, text)", lambda: validate_request("messages.send", SEND), 2),
    ("validate_request messages.send (9 arguments)", lambda: validate_request("messages.send", SEND_FULL), 2),
    ("validate_request messages.send_group_mms (8 recipients)",
     lambda: validate_request("messages.send_group_mms", GROUP), 9),
    ("validate_e164 error path (message + suggestion)", _error_path, 1),
]  # fmt: skip


def _per_call_us(func: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        func()
    return (time.perf_counter() - start) / number * 1e6


def run(quick: bool) -> list[dict[str, object]]:
    rounds, number = (5, 2000) if quick else (25, 20000)
    rows = []
    for name, func, numbers in CASES:
        func()  # warm up (first call may import)
        samples = [_per_call_us(func, number) for _ in range(rounds)]
        median = statistics.median(samples)
        rows.append(
            {
                "name": name,
                "median_us": round(median, 3),
                "min_us": round(min(samples), 3),
                "max_us": round(max(samples), 3),
                "per_number_us": round(median / numbers, 3),
                "target_us_per_number": 5.0,
            }
        )
    return rows


def main() -> None:
    rows = run(quick="--quick" in sys.argv)
    width = max(len(str(row["name"])) for row in rows)
    print(f"{'case':<{width}}  median_us  min_us  max_us  per_number_us")
    for row in rows:
        print(
            f"{row['name']:<{width}}  {row['median_us']:>9.3f}  {row['min_us']:>6.3f}  {row['max_us']:>6.3f}"
            f"  {row['per_number_us']:>13.3f}"
        )


if __name__ == "__main__":
    main()
