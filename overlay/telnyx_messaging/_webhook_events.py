"""Typed webhook events: dispatch on ``data.event_type``, build the generated models lazily.

Building the attrs models costs more than the signature check itself, so `parse_event` only
looks at ``data.event_type`` and the models are built on first access to ``.model``, ``.data``
or ``.meta`` (then cached). A known event whose body does not fit its model raises
`WebhookVerificationError` on that first access; ``.raw`` never raises.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar, cast

from telnyx_messaging._exceptions import WebhookVerificationError

# the webhook models under names derived from the spec's webhook keys (make generate)
from telnyx_messaging_api._webhook_models import DeliveryUpdateData as OutboundMessage
from telnyx_messaging_api._webhook_models import DeliveryUpdateEvent as OutboundMessageEvent
from telnyx_messaging_api._webhook_models import DeliveryUpdateMeta as OutboundMessageEventMeta
from telnyx_messaging_api._webhook_models import InboundMessageData as InboundMessage
from telnyx_messaging_api._webhook_models import InboundMessageEvent, ReplacedLinkClickEvent
from telnyx_messaging_api._webhook_models import ReplacedLinkClickData as ReplacedLinkClick

__all__ = [
    "AnyWebhookEvent",
    "DeliveryUpdateWebhookEvent",
    "InboundMessageWebhookEvent",
    "LinkClickWebhookEvent",
    "ReplacedLinkClickData",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "parse_event",
]

MESSAGE_SENT = "message.sent"
MESSAGE_FINALIZED = "message.finalized"
MESSAGE_RECEIVED = "message.received"
MESSAGE_LINK_CLICK = "message.link_click"

ModelT = TypeVar("ModelT")


class WebhookEvent:
    """Base of every event `unwrap` returns.

    `raw` is the whole decoded body, `event_type` is ``data.event_type`` (None when absent or
    not a string), `is_known` says whether the event was matched to a generated model.
    """

    __slots__ = ("event_type", "raw")
    is_known: ClassVar[bool] = True

    raw: dict[str, Any]
    event_type: str | None

    def __init__(self, raw: dict[str, Any], event_type: str | None) -> None:
        self.raw = raw
        self.event_type = event_type

    def __repr__(self) -> str:
        return f"<{type(self).__name__} event_type={self.event_type!r}>"


class _ModelEvent(WebhookEvent, Generic[ModelT]):
    """A known event: `model` is the generated model of the whole body, built on first use."""

    __slots__ = ("_model",)

    def __init__(self, raw: dict[str, Any], event_type: str | None) -> None:
        super().__init__(raw, event_type)
        self._model: ModelT | None = None

    @property
    def model(self) -> ModelT:
        if self._model is None:
            try:
                self._model = self._build()
            except Exception as exc:  # generated from_dict raises whatever the bad value provokes
                raise WebhookVerificationError(
                    f"webhook body does not match the schema for {self.event_type!r}: "
                    f"{type(exc).__name__}: {exc} (the decoded body is in event.raw)"
                ) from exc
        return self._model

    def _build(self) -> ModelT:
        raise NotImplementedError


class DeliveryUpdateWebhookEvent(_ModelEvent[OutboundMessageEvent]):
    """``message.sent`` / ``message.finalized``: `model` is the generated `OutboundMessageEvent`."""

    __slots__ = ()

    def _build(self) -> OutboundMessageEvent:
        return OutboundMessageEvent.from_dict(self.raw)

    @property
    def data(self) -> OutboundMessage:
        return cast(OutboundMessage, self.model.data)  # parse_event guarantees "data" is an object

    @property
    def meta(self) -> OutboundMessageEventMeta | None:
        return self.model.meta


class InboundMessageWebhookEvent(_ModelEvent[InboundMessageEvent]):
    """``message.received``: `model` is the generated `InboundMessageEvent`."""

    __slots__ = ()

    def _build(self) -> InboundMessageEvent:
        return InboundMessageEvent.from_dict(self.raw)

    @property
    def data(self) -> InboundMessage:
        return cast(InboundMessage, self.model.data)


class ReplacedLinkClickData(ReplacedLinkClick):
    """The generated `ReplacedLinkClick`, plus `event_type`, which the spec leaves out of it.

    So ``event.data.event_type`` works for every event, as in the reference handler.
    """

    __slots__ = ()

    @property
    def event_type(self) -> str:
        value = self.additional_properties.get("event_type")
        return value if isinstance(value, str) else MESSAGE_LINK_CLICK


class LinkClickWebhookEvent(_ModelEvent[ReplacedLinkClickEvent]):
    """``message.link_click``: `model` is the generated `ReplacedLinkClickEvent`.

    Also matched when ``data`` has no ``event_type`` but ``record_type == "link_clicked"``,
    the shape of the spec's example.
    """

    __slots__ = ()

    def _build(self) -> ReplacedLinkClickEvent:
        rest = dict(self.raw)
        model = ReplacedLinkClickEvent(data=ReplacedLinkClickData.from_dict(rest.pop("data")))
        model.additional_properties = rest
        return model

    @property
    def data(self) -> ReplacedLinkClickData:
        return cast(ReplacedLinkClickData, self.model.data)


class UnknownWebhookEvent(WebhookEvent):
    """An event type this SDK has no model for (or none at all): nothing is guessed.

    `data` gives attribute access to the raw ``data`` object, so generic handlers that read
    ``event.data.event_type`` keep working; for anything else use `raw`.
    """

    __slots__ = ()
    is_known: ClassVar[bool] = False

    @property
    def data(self) -> RawObject:
        return RawObject(self.raw["data"])


class RawObject:
    """Read-only attribute access over a decoded JSON object (``obj.key`` or ``obj["key"]``)."""

    __slots__ = ("_raw",)

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw

    def __getattr__(self, name: str) -> Any:
        try:
            return _wrap(self._raw[name])
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key: str) -> Any:
        return _wrap(self._raw[key])

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __repr__(self) -> str:
        return f"RawObject({self._raw!r})"


def _wrap(value: Any) -> Any:
    if isinstance(value, dict):
        return RawObject(value)
    if isinstance(value, list):
        return [_wrap(item) for item in value]
    return value


AnyWebhookEvent = DeliveryUpdateWebhookEvent | InboundMessageWebhookEvent | LinkClickWebhookEvent | UnknownWebhookEvent

_BY_EVENT_TYPE: dict[str, type[DeliveryUpdateWebhookEvent | InboundMessageWebhookEvent | LinkClickWebhookEvent]] = {
    MESSAGE_SENT: DeliveryUpdateWebhookEvent,
    MESSAGE_FINALIZED: DeliveryUpdateWebhookEvent,
    MESSAGE_RECEIVED: InboundMessageWebhookEvent,
    MESSAGE_LINK_CLICK: LinkClickWebhookEvent,
}


def parse_event(document: Any) -> AnyWebhookEvent:
    """Check the envelope (an object with a ``data`` object) and pick the event class."""
    if not isinstance(document, dict):
        raise WebhookVerificationError(f"body is JSON but not an object (got {_json_type(document)})")
    data = document.get("data")
    if not isinstance(data, dict):
        what = "has no 'data'" if "data" not in document else f"'data' is {_json_type(data)}, not an object"
        raise WebhookVerificationError(f"body {what}: not a Telnyx webhook")
    event_type = data.get("event_type")
    if not isinstance(event_type, str):
        if data.get("record_type") == "link_clicked":
            return LinkClickWebhookEvent(document, MESSAGE_LINK_CLICK)
        return UnknownWebhookEvent(document, None)
    cls = _BY_EVENT_TYPE.get(event_type)
    if cls is None:
        return UnknownWebhookEvent(document, event_type)
    return cls(document, event_type)


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
