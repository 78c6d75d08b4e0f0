"""A server that pages in circles, over real sockets, sync and async: iteration ends once
it sees any page of the walk again, and never fetches more than `max_pages` pages.

The server's answers always claim more pages (total_pages=10**9) with an increasing
page_number, so only the client's own checks can end the walk; the fault server's request
limit turns a missed cycle into a failure instead of a hang.
"""

from __future__ import annotations

from typing import Any

import pytest

import telnyx_messaging as telnyx
from tests.support import faults, payloads
from tests.support.fault_server import FaultServer, RecordedRequest

from .conftest import MODES, Mode, run

modes = pytest.mark.parametrize("mode", MODES)
pytestmark = pytest.mark.usefixtures("sleeps")

ENDLESS = 10**9


def optouts(client: Any) -> Any:
    return client.messaging_optouts.list()


def cycling(*contents: list[Any]) -> Any:
    """Page n (asked for by page[number]) is contents[(n - 1) % len(contents)], numbered n."""

    def choose(request: RecordedRequest) -> Any:
        number = int(request.params.get("page[number]", "1"))
        items = contents[(number - 1) % len(contents)]
        return faults.list_page(items, number, ENDLESS)

    return faults.respond_with(choose, label=f"cycle of {len(contents)} pages")


def distinct_pages() -> Any:
    def choose(request: RecordedRequest) -> Any:
        number = int(request.params.get("page[number]", "1"))
        return faults.list_page([payloads.optout(number)], number, ENDLESS)

    return faults.respond_with(choose, label="a new page forever")


A = [payloads.optout(1), payloads.optout(2)]
B = [payloads.optout(3), payloads.optout(4)]
C = [payloads.optout(5)]


@modes
@pytest.mark.parametrize(
    ("cycle", "items", "requests"),
    [((A, B), 4, 3), ((A, B, C), 5, 4), ((A, A, B), 2, 2)],
    ids=["A B A", "A B C A", "A A"],
)
def test_a_cycle_of_pages_ends_the_walk_at_the_first_page_seen_again(
    mode: Mode, cycle: tuple[list[Any], ...], items: int, requests: int, fault_server: FaultServer
) -> None:
    fault_server.default(cycling(*cycle))
    outcome = run(mode, fault_server.url, optouts, iterate=True)
    assert outcome.error is None, outcome.error
    assert len(outcome.items) == items
    assert fault_server.count() == requests  # up to the page that closed the cycle, no more


@modes
def test_a_cycle_of_pages_identified_by_item_ids(mode: Mode, fault_server: FaultServer) -> None:
    first = [{"order_id": f"o-{n}", "id": f"id-{n}", "record_type": "messaging_numbers_bulk_update"} for n in (1, 2)]
    second = [{"order_id": "o-3", "id": "id-3", "record_type": "messaging_numbers_bulk_update"}]
    fault_server.default(cycling(first, second))
    outcome = run(mode, fault_server.url, optouts, iterate=True)
    assert outcome.error is None, outcome.error
    assert fault_server.count() == 3


@modes
def test_the_walk_stops_at_max_pages_with_a_documented_error(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(distinct_pages())
    seen: list[Any] = []

    def walk(client: Any) -> Any:
        if mode == "sync":
            seen.extend(client.messaging_optouts.list())
            return None

        async def collect() -> None:
            async for item in client.messaging_optouts.list():
                seen.append(item)

        return collect()

    error = run(mode, fault_server.url, walk, max_pages=5).raised()
    assert type(error) is telnyx.PageLimitError
    assert error.limit == 5
    assert "max_pages" in str(error)
    assert len(seen) == 5  # every page before the bound was returned
    assert fault_server.count() == 5  # the sixth page was never asked for


@modes
def test_raising_max_pages_walks_further(mode: Mode, fault_server: FaultServer) -> None:
    fault_server.default(faults.pages(*[[payloads.optout(n)] for n in range(1, 31)]))
    outcome = run(mode, fault_server.url, optouts, iterate=True, max_pages=30)
    assert outcome.error is None, outcome.error
    assert len(outcome.items) == 30


def test_asking_a_page_for_its_next_page_twice_is_not_a_cycle(fault_server: FaultServer) -> None:
    fault_server.default(faults.pages([payloads.optout(1)], [payloads.optout(2)]))
    with telnyx.Telnyx("KEY0PAGES", base_url=fault_server.url) as client:
        first = client.messaging_optouts.list()
        assert first.get_next_page() is not None
        assert [len(page.data) for page in first.iter_pages()] == [1, 1]
