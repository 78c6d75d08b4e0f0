"""Limits and journal shared by every worker through Redis (the `celery` extra).

The limiter is one server-side Lua script (redis-py) rather than the `limits` library:
a message needs tokens from two buckets at once (its sender's and the account's) and must
take both or neither, which `limits` cannot do in one step; the script does it atomically
in one round trip, on Redis's own clock (workers' clocks may disagree), and returns the exact
wait when the tokens are not there yet.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, Final

from ._journal import PENDING, Entry
from ._limits import Rate
from ._report import Outcome

# KEYS: bucket keys. ARGV: per key rate, capacity, cost. Returns "0" (taken) or the seconds to wait.
_TAKE: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local wait, tokens = 0, {}
for i, key in ipairs(KEYS) do
  local rate, cap, cost = tonumber(ARGV[3*i-2]), tonumber(ARGV[3*i-1]), tonumber(ARGV[3*i])
  local s = redis.call('HMGET', key, 'tokens', 'ts', 'hold')
  local have, ts, hold = tonumber(s[1]) or cap, tonumber(s[2]) or now, tonumber(s[3]) or 0
  local start = math.max(ts, hold)
  if now > start then have = math.min(cap, have + (now - start) * rate) end
  if now < hold then wait = math.max(wait, hold - now) end
  local need = math.min(cost, cap)
  if have < need then wait = math.max(wait, (need - have) / rate) end
  tokens[i] = have
end
if wait > 0 then return tostring(wait) end
for i, key in ipairs(KEYS) do
  redis.call('HSET', key, 'tokens', tostring(tokens[i] - tonumber(ARGV[3*i])), 'ts', tostring(now))
  redis.call('EXPIRE', key, 86400)
end
return "0"
"""
# KEYS[1]: bucket. ARGV[1]: seconds. Nothing leaves the bucket before then (a 429's Retry-After).
_HOLD: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local hold = tonumber(redis.call('HGET', KEYS[1], 'hold')) or 0
redis.call('HSET', KEYS[1], 'hold', tostring(math.max(hold, now + tonumber(ARGV[1]))))
redis.call('EXPIRE', KEYS[1], 86400)
return 1
"""
MAX_WAIT: Final = 3600.0


class RedisLimiter:
    def __init__(self, redis: Any, prefix: str = "telnyx:limits") -> None:
        self.redis = redis
        self.prefix = prefix
        self._take = redis.register_script(_TAKE)
        self._hold = redis.register_script(_HOLD)

    def key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def try_take(self, buckets: Sequence[tuple[str, Rate, float]]) -> float:
        """Take `cost` from every bucket, or none: 0.0 when taken, else seconds to wait."""
        keys = [self.key(name) for name, _, _ in buckets]
        args: list[float] = []
        for _, rate, cost in buckets:
            args += [rate.per_second, rate.capacity, cost]
        return float(self._take(keys=keys, args=args))

    def acquire(self, buckets: Sequence[tuple[str, Rate, float]], *, timeout: float = MAX_WAIT) -> None:
        deadline = time.monotonic() + timeout
        while (wait := self.try_take(buckets)) > 0:
            if time.monotonic() + wait > deadline:
                raise TimeoutError(f"no tokens within {timeout:g} s for {[name for name, _, _ in buckets]}")
            time.sleep(wait)

    def hold(self, name: str, seconds: float) -> None:
        self._hold(keys=[self.key(name)], args=[min(seconds, 60.0)])


class RedisJournal:
    """The Journal protocol on Redis hashes (one per message key), shared by all workers."""

    def __init__(self, redis: Any, prefix: str = "telnyx:journal") -> None:
        self.redis = redis
        self.prefix = prefix

    def _key(self, key: str) -> str:
        return f"{self.prefix}:{key}"

    def lookup(self, key: str) -> Entry | None:
        raw = self.redis.hgetall(self._key(key))
        if not raw:
            return None
        value = {k.decode(): v.decode() for k, v in raw.items()}
        line = value.get("line")
        return Entry(
            key, value["state"], value.get("run", ""), int(line) if line else None, value.get("to"),
            value.get("message_id") or None, value.get("error") or None, int(value.get("attempts", "0")),
        )  # fmt: skip

    def begin(self, key: str, run: str, line: int | None, to: str | None) -> None:
        name = self._key(key)
        pipe = self.redis.pipeline()
        pipe.hset(name, mapping={"state": PENDING, "run": run, "line": line or "", "to": to or ""})
        pipe.hincrby(name, "attempts", 1)
        pipe.execute()

    def finish(
        self,
        key: str,
        run: str,
        outcome: Outcome,
        *,
        line: int | None = None,
        to: str | None = None,
        message_id: str | None = None,
        error: str | None = None,
        status: int | None = None,
        code: str | None = None,
    ) -> None:
        fields = {"state": str(outcome), "run": run, "message_id": message_id or "", "error": error or ""}
        if status is not None:
            fields["status"] = str(status)
        if code is not None:
            fields["code"] = code
        self.redis.hset(self._key(key), mapping=fields)

    def close(self) -> None:
        pass
