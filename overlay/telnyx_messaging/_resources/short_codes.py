# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.short_codes`: list, retrieve, update.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._arguments import flat_query
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.short_code import ShortCode

    from .._pagination import AsyncPaginator, SyncPage
    from .._response import APIResponse


_LIST = bind("ListShortCodes", "short_codes.list")
_RETRIEVE = bind("RetrieveShortCode", "short_codes.retrieve")
_UPDATE = bind("UpdateShortCode", "short_codes.update")


# Keys of `filter` for short_codes.list (sent as filter[key]=value).
class ListShortCodesFilter(TypedDict, total=False):
    messaging_profile_id: str


class ShortCodes(SyncResource):
    def list(
        self,
        *,
        filter: ListShortCodesFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ShortCode]:
        """List short codes.

        `GET /short_codes`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "short_codes.list",
                {"filter": filter, "page": page},
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

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[ShortCode]:
        """Retrieve a short code.

        `GET /short_codes/{id}`
        """
        return self._client._request(_RETRIEVE, path={"id": id}, options=options)

    def update(
        self,
        id: str,
        *,
        messaging_profile_id: str,
        tags: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ShortCode]:
        """Update short code.

        Update the settings for a specific short code. To unbind a short code from a profile, set
        the `messaging_profile_id` to `null` or an empty string. To add or update tags, include the
        tags field as an array of strings.

        `PATCH /short_codes/{id}`
        """
        return self._client._request(
            _UPDATE, path={"id": id}, body={"messaging_profile_id": messaging_profile_id, "tags": tags}, options=options
        )


class AsyncShortCodes(AsyncResource):
    def list(
        self,
        *,
        filter: ListShortCodesFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ShortCode]:
        """List short codes.

        `GET /short_codes`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "short_codes.list",
                {"filter": filter, "page": page},
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

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[ShortCode]:
        """Retrieve a short code.

        `GET /short_codes/{id}`
        """
        return await self._client._request(_RETRIEVE, path={"id": id}, options=options)

    async def update(
        self,
        id: str,
        *,
        messaging_profile_id: str,
        tags: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ShortCode]:
        """Update short code.

        Update the settings for a specific short code. To unbind a short code from a profile, set
        the `messaging_profile_id` to `null` or an empty string. To add or update tags, include the
        tags field as an array of strings.

        `PATCH /short_codes/{id}`
        """
        return await self._client._request(
            _UPDATE, path={"id": id}, body={"messaging_profile_id": messaging_profile_id, "tags": tags}, options=options
        )
