# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.phone_numbers`: messaging.list, messaging.retrieve, messaging.update.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypedDict, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._arguments import flat_query
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.phone_number_with_messaging_settings import PhoneNumberWithMessagingSettings

    from .._pagination import AsyncPaginator, SyncPage
    from .._response import APIResponse


_MESSAGING_LIST = bind("ListPhoneNumbersWithMessagingSettings", "phone_numbers.messaging.list")
_MESSAGING_RETRIEVE = bind("GetPhoneNumberMessagingSettings", "phone_numbers.messaging.retrieve")
_MESSAGING_UPDATE = bind("UpdatePhoneNumberMessagingSettings", "phone_numbers.messaging.update")


# Keys of `filter` for phone_numbers.messaging.list (sent as filter[key]=value).
class ListPhoneNumbersWithMessagingSettingsFilter(TypedDict, total=False):
    messaging_profile_id: str
    phone_number: str | Mapping[str, str]
    type: Literal["tollfree", "longcode", "shortcode"]


# Keys of `sort` for phone_numbers.messaging.list (sent as sort[key]=value).
class ListPhoneNumbersWithMessagingSettingsSort(TypedDict, total=False):
    phone_number: Literal["asc", "desc"]


class PhoneNumberMessagingSettings(SyncResource):
    def list(
        self,
        *,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        filter: ListPhoneNumbersWithMessagingSettingsFilter | Unset = UNSET,
        filter_messaging_profile_id: str | Unset = UNSET,
        filter_phone_number: str | Unset = UNSET,
        filter_phone_number_contains: str | Unset = UNSET,
        filter_type: Literal["tollfree", "longcode", "shortcode"] | Unset = UNSET,
        sort: ListPhoneNumbersWithMessagingSettingsSort | Unset = UNSET,
        sort_phone_number: Literal["asc", "desc"] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PhoneNumberWithMessagingSettings]:
        """List phone numbers with messaging settings.

        `GET /phone_numbers/messaging`
        """
        return self._client._list(
            _MESSAGING_LIST,
            query=flat_query(
                "phone_numbers.messaging.list",
                {"page": page, "filter": filter, "sort": sort},
                (
                    ("page", "number"),
                    ("page", "size"),
                    ("filter", "messaging_profile_id"),
                    ("filter", "phone_number"),
                    ("filter", "phone_number", "contains"),
                    ("filter", "type"),
                    ("sort", "phone_number"),
                ),
                (
                    page_number,
                    page_size,
                    filter_messaging_profile_id,
                    filter_phone_number,
                    filter_phone_number_contains,
                    filter_type,
                    sort_phone_number,
                ),
            ),
            options=options,
        )

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[PhoneNumberWithMessagingSettings]:
        """Retrieve a phone number with messaging settings.

        `GET /phone_numbers/{id}/messaging`
        """
        return self._client._request(_MESSAGING_RETRIEVE, path={"id": id}, options=options)

    def update(
        self,
        id: str,
        *,
        messaging_product: str | Unset = UNSET,
        messaging_profile_id: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PhoneNumberWithMessagingSettings]:
        """Update the messaging profile and/or messaging product of a phone number.

        `PATCH /phone_numbers/{id}/messaging`
        """
        return self._client._request(
            _MESSAGING_UPDATE,
            path={"id": id},
            body={"messaging_product": messaging_product, "messaging_profile_id": messaging_profile_id, "tags": tags},
            options=options,
        )


class PhoneNumbers(SyncResource):
    @cached_property
    def messaging(self) -> PhoneNumberMessagingSettings:
        return PhoneNumberMessagingSettings(self._client)


class AsyncPhoneNumberMessagingSettings(AsyncResource):
    def list(
        self,
        *,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        filter: ListPhoneNumbersWithMessagingSettingsFilter | Unset = UNSET,
        filter_messaging_profile_id: str | Unset = UNSET,
        filter_phone_number: str | Unset = UNSET,
        filter_phone_number_contains: str | Unset = UNSET,
        filter_type: Literal["tollfree", "longcode", "shortcode"] | Unset = UNSET,
        sort: ListPhoneNumbersWithMessagingSettingsSort | Unset = UNSET,
        sort_phone_number: Literal["asc", "desc"] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PhoneNumberWithMessagingSettings]:
        """List phone numbers with messaging settings.

        `GET /phone_numbers/messaging`
        """
        return self._client._list(
            _MESSAGING_LIST,
            query=flat_query(
                "phone_numbers.messaging.list",
                {"page": page, "filter": filter, "sort": sort},
                (
                    ("page", "number"),
                    ("page", "size"),
                    ("filter", "messaging_profile_id"),
                    ("filter", "phone_number"),
                    ("filter", "phone_number", "contains"),
                    ("filter", "type"),
                    ("sort", "phone_number"),
                ),
                (
                    page_number,
                    page_size,
                    filter_messaging_profile_id,
                    filter_phone_number,
                    filter_phone_number_contains,
                    filter_type,
                    sort_phone_number,
                ),
            ),
            options=options,
        )

    async def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[PhoneNumberWithMessagingSettings]:
        """Retrieve a phone number with messaging settings.

        `GET /phone_numbers/{id}/messaging`
        """
        return await self._client._request(_MESSAGING_RETRIEVE, path={"id": id}, options=options)

    async def update(
        self,
        id: str,
        *,
        messaging_product: str | Unset = UNSET,
        messaging_profile_id: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PhoneNumberWithMessagingSettings]:
        """Update the messaging profile and/or messaging product of a phone number.

        `PATCH /phone_numbers/{id}/messaging`
        """
        return await self._client._request(
            _MESSAGING_UPDATE,
            path={"id": id},
            body={"messaging_product": messaging_product, "messaging_profile_id": messaging_profile_id, "tags": tags},
            options=options,
        )


class AsyncPhoneNumbers(AsyncResource):
    @cached_property
    def messaging(self) -> AsyncPhoneNumberMessagingSettings:
        return AsyncPhoneNumberMessagingSettings(self._client)
