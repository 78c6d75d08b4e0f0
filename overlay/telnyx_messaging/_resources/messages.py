# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.messages`: cancel_scheduled, retrieve, retrieve_group_messages, schedule, send,
send_group_mms, send_long_code, send_number_pool, send_short_code, send_whatsapp,
send_with_alphanumeric_sender.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from .._operation import bind
from .._types import UNSET, RequestOptions, Unset
from ._arguments import either
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.inbound_message_payload import InboundMessagePayload
    from telnyx_messaging_api.models.outbound_message_payload import OutboundMessagePayload
    from telnyx_messaging_api.models.outbound_message_payload_cancelled import OutboundMessagePayloadCancelled
    from telnyx_messaging_api.models.whatsapp_message_content import WhatsappMessageContent
    from telnyx_messaging_api.models.whatsapp_response_data import WhatsappResponseData

    from .._response import APIResponse


_CANCEL_SCHEDULED = bind("CancelMessage", "messages.cancel_scheduled")
_RETRIEVE = bind("GetMessage", "messages.retrieve")
_RETRIEVE_GROUP_MESSAGES = bind("GetGroupMmsMessages", "messages.retrieve_group_messages")
_SCHEDULE = bind("ScheduleMessage", "messages.schedule")
_SEND = bind("SendMessage", "messages.send")
_SEND_GROUP_MMS = bind("CreateGroupMmsMessage", "messages.send_group_mms")
_SEND_LONG_CODE = bind("CreateLongCodeMessage", "messages.send_long_code")
_SEND_NUMBER_POOL = bind("CreateNumberPoolMessage", "messages.send_number_pool")
_SEND_SHORT_CODE = bind("CreateShortCodeMessage", "messages.send_short_code")
_SEND_WHATSAPP = bind("SendWhatsappMessage", "messages.send_whatsapp")
_SEND_WITH_ALPHANUMERIC_SENDER = bind("SendAlphanumericSenderIdMessage", "messages.send_with_alphanumeric_sender")


