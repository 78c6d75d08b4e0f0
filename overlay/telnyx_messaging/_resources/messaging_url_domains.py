"""`client.messaging_url_domains`: list.

Sync and async classes share everything but the call: each method validates and sends
through the client, which owns retries, errors and parsing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._operation import Operation
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._response import APIResponse


_LIST = Operation(
    "messaging_url_domains.list",
    "messaging_url_domains.list_messaging_url_domains",
    None,
    query=("page[number]", "page[size]"),
    paginated=True,
)


class MessagingUrlDomains(SyncResource):
    def list(self, *, page: PageParams | Unset = UNSET, **options: Unpack[RequestOptions]) -> APIResponse[str]:
        """List messaging URL domains.

        `GET /messaging_url_domains`
        """
        return self._client._request(_LIST, query={"page": page}, options=options)


class AsyncMessagingUrlDomains(AsyncResource):
    async def list(self, *, page: PageParams | Unset = UNSET, **options: Unpack[RequestOptions]) -> APIResponse[str]:
        """List messaging URL domains.

        `GET /messaging_url_domains`
        """
        return await self._client._request(_LIST, query={"page": page}, options=options)
