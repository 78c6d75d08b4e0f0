"""CampaignSender (on Telnyx) and AsyncCampaignSender (on AsyncTelnyx).

Both run the same engine (`_engine.Engine`); the sync one runs it on a private event loop
and sends through the sync client in a pool of `concurrency` threads.
"""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import AsyncIterable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from ._dryrun import DryRun, MessageLike, dry_run
from ._engine import DEFAULT_CONCURRENCY, DEFAULT_MAX_ATTEMPTS, Engine, MessageInput, SendFn
from ._journal import Journal, SqliteJournal
from ._limits import Limits, RateLike
from ._progress import ProgressOption, make_progress
from ._report import Report

if TYPE_CHECKING:
    from .._client import AsyncTelnyx, Telnyx
    from .._response import APIResponse


def message_id_of(response: APIResponse[Any]) -> str | None:
    """The id in an accepted send's body, without parsing the whole model (an accepted send
    with an odd body is still accepted)."""
    try:
        data = response.json()["data"]
    except Exception:  # any body: the send was accepted all the same
        return None
    message_id = data.get("id") if isinstance(data, dict) else None
    return message_id if isinstance(message_id, str) else None


class _Campaign:
    """The options both senders take. `limits` sets account and per-sender-type rates;
    `rates` overrides single senders (`{"+13125550001": Rate.per_minute(240)}`). `journal` is a
    path (SQLite) or a Journal; with one, a rerun skips what was accepted, retries what
    surely failed, and lists unknown outcomes instead of resending them (unless
    `resend_unknown`, which replays them with the same Idempotency-Key). `namespace` goes
    into every Idempotency-Key: give each campaign its own when your keys repeat across
    campaigns. `progress`: False, True ("auto"), "rich", "tqdm", "plain" or a callable."""

    def __init__(
        self,
        *,
        limits: Limits | None = None,
        rates: Mapping[str, RateLike] | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        journal: str | os.PathLike[str] | Journal | None = None,
        resend_unknown: bool = False,
        namespace: str = "",
        progress: ProgressOption = False,
        keep: int | None = None,
    ) -> None:
        limits = limits or Limits()
        if rates:
            limits = replace(limits, senders={**limits.senders, **rates})
        self.limits = limits
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.journal = journal
        self.resend_unknown = resend_unknown
        self.namespace = namespace
        self.progress = progress
        self.keep = keep

    def dry_run(self, messages: Iterable[MessageLike]) -> DryRun:
        """Parts, cost units and estimated duration at the configured rates; sends nothing."""
        return dry_run(messages, self.limits)

    async def _run(
        self, send: SendFn, messages: Iterable[MessageInput] | AsyncIterable[MessageInput], total: int | None
    ) -> Report:
        journal, owned = self._open_journal()
        progress = make_progress(self.progress, total)
        engine = Engine(
            send, self.limits, concurrency=self.concurrency, max_attempts=self.max_attempts, journal=journal,
            resend_unknown=self.resend_unknown, namespace=self.namespace,
            on_outcome=progress.update if progress is not None else None, keep=self.keep,
        )  # fmt: skip
        try:
            return await engine.run(messages)
        finally:
            if progress is not None:
                progress.close()
            if owned and journal is not None:
                journal.close()

    def _open_journal(self) -> tuple[Journal | None, bool]:
        if self.journal is None:
            return None, False
        if isinstance(self.journal, (str, os.PathLike)):
            return SqliteJournal(self.journal), True
        return self.journal, False


class AsyncCampaignSender(_Campaign):
    """Send a campaign on an AsyncTelnyx client, `concurrency` requests at a time:

    async with AsyncTelnyx() as client:
        report = await AsyncCampaignSender(client, journal="campaign.db").send(messages)
    """

    def __init__(self, client: AsyncTelnyx, **options: Any) -> None:
        super().__init__(**options)
        self.client = client

    async def send(
        self, messages: Iterable[MessageInput] | AsyncIterable[MessageInput], *, total: int | None = None
    ) -> Report:
        """Send every message (dicts or CampaignMessage); `total` only feeds the progress ETA."""
        return await self._run(self._send_one, messages, total)

    async def _send_one(self, arguments: Mapping[str, Any], key: str) -> tuple[str | None, httpx.Headers]:
        # The engine validated the message, and handles 429s and retries itself.
        response = await self.client.messages.send(**arguments, idempotency_key=key, max_retries=0, validate=False)
        return message_id_of(response), response.headers


class CampaignSender(_Campaign):
    """Send a campaign on a (sync) Telnyx client, `concurrency` requests at a time:

        report = CampaignSender(Telnyx(), journal="campaign.db").send(messages)

    Call it from synchronous code (it runs its own event loop)."""

    def __init__(self, client: Telnyx, **options: Any) -> None:
        super().__init__(**options)
        self.client = client

    def send(self, messages: Iterable[MessageInput], *, total: int | None = None) -> Report:
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="telnyx-campaign") as pool:

            async def send_in_thread(arguments: Mapping[str, Any], key: str) -> tuple[str | None, httpx.Headers]:
                call = functools.partial(self._send_one, arguments, key)
                return await asyncio.get_running_loop().run_in_executor(pool, call)

            return asyncio.run(self._run(send_in_thread, messages, total))

    def _send_one(self, arguments: Mapping[str, Any], key: str) -> tuple[str | None, httpx.Headers]:
        response = self.client.messages.send(**arguments, idempotency_key=key, max_retries=0, validate=False)
        return message_id_of(response), response.headers
