"""`client.messaging_optouts`: list.

Sync and async classes share everything but the call: each method validates and sends
through the client, which owns retries, errors and parsing.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypedDict, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.opt_out_item import OptOutItem

    from .._pagination import AsyncPaginator, SyncPage


_LIST = bind("ListOptOuts", "messaging_optouts.list")


# Keys of `filter` for messaging_optouts.list (sent as filter[key]=value).
ListOptOutsFilter = TypedDict("ListOptOutsFilter", {"from": str, "messaging_profile_id": str}, total=False)


# Keys of `created_at` for messaging_optouts.list (sent as created_at[key]=value).
class ListOptOutsCreatedAt(TypedDict, total=False):
    gte: datetime.datetime | str
    lte: datetime.datetime | str


class MessagingOptouts(SyncResource):
    def list(
        self,
        *,
        filter: ListOptOutsFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        created_at: ListOptOutsCreatedAt | Unset = UNSET,
        redaction_enabled: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[OptOutItem]:
        """List opt-outs.

        Retrieve a list of opt-out blocks.

        `GET /messaging_optouts`
        """
        return self._client._list(
            _LIST,
            query={"filter": filter, "page": page, "created_at": created_at, "redaction_enabled": redaction_enabled},
            options=options,
        )


class AsyncMessagingOptouts(AsyncResource):
    def list(
        self,
        *,
        filter: ListOptOutsFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        created_at: ListOptOutsCreatedAt | Unset = UNSET,
        redaction_enabled: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OptOutItem]:
        """List opt-outs.

        Retrieve a list of opt-out blocks.

        `GET /messaging_optouts`
        """
        return self._client._list(
            _LIST,
            query={"filter": filter, "page": page, "created_at": created_at, "redaction_enabled": redaction_enabled},
            options=options,
        )
