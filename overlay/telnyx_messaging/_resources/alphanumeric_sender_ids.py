# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.alphanumeric_sender_ids`: create, delete, list, retrieve.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._arguments import flat_query
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.alphanumeric_sender_id import AlphanumericSenderId

    from .._pagination import AsyncPaginator, SyncPage
    from .._response import APIResponse


_CREATE = bind("CreateAlphanumericSenderId", "alphanumeric_sender_ids.create")
_DELETE = bind("DeleteAlphanumericSenderId", "alphanumeric_sender_ids.delete")
_LIST = bind("ListAlphanumericSenderIds", "alphanumeric_sender_ids.list")
_RETRIEVE = bind("GetAlphanumericSenderId", "alphanumeric_sender_ids.retrieve")


# Keys of `filter` for alphanumeric_sender_ids.list (sent as filter[key]=value).
class ListAlphanumericSenderIdsFilter(TypedDict, total=False):
    messaging_profile_id: str


class AlphanumericSenderIds(SyncResource):
    def create(
        self,
        *,
        alphanumeric_sender_id: str,
        messaging_profile_id: str,
        us_long_code_fallback: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AlphanumericSenderId]:
        """Create an alphanumeric sender ID.

        Create a new alphanumeric sender ID associated with a messaging profile.

        `POST /alphanumeric_sender_ids`
        """
        return self._client._request(
            _CREATE,
            body={
                "alphanumeric_sender_id": alphanumeric_sender_id,
                "messaging_profile_id": messaging_profile_id,
                "us_long_code_fallback": us_long_code_fallback,
            },
            options=options,
        )

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[AlphanumericSenderId]:
        """Delete an alphanumeric sender ID.

        Delete an alphanumeric sender ID and disassociate it from its messaging profile.

        `DELETE /alphanumeric_sender_ids/{id}`
        """
        return self._client._request(_DELETE, path={"id": id}, options=options)

    def list(
        self,
        *,
        filter: ListAlphanumericSenderIdsFilter | Unset = UNSET,
        filter_messaging_profile_id: str | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AlphanumericSenderId]:
        """List alphanumeric sender IDs.

        List all alphanumeric sender IDs for the authenticated user.

        `GET /alphanumeric_sender_ids`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "alphanumeric_sender_ids.list",
                {"filter": filter, "page": page},
                (
                    ("filter", "messaging_profile_id"),
                    ("page", "number"),
                    ("page", "size"),
                ),
                (
                    filter_messaging_profile_id,
                    page_number,
                    page_size,
                ),
            ),
            options=options,
        )

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[AlphanumericSenderId]:
        """Retrieve an alphanumeric sender ID.

        Retrieve a specific alphanumeric sender ID.

        `GET /alphanumeric_sender_ids/{id}`
        """
        return self._client._request(_RETRIEVE, path={"id": id}, options=options)


class AsyncAlphanumericSenderIds(AsyncResource):
    async def create(
        self,
        *,
        alphanumeric_sender_id: str,
        messaging_profile_id: str,
        us_long_code_fallback: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AlphanumericSenderId]:
        """Create an alphanumeric sender ID.

        Create a new alphanumeric sender ID associated with a messaging profile.

        `POST /alphanumeric_sender_ids`
        """
        return await self._client._request(
            _CREATE,
            body={
                "alphanumeric_sender_id": alphanumeric_sender_id,
                "messaging_profile_id": messaging_profile_id,
                "us_long_code_fallback": us_long_code_fallback,
            },
            options=options,
        )

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[AlphanumericSenderId]:
        """Delete an alphanumeric sender ID.

        Delete an alphanumeric sender ID and disassociate it from its messaging profile.

        `DELETE /alphanumeric_sender_ids/{id}`
        """
        return await self._client._request(_DELETE, path={"id": id}, options=options)

    def list(
        self,
        *,
        filter: ListAlphanumericSenderIdsFilter | Unset = UNSET,
        filter_messaging_profile_id: str | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AlphanumericSenderId]:
        """List alphanumeric sender IDs.

        List all alphanumeric sender IDs for the authenticated user.

        `GET /alphanumeric_sender_ids`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "alphanumeric_sender_ids.list",
                {"filter": filter, "page": page},
                (
                    ("filter", "messaging_profile_id"),
                    ("page", "number"),
                    ("page", "size"),
                ),
                (
                    filter_messaging_profile_id,
                    page_number,
                    page_size,
                ),
            ),
            options=options,
        )

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[AlphanumericSenderId]:
        """Retrieve an alphanumeric sender ID.

        Retrieve a specific alphanumeric sender ID.

        `GET /alphanumeric_sender_ids/{id}`
        """
        return await self._client._request(_RETRIEVE, path={"id": id}, options=options)
