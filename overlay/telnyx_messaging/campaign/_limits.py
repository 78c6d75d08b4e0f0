"""Telnyx's throughput limits: the sender types, their default rates, and how a caller
overrides them.

Defaults (Telnyx, "SMS messaging rate limits"): per account 50 SMS/s and 15 MMS/s; per
sender, long code 0.1/s (outside the US: US 10DLC throughput is set per campaign by the
carriers, so give it with `Rate.per_minute(...)`), toll-free 20/s, short code 1,000/s,
alphanumeric sender ID 0.1/s. A number pool (messaging_profile_id without from_) spreads
over the profile's numbers, so only the account limit applies unless one is given.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, Literal

from .._validators.addresses import is_alphanumeric_sender, is_short_code

# North American toll-free area codes (NANP): +1 800, 833, 844, 855, 866, 877, 888.
_TOLL_FREE_PREFIXES: Final = tuple(f"+1{code}" for code in ("800", "833", "844", "855", "866", "877", "888"))
# A bucket holds this many seconds of its rate (at least one message): small bursts only, so
# the rate measured over any second stays within the limit.
BURST_SECONDS: Final = 0.1


class SenderType(enum.StrEnum):
    SHORT_CODE = "short_code"
    TOLL_FREE = "toll_free"
    ALPHANUMERIC = "alphanumeric"
    LONG_CODE = "long_code"
    NUMBER_POOL = "number_pool"


@dataclass(frozen=True, slots=True)
class Rate:
    """A throughput limit: `per_second` messages (or parts, with unit="parts"), with bursts of
    at most `burst` (default: a tenth of a second's worth, at least one)."""

    per_second: float
    burst: float | None = None
    unit: Literal["messages", "parts"] = "messages"

    def __post_init__(self) -> None:
        if not self.per_second > 0:
            raise ValueError(f"Rate.per_second must be > 0, got {self.per_second!r}")
        if self.burst is not None and not self.burst >= 1:
            raise ValueError(f"Rate.burst must be >= 1, got {self.burst!r}")
        if self.unit not in ("messages", "parts"):
            raise ValueError(f"Rate.unit must be 'messages' or 'parts', got {self.unit!r}")

    @classmethod
    def per_minute(cls, count: float, *, unit: Literal["messages", "parts"] = "messages") -> Rate:
        """A carrier-assigned 10DLC throughput, e.g. `Rate.per_minute(4500)`."""
        return cls(count / 60.0, unit=unit)

    @property
    def capacity(self) -> float:
        return self.burst if self.burst is not None else max(1.0, self.per_second * BURST_SECONDS)


RateLike = Rate | float | int

DEFAULT_SENDER_RATES: Final[Mapping[SenderType, Rate | None]] = {
    SenderType.SHORT_CODE: Rate(1000.0),
    SenderType.TOLL_FREE: Rate(20.0),
    SenderType.ALPHANUMERIC: Rate(0.1),
    SenderType.LONG_CODE: Rate(0.1),
    SenderType.NUMBER_POOL: None,
}
DEFAULT_ACCOUNT_SMS_RATE: Final = Rate(50.0)
DEFAULT_ACCOUNT_MMS_RATE: Final = Rate(15.0)


def sender_type(from_: str | None) -> SenderType:
    """What kind of sender `from_` is (None: a number pool of a messaging profile)."""
    if from_ is None:
        return SenderType.NUMBER_POOL
    if is_short_code(from_):
        return SenderType.SHORT_CODE
    if from_.startswith(_TOLL_FREE_PREFIXES):
        return SenderType.TOLL_FREE
    if from_.startswith("+"):
        return SenderType.LONG_CODE
    if is_alphanumeric_sender(from_):
        return SenderType.ALPHANUMERIC
    return SenderType.LONG_CODE


def as_rate(value: RateLike) -> Rate:
    return value if isinstance(value, Rate) else Rate(float(value))


@dataclass(frozen=True, slots=True)
class Limits:
    """All the limits of one campaign. `senders` overrides by sender (the `from_` value, or
    "profile:<id>" for a number pool), `sender_types` by type; plain numbers are per second."""

    account_sms: RateLike = DEFAULT_ACCOUNT_SMS_RATE
    account_mms: RateLike = DEFAULT_ACCOUNT_MMS_RATE
    senders: Mapping[str, RateLike] = field(default_factory=dict)
    sender_types: Mapping[SenderType | str, RateLike] = field(default_factory=dict)

    def for_sender(self, sender: str, kind: SenderType) -> Rate | None:
        if sender in self.senders:
            return as_rate(self.senders[sender])
        for key, value in self.sender_types.items():
            if SenderType(key) is kind:
                return as_rate(value)
        return DEFAULT_SENDER_RATES[kind]

    def for_account(self, mms: bool) -> Rate:
        return as_rate(self.account_mms if mms else self.account_sms)
