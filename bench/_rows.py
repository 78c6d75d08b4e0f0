"""One row of the results table, and how rows are built from samples."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Row:
    """One measure. `ratio` is median / baseline median (for throughput: ours / baseline, so
    higher is better); `peer_*` are the official SDK measured in the same run, its ratio
    against the same kind of baseline measured in its own process."""

    key: str
    measure: str
    unit: str
    median: float | None = None
    min: float | None = None
    max: float | None = None
    baseline: str = ""
    baseline_median: float | None = None
    ratio: float | None = None
    peer_median: float | None = None
    peer_ratio: float | None = None
    target: str = ""
    status: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def vs_peer(self) -> float | None:
        """Ours / official SDK (same direction as `ratio`). Where the two were timed in
        different processes (per-call rows), each against its own baseline, the ratio of
        ratios: absolute times from processes run minutes apart on a noisy machine do not
        compare, each one's ratio to the same baseline code does."""
        if self.extra.get("peer_normalized"):
            if self.ratio is None or not self.peer_ratio:
                return None
            return self.ratio / self.peer_ratio
        if self.median is None or not self.peer_median:
            return None
        return self.median / self.peer_median


def from_samples(  # noqa: PLR0917 - a row is exactly these things
    key: str,
    measure: str,
    unit: str,
    samples: list[float],
    baseline: str,
    baseline_samples: list[float] | None,
    *,
    higher_is_better: bool = False,
) -> Row:
    median = statistics.median(samples)
    base = statistics.median(baseline_samples) if baseline_samples else None
    ratio = None
    if base:
        ratio = median / base
    row = Row(key, measure, unit, median, min(samples), max(samples), baseline, base, ratio)
    row.extra["n"] = len(samples)
    if higher_is_better:
        row.extra["higher_is_better"] = True
    return row


def unavailable(key: str, measure: str, why: str) -> Row:
    return Row(key, measure, "", status="n/a", note=why)
