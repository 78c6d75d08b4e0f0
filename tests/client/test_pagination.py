"""Auto-pagination: lazy, page at a time, and it always terminates."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import httpx
import pytest

from telnyx_messaging import AsyncTelnyx, SyncPage, Telnyx

from .conftest import Recorder

PROFILE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def optout(page: int, index: int) -> dict[str, Any]:
    return {"to": f"+1312555{page:02d}{index:02d}", "from": "+18005550101", "created_at": "2025-01-01T00:00:00Z"}


def pages(total_pages: int, size: int = 3, **meta_overrides: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        meta = {
            "page_number": number,
            "page_size": size,
            "total_pages": total_pages,
            "total_results": total_pages * size,
        }
        meta.update(meta_overrides)
        return httpx.Response(200, json={"data": [optout(number, i) for i in range(size)], "meta": meta})

    return handler


def page_numbers(recorder: Recorder) -> list[str | None]:
    return [r.url.params.get("page[number]") for r in recorder.requests]


def test_iterating_walks_every_page_on_demand(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = pages(total_pages=4)
    result = client.messaging_optouts.list(page={"size": 3}, filter={"messaging_profile_id": PROFILE_ID})
    assert recorder.count() == 1  # only the first page so far
    items = list(result)
    assert len(items) == 12
    assert items[0].to == "+13125550100"
    assert items[-1].to == "+13125550402"
    assert page_numbers(recorder) == [None, "2", "3", "4"]
    # later pages keep the caller's filters and page size
    assert all(r.url.params["page[size]"] == "3" for r in recorder.requests)
    assert all(r.url.params["filter[messaging_profile_id]"] == PROFILE_ID for r in recorder.requests)


def test_page_object_api(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = pages(total_pages=2)
    first = client.messaging_optouts.list()
    assert isinstance(first, SyncPage)
    assert len(first.data) == 3
    assert first.meta.page_number == 1
    assert first.meta.total_pages == 2
    assert first.has_next_page()
    second = first.get_next_page()
    assert second is not None
    assert not second.has_next_page()
    assert second.get_next_page() is None
    assert [len(p.data) for p in first.iter_pages()] == [3, 3]


@pytest.mark.parametrize(
    ("body", "expected_requests"),
    [
        ({"data": [optout(1, 0)]}, 1),  # no meta at all
        ({"data": [optout(1, 0)], "meta": None}, 1),
        ({"data": [optout(1, 0)], "meta": {"page_number": 1}}, 1),  # no total_pages
        ({"data": [optout(1, 0)], "meta": {"page_number": "1", "total_pages": "9"}}, 1),  # wrong types
        ({"data": [], "meta": {"page_number": 1, "total_pages": 9}}, 1),  # empty page
    ],
)
def test_iteration_stops_when_the_server_gives_no_way_forward(
    client: Telnyx, recorder: Recorder, body: dict[str, Any], expected_requests: int
) -> None:
    recorder.default = httpx.Response(200, json=body)
    items = list(client.messaging_optouts.list())
    assert len(items) == len(body["data"])
    assert recorder.count() == expected_requests


def test_a_server_repeating_the_same_page_forever_does_not_loop(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(
        200, json={"data": [optout(1, 0)], "meta": {"page_number": 1, "total_pages": 1000}}
    )
    assert len(list(client.messaging_optouts.list())) == 1
    assert recorder.count() == 2  # asked for page 2, got page 1 again: stop


def test_same_items_under_a_new_page_number_are_a_repeat(client: Telnyx, recorder: Recorder) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        return httpx.Response(200, json={"data": [optout(1, 0)], "meta": {"page_number": number, "total_pages": 50}})

    recorder.default = handler
    assert len(list(client.messaging_optouts.list())) == 1
    assert recorder.count() == 2


def _cycling(*contents: list[dict[str, Any]], total_pages: int = 50) -> Any:
    """Page n answers with contents[(n - 1) % len(contents)] under its own page number."""

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        data = contents[(number - 1) % len(contents)]
        return httpx.Response(200, json={"data": data, "meta": {"page_number": number, "total_pages": total_pages}})

    return handler


def test_full_pages_without_ids_sent_again_under_new_numbers_end_the_walk(client: Telnyx, recorder: Recorder) -> None:
    # 200 items a page: the digest samples them; the third page repeats the first
    first, second = (
        [optout(1, i % 100) | {"keyword": str(i)} for i in range(200)],
        [optout(2, i % 100) for i in range(200)],
    )
    recorder.default = _cycling(first, second)
    assert len(list(client.messaging_optouts.list(page={"size": 200}))) == 400
    assert recorder.count() == 3


def test_full_pages_of_distinct_records_are_all_walked(client: Telnyx, recorder: Recorder) -> None:
    # every record is new, so no page is taken for one sent before
    contents = [[optout(number, i % 100) | {"keyword": f"{number}-{i}"} for i in range(200)] for number in (1, 2, 3, 4)]
    recorder.default = _cycling(*contents, total_pages=4)
    items = list(client.messaging_optouts.list(page={"size": 200}))
    assert len(items) == 800
    assert len({item.keyword for item in items}) == 800


def test_pages_of_nested_items_without_ids_sent_again_end_the_walk(client: Telnyx, recorder: Recorder) -> None:
    nested = [[optout(n, 0) | {"tags": [f"t{n}"], "extra": {"n": n}}] for n in (1, 2)]
    recorder.default = _cycling(*nested)
    assert len(list(client.messaging_optouts.list())) == 2
    assert recorder.count() == 3


def test_only_one_page_is_held_in_memory(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = pages(total_pages=5)
    seen: list[weakref.ref[Any]] = []
    for page in client.messaging_optouts.list().iter_pages():
        seen.append(weakref.ref(page))
        del page
        gc.collect()
        assert sum(ref() is not None for ref in seen) <= 2  # the one being read (+ the one it came from)
    assert len(seen) == 5


def test_errors_on_a_later_page_raise_the_typed_error(client: Telnyx, recorder: Recorder) -> None:
    from telnyx_messaging import AuthenticationError

    recorder.responses = [pages(total_pages=3)]
    recorder.default = httpx.Response(401, json={"errors": [{"code": "10009", "title": "Authentication failed"}]})
    iterator = iter(client.messaging_optouts.list())
    assert len([next(iterator) for _ in range(3)]) == 3
    with pytest.raises(AuthenticationError):
        next(iterator)


def test_list_without_page_parameters_is_a_single_page(client: Telnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(
        200,
        json={
            "data": [
                {
                    "id": "a",
                    "country_code": "US",
                    "op": "stop",
                    "keywords": ["STOP"],
                    "created_at": "2023-03-21T23:37:45+00:00",
                    "updated_at": "2023-03-21T23:37:45+00:00",
                }
            ],
            "meta": {"page_number": 1, "total_pages": 3},
        },
    )
    configs = list(client.messaging_profiles.autoresp_configs.list("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
    assert [c.op for c in configs] == ["stop"]
    assert recorder.count() == 1  # the endpoint takes no page[number]: nothing more can be asked for


@pytest.mark.anyio
async def test_async_iteration_and_await(async_client: AsyncTelnyx, recorder: Recorder) -> None:
    recorder.default = pages(total_pages=3)
    items = [item async for item in async_client.messaging_optouts.list()]
    assert len(items) == 9
    first = await async_client.messaging_optouts.list()
    assert len(first.data) == 3
    assert first.has_next_page()
    numbers = [page.meta.page_number async for page in first.iter_pages()]
    assert numbers == [1, 2, 3]


@pytest.mark.anyio
async def test_async_repeated_page_terminates(async_client: AsyncTelnyx, recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, json={"data": [optout(1, 0)], "meta": {"page_number": 1, "total_pages": 9}})
    assert len([item async for item in async_client.messaging_optouts.list()]) == 1
