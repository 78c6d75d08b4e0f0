"""Prism does not validate bracketed query parameters (page[number], filter[x], ...), so the
query strings the overlay sends are asserted here, literally, for every list method."""

from __future__ import annotations

import datetime
from typing import Any, NamedTuple

import pytest

from telnyx_messaging import Telnyx

from .calls import PROFILE_ID
from .conftest import Wire

pytestmark = pytest.mark.contract

JAN_1 = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)


class QueryCase(NamedTuple):
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    expected: dict[str, str]  # the decoded query string


QUERY_CASES = [
    QueryCase(
        "alphanumeric_sender_ids.list",
        (),
        {"filter": {"messaging_profile_id": PROFILE_ID}, "page": {"size": 2}},
        {"filter[messaging_profile_id]": PROFILE_ID, "page[size]": "2"},
    ),
    QueryCase(
        "messaging_hosted_numbers.list",
        (),
        {"filter": {"phone_number": {"contains": "555"}}, "sort": {"phone_number": "desc"}},
        {"filter[phone_number][contains]": "555", "sort[phone_number]": "desc"},
    ),
    QueryCase(
        "messaging_optouts.list",
        (),
        {
            "filter": {"from": "+18445550001", "messaging_profile_id": PROFILE_ID},
            "created_at": {"gte": JAN_1, "lte": "2025-02-01T00:00:00Z"},
            "redaction_enabled": "true",
        },
        {
            "filter[from]": "+18445550001",
            "filter[messaging_profile_id]": PROFILE_ID,
            "created_at[gte]": "2025-01-01T00:00:00+00:00",
            "created_at[lte]": "2025-02-01T00:00:00Z",
            "redaction_enabled": "true",
        },
    ),
    QueryCase(
        "messaging_profiles.list",
        (),
        {"filter": {"name": {"eq": "Profile for Messages"}}, "page": {"number": 2, "size": 5}},
        {"filter[name][eq]": "Profile for Messages", "page[number]": "2", "page[size]": "5"},
    ),
    QueryCase(
        "messaging_profiles.list",
        (),
        {"filter": {"name": "Profile for Messages"}},
        {"filter[name]": "Profile for Messages"},
    ),
    QueryCase(
        "phone_numbers.messaging.list",
        (),
        {
            "filter": {"type": "longcode", "phone_number": "+13125550001"},
            "sort": {"phone_number": "asc"},
            "page": {"number": 1, "size": 250},
        },
        {
            "filter[type]": "longcode",
            "filter[phone_number]": "+13125550001",
            "sort[phone_number]": "asc",
            "page[number]": "1",
            "page[size]": "250",
        },
    ),
    QueryCase(
        "short_codes.list",
        (),
        {"filter": {"messaging_profile_id": PROFILE_ID}, "page": {"size": 1}},
        {"filter[messaging_profile_id]": PROFILE_ID, "page[size]": "1"},
    ),
    QueryCase(
        "messaging_profiles.autoresp_configs.list",
        (PROFILE_ID,),
        {"country_code": "US", "created_at": {"gte": "2023-01-01T00:00:00Z"}, "updated_at": {"lte": JAN_1}},
        {
            "country_code": "US",
            "created_at[gte]": "2023-01-01T00:00:00Z",
            "updated_at[lte]": "2025-01-01T00:00:00+00:00",
        },
    ),
    QueryCase("messaging_profile_metrics.list", (), {"time_frame": "30d"}, {"time_frame": "30d"}),
    QueryCase("messaging_profiles.retrieve_metrics", (PROFILE_ID,), {"time_frame": "1h"}, {"time_frame": "1h"}),
    QueryCase(
        "messaging_profiles.list_phone_numbers",
        (PROFILE_ID,),
        {"page": {"number": 2, "size": 5}},
        {"page[number]": "2", "page[size]": "5"},
    ),
    QueryCase("messaging_profiles.list_short_codes", (PROFILE_ID,), {"page": {"size": 5}}, {"page[size]": "5"}),
    QueryCase(
        "messaging_profiles.list_alphanumeric_sender_ids",
        (PROFILE_ID,),
        {"page": {"number": 3}},
        {"page[number]": "3"},
    ),
    QueryCase("messaging_url_domains.list", (), {"page": {"size": 50}}, {"page[size]": "50"}),
]
IDS = [f"{case.method}-{'&'.join(case.expected)}" for case in QUERY_CASES]


def target(client: Any, method: str) -> Any:
    for part in method.split("."):
        client = getattr(client, part)
    return client


@pytest.mark.parametrize("case", QUERY_CASES, ids=IDS)
def test_query_string_sync(case: QueryCase, client: Telnyx, wire: Wire) -> None:
    target(client, case.method)(*case.args, **case.kwargs)  # a list fetches its first page right away
    assert wire.sent[0].query == case.expected


@pytest.mark.anyio
@pytest.mark.parametrize("case", QUERY_CASES, ids=IDS)
async def test_query_string_async(case: QueryCase, make_async_client: Any, wire: Wire) -> None:
    async with make_async_client() as client:
        await target(client, case.method)(*case.args, **case.kwargs)  # paginators and coroutines are awaitable
    assert wire.sent[0].query == case.expected


def test_plus_and_space_are_percent_encoded(client: Telnyx, wire: Wire) -> None:
    """A raw "+" in a query string is a space to the server: it must travel as %2B."""
    client.messaging_optouts.list(filter={"from": "+18445550001"})
    client.messaging_profiles.list(filter={"name": "Profile for Messages"})
    assert wire.sent[0].url.query == b"filter%5Bfrom%5D=%2B18445550001"
    assert wire.sent[1].url.query in (
        b"filter%5Bname%5D=Profile+for+Messages",
        b"filter%5Bname%5D=Profile%20for%20Messages",
    )


def test_iteration_walks_pages_with_the_same_filters_and_stops(client: Telnyx, wire: Wire) -> None:
    """Prism's example page says page 2 of 3; asking for page 3 gets page 2 again, and the
    walk stops there instead of looping."""
    page = client.messaging_optouts.list(filter={"messaging_profile_id": PROFILE_ID}, page={"size": 25})
    assert (page.meta.page_number, page.meta.total_pages) == (2, 3)
    assert page.has_next_page()
    items = list(page)
    assert len(items) == len(page.data) == 1
    assert [sent.query for sent in wire.sent] == [
        {"filter[messaging_profile_id]": PROFILE_ID, "page[size]": "25"},
        {"filter[messaging_profile_id]": PROFILE_ID, "page[size]": "25", "page[number]": "3"},
    ]
    assert len(list(page.iter_pages())) == 1


@pytest.mark.anyio
async def test_async_iteration_walks_pages_and_stops(make_async_client: Any, wire: Wire) -> None:
    async with make_async_client() as client:
        items = [item async for item in client.short_codes.list(page={"size": 10})]
    assert len(items) == 1
    assert [sent.query for sent in wire.sent] == [{"page[size]": "10"}, {"page[size]": "10", "page[number]": "3"}]
