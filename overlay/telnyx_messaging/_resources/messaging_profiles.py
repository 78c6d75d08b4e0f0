# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.messaging_profiles`: actions.regenerate_secret, autoresp_configs.create,
autoresp_configs.delete, autoresp_configs.list, autoresp_configs.retrieve,
autoresp_configs.update, create, delete, list, list_alphanumeric_sender_ids,
list_phone_numbers, list_short_codes, retrieve, retrieve_metrics, update.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

from .._operation import bind
from .._types import UNSET, PageParams, RequestOptions, Unset
from ._arguments import flat_query, path_ids
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.alphanumeric_sender_id import AlphanumericSenderId
    from telnyx_messaging_api.models.autoresp_config_schema import AutorespConfigSchema
    from telnyx_messaging_api.models.messaging_profile import MessagingProfile
    from telnyx_messaging_api.models.number_pool_settings import NumberPoolSettings
    from telnyx_messaging_api.models.phone_number_with_messaging_settings import PhoneNumberWithMessagingSettings
    from telnyx_messaging_api.models.profile_metrics import ProfileMetrics
    from telnyx_messaging_api.models.short_code import ShortCode
    from telnyx_messaging_api.models.url_shortener_settings import UrlShortenerSettings

    from .._pagination import AsyncPaginator, SyncPage
    from .._response import APIResponse


_ACTIONS_REGENERATE_SECRET = bind("RegenerateMessagingProfileSecret", "messaging_profiles.actions.regenerate_secret")
_AUTORESP_CONFIGS_CREATE = bind("CreateAutorespConfig", "messaging_profiles.autoresp_configs.create")
_AUTORESP_CONFIGS_DELETE = bind("DeleteAutorespConfig", "messaging_profiles.autoresp_configs.delete")
_AUTORESP_CONFIGS_LIST = bind("GetAutorespConfigs", "messaging_profiles.autoresp_configs.list")
_AUTORESP_CONFIGS_RETRIEVE = bind("GetAutorespConfig", "messaging_profiles.autoresp_configs.retrieve")
_AUTORESP_CONFIGS_UPDATE = bind("UpdateAutoRespConfig", "messaging_profiles.autoresp_configs.update")
_CREATE = bind("CreateMessagingProfile", "messaging_profiles.create")
_DELETE = bind("DeleteMessagingProfile", "messaging_profiles.delete", path_aliases={"id": "messaging_profile_id"})
_LIST = bind("ListMessagingProfiles", "messaging_profiles.list")
_LIST_ALPHANUMERIC_SENDER_IDS = bind(
    "ListProfileAlphanumericSenderIds", "messaging_profiles.list_alphanumeric_sender_ids"
)
_LIST_PHONE_NUMBERS = bind(
    "ListProfilePhoneNumbers", "messaging_profiles.list_phone_numbers", path_aliases={"id": "messaging_profile_id"}
)
_LIST_SHORT_CODES = bind(
    "ListProfileShortCodes", "messaging_profiles.list_short_codes", path_aliases={"id": "messaging_profile_id"}
)
_RETRIEVE = bind("RetrieveMessagingProfile", "messaging_profiles.retrieve", path_aliases={"id": "messaging_profile_id"})
_RETRIEVE_METRICS = bind("GetDetailedProfileMetrics", "messaging_profiles.retrieve_metrics")
_UPDATE = bind("UpdateMessagingProfile", "messaging_profiles.update", path_aliases={"id": "messaging_profile_id"})


# Keys of `created_at` for messaging_profiles.autoresp_configs.list (sent as created_at[key]=value).
class GetAutorespConfigsCreatedAt(TypedDict, total=False):
    gte: str
    lte: str


# Keys of `updated_at` for messaging_profiles.autoresp_configs.list (sent as updated_at[key]=value).
class GetAutorespConfigsUpdatedAt(TypedDict, total=False):
    gte: str
    lte: str


# Keys of `filter` for messaging_profiles.list (sent as filter[key]=value).
class ListMessagingProfilesFilter(TypedDict, total=False):
    name: str | Mapping[str, str]


