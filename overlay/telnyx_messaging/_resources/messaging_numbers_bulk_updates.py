# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.messaging_numbers_bulk_updates`: create, retrieve.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from .._operation import bind
from .._types import UNSET, RequestOptions, Unset
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.bulk_messaging_settings_update_phone_numbers import (
        BulkMessagingSettingsUpdatePhoneNumbers,
    )

    from .._response import APIResponse


_CREATE = bind("BulkUpdateMessagingSettingsOnPhoneNumbers", "messaging_numbers_bulk_updates.create")
_RETRIEVE = bind("GetBulkUpdateMessagingSettingsOnPhoneNumbersStatus", "messaging_numbers_bulk_updates.retrieve")


class MessagingNumbersBulkUpdates(SyncResource):
    def create(
        self,
        *,
        messaging_profile_id: str,
        numbers: Sequence[str],
        assign_only: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BulkMessagingSettingsUpdatePhoneNumbers]:
        """Bulk update phone number profiles.

        `POST /messaging_numbers_bulk_updates`
        """
        return self._client._request(
            _CREATE,
            body={"messaging_profile_id": messaging_profile_id, "numbers": numbers, "assign_only": assign_only},
            options=options,
        )

    def retrieve(
        self, order_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[BulkMessagingSettingsUpdatePhoneNumbers]:
        """Retrieve bulk update status.

        `GET /messaging_numbers_bulk_updates/{order_id}`
        """
        return self._client._request(_RETRIEVE, path={"order_id": order_id}, options=options)


class AsyncMessagingNumbersBulkUpdates(AsyncResource):
    async def create(
        self,
        *,
        messaging_profile_id: str,
        numbers: Sequence[str],
        assign_only: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BulkMessagingSettingsUpdatePhoneNumbers]:
        """Bulk update phone number profiles.

        `POST /messaging_numbers_bulk_updates`
        """
        return await self._client._request(
            _CREATE,
            body={"messaging_profile_id": messaging_profile_id, "numbers": numbers, "assign_only": assign_only},
            options=options,
        )

    async def retrieve(
        self, order_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[BulkMessagingSettingsUpdatePhoneNumbers]:
        """Retrieve bulk update status.

        `GET /messaging_numbers_bulk_updates/{order_id}`
        """
        return await self._client._request(_RETRIEVE, path={"order_id": order_id}, options=options)
