"""A token bucket that can be slowed down: the per-sender and per-account limiter.

Pure bookkeeping on a caller-supplied clock (`now`, seconds): the async engine asks how
long to wait, sleeps, asks again and takes the tokens in the same step, so two coroutines
can never spend the same tokens. Tokens are taken when a request is dispatched, which is
what the server counts.
"""

from __future__ import annotations

import math
from typing import Final

from ._limits import Rate

# After a 429 the rate halves (never below this share of the configured rate) and then
# climbs back by RECOVERY_STEP of the configured rate per accepted message (AIMD).
MIN_RATE_SHARE: Final = 0.05
RECOVERY_STEP: Final = 0.02
# An `x-ratelimit-reset` above this is a Unix time, not a number of seconds.
_EPOCH_THRESHOLD: Final = 1e9
# A reset further away than this is not believed (a broken header must not stall a campaign).
MAX_HOLD_SECONDS: Final = 60.0


class TokenBucket:
    __slots__ = ("capacity", "held_until", "nominal", "rate", "tokens", "updated")

    def __init__(self, rate: Rate, now: float) -> None:
        self.nominal = rate.per_second
        self.rate = rate.per_second
        self.capacity = rate.capacity
        self.tokens = self.capacity
        self.updated = now
        self.held_until = -math.inf

    def __repr__(self) -> str:
        return f"TokenBucket(rate={self.rate:g}/s of {self.nominal:g}/s, tokens={self.tokens:.2f}/{self.capacity:g})"

    def _refill(self, now: float) -> None:
        start = max(self.updated, self.held_until)
        if now > start:
            self.tokens = min(self.capacity, self.tokens + (now - start) * self.rate)
        self.updated = max(self.updated, now)

    def wait(self, cost: float, now: float) -> float:
        """Seconds until `cost` tokens can be taken (0.0: now). A cost above the capacity
        goes through once the bucket is full, leaving it in debt."""
        self._refill(now)
        held = self.held_until - now
        if held > 0:
            return held
        need = min(cost, self.capacity)
        return 0.0 if self.tokens >= need else (need - self.tokens) / self.rate

    def take(self, cost: float, now: float) -> None:
        self._refill(now)
        self.tokens -= cost

    def slow_down(self, now: float, pause: float | None) -> None:
        """The server said 429: halve the rate and stop for `pause` seconds (or one token's worth)."""
        self.rate = max(self.nominal * MIN_RATE_SHARE, self.rate / 2)
        self._refill(now)
        self.tokens = min(self.tokens, 0.0)
        self.hold(now, pause if pause is not None else 1.0 / self.rate)

    def hold(self, now: float, seconds: float) -> None:
        self._refill(now)
        self.held_until = max(self.held_until, now + min(seconds, MAX_HOLD_SECONDS))

    def recover(self) -> None:
        if self.rate < self.nominal:
            self.rate = min(self.nominal, self.rate + self.nominal * RECOVERY_STEP)

    def observe_headers(self, remaining: str | None, reset: str | None, now: float, wall_time: float) -> None:
        """Respect `x-ratelimit-remaining` / `x-ratelimit-reset`: nothing left means wait for the reset."""
        if remaining is None or reset is None:
            return
        try:
            left, seconds = float(remaining), float(reset)
        except ValueError:
            return
        if not (math.isfinite(left) and math.isfinite(seconds)) or left > 0:
            return
        if seconds > _EPOCH_THRESHOLD:
            seconds -= wall_time
        if seconds > 0:
            self.hold(now, seconds)
