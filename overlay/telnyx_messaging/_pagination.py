"""Lazy, page-at-a-time iteration over list endpoints (page[number] / page[size]).

Only the current page is held in memory. Iteration stops when the server says it is on the
last page, when `meta` is missing or malformed, when a page comes back empty, or when the
server answers with a page it already sent in this walk (same page number as the one before,
or the same items as any page before: one small digest per page is kept), so a misbehaving
server cannot make `for item in client.x.list()` loop forever. A walk also stops with
PageLimitError before fetching more than the client's `max_pages` pages.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import httpx

from ._constants import DEFAULT_MAX_PAGES
from ._exceptions import APIResponseValidationError, PageLimitError, request_id_of
from ._response import Dumpable, decode_json, parse_model

# The `meta` model of list answers, under the stable name make generate gives it (derive_index).
META_MODEL = "telnyx_messaging_api._page_meta:PageMeta"

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="BasePage[Any]")


class PageInfo:
    """Where the next page is: the query parameters to ask for it (the official SDK's PageInfo)."""

    __slots__ = ("params",)

    def __init__(self, *, params: dict[str, object]) -> None:
        self.params = params

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PageInfo) and other.params == self.params

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PageInfo(params={self.params!r})"


class _Walk:
    """The pages of one walk: the page number each item digest was first seen at (at most
    `limit` of them). A page whose items already came at another number is a cycle."""

    __slots__ = ("digests", "limit")

    def __init__(self, first: BasePage[Any], limit: int) -> None:
        self.limit = limit
        self.digests = {_digest(first._raw("data")): first._page_number()}

    def check_room(self) -> None:
        if len(self.digests) >= self.limit:
            raise PageLimitError(
                f"stopped after {self.limit} pages (max_pages); the pages before were all returned. "
                "Pass Telnyx(max_pages=...) to walk a longer list",
                limit=self.limit,
            )

    def is_new(self, page: BasePage[Any], number: int) -> bool:
        digest = _digest(page._raw("data"))
        seen_at = self.digests.setdefault(digest, number)
        return seen_at == number  # the same page asked for again (page.get_next_page() twice) is fine


# Items without ids are identified by at most this many of them, spread over the page.
DIGEST_SAMPLE = 16


def _digest(items: object) -> object:
    """What identifies a page's items, so a page sent again under another number is noticed.

    Items with ids: all their ids. Flat items without ids (opt-outs, metrics): the values of
    up to DIGEST_SAMPLE items spread evenly over the page, the last included, plus the count;
    hashing every item cost more than parsing them. Two different pages of real records never
    agree on all of those (one record would have to sit at the same places of both pages).
    Anything else (nested values): a digest of the whole JSON."""
    if isinstance(items, list):
        try:
            return hash(tuple([item["id"] for item in items]))
        except (KeyError, TypeError):  # no ids, or ids that are not hashable
            pass
        step = max(1, len(items) // DIGEST_SAMPLE)
        sample = [*items[step - 1 :: step], *items[-1:]]
        try:  # the values in order suffice: every item of a list has the same schema
            return hash((len(items), *map(tuple, map(dict.values, sample))))
        except TypeError:  # not all objects, or nested (unhashable) values
            pass
    text = json.dumps(items, sort_keys=True, default=repr)
    return hashlib.blake2b(text.encode(errors="replace"), digest_size=16).digest()


class BasePage(Dumpable, Generic[ItemT]):
    """One page. `.data` is the list of items (generated models, parsed on first access),
    `.meta` the pagination meta, `.http_response` the raw response."""

    __slots__ = (
        "__weakref__", "_can_request_pages", "_items", "_json", "_max_pages", "_model", "_walk", "http_response",
    )  # fmt: skip

    def __init__(
        self, http_response: httpx.Response, item_model: Any, *, can_request_pages: bool, max_pages: int
    ) -> None:
        self.http_response = http_response
        self._max_pages = max_pages
        self._walk: _Walk | None = None
        self._model = item_model
        self._can_request_pages = can_request_pages
        self._json: Any = None
        self._items: list[ItemT] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response)

    def json(self) -> Any:
        if self._json is None:
            self._json = decode_json(self.http_response)
        return self._json

    def _raw(self, member: str) -> Any:
        body = self.json()
        return body.get(member) if isinstance(body, dict) else None

    @property
    def data(self) -> list[ItemT]:
        """The items of this page. Items parse independently of `meta`, so a malformed meta
        never costs you the data."""
        if self._items is None:
            raw = self._raw("data")
            if not isinstance(raw, list):
                raise APIResponseValidationError(
                    f"{self.status_code} list response has no `data` array; see .response for what was received",
                    response=self.http_response,
                    body=self.json(),
                )
            self._items = _parse_items(self._model, self.http_response, raw)
        return self._items

    @property
    def meta(self) -> Any:
        """The generated pagination-meta model, or None when the server sent none we can read."""
        raw = self._raw("meta")
        if not isinstance(raw, dict):
            return None
        try:
            from ._operation import load  # noqa: PLC0415 - the generated models load on first use

            return load(META_MODEL).from_dict(raw)
        except Exception:  # an unreadable meta only means "no more pages"
            return None

    def _page_number(self) -> int | None:
        meta = self._raw("meta")
        number = meta.get("page_number") if isinstance(meta, dict) else None
        return number if _is_int(number) else None

    def next_page_number(self) -> int | None:
        """The page to ask for next, or None when this is the last one."""
        meta = self._raw("meta")
        if not self._can_request_pages or not isinstance(meta, dict) or not self._raw("data"):
            return None
        number, total = meta.get("page_number"), meta.get("total_pages")
        if not (_is_int(number) and _is_int(total)):
            return None
        return number + 1 if number < total else None  # type: ignore[operator]

    def has_next_page(self) -> bool:
        return self.next_page_number() is not None

    def next_page_info(self) -> PageInfo | None:
        number = self.next_page_number()
        return None if number is None else PageInfo(params={"page[number]": number})

    def is_repeat_of(self, previous: BasePage[ItemT]) -> bool:
        """True when the server sent back a page we already have."""
        number, previous_number = self._page_number(), previous._page_number()
        if number is not None and previous_number is not None and number <= previous_number:
            return True
        return bool(self._raw("data") == previous._raw("data"))

    def _walk_on(self) -> _Walk:
        """This page's walk (begun here if it is the first), with room for one more page."""
        if self._walk is None:
            self._walk = _Walk(self, self._max_pages)
        self._walk.check_room()
        return self._walk

    def _continued_by(self, page: PageT, number: int, walk: _Walk) -> PageT | None:
        """`page` (asked for as `number`) as the next one of this walk, or None when the server
        sent one already seen."""
        if page.is_repeat_of(self) or not walk.is_new(page, number):
            return None
        page._walk = walk
        return page

    def __repr__(self) -> str:
        return f"<{type(self).__name__} page={self._page_number()} status={self.status_code}>"


