"""`client.messaging_url_domains`: list.

Sync and async classes share everything but the call: each method validates and sends
through the client, which owns retries, errors and parsing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.messaging_url_domain import MessagingUrlDomain

    from .._pagination import AsyncPaginator, SyncPage


_LIST = bind("ListMessagingUrlDomains", "messaging_url_domains.list")


class MessagingUrlDomains(SyncResource):
    def list(
        self, *, page: PageParams | Unset = UNSET, **options: Unpack[RequestOptions]
    ) -> SyncPage[MessagingUrlDomain]:
        """List messaging URL domains.

        `GET /messaging_url_domains`
        """
        return self._client._list(_LIST, query={"page": page}, options=options)


class AsyncMessagingUrlDomains(AsyncResource):
    def list(
        self, *, page: PageParams | Unset = UNSET, **options: Unpack[RequestOptions]
    ) -> AsyncPaginator[MessagingUrlDomain]:
        """List messaging URL domains.

        `GET /messaging_url_domains`
        """
        return self._client._list(_LIST, query={"page": page}, options=options)
