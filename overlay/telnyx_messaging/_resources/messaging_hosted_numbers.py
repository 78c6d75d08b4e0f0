# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.messaging_hosted_numbers`: delete, list, retrieve, update.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, NoReturn, TypedDict, Unpack

from .._operation import bind, unavailable
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._arguments import flat_query
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.phone_number_with_messaging_settings import PhoneNumberWithMessagingSettings

    from .._pagination import AsyncPaginator, SyncPage
    from .._response import APIResponse


_LIST = bind("ListMessagingHostedNumbers", "messaging_hosted_numbers.list")
_RETRIEVE = bind("GetMessagingHostedNumber", "messaging_hosted_numbers.retrieve")
_UPDATE = bind("UpdateMessagingHostedNumber", "messaging_hosted_numbers.update")


# Keys of `filter` for messaging_hosted_numbers.list (sent as filter[key]=value).
class ListMessagingHostedNumbersFilter(TypedDict, total=False):
    messaging_profile_id: str
    phone_number: str | Mapping[str, str]


# Keys of `sort` for messaging_hosted_numbers.list (sent as sort[key]=value).
class ListMessagingHostedNumbersSort(TypedDict, total=False):
    phone_number: Literal["asc", "desc"]


class MessagingHostedNumbers(SyncResource):
    def list(
        self,
        *,
        filter: ListMessagingHostedNumbersFilter | Unset = UNSET,
        filter_messaging_profile_id: str | Unset = UNSET,
        filter_phone_number: str | Unset = UNSET,
        filter_phone_number_contains: str | Unset = UNSET,
        sort: ListMessagingHostedNumbersSort | Unset = UNSET,
        sort_phone_number: Literal["asc", "desc"] | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PhoneNumberWithMessagingSettings]:
        """List messaging hosted numbers.

        List all hosted numbers associated with the authenticated user.

        `GET /messaging_hosted_numbers`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "messaging_hosted_numbers.list",
                {"filter": filter, "sort": sort, "page": page},
                (
                    ("filter", "messaging_profile_id"),
                    ("filter", "phone_number"),
                    ("filter", "phone_number", "contains"),
                    ("sort", "phone_number"),
                    ("page", "number"),
                    ("page", "size"),
                ),
                (
                    filter_messaging_profile_id,
                    filter_phone_number,
                    filter_phone_number_contains,
                    sort_phone_number,
                    page_number,
                    page_size,
                ),
            ),
            options=options,
        )

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[PhoneNumberWithMessagingSettings]:
        """Retrieve a messaging hosted number.

        Retrieve a specific messaging hosted number by its ID or phone number.

        `GET /messaging_hosted_numbers/{id}`
        """
        return self._client._request(_RETRIEVE, path={"id": id}, options=options)

    def update(
        self,
        id: str,
        *,
        messaging_product: str | Unset = UNSET,
        messaging_profile_id: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PhoneNumberWithMessagingSettings]:
        """Update a messaging hosted number.

        Update the messaging settings for a hosted number.

        `PATCH /messaging_hosted_numbers/{id}`
        """
        return self._client._request(
            _UPDATE,
            path={"id": id},
            body={"messaging_product": messaging_product, "messaging_profile_id": messaging_profile_id, "tags": tags},
            options=options,
        )

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Not available: DeleteMessagingHostedNumber is not in the spec this client was generated from."""
        raise unavailable("DeleteMessagingHostedNumber", "messaging_hosted_numbers.delete")


class AsyncMessagingHostedNumbers(AsyncResource):
    def list(
        self,
        *,
        filter: ListMessagingHostedNumbersFilter | Unset = UNSET,
        filter_messaging_profile_id: str | Unset = UNSET,
        filter_phone_number: str | Unset = UNSET,
        filter_phone_number_contains: str | Unset = UNSET,
        sort: ListMessagingHostedNumbersSort | Unset = UNSET,
        sort_phone_number: Literal["asc", "desc"] | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PhoneNumberWithMessagingSettings]:
        """List messaging hosted numbers.

        List all hosted numbers associated with the authenticated user.

        `GET /messaging_hosted_numbers`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "messaging_hosted_numbers.list",
                {"filter": filter, "sort": sort, "page": page},
                (
                    ("filter", "messaging_profile_id"),
                    ("filter", "phone_number"),
                    ("filter", "phone_number", "contains"),
                    ("sort", "phone_number"),
                    ("page", "number"),
                    ("page", "size"),
                ),
                (
                    filter_messaging_profile_id,
                    filter_phone_number,
                    filter_phone_number_contains,
                    sort_phone_number,
                    page_number,
                    page_size,
                ),
            ),
            options=options,
        )

    async def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[PhoneNumberWithMessagingSettings]:
        """Retrieve a messaging hosted number.

        Retrieve a specific messaging hosted number by its ID or phone number.

        `GET /messaging_hosted_numbers/{id}`
        """
        return await self._client._request(_RETRIEVE, path={"id": id}, options=options)

    async def update(
        self,
        id: str,
        *,
        messaging_product: str | Unset = UNSET,
        messaging_profile_id: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PhoneNumberWithMessagingSettings]:
        """Update a messaging hosted number.

        Update the messaging settings for a hosted number.

        `PATCH /messaging_hosted_numbers/{id}`
        """
        return await self._client._request(
            _UPDATE,
            path={"id": id},
            body={"messaging_product": messaging_product, "messaging_profile_id": messaging_profile_id, "tags": tags},
            options=options,
        )

    async def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Not available: DeleteMessagingHostedNumber is not in the spec this client was generated from."""
        raise unavailable("DeleteMessagingHostedNumber", "messaging_hosted_numbers.delete")