def _parse_items(model: Any, response: httpx.Response, raw: list[Any]) -> list[Any]:
    """One from_dict per item on the fast path; on any failure, parse again item by item
    so that the documented error (with the raw response) is raised."""
    try:  # an item that is not an object fails from_dict too (it has no .get)
        return list(map(model.from_dict, raw))
    except Exception:  # noqa: S110 - reported below, with context, by parse_model
        pass
    return [parse_model(model, response, item) for item in raw]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class SyncPage(BasePage[ItemT]):
    __slots__ = ("_fetch",)

    def __init__(
        self,
        http_response: httpx.Response,
        item_model: Any,
        fetch: Callable[[int], SyncPage[ItemT]] | None,
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(http_response, item_model, can_request_pages=fetch is not None, max_pages=max_pages)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[ItemT] | None:
        number = self.next_page_number()
        if number is None or self._fetch is None:
            return None
        walk = self._walk_on()
        page = self._fetch(number)
        return self._continued_by(page, number, walk)

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        page: SyncPage[ItemT] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[ItemT]:
        # Not a generator method: its frame would keep the first page alive to the end.
        return _iterate_items(self)


class AsyncPage(BasePage[ItemT]):
    __slots__ = ("_fetch",)

    def __init__(
        self,
        http_response: httpx.Response,
        item_model: Any,
        fetch: Callable[[int], Awaitable[AsyncPage[ItemT]]] | None,
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(http_response, item_model, can_request_pages=fetch is not None, max_pages=max_pages)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[ItemT] | None:
        number = self.next_page_number()
        if number is None or self._fetch is None:
            return None
        walk = self._walk_on()
        page = await self._fetch(number)
        return self._continued_by(page, number, walk)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        page: AsyncPage[ItemT] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return _aiterate_items(self)


def _iterate_items(page: SyncPage[ItemT] | None) -> Iterator[ItemT]:
    fetched_here = False  # not a reference to the first page: that would keep it alive to the end
    while page is not None:
        yield from page.data
        _done_with(page, fetched_here)
        page, fetched_here = page.get_next_page(), True


async def _aiterate_items(page: AsyncPage[ItemT] | None) -> AsyncIterator[ItemT]:
    fetched_here = False
    while page is not None:
        for item in page.data:
            yield item
        _done_with(page, fetched_here)
        page, fetched_here = await page.get_next_page(), True


def _done_with(page: BasePage[Any], fetched_here: bool) -> None:
    """Release the models of a page this walk fetched once its items are handed out, before
    the next page arrives: nobody else has that page object. (The first page is the caller's
    and keeps its .data.)"""
    if fetched_here:
        page._items = None


class AsyncPaginator(Generic[ItemT]):
    """What an async list method returns: `await` it for the first page, or `async for`
    over it for every item of every page."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[ItemT]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first()
        async for item in page:
            yield item
