"""One message of a campaign: the typed record, how dicts become one, and its keys."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from .._exceptions import ValidationError
from .._validation import validate_request
from ..sms import segments
from ._limits import SenderType, sender_type

_FIELDS: Final = ("to", "from_", "messaging_profile_id", "text", "media_urls", "subject", "webhook_url", "key")


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """An input row already known to be bad (a CSV row whose template failed): reported
    as rejected, with its line, like any invalid message."""

    line: int
    error: ValidationError


def line_of(item: object, position: int) -> int:
    """Where `item` came from: its own `line` (CSV rows carry one), else its position."""
    line = item.get("line") if isinstance(item, Mapping) else getattr(item, "line", None)
    return line if isinstance(line, int) else position


_ALIASES: Final = {"from": "from_"}
IDEMPOTENCY_PREFIX: Final = "tmc-"


@dataclass(frozen=True, slots=True)
class CampaignMessage:
    """A message to send. `key` identifies it across reruns (default: a hash of recipient,
    sender and content, so the same message is sent once however often it is listed);
    `line` says where it came from (a CSV line, or its position in the input)."""

    to: str
    from_: str | None = None
    messaging_profile_id: str | None = None
    text: str | None = None
    media_urls: tuple[str, ...] = ()
    subject: str | None = None
    webhook_url: str | None = None
    key: str | None = None
    line: int | None = field(default=None, compare=False)

    @classmethod
    def of(cls, item: CampaignMessage | Mapping[str, Any] | RejectedRow, line: int) -> CampaignMessage:
        """`item` as a message; a dict may say "from" or "from_". Unknown fields are an error."""
        if isinstance(item, RejectedRow):
            raise item.error
        if isinstance(item, CampaignMessage):
            return item if item.line is not None else _with_line(item, line)
        if not isinstance(item, Mapping):
            raise ValidationError("message", item, "must be a CampaignMessage or a dict of its fields")
        values: dict[str, Any] = {}
        for name, value in item.items():
            if name == "line":
                continue
            field_name = _ALIASES.get(name, name)
            if field_name not in _FIELDS:
                raise ValidationError(str(name), value, f"is not a message field (fields: {', '.join(_FIELDS)})")
            if value is not None and value != "":
                values[field_name] = value
        if "to" not in values:
            raise ValidationError("to", item.get("to"), "is required")
        media = values.get("media_urls", ())
        if isinstance(media, str):
            media = (media,)
        if not isinstance(media, Sequence):
            raise ValidationError("media_urls", media, "must be a list of URLs")
        values["media_urls"] = tuple(media)
        return cls(**values, line=line_of(item, line))

    @property
    def sender(self) -> str:
        """The sender whose limit applies: `from_`, or "profile:<id>" for a number pool."""
        return self.from_ if self.from_ is not None else f"profile:{self.messaging_profile_id}"

    @property
    def sender_type(self) -> SenderType:
        return sender_type(self.from_)

    @property
    def mms(self) -> bool:
        return bool(self.media_urls)

    @property
    def parts(self) -> int:
        """Billed units: SMS parts of the text; an MMS counts as one."""
        if self.mms or self.text is None:
            return 1
        return segments(self.text).parts

    def send_arguments(self) -> dict[str, Any]:
        """Keyword arguments of `client.messages.send` (only the fields given)."""
        arguments: dict[str, Any] = {"to": self.to}
        for name in ("from_", "messaging_profile_id", "text", "subject", "webhook_url"):
            value = getattr(self, name)
            if value is not None:
                arguments[name] = value
        if self.media_urls:
            arguments["media_urls"] = list(self.media_urls)
        return arguments

    def validate(self, arguments: Mapping[str, Any] | None = None) -> int:
        """Raise ValidationError (field and rule) for anything Telnyx would refuse; else
        return the billed parts (one pass over the text for both). `arguments`: this
        message's send_arguments(), when the caller already built them."""
        validate_request("messages.send", self.send_arguments() if arguments is None else arguments)
        if self.mms or self.text is None:
            return 1
        parts = segments(self.text)
        if parts.too_long:
            raise ValidationError(
                "text", f"<{parts.units} {parts.encoding} units>", f"takes {parts.parts} parts; Telnyx accepts 10"
            )
        return parts.parts

    @property
    def message_key(self) -> str:
        if self.key is not None:
            return str(self.key)
        content = [self.to, self.from_, self.messaging_profile_id, self.text, list(self.media_urls), self.subject]
        return "sha256:" + hashlib.sha256(json.dumps(content).encode()).hexdigest()[:40]


def _with_line(message: CampaignMessage, line: int) -> CampaignMessage:
    values = {name: getattr(message, name) for name in _FIELDS}
    return CampaignMessage(**values, line=line)


def idempotency_key(message_key: str, namespace: str = "") -> str:
    """The Idempotency-Key sent with every attempt of a message: the same on every rerun."""
    digest = hashlib.sha256(f"{namespace}\0{message_key}".encode()).hexdigest()
    return IDEMPOTENCY_PREFIX + digest[:48]
