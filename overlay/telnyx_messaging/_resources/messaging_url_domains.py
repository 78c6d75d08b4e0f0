# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.messaging_url_domains`: list.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._arguments import flat_query
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.messaging_url_domain import MessagingUrlDomain

    from .._pagination import AsyncPaginator, SyncPage


_LIST = bind("ListMessagingUrlDomains", "messaging_url_domains.list")


class MessagingUrlDomains(SyncResource):
    def list(
        self,
        *,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MessagingUrlDomain]:
        """List messaging URL domains.

        `GET /messaging_url_domains`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "messaging_url_domains.list",
                {"page": page},
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


class AsyncMessagingUrlDomains(AsyncResource):
    def list(
        self,
        *,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[MessagingUrlDomain]:
        """List messaging URL domains.

        `GET /messaging_url_domains`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "messaging_url_domains.list",
                {"page": page},
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
