"""What the fake remembers: ordered collections of records, and real pagination over them."""

from __future__ import annotations

import datetime
import math
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from telnyx_messaging.testing._requests import RequestRejected, error, not_found

Record = dict[str, Any]
DEFAULT_PAGE_SIZE = 20


def now_iso() -> str:
    """UTC now as Telnyx writes it: ``2026-01-23T18:10:02.574Z``."""
    moment = datetime.datetime.now(datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def new_id() -> str:
    return str(uuid.uuid4())


class Collection:
    """Records by id, in creation order."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._records: dict[str, Record] = {}

    def add(self, record: Record, key: str | None = None) -> Record:
        self._records[str(key if key is not None else record["id"])] = record
        return record

    def get(self, key: str) -> Record:
        found = self._records.get(key)
        if found is None:
            raise not_found(self.kind)
        return found

    def find(self, key: str) -> Record | None:
        return self._records.get(key)

    def remove(self, key: str) -> Record:
        record = self.get(key)
        del self._records[key]
        return record

    def all(self) -> list[Record]:
        return list(self._records.values())

    def where(self, predicate: Callable[[Record], bool]) -> list[Record]:
        return [record for record in self._records.values() if predicate(record)]

    def __len__(self) -> int:
        return len(self._records)

    def clear(self) -> None:
        self._records.clear()


@dataclass(frozen=True)
class Page:
    items: list[Record]
    meta: dict[str, int] = field(default_factory=dict)


def paginate(items: Iterable[Record], query: dict[str, Any]) -> Page:
    """The `page[number]` / `page[size]` slice of `items`, with Telnyx's pagination meta.

    A page past the end is empty (its meta still says how many pages there are).
    """
    everything = list(items)
    size = int(query.get("page[size]", DEFAULT_PAGE_SIZE))
    number = int(query.get("page[number]", 1))
    if size < 1 or number < 1:
        raise RequestRejected(
            400, [error("10015", "Invalid parameter", "page[size] and page[number] must be >= 1", parameter="page")]
        )
    start = (number - 1) * size
    meta = {
        "page_number": number,
        "page_size": size,
        "total_pages": max(1, math.ceil(len(everything) / size)),
        "total_results": len(everything),
    }
    return Page(everything[start : start + size], meta)
