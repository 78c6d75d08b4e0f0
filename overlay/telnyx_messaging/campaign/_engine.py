"""The campaign loop, shared by the sync and async senders (they differ only in `SendFn`).

Messages are read one at a time from the input and queued per sender (a "lane"): a lane
waits for its sender's tokens, then the account's, then a free concurrency slot, and only
then takes the tokens and starts the send, so every request leaves within both limits and a
slow sender never holds up a fast one. Queues are bounded, so memory stays flat however
long the input is.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import httpx

from .._exceptions import ValidationError
from .._retry import backoff_delay
from ._bucket import TokenBucket
from ._journal import Journal
from ._limits import Limits, Rate
from ._message import CampaignMessage, RejectedRow, idempotency_key, line_of
from ._outcome import classify, problem
from ._report import Outcome, Problem, Report, Sent

# Sends `arguments` with the Idempotency-Key; returns the message id (if the body had one)
# and the response headers.
SendFn = Callable[[Mapping[str, Any], str], Awaitable[tuple[str | None, httpx.Headers]]]
MessageInput = CampaignMessage | Mapping[str, Any] | RejectedRow

LANE_QUEUE: Final = 64
DEFAULT_CONCURRENCY: Final = 32
DEFAULT_MAX_ATTEMPTS: Final = 6
# A 429 means nothing was sent: it costs time, not one of `max_attempts`, up to this many.
MAX_RATE_LIMITED: Final = 100
_DONE: Final[Any] = object()


@dataclass(slots=True)
class _Item:
    message: CampaignMessage
    arguments: dict[str, Any]  # built once, validated, then sent on every attempt
    key: str
    idempotency_key: str
    parts: int
    sender_cost: float
    account_cost: float


class _Lane:
    __slots__ = ("bucket", "queue", "task")

    def __init__(self, bucket: TokenBucket | None) -> None:
        self.bucket = bucket
        self.queue: asyncio.Queue[Any] = asyncio.Queue(LANE_QUEUE)
        self.task: asyncio.Task[None] | None = None


class Engine:
    def __init__(
        self,
        send: SendFn,
        limits: Limits,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        journal: Journal | None = None,
        resend_unknown: bool = False,
        namespace: str = "",
        on_outcome: Callable[[Outcome], None] | None = None,
        keep: int | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency}")
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, got {max_attempts}")
        self.send = send
        self.limits = limits
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.journal = journal
        self.resend_unknown = resend_unknown
        self.namespace = namespace
        self.on_outcome = on_outcome
        self.run_id = uuid.uuid4().hex
        self.report = Report() if keep is None else Report(keep=keep)
        self._lanes: dict[str, _Lane] = {}
        self._accounts: dict[bool, TokenBucket] = {}
        self._sender_rates: dict[str, Rate | None] = {}
        self._active: set[str] = set()  # keys queued or in flight in this run
        self._slots = asyncio.Semaphore(concurrency)
        self._sends: set[asyncio.Task[None]] = set()
        self._clock = time.monotonic

    # -- the run --------------------------------------------------------------------
    async def run(self, messages: Iterable[MessageInput] | AsyncIterable[MessageInput]) -> Report:
        started = self._clock()
        try:
            line = 0
            if isinstance(messages, AsyncIterable):
                async for raw in messages:
                    line += 1
                    await self._dispatch(raw, line)
            else:
                for raw in messages:
                    line += 1
                    await self._dispatch(raw, line)
            for lane in self._lanes.values():
                await lane.queue.put(_DONE)
            await asyncio.gather(*(lane.task for lane in self._lanes.values() if lane.task is not None))
            while self._sends:
                await asyncio.gather(*list(self._sends))
        finally:
            for lane in self._lanes.values():
                if lane.task is not None:
                    lane.task.cancel()
            for task in list(self._sends):
                task.cancel()
            self.report.seconds = self._clock() - started
        return self.report

    async def _dispatch(self, raw: MessageInput, line: int) -> None:
        item = self._prepare(raw, line)
        if item is None:
            return
        sender = item.message.sender
        lane = self._lanes.get(sender)
        if lane is None:
            rate = self._sender_rate(item.message)
            lane = self._lanes[sender] = _Lane(TokenBucket(rate, self._clock()) if rate is not None else None)
            lane.task = asyncio.create_task(self._drain(lane))
        if lane.task is not None and lane.task.done():
            lane.task.result()  # a lane died: surface its error instead of queueing forever
        await lane.queue.put(item)

    def _prepare(self, raw: MessageInput, line: int) -> _Item | None:
        """Validate and look up one message; None when it is not to be sent now."""
        try:
            message = CampaignMessage.of(raw, line)
            arguments = message.send_arguments()
            parts = message.validate(arguments)
        except ValidationError as error:
            line = line_of(raw, line)
            key = raw.message_key if isinstance(raw, CampaignMessage) else f"line:{line}"
            to = raw.get("to") if isinstance(raw, Mapping) else getattr(raw, "to", None)
            self._record_problem(Outcome.REJECTED, Problem(key, line, to if isinstance(to, str) else None, str(error)))
            return None
        key = message.message_key
        if key in self._active:
            duplicate = Problem(key, line, message.to, "duplicate of a message queued earlier")
            self._record_problem(Outcome.REJECTED, duplicate)
            return None
        if self.journal is not None and not self._fresh_in_journal(self.journal, key, message):
            return None
        self._active.add(key)
        rate = self._sender_rate(message)
        account = self.limits.for_account(message.mms)
        return _Item(
            message,
            arguments,
            key,
            idempotency_key(key, self.namespace),
            parts,
            sender_cost=parts if rate is not None and rate.unit == "parts" else 1,
            account_cost=parts if account.unit == "parts" else 1,
        )

    def _fresh_in_journal(self, journal: Journal, key: str, message: CampaignMessage) -> bool:
        entry = journal.lookup(key)
        if entry is None or entry.state in (Outcome.FAILED, Outcome.REJECTED):
            return True
        if entry.run == self.run_id:
            where = f" (line {entry.line})" if entry.line is not None else ""
            self._record_problem(Outcome.REJECTED, Problem(key, message.line, message.to, f"duplicate key{where}"))
            return False
        if entry.state == Outcome.SENT:
            self.report.add_skipped()
            self._notify(Outcome.SKIPPED)
            return False
        if self.resend_unknown:  # same Idempotency-Key: Telnyx answers a replay with the first result
            return True
        reason = entry.error or "interrupted while sending"
        self._record_problem(
            Outcome.UNKNOWN,
            Problem(key, message.line, message.to, f"outcome unknown since an earlier run ({reason}); not resent"),
            journal=False,  # the journal keeps the original reason
        )
        return False

    # -- lanes and sends ------------------------------------------------------------
    async def _drain(self, lane: _Lane) -> None:
        while (item := await lane.queue.get()) is not _DONE:
            await self._acquire(lane.bucket, item)
            task = asyncio.create_task(self._deliver(lane, item))
            self._sends.add(task)
            task.add_done_callback(self._sends.discard)

    def _sender_rate(self, message: CampaignMessage) -> Rate | None:
        """The sender's configured rate, looked up (and its type inferred) once per sender."""
        sender = message.sender
        if sender not in self._sender_rates:
            self._sender_rates[sender] = self.limits.for_sender(sender, message.sender_type)
        return self._sender_rates[sender]

    def _account(self, mms: bool) -> TokenBucket:
        bucket = self._accounts.get(mms)
        if bucket is None:
            bucket = self._accounts[mms] = TokenBucket(self.limits.for_account(mms), self._clock())
        return bucket

    async def _acquire(self, sender: TokenBucket | None, item: _Item) -> None:
        """Wait until both buckets have the tokens and a slot is free; take them together."""
        account = self._account(item.message.mms)
        while True:
            wait = self._wait(sender, account, item)
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            await self._slots.acquire()
            if self._wait(sender, account, item) > 0:  # spent by another lane while we waited for the slot
                self._slots.release()
                continue
            now = self._clock()
            account.take(item.account_cost, now)
            if sender is not None:
                sender.take(item.sender_cost, now)
            return

    def _wait(self, sender: TokenBucket | None, account: TokenBucket, item: _Item) -> float:
        now = self._clock()
        wait = account.wait(item.account_cost, now)
        if sender is not None:
            wait = max(wait, sender.wait(item.sender_cost, now))
        return wait

    async def _deliver(self, lane: _Lane, item: _Item) -> None:
        message, key = item.message, item.key
        attempt, rate_limited, holding = 1, 0, True  # _acquire handed us a slot
        try:
            if self.journal is not None:
                self.journal.begin(key, self.run_id, message.line, message.to)
            while True:
                try:
                    message_id, headers = await self.send(item.arguments, item.idempotency_key)
                except Exception as error:
                    verdict = classify(error)
                    self._observe(lane, item, verdict.headers)
                    if verdict.rate_limited:
                        self._account(message.mms).slow_down(self._clock(), verdict.retry_after)
                        rate_limited += 1
                    exhausted = (
                        rate_limited >= MAX_RATE_LIMITED if verdict.rate_limited else attempt >= self.max_attempts
                    )
                    if not verdict.retry or exhausted:
                        self._record_problem(verdict.outcome, problem(key, message.line, message.to, error))
                        return
                    self._slots.release()
                    holding = False
                    await asyncio.sleep(0 if verdict.rate_limited else backoff_delay(attempt - 1, None))
                    await self._acquire(lane.bucket, item)
                    holding = True
                    attempt += not verdict.rate_limited
                    continue
                self._observe(lane, item, headers)
                self._account(message.mms).recover()
                self._record_sent(Sent(key, message_id, message.to, message.line, item.parts))
                return
        finally:
            if holding:
                self._slots.release()
            self._active.discard(key)

    def _observe(self, lane: _Lane, item: _Item, headers: httpx.Headers | None) -> None:
        if headers is None:
            return
        remaining = headers.get("x-ratelimit-remaining")
        if remaining is not None:
            self._account(item.message.mms).observe_headers(
                remaining, headers.get("x-ratelimit-reset"), self._clock(), time.time()
            )

    # -- outcomes ---------------------------------------------------------------------
    def _record_sent(self, entry: Sent) -> None:
        if self.journal is not None:
            self.journal.finish(entry.key, self.run_id, Outcome.SENT, message_id=entry.message_id)
        self.report.add_sent(entry)
        self._notify(Outcome.SENT)

    def _record_problem(self, outcome: Outcome, entry: Problem, *, journal: bool = True) -> None:
        if journal and self.journal is not None and outcome is not Outcome.REJECTED:
            self.journal.finish(
                entry.key, self.run_id, outcome, line=entry.line, to=entry.to,
                error=entry.error, status=entry.status, code=entry.code,
            )  # fmt: skip
        self.report.add_problem(outcome, entry)
        self._notify(outcome)

    def _notify(self, outcome: Outcome) -> None:
        if self.on_outcome is not None:
            self.on_outcome(outcome)
