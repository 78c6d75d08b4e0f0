"""Time the fake's request check: `.venv/bin/python tests/fake/measure_validator.py` (see README.md)."""

from __future__ import annotations

import json
import time
import timeit

BODY = {"to": "+13125550001", "from": "+18005550101", "text": "hi", "media_urls": ["https://example.com/a.png"]}
HEADERS = {"authorization": "Bearer k", "content-type": "application/json"}


def main() -> None:
    started = time.perf_counter()
    from telnyx_messaging.testing import TelnyxFake

    fake = TelnyxFake()
    loaded = time.perf_counter()
    content = json.dumps(BODY).encode()
    fake.checker.check("POST", "/messages", "", HEADERS, content)  # builds the validator
    count = 2000
    per_request = timeit.timeit(lambda: fake.checker.check("POST", "/messages", "", HEADERS, content), number=count)
    print(
        f"jsonschema (the fake's checker): import + load {1000 * (loaded - started):.0f} ms, "
        f"per POST /messages request {1e6 * per_request / count:.0f} us"
    )


if __name__ == "__main__":
    main()
