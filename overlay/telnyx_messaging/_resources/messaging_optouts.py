# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.messaging_optouts`: list.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypedDict, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._arguments import flat_query
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
        redaction_enabled: str | Unset = UNSET,
        filter: ListOptOutsFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        created_at: ListOptOutsCreatedAt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[OptOutItem]:
        """List opt-outs.

        Retrieve a list of opt-out blocks.

        `GET /messaging_optouts`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "messaging_optouts.list",
                {"redaction_enabled": redaction_enabled, "filter": filter, "page": page, "created_at": created_at},
                (
                    ("page", "number"),
                    ("page", "size"),
                ),
                (
                    page_number,
                    page_size,
                ),
            ),
            options=options,
        )


class AsyncMessagingOptouts(AsyncResource):
    def list(
        self,
        *,
        redaction_enabled: str | Unset = UNSET,
        filter: ListOptOutsFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        created_at: ListOptOutsCreatedAt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[OptOutItem]:
        """List opt-outs.

        Retrieve a list of opt-out blocks.

        `GET /messaging_optouts`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "messaging_optouts.list",
                {"redaction_enabled": redaction_enabled, "filter": filter, "page": page, "created_at": created_at},
                (
                    ("page", "number"),
                    ("page", "size"),
                ),
                (
                    page_number,
                    page_size,
                ),
            ),
            options=options,
        )
