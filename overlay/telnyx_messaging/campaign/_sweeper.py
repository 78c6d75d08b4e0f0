"""The worker side of the outbox (`_outbox.py`): a thread in each Celery worker that
republishes the campaign tasks Kombu's Redis transport lost when a worker died."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from ._journal import PENDING
from ._message import CampaignMessage
from ._outbox import Record, RedisOutbox
from ._redis import RedisJournal

log = logging.getLogger("telnyx_messaging.campaign")


class Sweeper:
    """Every `interval` seconds one worker (whichever takes the turn) looks at the outbox
    when the task's queue is empty; a record that no worker holds (not in Kombu's unacked
    hash, not begun in the journal) at two sweeps in a row is published again."""

    def __init__(
        self, app: Any, task: Any, outbox: Callable[[], RedisOutbox], journal_prefix: str, interval: float
    ) -> None:
        self.app = app
        self.task = task
        self.outbox = outbox
        self.journal_prefix = journal_prefix
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None and self.interval > 0:
            self._thread = threading.Thread(target=self._run, name="telnyx-campaign-sweeper", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                if self.sweep() is None:
                    return  # not a Redis broker: nothing to sweep
            except Exception:  # a broker or Redis hiccup: the next turn tries again
                log.warning("campaign outbox sweep failed", exc_info=True)

    def sweep(self) -> list[str] | None:
        """Republish what the broker lost; returns their task ids (None: not a Redis broker)."""
        outbox = self.outbox()
        if not outbox.take_turn(self.interval * 0.9):
            return []
        with self.app.connection_for_write() as connection:
            channel = connection.default_channel
            if not hasattr(channel, "unacked_key"):
                return None
            if channel._size(self._queue()) > 0:  # not drained: a lost task cannot be told apart yet
                outbox.forget_suspects()
                return []
            held = set(_unacked_task_ids(channel))
        cutoff = time.time() - self.interval
        unheld = {
            record.task_id: record
            for record in outbox.records()
            if record.added < cutoff and record.task_id not in held and not self._begun(outbox, record)
        }
        lost = sorted(outbox.confirm_lost(unheld.keys()))
        for task_id in lost:
            outbox.add([(task_id, unheld[task_id].args)])
            self.task.apply_async(args=unheld[task_id].args, task_id=task_id)
        if lost:
            log.warning("republished %d campaign task(s) the broker lost: %s", len(lost), ", ".join(lost))
        return lost

    def _queue(self) -> str:
        return str(self.app.amqp.router.route({}, self.task.name)["queue"].name)

    def _begun(self, outbox: RedisOutbox, record: Record) -> bool:
        message, _, namespace = record.args
        key = CampaignMessage.of(message, int(message.get("line") or 0)).message_key
        entry = RedisJournal(outbox.redis, f"{self.journal_prefix}:{namespace}").lookup(key)
        return entry is not None and entry.state == PENDING


def _unacked_task_ids(channel: Any) -> Iterator[str]:
    """Task ids of the messages workers have taken and not acknowledged (prefetch-bounded)."""
    for raw in channel.client.hvals(channel.unacked_key):
        try:
            message = json.loads(raw)[0]
            headers = message.get("headers") or {}
            task_id = headers.get("id") or message["properties"]["correlation_id"]
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            continue
        yield str(task_id)
