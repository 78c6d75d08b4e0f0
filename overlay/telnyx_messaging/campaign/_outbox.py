"""Queued campaign tasks that have not finished, kept in Redis so that none is lost.

Kombu's Redis transport pops a message (BRPOP) and only then records it as unacknowledged;
a worker killed between the two loses the message, and acks_late cannot bring it back
(celery/kombu#305). So `enqueue` records every task here before publishing it, the task
removes its record when it is done, and a sweeper in each worker (`celery.py`) republishes a
record that, once the queue has drained, no worker holds on two sweeps in a row. The task's
journal lookup and Idempotency-Key make a republished copy safe even if one survived.
"""

from __future__ import annotations

import json
import time
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any, Final

MAX_SWEPT: Final = 10_000  # records looked at per sweep: the in-flight ones once the queue is empty


@dataclass(frozen=True, slots=True)
class Record:
    task_id: str
    args: list[Any]
    added: float  # time.time() when (re)published


class RedisOutbox:
    def __init__(self, redis: Any, key: str) -> None:
        self.redis = redis
        self.key = key
        self.suspects_key = f"{key}:suspects"
        self.lock_key = f"{key}:lock"

    def add(self, records: Collection[tuple[str, list[Any]]]) -> None:
        """Record tasks about to be published (one round trip for the batch)."""
        if records:
            now = time.time()
            self.redis.hset(self.key, mapping={task_id: json.dumps([args, now]) for task_id, args in records})

    def remove(self, task_id: str) -> None:
        self.redis.hdel(self.key, task_id)

    def records(self, limit: int = MAX_SWEPT) -> Iterator[Record]:
        for count, (task_id, raw) in enumerate(self.redis.hscan_iter(self.key, count=500)):
            if count >= limit:
                return
            try:
                args, added = json.loads(raw)
            except (ValueError, TypeError):  # not ours: leave it alone
                continue
            yield Record(task_id.decode(), args, float(added))

    def take_turn(self, seconds: float) -> bool:
        """True for one sweeper across all workers per `seconds`."""
        return bool(self.redis.set(self.lock_key, b"1", nx=True, px=max(1, int(seconds * 1000))))

    def confirm_lost(self, unheld: Collection[str]) -> set[str]:
        """Of the records no worker holds now, those no worker held at the previous sweep
        either; the rest are remembered for the next one."""
        previous = {member.decode() for member in self.redis.smembers(self.suspects_key)}
        lost = previous & set(unheld)
        pipe = self.redis.pipeline()
        pipe.delete(self.suspects_key)
        if still := set(unheld) - lost:
            pipe.sadd(self.suspects_key, *still)
        pipe.execute()
        return lost

    def forget_suspects(self) -> None:
        self.redis.delete(self.suspects_key)
