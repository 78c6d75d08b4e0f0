"""Child process: iterate every item of a paginated list over httpx.MockTransport.

    <venv>/bin/python bench/_pagination_worker.py --impl ours|raw|peer --pages N --size M

Iterates the way users do (`for item in client.messaging_optouts.list(page={"size": M})`), in
a fresh process per run so its RSS is this run's alone. "After the first page" is the moment
the first item arrives: the first page has been fetched and (ours: `.data`) parsed.

Prints one JSON object: seconds, items, RSS (MiB) before the list call and after the first
page, and the peak RSS while iterating (sampled every 1,000 items, and the kernel's VmHWM reset at the
first item, so a transient of the first fetch does not count). With
--trace-heap, instead of timing: the Python heap the first page holds and the heap peak while
iterating (tracemalloc), exact where RSS moves in allocator-sized steps.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx

import fixtures as fx

PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
SAMPLE_EVERY = 1000  # items between RSS samples
MIB = 2**20
Items = Callable[[], Iterator[Any]]


def rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE_BYTES / MIB


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> bool:
    """Start the kernel's peak-RSS counter (VmHWM) afresh: the peak *while iterating* must not
    include a transient of the first page's fetch. False where /proc does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def vm_hwm_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _handler(pages: int, size: int) -> Callable[[httpx.Request], httpx.Response]:
    template = fx.opt_out_page_template(size, pages)

    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        return httpx.Response(200, headers=fx.JSON_HEADERS, content=fx.opt_out_page(template, number))

    return answer


def _ours(pages: int, size: int) -> tuple[Items, Callable[[], Any]]:
    from telnyx_messaging import Telnyx

    client = Telnyx(api_key=fx.API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(_handler(pages, size))))

    def one_page() -> Any:
        return client.messaging_optouts.list(page={"size": size, "number": 2}).data

    return lambda: iter(client.messaging_optouts.list(page={"size": size})), one_page


def _peer(pages: int, size: int) -> tuple[Items, Callable[[], Any]]:
    import telnyx  # type: ignore[import-not-found]  # the official SDK, in its own venv

    transport = httpx.MockTransport(_handler(pages, size))
    client = telnyx.Telnyx(api_key=fx.API_KEY, base_url=fx.BASE_URL, http_client=httpx.Client(transport=transport))

    def one_page() -> Any:
        return client.messaging_optouts.list(page_size=size, page_number=2)  # parsed eagerly

    return lambda: iter(client.messaging_optouts.list(page_size=size)), one_page


def _raw(pages: int, size: int) -> tuple[Items, Callable[[], Any]]:
    client = httpx.Client(base_url=fx.BASE_URL, transport=httpx.MockTransport(_handler(pages, size)))

    def get(number: int) -> Any:
        return client.get("/messaging_optouts", params={"page[number]": number, "page[size]": size}).json()

    def items() -> Iterator[Any]:
        number = 1
        while True:
            body = get(number)
            yield from body["data"]
            meta = body["meta"]
            if meta["page_number"] >= meta["total_pages"]:
                return
            number = meta["page_number"] + 1

    return items, lambda: get(2)


IMPLS = {"ours": _ours, "peer": _peer, "raw": _raw}


def timed_run(items: Items) -> dict[str, float]:
    rss_before = rss_mib()
    rss_first = rss_peak = 0.0
    count = 0
    started = time.perf_counter()
    hwm_reset = False
    for count, _item in enumerate(items(), 1):
        if count % SAMPLE_EVERY == 0:
            rss_peak = max(rss_peak, rss_mib())
        elif count == 1:
            rss_first = rss_peak = rss_mib()
            hwm_reset = reset_peak_rss()
    seconds = time.perf_counter() - started
    # With the counter reset at the first item, VmHWM is exactly the peak while iterating;
    # without it, ru_maxrss would also count whatever the process did before.
    kernel_peak = vm_hwm_mib() if hwm_reset else peak_rss_mib()
    return {
        "seconds": seconds,
        "items": count,
        "rss_before_mib": rss_before,
        "rss_first_page_mib": rss_first,
        "rss_peak_mib": max(rss_peak, rss_mib(), kernel_peak),
    }


def heap_run(items: Items) -> dict[str, float]:
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    after_first = 0
    count = 0
    for count, _item in enumerate(items(), 1):
        if count == 1:
            after_first = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "items": count,
        "heap_page_mib": (after_first - before) / MIB,
        "heap_growth_mib": (peak - after_first) / MIB,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", choices=sorted(IMPLS), required=True)
    parser.add_argument("--pages", type=int, default=fx.PAGES)
    parser.add_argument("--size", type=int, default=fx.PAGE_SIZE)
    parser.add_argument("--trace-heap", action="store_true", help="tracemalloc run (slow, not timed)")
    args = parser.parse_args()
    items, one_page = IMPLS[args.impl](args.pages, args.size)
    one_page()  # imports and first-call caches happen here, not in the measured run
    gc.collect()
    result = heap_run(items) if args.trace_heap else timed_run(items)
    print(json.dumps({"impl": args.impl, **result}))


if __name__ == "__main__":
    main()
