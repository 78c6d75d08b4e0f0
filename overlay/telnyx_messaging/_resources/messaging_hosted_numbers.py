"""`client.messaging_hosted_numbers`: list, retrieve, update.

Sync and async classes share everything but the call: each method validates and sends
through the client, which owns retries, errors and parsing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, TypedDict, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
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
        sort: ListMessagingHostedNumbersSort | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PhoneNumberWithMessagingSettings]:
        """List messaging hosted numbers.

        List all hosted numbers associated with the authenticated user.

        `GET /messaging_hosted_numbers`
        """
        return self._client._list(_LIST, query={"filter": filter, "sort": sort, "page": page}, options=options)

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


class AsyncMessagingHostedNumbers(AsyncResource):
    def list(
        self,
        *,
        filter: ListMessagingHostedNumbersFilter | Unset = UNSET,
        sort: ListMessagingHostedNumbersSort | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PhoneNumberWithMessagingSettings]:
        """List messaging hosted numbers.

        List all hosted numbers associated with the authenticated user.

        `GET /messaging_hosted_numbers`
        """
        return self._client._list(_LIST, query={"filter": filter, "sort": sort, "page": page}, options=options)

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
