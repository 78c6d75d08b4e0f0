"""Webhook delivery as Telnyx does it: signed POSTs, failover URL, retries, in the background.

Each event goes to the webhook URL; if that fails (no answer within the timeout, or a status
other than 2xx) it goes to the failover URL; if both fail the pair is retried up to
`attempts` times, `retry_delay` seconds apart. Events of one message are delivered in order.
Delivery-update events carry ``meta = {"attempt": n, "delivered_to": url}``.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from dataclasses import dataclass
from typing import Any

from telnyx_messaging.testing._signing import WebhookSigner

_DELIVERY_UPDATES = ("message.sent", "message.finalized")


@dataclass(frozen=True)
class Delivery:
    """One POST of one event: where, what, and how it went."""

    url: str
    event_type: str
    attempt: int
    body: bytes
    headers: dict[str, str]
    status: int | None  # None: no answer (refused, reset, timed out)
    error: str | None
    sent_at: float

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def json(self) -> Any:
        return json.loads(self.body)


class WebhookDispatcher:
    def __init__(self, signer: WebhookSigner, attempts: int, retry_delay: float, timeout: float) -> None:
        self.signer = signer
        self.attempts = attempts
        self.retry_delay = retry_delay
        self.timeout = timeout
        self._queue: queue.Queue[tuple[str | None, str | None, list[dict[str, Any]]] | None] = queue.Queue()
        self._deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._http: Any = None

    @property
    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return list(self._deliveries)

    def enqueue(self, url: str | None, failover: str | None, events: list[dict[str, Any]]) -> None:
        if not url and not failover:
            return
        self._queue.put((url, failover, events))
        with self._lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="telnyx-fake-webhooks", daemon=True)
                self._worker.start()

    def wait(self, timeout: float) -> None:
        """Until everything queued was delivered or given up, at most `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.005)

    def clear(self) -> None:
        with self._lock:
            self._deliveries.clear()

    def close(self) -> None:
        self.wait(self.timeout)
        if self._http is not None:
            self._http.close()
            self._http = None

    def _run(self) -> None:
        while True:
            try:
                item = self._queue.get(timeout=1.0)
            except queue.Empty:
                return
            try:
                if item is not None:
                    url, failover, events = item
                    for event in events:
                        self._deliver(url, failover, event)
            finally:
                self._queue.task_done()

    def _deliver(self, url: str | None, failover: str | None, event: dict[str, Any]) -> None:
        targets = [target for target in (url, failover) if target]
        for attempt in range(1, self.attempts + 1):
            for target in targets:
                if self._post(target, event, attempt):
                    return
            if attempt < self.attempts:
                time.sleep(self.retry_delay)

    def _post(self, url: str, event: dict[str, Any], attempt: int) -> bool:
        import httpx  # noqa: PLC0415 - only once a webhook goes out

        if self._http is None:
            self._http = httpx.Client(timeout=self.timeout)
        event_type = str(event.get("data", {}).get("event_type"))
        if event_type in _DELIVERY_UPDATES:
            event = {**event, "meta": {"attempt": attempt, "delivered_to": url}}
        body, headers = self.signer.request(event)
        headers = {**headers, "content-type": "application/json", "user-agent": "telnyx-webhooks"}
        status: int | None = None
        problem: str | None = None
        sent_at = time.time()
        try:
            status = self._http.post(url, content=body, headers=headers).status_code
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
        delivery = Delivery(url, event_type, attempt, body, headers, status, problem, sent_at)
        with self._lock:
            self._deliveries.append(delivery)
        return delivery.ok