class Messages(SyncResource):
    def cancel_scheduled(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[OutboundMessagePayloadCancelled]:
        """Cancel a scheduled message.

        Cancel a scheduled message that has not yet been sent. Only messages with `status=scheduled`
        and `send_at` more than a minute from now can be cancelled.

        `DELETE /messages/{id}`
        """
        return self._client._request(_CANCEL_SCHEDULED, path={"id": id}, options=options)

    def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[InboundMessagePayload | OutboundMessagePayload]:
        """Retrieve a message.

        Note: This API endpoint can only retrieve messages that are no older than 10 days since
        their creation. If you require messages older than this, please generate an [MDR
        report.](https://developers.telnyx.com/api-reference/mdr-usage-reports/create-mdr-usage-report)

        `GET /messages/{id}`
        """
        return self._client._request(_RETRIEVE, path={"id": id}, options=options)

    def retrieve_group_messages(
        self, message_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[list[OutboundMessagePayload]]:
        """Retrieve group MMS messages.

        Retrieve all messages in a group MMS conversation by the group message ID.

        `GET /messages/group/{message_id}`
        """
        return self._client._request(_RETRIEVE_GROUP_MESSAGES, path={"message_id": message_id}, options=options)

    def schedule(
        self,
        *,
        to: str,
        auto_detect: bool | Unset = UNSET,
        from_: str | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        messaging_profile_id: str | Unset = UNSET,
        send_at: datetime.datetime | str | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Schedule a message.

        Schedule a message with a Phone Number, Alphanumeric Sender ID, Short Code or Number Pool.

        This endpoint allows you to schedule a message with any messaging resource. Current
        messaging resources include: long-code, short-code, number-pool, and alphanumeric-sender-id.

        `POST /messages/schedule`
        """
        return self._client._request(
            _SCHEDULE,
            body={
                "to": to,
                "auto_detect": auto_detect,
                "from_": from_,
                "media_urls": media_urls,
                "messaging_profile_id": messaging_profile_id,
                "send_at": send_at,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.schedule"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    def send(
        self,
        *,
        to: str,
        auto_detect: bool | Unset = UNSET,
        encoding: Literal["auto", "gsm7", "ucs2"] | Unset = UNSET,
        from_: str | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        messaging_profile_id: str | Unset = UNSET,
        send_at: datetime.datetime | str | Unset | None = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a message.

        Send a message with a Phone Number, Alphanumeric Sender ID, Short Code or Number Pool.

        This endpoint allows you to send a message with any messaging resource. Current messaging
        resources include: long-code, short-code, number-pool, and alphanumeric-sender-id.

        `POST /messages`
        """
        return self._client._request(
            _SEND,
            body={
                "to": to,
                "auto_detect": auto_detect,
                "encoding": encoding,
                "from_": from_,
                "media_urls": media_urls,
                "messaging_profile_id": messaging_profile_id,
                "send_at": send_at,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.send"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    def send_group_mms(
        self,
        *,
        from_: str,
        to: Sequence[str],
        media_urls: Sequence[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a group MMS message.

        `POST /messages/group_mms`
        """
        return self._client._request(
            _SEND_GROUP_MMS,
            body={
                "from_": from_,
                "to": to,
                "media_urls": media_urls,
                "subject": subject,
                "text": text,
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    def send_long_code(
        self,
        *,
        from_: str,
        to: str,
        auto_detect: bool | Unset = UNSET,
        encoding: Literal["auto", "gsm7", "ucs2"] | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a long code message.

        `POST /messages/long_code`
        """
        return self._client._request(
            _SEND_LONG_CODE,
            body={
                "from_": from_,
                "to": to,
                "auto_detect": auto_detect,
                "encoding": encoding,
                "media_urls": media_urls,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.send_long_code"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    def send_number_pool(
        self,
        *,
        messaging_profile_id: str,
        to: str,
        auto_detect: bool | Unset = UNSET,
        encoding: Literal["auto", "gsm7", "ucs2"] | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a message using number pool.

        `POST /messages/number_pool`
        """
        return self._client._request(
            _SEND_NUMBER_POOL,
            body={
                "messaging_profile_id": messaging_profile_id,
                "to": to,
                "auto_detect": auto_detect,
                "encoding": encoding,
                "media_urls": media_urls,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.send_number_pool"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    def send_short_code(
        self,
        *,
        from_: str,
        to: str,
        auto_detect: bool | Unset = UNSET,
        encoding: Literal["auto", "gsm7", "ucs2"] | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a short code message.

        `POST /messages/short_code`
        """
        return self._client._request(
            _SEND_SHORT_CODE,
            body={
                "from_": from_,
                "to": to,
                "auto_detect": auto_detect,
                "encoding": encoding,
                "media_urls": media_urls,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.send_short_code"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    def send_whatsapp(
        self,
        *,
        from_: str,
        to: str,
        whatsapp_message: Mapping[str, Any] | WhatsappMessageContent,
        messaging_profile_id: str | Unset = UNSET,
        type_: Literal["WHATSAPP"] | Unset = UNSET,
        type: Literal["WHATSAPP"] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WhatsappResponseData]:
        """Send a Whatsapp message.

        `POST /messages/whatsapp`
        """
        return self._client._request(
            _SEND_WHATSAPP,
            body={
                "from_": from_,
                "to": to,
                "whatsapp_message": whatsapp_message,
                "messaging_profile_id": messaging_profile_id,
                "type_": either(type_, type, ("type_", "type"), "messages.send_whatsapp"),
                "webhook_url": webhook_url,
            },
            options=options,
        )

    whatsapp = send_whatsapp

    def send_with_alphanumeric_sender(
        self,
        *,
        from_: str,
        messaging_profile_id: str,
        text: str,
        to: str,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset | None = UNSET,
        webhook_url: str | Unset | None = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a message using an alphanumeric sender ID.

        Send an SMS message using an alphanumeric sender ID. This is SMS only.

        `POST /messages/alphanumeric_sender_id`
        """
        return self._client._request(
            _SEND_WITH_ALPHANUMERIC_SENDER,
            body={
                "from_": from_,
                "messaging_profile_id": messaging_profile_id,
                "text": text,
                "to": to,
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )


class AsyncMessages(AsyncResource):
    async def cancel_scheduled(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[OutboundMessagePayloadCancelled]:
        """Cancel a scheduled message.

        Cancel a scheduled message that has not yet been sent. Only messages with `status=scheduled`
        and `send_at` more than a minute from now can be cancelled.

        `DELETE /messages/{id}`
        """
        return await self._client._request(_CANCEL_SCHEDULED, path={"id": id}, options=options)

    async def retrieve(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[InboundMessagePayload | OutboundMessagePayload]:
        """Retrieve a message.

        Note: This API endpoint can only retrieve messages that are no older than 10 days since
        their creation. If you require messages older than this, please generate an [MDR
        report.](https://developers.telnyx.com/api-reference/mdr-usage-reports/create-mdr-usage-report)

        `GET /messages/{id}`
        """
        return await self._client._request(_RETRIEVE, path={"id": id}, options=options)

    async def retrieve_group_messages(
        self, message_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[list[OutboundMessagePayload]]:
        """Retrieve group MMS messages.

        Retrieve all messages in a group MMS conversation by the group message ID.

        `GET /messages/group/{message_id}`
        """
        return await self._client._request(_RETRIEVE_GROUP_MESSAGES, path={"message_id": message_id}, options=options)

    async def schedule(
        self,
        *,
        to: str,
        auto_detect: bool | Unset = UNSET,
        from_: str | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        messaging_profile_id: str | Unset = UNSET,
        send_at: datetime.datetime | str | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Schedule a message.

        Schedule a message with a Phone Number, Alphanumeric Sender ID, Short Code or Number Pool.

        This endpoint allows you to schedule a message with any messaging resource. Current
        messaging resources include: long-code, short-code, number-pool, and alphanumeric-sender-id.

        `POST /messages/schedule`
        """
        return await self._client._request(
            _SCHEDULE,
            body={
                "to": to,
                "auto_detect": auto_detect,
                "from_": from_,
                "media_urls": media_urls,
                "messaging_profile_id": messaging_profile_id,
                "send_at": send_at,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.schedule"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    async def send(
        self,
        *,
        to: str,
        auto_detect: bool | Unset = UNSET,
        encoding: Literal["auto", "gsm7", "ucs2"] | Unset = UNSET,
        from_: str | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        messaging_profile_id: str | Unset = UNSET,
        send_at: datetime.datetime | str | Unset | None = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a message.

        Send a message with a Phone Number, Alphanumeric Sender ID, Short Code or Number Pool.

        This endpoint allows you to send a message with any messaging resource. Current messaging
        resources include: long-code, short-code, number-pool, and alphanumeric-sender-id.

        `POST /messages`
        """
        return await self._client._request(
            _SEND,
            body={
                "to": to,
                "auto_detect": auto_detect,
                "encoding": encoding,
                "from_": from_,
                "media_urls": media_urls,
                "messaging_profile_id": messaging_profile_id,
                "send_at": send_at,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.send"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    async def send_group_mms(
        self,
        *,
        from_: str,
        to: Sequence[str],
        media_urls: Sequence[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a group MMS message.

        `POST /messages/group_mms`
        """
        return await self._client._request(
            _SEND_GROUP_MMS,
            body={
                "from_": from_,
                "to": to,
                "media_urls": media_urls,
                "subject": subject,
                "text": text,
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    async def send_long_code(
        self,
        *,
        from_: str,
        to: str,
        auto_detect: bool | Unset = UNSET,
        encoding: Literal["auto", "gsm7", "ucs2"] | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a long code message.

        `POST /messages/long_code`
        """
        return await self._client._request(
            _SEND_LONG_CODE,
            body={
                "from_": from_,
                "to": to,
                "auto_detect": auto_detect,
                "encoding": encoding,
                "media_urls": media_urls,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.send_long_code"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    async def send_number_pool(
        self,
        *,
        messaging_profile_id: str,
        to: str,
        auto_detect: bool | Unset = UNSET,
        encoding: Literal["auto", "gsm7", "ucs2"] | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a message using number pool.

        `POST /messages/number_pool`
        """
        return await self._client._request(
            _SEND_NUMBER_POOL,
            body={
                "messaging_profile_id": messaging_profile_id,
                "to": to,
                "auto_detect": auto_detect,
                "encoding": encoding,
                "media_urls": media_urls,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.send_number_pool"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    async def send_short_code(
        self,
        *,
        from_: str,
        to: str,
        auto_detect: bool | Unset = UNSET,
        encoding: Literal["auto", "gsm7", "ucs2"] | Unset = UNSET,
        media_urls: Sequence[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        text: str | Unset = UNSET,
        type_: Literal["SMS", "MMS"] | Unset = UNSET,
        type: Literal["SMS", "MMS"] | Unset = UNSET,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a short code message.

        `POST /messages/short_code`
        """
        return await self._client._request(
            _SEND_SHORT_CODE,
            body={
                "from_": from_,
                "to": to,
                "auto_detect": auto_detect,
                "encoding": encoding,
                "media_urls": media_urls,
                "subject": subject,
                "text": text,
                "type_": either(type_, type, ("type_", "type"), "messages.send_short_code"),
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )

    async def send_whatsapp(
        self,
        *,
        from_: str,
        to: str,
        whatsapp_message: Mapping[str, Any] | WhatsappMessageContent,
        messaging_profile_id: str | Unset = UNSET,
        type_: Literal["WHATSAPP"] | Unset = UNSET,
        type: Literal["WHATSAPP"] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WhatsappResponseData]:
        """Send a Whatsapp message.

        `POST /messages/whatsapp`
        """
        return await self._client._request(
            _SEND_WHATSAPP,
            body={
                "from_": from_,
                "to": to,
                "whatsapp_message": whatsapp_message,
                "messaging_profile_id": messaging_profile_id,
                "type_": either(type_, type, ("type_", "type"), "messages.send_whatsapp"),
                "webhook_url": webhook_url,
            },
            options=options,
        )

    whatsapp = send_whatsapp

    async def send_with_alphanumeric_sender(
        self,
        *,
        from_: str,
        messaging_profile_id: str,
        text: str,
        to: str,
        use_profile_webhooks: bool | Unset = UNSET,
        webhook_failover_url: str | Unset | None = UNSET,
        webhook_url: str | Unset | None = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OutboundMessagePayload]:
        """Send a message using an alphanumeric sender ID.

        Send an SMS message using an alphanumeric sender ID. This is SMS only.

        `POST /messages/alphanumeric_sender_id`
        """
        return await self._client._request(
            _SEND_WITH_ALPHANUMERIC_SENDER,
            body={
                "from_": from_,
                "messaging_profile_id": messaging_profile_id,
                "text": text,
                "to": to,
                "use_profile_webhooks": use_profile_webhooks,
                "webhook_failover_url": webhook_failover_url,
                "webhook_url": webhook_url,
            },
            options=options,
        )
