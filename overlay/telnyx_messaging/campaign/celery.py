"""The campaign on Celery with a Redis broker: `pip install 'telnyx-messaging[celery]'`.

    # tasks.py (your Celery app)
    from celery import Celery
    from telnyx_messaging.campaign.celery import register

    app = Celery("sms", broker="redis://127.0.0.1:6379/0")
    send_message = register(app, redis_url="redis://127.0.0.1:6379/1")

    # anywhere: enqueue a campaign (validated here; nothing invalid is queued)
    from telnyx_messaging.campaign.celery import enqueue
    result = enqueue(send_message, rows, rates={"+13125550001": 20}, namespace="spring")

    $ celery -A tasks worker --pool threads --concurrency 16   # on as many hosts as you like

Every worker takes tokens from the same Redis buckets (per sender and per account), so the
limits hold however many workers run. The task is acknowledged late and re-queued when a
worker dies (`acks_late`, `reject_on_worker_lost`): the redelivered task looks the message
up in the Redis journal, skips it if it was accepted, and otherwise sends it again with the
same Idempotency-Key, so Telnyx answers a replay with the first result instead of sending
a second message. A task the Redis transport loses outright (a worker killed between its pop
and its unacked record) is published again from the outbox once the queue drains
(`_outbox.py`). Workers read TELNYX_API_KEY / TELNYX_BASE_URL as the clients do.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from .._exceptions import ValidationError
from .._retry import backoff_delay
from ._limits import Limits, Rate, RateLike, as_rate
from ._message import CampaignMessage, idempotency_key
from ._outbox import RedisOutbox
from ._outcome import classify, problem
from ._redis import RedisJournal, RedisLimiter
from ._report import Outcome, Problem
from ._sender import message_id_of
from ._sweeper import Sweeper

TASK_NAME: Final = "telnyx_messaging.campaign.send_message"
MAX_ATTEMPTS: Final = 6
MAX_RATE_LIMITED: Final = 100
PUBLISH_BATCH: Final = 100  # tasks recorded in the outbox per round trip
SWEEP_INTERVAL: Final = 30.0
_local = threading.local()


@dataclass
class Enqueued:
    queued: int = 0
    rejected: list[Problem] = field(default_factory=list)


def enqueue(
    task: Any,
    messages: Iterable[CampaignMessage | Mapping[str, Any]],
    *,
    limits: Limits | None = None,
    rates: Mapping[str, RateLike] | None = None,
    namespace: str = "",
) -> Enqueued:
    """Validate each message and queue one task per valid message (streamed)."""
    limits = limits or Limits()
    result = Enqueued()
    batch: list[tuple[str, list[Any]]] = []
    for line, raw in enumerate(messages, 1):
        try:
            message = CampaignMessage.of(raw, line)
            message.validate()
        except ValidationError as error:
            result.rejected.append(Problem(f"line:{line}", line, None, str(error)))
            continue
        sender_rate = as_rate(rates[message.sender]) if rates and message.sender in rates else None
        sender_rate = sender_rate or limits.for_sender(message.sender, message.sender_type)
        account = limits.for_account(message.mms)
        batch.append((uuid.uuid4().hex, [_payload(message), _limits_payload(sender_rate, account), namespace]))
        if len(batch) >= PUBLISH_BATCH:
            result.queued += _publish(task, batch)
    result.queued += _publish(task, batch)
    return result


def _publish(task: Any, batch: list[tuple[str, list[Any]]]) -> int:
    """Record the batch in the outbox (when `task` came from `register`), then queue it."""
    outbox = getattr(task, "telnyx_outbox", None)
    if outbox is not None:
        outbox().add(batch)
    for task_id, args in batch:
        task.apply_async(args=args, task_id=task_id)
    count = len(batch)
    batch.clear()
    return count


def register(
    app: Any, *, redis_url: str | None = None, prefix: str = "telnyx", sweep_interval: float = SWEEP_INTERVAL
) -> Any:
    """Add the send task to `app` and return it. `redis_url` holds the limits, the journal and
    the outbox (default: $TELNYX_CAMPAIGN_REDIS, else the broker's URL). Each worker sweeps the
    outbox every `sweep_interval` seconds (0: never) for tasks the broker lost (`_outbox.py`)."""
    from celery import signals  # type: ignore[import-untyped]  # noqa: PLC0415 - the optional extra

    def url() -> str:
        return str(redis_url or os.environ.get("TELNYX_CAMPAIGN_REDIS") or app.conf.broker_url)

    def outbox() -> RedisOutbox:
        return RedisOutbox(_redis(url()), f"{prefix}:outbox")

    @app.task(name=TASK_NAME, bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=True)  # type: ignore[untyped-decorator]
    def send_message(self: Any, message: dict[str, Any], limits: dict[str, Any], namespace: str) -> str:
        outcome = deliver(message, limits, namespace, _redis(url()), prefix)
        if self.request.id:
            outbox().remove(self.request.id)
        return outcome

    send_message.telnyx_outbox = outbox
    sweeper = Sweeper(app, send_message, outbox, f"{prefix}:journal", sweep_interval)

    def on_ready(sender: Any = None, **_: Any) -> None:
        if getattr(sender, "app", None) is app:
            sweeper.start()

    signals.worker_ready.connect(on_ready, weak=False)
    signals.worker_shutdown.connect(lambda **_: sweeper.stop(), weak=False)
    return send_message


def deliver(message: dict[str, Any], limits: dict[str, Any], namespace: str, redis: Any, prefix: str) -> str:
    """Send one queued message exactly once; returns its outcome."""
    msg = CampaignMessage.of(message, int(message.get("line") or 0))
    key = msg.message_key
    journal = RedisJournal(redis, f"{prefix}:journal:{namespace}")
    entry = journal.lookup(key)
    if entry is not None and entry.state in (Outcome.SENT, Outcome.REJECTED):
        return str(Outcome.SKIPPED)
    limiter = RedisLimiter(redis, f"{prefix}:limits")
    buckets = _buckets(msg, limits)
    run = uuid.uuid4().hex
    journal.begin(key, run, msg.line, msg.to)
    attempt = rate_limited = 1
    while True:
        limiter.acquire(buckets)
        try:
            response = _client().messages.send(
                **msg.send_arguments(), idempotency_key=idempotency_key(key, namespace), max_retries=0, validate=False
            )
        except Exception as error:
            verdict = classify(error)
            if verdict.rate_limited and rate_limited < MAX_RATE_LIMITED:
                rate_limited += 1
                limiter.hold(_account_name(msg), verdict.retry_after if verdict.retry_after is not None else 1.0)
                continue
            if verdict.retry and attempt < MAX_ATTEMPTS:
                time.sleep(backoff_delay(attempt - 1, None))
                attempt += 1
                continue
            failure = problem(key, msg.line, msg.to, error)
            journal.finish(key, run, verdict.outcome, error=failure.error, status=failure.status, code=failure.code)
            return str(verdict.outcome)
        journal.finish(key, run, Outcome.SENT, message_id=message_id_of(response))
        return str(Outcome.SENT)


def _payload(message: CampaignMessage) -> dict[str, Any]:
    payload: dict[str, Any] = {**message.send_arguments(), "line": message.line}
    if message.key is not None:
        payload["key"] = message.key
    return payload


def _limits_payload(sender: Rate | None, account: Rate) -> dict[str, Any]:
    def one(rate: Rate | None) -> list[Any] | None:
        return None if rate is None else [rate.per_second, rate.burst, rate.unit]

    return {"sender": one(sender), "account": one(account)}


def _buckets(msg: CampaignMessage, limits: dict[str, Any]) -> list[tuple[str, Rate, float]]:
    buckets: list[tuple[str, Rate, float]] = []
    for name, spec in ((f"sender:{msg.sender}", limits.get("sender")), (_account_name(msg), limits.get("account"))):
        if spec is not None:
            rate = Rate(float(spec[0]), spec[1], spec[2])
            buckets.append((name, rate, msg.parts if rate.unit == "parts" else 1))
    return buckets


def _account_name(msg: CampaignMessage) -> str:
    return "account:mms" if msg.mms else "account:sms"


def _redis(url: str) -> Any:
    client = getattr(_local, "redis", None)
    if client is None or getattr(_local, "redis_url", None) != url:
        import redis  # noqa: PLC0415 - the optional extra

        client = _local.redis = redis.Redis.from_url(url)
        _local.redis_url = url
    return client


def _client() -> Any:
    """One sync Telnyx client per worker thread (httpx pools are per client)."""
    client = getattr(_local, "client", None)
    if client is None:
        from .. import Telnyx  # noqa: PLC0415

        client = _local.client = Telnyx()
    return client
