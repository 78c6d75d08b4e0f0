"""A dry run: what a campaign would send, what it would cost and how long it would take,
without a request. Streams its input like a real run; per-sender totals only."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .._exceptions import ValidationError
from ._limits import Limits, Rate, SenderType
from ._message import CampaignMessage, RejectedRow, line_of
from ._report import DEFAULT_KEEP, Problem

MessageLike = CampaignMessage | dict[str, object] | RejectedRow


@dataclass(slots=True)
class SenderPlan:
    type: SenderType
    rate: Rate | None
    messages: int = 0
    parts: int = 0

    @property
    def seconds(self) -> float:
        if self.rate is None:
            return 0.0
        cost = self.parts if self.rate.unit == "parts" else self.messages
        return cost / self.rate.per_second


@dataclass
class DryRun:
    """`cost_units` are billed units: SMS parts, one per MMS. `seconds` is the least time
    the campaign can take at the configured rates (the slowest sender or account limit)."""

    messages: int = 0
    parts: int = 0
    mms: int = 0
    encodings: dict[str, int] = field(default_factory=dict)
    senders: dict[str, SenderPlan] = field(default_factory=dict)
    rejected: list[Problem] = field(default_factory=list)
    rejected_count: int = 0
    seconds: float = 0.0

    @property
    def cost_units(self) -> int:
        return self.parts

    def summary(self) -> str:
        by_encoding = ", ".join(f"{count} {name}" for name, count in sorted(self.encodings.items()))
        lines = [
            f"{self.messages} messages ({by_encoding or 'none'}; {self.mms} MMS), {self.parts} parts = "
            f"{self.cost_units} cost units, {self.rejected_count} rejected",
            f"estimated duration at the configured rates: {_duration(self.seconds)}",
        ]
        for sender, plan in sorted(self.senders.items()):
            rate = f"{plan.rate.per_second:g}/s {plan.rate.unit}" if plan.rate else "account limit only"
            lines.append(f"  {sender} ({plan.type}, {rate}): {plan.messages} messages, {plan.parts} parts")
        return "\n".join(lines)


def dry_run(messages: Iterable[MessageLike], limits: Limits, *, keep: int = DEFAULT_KEEP) -> DryRun:
    result = DryRun()
    account_cost = {False: 0.0, True: 0.0}
    for position, raw in enumerate(messages, 1):
        try:
            message = CampaignMessage.of(raw, position)
            parts = message.validate()
        except ValidationError as error:
            line = line_of(raw, position)
            result.rejected_count += 1
            if len(result.rejected) < keep:
                to = raw.get("to") if isinstance(raw, dict) else None
                result.rejected.append(Problem(f"line:{line}", line, to if isinstance(to, str) else None, str(error)))
            continue
        result.messages += 1
        result.parts += parts
        result.mms += message.mms
        encoding = "MMS" if message.mms or message.text is None else _encoding(message.text)
        result.encodings[encoding] = result.encodings.get(encoding, 0) + 1
        plan = result.senders.get(message.sender)
        if plan is None:
            kind = message.sender_type
            plan = result.senders[message.sender] = SenderPlan(kind, limits.for_sender(message.sender, kind))
        plan.messages += 1
        plan.parts += parts
        account = limits.for_account(message.mms)
        account_cost[message.mms] += (parts if account.unit == "parts" else 1) / account.per_second
    slowest_sender = max((plan.seconds for plan in result.senders.values()), default=0.0)
    result.seconds = max(slowest_sender, *account_cost.values())
    return result


def _encoding(text: str) -> str:
    from ..sms import segments  # noqa: PLC0415

    return segments(text).encoding


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    return f"{seconds / 3600:.1f} h"