class MessagingProfileActions(SyncResource):
    def regenerate_secret(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[MessagingProfile]:
        """Regenerate messaging profile secret.

        Regenerate the v1 secret for a messaging profile.

        `POST /messaging_profiles/{id}/actions/regenerate_secret`
        """
        return self._client._request(_ACTIONS_REGENERATE_SECRET, path={"id": id}, options=options)


class AutorespConfigs(SyncResource):
    def create(
        self,
        profile_id: str,
        *,
        country_code: str,
        keywords: Sequence[str],
        op: Literal["start", "stop", "info"],
        resp_text: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AutorespConfigSchema]:
        """Create auto-response setting.

        `POST /messaging_profiles/{profile_id}/autoresp_configs`
        """
        return self._client._request(
            _AUTORESP_CONFIGS_CREATE,
            path={"profile_id": profile_id},
            body={"country_code": country_code, "keywords": keywords, "op": op, "resp_text": resp_text},
            options=options,
        )

    def delete(
        self,
        first_id: str | Unset = UNSET,
        second_id: str | Unset = UNSET,
        /,
        *,
        profile_id: str | Unset = UNSET,
        autoresp_cfg_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[str]:
        """Delete Auto-Response Setting.

        `DELETE /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}`
        """
        path = path_ids(
            "messaging_profiles.autoresp_configs.delete",
            ("profile_id", "autoresp_cfg_id"),
            (first_id, second_id),
            {"profile_id": profile_id, "autoresp_cfg_id": autoresp_cfg_id},
        )
        return self._client._request(_AUTORESP_CONFIGS_DELETE, path=path, options=options)

    def list(
        self,
        profile_id: str,
        *,
        country_code: str | Unset = UNSET,
        created_at: GetAutorespConfigsCreatedAt | Unset = UNSET,
        updated_at: GetAutorespConfigsUpdatedAt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AutorespConfigSchema]:
        """List Auto-Response Settings.

        `GET /messaging_profiles/{profile_id}/autoresp_configs`
        """
        return self._client._list(
            _AUTORESP_CONFIGS_LIST,
            path={"profile_id": profile_id},
            query={"country_code": country_code, "created_at": created_at, "updated_at": updated_at},
            options=options,
        )

    def retrieve(
        self,
        first_id: str | Unset = UNSET,
        second_id: str | Unset = UNSET,
        /,
        *,
        profile_id: str | Unset = UNSET,
        autoresp_cfg_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AutorespConfigSchema]:
        """Get Auto-Response Setting.

        `GET /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}`
        """
        path = path_ids(
            "messaging_profiles.autoresp_configs.retrieve",
            ("profile_id", "autoresp_cfg_id"),
            (first_id, second_id),
            {"profile_id": profile_id, "autoresp_cfg_id": autoresp_cfg_id},
        )
        return self._client._request(_AUTORESP_CONFIGS_RETRIEVE, path=path, options=options)

    def update(
        self,
        first_id: str | Unset = UNSET,
        second_id: str | Unset = UNSET,
        /,
        *,
        profile_id: str | Unset = UNSET,
        autoresp_cfg_id: str | Unset = UNSET,
        country_code: str,
        keywords: Sequence[str],
        op: Literal["start", "stop", "info"],
        resp_text: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AutorespConfigSchema]:
        """Update Auto-Response Setting.

        `PUT /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}`
        """
        path = path_ids(
            "messaging_profiles.autoresp_configs.update",
            ("profile_id", "autoresp_cfg_id"),
            (first_id, second_id),
            {"profile_id": profile_id, "autoresp_cfg_id": autoresp_cfg_id},
        )
        return self._client._request(
            _AUTORESP_CONFIGS_UPDATE,
            path=path,
            body={"country_code": country_code, "keywords": keywords, "op": op, "resp_text": resp_text},
            options=options,
        )


class MessagingProfiles(SyncResource):
    @cached_property
    def actions(self) -> MessagingProfileActions:
        return MessagingProfileActions(self._client)

    @cached_property
    def autoresp_configs(self) -> AutorespConfigs:
        return AutorespConfigs(self._client)

    def create(
        self,
        *,
        name: str,
        whitelisted_destinations: Sequence[str],
        ai_assistant_id: str | Unset | None = UNSET,
        alpha_sender: str | Unset | None = UNSET,
        daily_spend_limit: str | Unset = UNSET,
        daily_spend_limit_enabled: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        health_webhook_url: str | Unset | None = UNSET,
        mms_fall_back_to_sms: bool | Unset = UNSET,
        mms_transcoding: bool | Unset = UNSET,
        mobile_only: bool | Unset = UNSET,
        number_pool_settings: Mapping[str, Any] | NumberPoolSettings | Unset | None = UNSET,
        resource_group_id: str | Unset | None = UNSET,
        smart_encoding: bool | Unset = UNSET,
        url_shortener_settings: Mapping[str, Any] | UrlShortenerSettings | Unset | None = UNSET,
        webhook_api_version: Literal["1", "2", "2010-04-01"] | Unset = UNSET,
        webhook_failover_url: str | Unset | None = UNSET,
        webhook_url: str | Unset | None = UNSET,
        features: Mapping[str, Any] | Unset | None = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessagingProfile]:
        """Create a messaging profile.

        `POST /messaging_profiles`
        """
        return self._client._request(
            _CREATE,
            body={
                "name": name,
                "whitelisted_destinations": whitelisted_destinations,
                "ai_assistant_id": ai_assistant_id,
                "alpha_sender": alpha_sender,
                "daily_spend_limit": daily_spend_limit,
                "daily_spend_limit_enabled": daily_spend_limit_enabled,
                "enabled": enabled,
                "health_webhook_url": health_webhook_url,
                "mms_fall_back_to_sms": mms_fall_back_to_sms,
                "mms_transcoding": mms_transcoding,
                "mobile_only": mobile_only,
                "number_pool_settings": number_pool_settings,
                "resource_group_id": resource_group_id,
                "smart_encoding": smart_encoding,
                "url_shortener_settings": url_shortener_settings,
                "webhook_api_version": webhook_api_version,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
                "features": features,
            },
            options=options,
        )

    def delete(
        self, messaging_profile_id: str | Unset = UNSET, *, id: str | Unset = UNSET, **options: Unpack[RequestOptions]
    ) -> APIResponse[MessagingProfile]:
        """Delete a messaging profile.

        `DELETE /messaging_profiles/{id}`
        """
        path = path_ids("messaging_profiles.delete", ("id",), (messaging_profile_id,), {"id": id})
        return self._client._request(_DELETE, path=path, options=options)

    def list(
        self,
        *,
        filter: ListMessagingProfilesFilter | Unset = UNSET,
        filter_name_eq: str | Unset = UNSET,
        filter_name_contains: str | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MessagingProfile]:
        """List messaging profiles.

        `GET /messaging_profiles`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "messaging_profiles.list",
                {"filter": filter, "page": page},
                (
                    ("filter", "name", "eq"),
                    ("filter", "name", "contains"),
                    ("page", "number"),
                    ("page", "size"),
                ),
                (
                    filter_name_eq,
                    filter_name_contains,
                    page_number,
                    page_size,
                ),
            ),
            options=options,
        )

    def list_alphanumeric_sender_ids(
        self,
        id: str,
        *,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AlphanumericSenderId]:
        """List alphanumeric sender IDs for a messaging profile.

        List all alphanumeric sender IDs associated with a specific messaging profile.

        `GET /messaging_profiles/{id}/alphanumeric_sender_ids`
        """
        return self._client._list(
            _LIST_ALPHANUMERIC_SENDER_IDS,
            path={"id": id},
            query=flat_query(
                "messaging_profiles.list_alphanumeric_sender_ids",
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

    def list_phone_numbers(
        self,
        messaging_profile_id: str | Unset = UNSET,
        *,
        id: str | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PhoneNumberWithMessagingSettings]:
        """List phone numbers associated with a messaging profile.

        `GET /messaging_profiles/{id}/phone_numbers`
        """
        path = path_ids("messaging_profiles.list_phone_numbers", ("id",), (messaging_profile_id,), {"id": id})
        return self._client._list(
            _LIST_PHONE_NUMBERS,
            path=path,
            query=flat_query(
                "messaging_profiles.list_phone_numbers",
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

    def list_short_codes(
        self,
        messaging_profile_id: str | Unset = UNSET,
        *,
        id: str | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ShortCode]:
        """List short codes associated with a messaging profile.

        `GET /messaging_profiles/{id}/short_codes`
        """
        path = path_ids("messaging_profiles.list_short_codes", ("id",), (messaging_profile_id,), {"id": id})
        return self._client._list(
            _LIST_SHORT_CODES,
            path=path,
            query=flat_query(
                "messaging_profiles.list_short_codes",
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

    def retrieve(
        self, messaging_profile_id: str | Unset = UNSET, *, id: str | Unset = UNSET, **options: Unpack[RequestOptions]
    ) -> APIResponse[MessagingProfile]:
        """Retrieve a messaging profile.

        `GET /messaging_profiles/{id}`
        """
        path = path_ids("messaging_profiles.retrieve", ("id",), (messaging_profile_id,), {"id": id})
        return self._client._request(_RETRIEVE, path=path, options=options)

    def retrieve_metrics(
        self,
        id: str,
        *,
        time_frame: Literal["1h", "3h", "24h", "3d", "7d", "30d"] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ProfileMetrics]:
        """Get detailed messaging profile metrics.

        Get detailed metrics for a specific messaging profile, broken down by time interval.

        `GET /messaging_profiles/{id}/metrics`
        """
        return self._client._request(
            _RETRIEVE_METRICS, path={"id": id}, query={"time_frame": time_frame}, options=options
        )

    def update(
        self,
        messaging_profile_id: str | Unset = UNSET,
        *,
        id: str | Unset = UNSET,
        ai_assistant_id: str | Unset | None = UNSET,
        alpha_sender: str | Unset | None = UNSET,
        daily_spend_limit: str | Unset = UNSET,
        daily_spend_limit_enabled: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        mms_fall_back_to_sms: bool | Unset = UNSET,
        mms_transcoding: bool | Unset = UNSET,
        mobile_only: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        number_pool_settings: Mapping[str, Any] | NumberPoolSettings | Unset | None = UNSET,
        smart_encoding: bool | Unset = UNSET,
        url_shortener_settings: Mapping[str, Any] | UrlShortenerSettings | Unset | None = UNSET,
        v1_secret: str | Unset = UNSET,
        webhook_api_version: Literal["1", "2", "2010-04-01"] | Unset = UNSET,
        webhook_failover_url: str | Unset | None = UNSET,
        webhook_url: str | Unset | None = UNSET,
        whitelisted_destinations: Sequence[str] | Unset = UNSET,
        features: Mapping[str, Any] | Unset | None = UNSET,
        redaction_enabled: bool | Unset = UNSET,
        redaction_level: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessagingProfile]:
        """Update a messaging profile.

        `PATCH /messaging_profiles/{id}`
        """
        path = path_ids("messaging_profiles.update", ("id",), (messaging_profile_id,), {"id": id})
        return self._client._request(
            _UPDATE,
            path=path,
            body={
                "ai_assistant_id": ai_assistant_id,
                "alpha_sender": alpha_sender,
                "daily_spend_limit": daily_spend_limit,
                "daily_spend_limit_enabled": daily_spend_limit_enabled,
                "enabled": enabled,
                "mms_fall_back_to_sms": mms_fall_back_to_sms,
                "mms_transcoding": mms_transcoding,
                "mobile_only": mobile_only,
                "name": name,
                "number_pool_settings": number_pool_settings,
                "smart_encoding": smart_encoding,
                "url_shortener_settings": url_shortener_settings,
                "v1_secret": v1_secret,
                "webhook_api_version": webhook_api_version,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
                "whitelisted_destinations": whitelisted_destinations,
                "features": features,
                "redaction_enabled": redaction_enabled,
                "redaction_level": redaction_level,
            },
            options=options,
        )


class AsyncMessagingProfileActions(AsyncResource):
    async def regenerate_secret(self, id: str, **options: Unpack[RequestOptions]) -> APIResponse[MessagingProfile]:
        """Regenerate messaging profile secret.

        Regenerate the v1 secret for a messaging profile.

        `POST /messaging_profiles/{id}/actions/regenerate_secret`
        """
        return await self._client._request(_ACTIONS_REGENERATE_SECRET, path={"id": id}, options=options)


class AsyncAutorespConfigs(AsyncResource):
    async def create(
        self,
        profile_id: str,
        *,
        country_code: str,
        keywords: Sequence[str],
        op: Literal["start", "stop", "info"],
        resp_text: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AutorespConfigSchema]:
        """Create auto-response setting.

        `POST /messaging_profiles/{profile_id}/autoresp_configs`
        """
        return await self._client._request(
            _AUTORESP_CONFIGS_CREATE,
            path={"profile_id": profile_id},
            body={"country_code": country_code, "keywords": keywords, "op": op, "resp_text": resp_text},
            options=options,
        )

    async def delete(
        self,
        first_id: str | Unset = UNSET,
        second_id: str | Unset = UNSET,
        /,
        *,
        profile_id: str | Unset = UNSET,
        autoresp_cfg_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[str]:
        """Delete Auto-Response Setting.

        `DELETE /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}`
        """
        path = path_ids(
            "messaging_profiles.autoresp_configs.delete",
            ("profile_id", "autoresp_cfg_id"),
            (first_id, second_id),
            {"profile_id": profile_id, "autoresp_cfg_id": autoresp_cfg_id},
        )
        return await self._client._request(_AUTORESP_CONFIGS_DELETE, path=path, options=options)

    def list(
        self,
        profile_id: str,
        *,
        country_code: str | Unset = UNSET,
        created_at: GetAutorespConfigsCreatedAt | Unset = UNSET,
        updated_at: GetAutorespConfigsUpdatedAt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AutorespConfigSchema]:
        """List Auto-Response Settings.

        `GET /messaging_profiles/{profile_id}/autoresp_configs`
        """
        return self._client._list(
            _AUTORESP_CONFIGS_LIST,
            path={"profile_id": profile_id},
            query={"country_code": country_code, "created_at": created_at, "updated_at": updated_at},
            options=options,
        )

    async def retrieve(
        self,
        first_id: str | Unset = UNSET,
        second_id: str | Unset = UNSET,
        /,
        *,
        profile_id: str | Unset = UNSET,
        autoresp_cfg_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AutorespConfigSchema]:
        """Get Auto-Response Setting.

        `GET /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}`
        """
        path = path_ids(
            "messaging_profiles.autoresp_configs.retrieve",
            ("profile_id", "autoresp_cfg_id"),
            (first_id, second_id),
            {"profile_id": profile_id, "autoresp_cfg_id": autoresp_cfg_id},
        )
        return await self._client._request(_AUTORESP_CONFIGS_RETRIEVE, path=path, options=options)

    async def update(
        self,
        first_id: str | Unset = UNSET,
        second_id: str | Unset = UNSET,
        /,
        *,
        profile_id: str | Unset = UNSET,
        autoresp_cfg_id: str | Unset = UNSET,
        country_code: str,
        keywords: Sequence[str],
        op: Literal["start", "stop", "info"],
        resp_text: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AutorespConfigSchema]:
        """Update Auto-Response Setting.

        `PUT /messaging_profiles/{profile_id}/autoresp_configs/{autoresp_cfg_id}`
        """
        path = path_ids(
            "messaging_profiles.autoresp_configs.update",
            ("profile_id", "autoresp_cfg_id"),
            (first_id, second_id),
            {"profile_id": profile_id, "autoresp_cfg_id": autoresp_cfg_id},
        )
        return await self._client._request(
            _AUTORESP_CONFIGS_UPDATE,
            path=path,
            body={"country_code": country_code, "keywords": keywords, "op": op, "resp_text": resp_text},
            options=options,
        )


class AsyncMessagingProfiles(AsyncResource):
    @cached_property
    def actions(self) -> AsyncMessagingProfileActions:
        return AsyncMessagingProfileActions(self._client)

    @cached_property
    def autoresp_configs(self) -> AsyncAutorespConfigs:
        return AsyncAutorespConfigs(self._client)

    async def create(
        self,
        *,
        name: str,
        whitelisted_destinations: Sequence[str],
        ai_assistant_id: str | Unset | None = UNSET,
        alpha_sender: str | Unset | None = UNSET,
        daily_spend_limit: str | Unset = UNSET,
        daily_spend_limit_enabled: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        health_webhook_url: str | Unset | None = UNSET,
        mms_fall_back_to_sms: bool | Unset = UNSET,
        mms_transcoding: bool | Unset = UNSET,
        mobile_only: bool | Unset = UNSET,
        number_pool_settings: Mapping[str, Any] | NumberPoolSettings | Unset | None = UNSET,
        resource_group_id: str | Unset | None = UNSET,
        smart_encoding: bool | Unset = UNSET,
        url_shortener_settings: Mapping[str, Any] | UrlShortenerSettings | Unset | None = UNSET,
        webhook_api_version: Literal["1", "2", "2010-04-01"] | Unset = UNSET,
        webhook_failover_url: str | Unset | None = UNSET,
        webhook_url: str | Unset | None = UNSET,
        features: Mapping[str, Any] | Unset | None = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessagingProfile]:
        """Create a messaging profile.

        `POST /messaging_profiles`
        """
        return await self._client._request(
            _CREATE,
            body={
                "name": name,
                "whitelisted_destinations": whitelisted_destinations,
                "ai_assistant_id": ai_assistant_id,
                "alpha_sender": alpha_sender,
                "daily_spend_limit": daily_spend_limit,
                "daily_spend_limit_enabled": daily_spend_limit_enabled,
                "enabled": enabled,
                "health_webhook_url": health_webhook_url,
                "mms_fall_back_to_sms": mms_fall_back_to_sms,
                "mms_transcoding": mms_transcoding,
                "mobile_only": mobile_only,
                "number_pool_settings": number_pool_settings,
                "resource_group_id": resource_group_id,
                "smart_encoding": smart_encoding,
                "url_shortener_settings": url_shortener_settings,
                "webhook_api_version": webhook_api_version,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
                "features": features,
            },
            options=options,
        )

    async def delete(
        self, messaging_profile_id: str | Unset = UNSET, *, id: str | Unset = UNSET, **options: Unpack[RequestOptions]
    ) -> APIResponse[MessagingProfile]:
        """Delete a messaging profile.

        `DELETE /messaging_profiles/{id}`
        """
        path = path_ids("messaging_profiles.delete", ("id",), (messaging_profile_id,), {"id": id})
        return await self._client._request(_DELETE, path=path, options=options)

    def list(
        self,
        *,
        filter: ListMessagingProfilesFilter | Unset = UNSET,
        filter_name_eq: str | Unset = UNSET,
        filter_name_contains: str | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[MessagingProfile]:
        """List messaging profiles.

        `GET /messaging_profiles`
        """
        return self._client._list(
            _LIST,
            query=flat_query(
                "messaging_profiles.list",
                {"filter": filter, "page": page},
                (
                    ("filter", "name", "eq"),
                    ("filter", "name", "contains"),
                    ("page", "number"),
                    ("page", "size"),
                ),
                (
                    filter_name_eq,
                    filter_name_contains,
                    page_number,
                    page_size,
                ),
            ),
            options=options,
        )

    def list_alphanumeric_sender_ids(
        self,
        id: str,
        *,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AlphanumericSenderId]:
        """List alphanumeric sender IDs for a messaging profile.

        List all alphanumeric sender IDs associated with a specific messaging profile.

        `GET /messaging_profiles/{id}/alphanumeric_sender_ids`
        """
        return self._client._list(
            _LIST_ALPHANUMERIC_SENDER_IDS,
            path={"id": id},
            query=flat_query(
                "messaging_profiles.list_alphanumeric_sender_ids",
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

    def list_phone_numbers(
        self,
        messaging_profile_id: str | Unset = UNSET,
        *,
        id: str | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PhoneNumberWithMessagingSettings]:
        """List phone numbers associated with a messaging profile.

        `GET /messaging_profiles/{id}/phone_numbers`
        """
        path = path_ids("messaging_profiles.list_phone_numbers", ("id",), (messaging_profile_id,), {"id": id})
        return self._client._list(
            _LIST_PHONE_NUMBERS,
            path=path,
            query=flat_query(
                "messaging_profiles.list_phone_numbers",
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

    def list_short_codes(
        self,
        messaging_profile_id: str | Unset = UNSET,
        *,
        id: str | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ShortCode]:
        """List short codes associated with a messaging profile.

        `GET /messaging_profiles/{id}/short_codes`
        """
        path = path_ids("messaging_profiles.list_short_codes", ("id",), (messaging_profile_id,), {"id": id})
        return self._client._list(
            _LIST_SHORT_CODES,
            path=path,
            query=flat_query(
                "messaging_profiles.list_short_codes",
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

    async def retrieve(
        self, messaging_profile_id: str | Unset = UNSET, *, id: str | Unset = UNSET, **options: Unpack[RequestOptions]
    ) -> APIResponse[MessagingProfile]:
        """Retrieve a messaging profile.

        `GET /messaging_profiles/{id}`
        """
        path = path_ids("messaging_profiles.retrieve", ("id",), (messaging_profile_id,), {"id": id})
        return await self._client._request(_RETRIEVE, path=path, options=options)

    async def retrieve_metrics(
        self,
        id: str,
        *,
        time_frame: Literal["1h", "3h", "24h", "3d", "7d", "30d"] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ProfileMetrics]:
        """Get detailed messaging profile metrics.

        Get detailed metrics for a specific messaging profile, broken down by time interval.

        `GET /messaging_profiles/{id}/metrics`
        """
        return await self._client._request(
            _RETRIEVE_METRICS, path={"id": id}, query={"time_frame": time_frame}, options=options
        )

    async def update(
        self,
        messaging_profile_id: str | Unset = UNSET,
        *,
        id: str | Unset = UNSET,
        ai_assistant_id: str | Unset | None = UNSET,
        alpha_sender: str | Unset | None = UNSET,
        daily_spend_limit: str | Unset = UNSET,
        daily_spend_limit_enabled: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        mms_fall_back_to_sms: bool | Unset = UNSET,
        mms_transcoding: bool | Unset = UNSET,
        mobile_only: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        number_pool_settings: Mapping[str, Any] | NumberPoolSettings | Unset | None = UNSET,
        smart_encoding: bool | Unset = UNSET,
        url_shortener_settings: Mapping[str, Any] | UrlShortenerSettings | Unset | None = UNSET,
        v1_secret: str | Unset = UNSET,
        webhook_api_version: Literal["1", "2", "2010-04-01"] | Unset = UNSET,
        webhook_failover_url: str | Unset | None = UNSET,
        webhook_url: str | Unset | None = UNSET,
        whitelisted_destinations: Sequence[str] | Unset = UNSET,
        features: Mapping[str, Any] | Unset | None = UNSET,
        redaction_enabled: bool | Unset = UNSET,
        redaction_level: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessagingProfile]:
        """Update a messaging profile.

        `PATCH /messaging_profiles/{id}`
        """
        path = path_ids("messaging_profiles.update", ("id",), (messaging_profile_id,), {"id": id})
        return await self._client._request(
            _UPDATE,
            path=path,
            body={
                "ai_assistant_id": ai_assistant_id,
                "alpha_sender": alpha_sender,
                "daily_spend_limit": daily_spend_limit,
                "daily_spend_limit_enabled": daily_spend_limit_enabled,
                "enabled": enabled,
                "mms_fall_back_to_sms": mms_fall_back_to_sms,
                "mms_transcoding": mms_transcoding,
                "mobile_only": mobile_only,
                "name": name,
                "number_pool_settings": number_pool_settings,
                "smart_encoding": smart_encoding,
                "url_shortener_settings": url_shortener_settings,
                "v1_secret": v1_secret,
                "webhook_api_version": webhook_api_version,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
                "whitelisted_destinations": whitelisted_destinations,
                "features": features,
                "redaction_enabled": redaction_enabled,
                "redaction_level": redaction_level,
            },
            options=options,
        )
