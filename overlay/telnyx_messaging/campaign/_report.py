"""What a campaign run returns: every message's outcome, counted, and listed up to a cap."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Final

# Lists keep at most this many entries each (counts are always complete): a million sent
# messages must not hold a million records in memory. The journal has all of them.
DEFAULT_KEEP: Final = 10_000


class Outcome(enum.StrEnum):
    SENT = "sent"  # accepted by Telnyx (2xx); message_id when the body had one
    REJECTED = "rejected"  # broke a rule before anything was sent (or a duplicate key)
    FAILED = "failed"  # Telnyx surely did not send it (4xx, refused connection): safe to retry
    UNKNOWN = "unknown"  # may or may not have gone out (5xx, timeout, reset, crash mid-send)
    SKIPPED = "skipped"  # accepted in an earlier run of the same journal


@dataclass(frozen=True, slots=True)
class Sent:
    key: str
    message_id: str | None
    to: str
    line: int | None
    parts: int


@dataclass(frozen=True, slots=True)
class Problem:
    """A message that was not (surely) sent: `error` says why, `status` is the HTTP status
    and `code` Telnyx's error code when there was an answer."""

    key: str
    line: int | None
    to: str | None
    error: str
    status: int | None = None
    code: str | None = None


@dataclass
class Report:
    sent: list[Sent] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    unknown: list[Problem] = field(default_factory=list)
    counts: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    parts: int = 0
    seconds: float = 0.0
    keep: int = DEFAULT_KEEP

    @property
    def ok(self) -> bool:
        """Every message was accepted (now or in an earlier run)."""
        c = self.counts
        return c[Outcome.REJECTED] == c[Outcome.FAILED] == c[Outcome.UNKNOWN] == 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add_sent(self, entry: Sent) -> None:
        self.counts[Outcome.SENT] += 1
        self.parts += entry.parts
        if len(self.sent) < self.keep:
            self.sent.append(entry)

    def add_problem(self, outcome: Outcome, problem: Problem) -> None:
        self.counts[outcome] += 1
        target = {Outcome.REJECTED: self.rejected, Outcome.FAILED: self.failed, Outcome.UNKNOWN: self.unknown}[outcome]
        if len(target) < self.keep:
            target.append(problem)

    def add_skipped(self) -> None:
        self.counts[Outcome.SKIPPED] += 1

    def summary(self) -> str:
        c = self.counts
        rate = c[Outcome.SENT] / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{c[Outcome.SENT]} sent ({self.parts} parts), {c[Outcome.SKIPPED]} already sent, "
            f"{c[Outcome.REJECTED]} rejected, {c[Outcome.FAILED]} failed, {c[Outcome.UNKNOWN]} outcome unknown "
            f"in {self.seconds:.1f} s ({rate:.1f}/s)"
        )

    def __repr__(self) -> str:
        return f"<Report {self.summary()}>"
