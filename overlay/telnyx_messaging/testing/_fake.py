"""`TelnyxFake`: a stateful, spec-validating stand-in for the Telnyx Messaging API."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from telnyx_messaging.testing._delivery import Delivery, WebhookDispatcher
from telnyx_messaging.testing._events import received, status_updates
from telnyx_messaging.testing._examples import Examples
from telnyx_messaging.testing._faults import Fault, Faults
from telnyx_messaging.testing._requests import Checked, RequestChecker, RequestRejected
from telnyx_messaging.testing._schemas import Schemas
from telnyx_messaging.testing._signing import WebhookSigner
from telnyx_messaging.testing._spec import Route, Spec
from telnyx_messaging.testing._state import Collection, Record, new_id

Handler = Callable[["TelnyxFake", Checked], "Answer"]
BASE_PATH = "/v2"  # Telnyx's base URL is https://api.telnyx.com/v2; the prefix is optional here


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def content(self) -> bytes:
        return b"" if self.body is None else json.dumps(self.body).encode()


@dataclass(frozen=True)
class FakeRequest:
    """One request as the fake received it, with what it answered."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: Mapping[str, str]
    content: bytes
    operation_id: str | None
    status: int | None  # None: the connection was dropped
    received_at: float  # time.time() when it arrived
    received_monotonic: float  # time.monotonic() when it arrived

    def json(self) -> Any:
        return json.loads(self.content) if self.content else None


@dataclass(frozen=True)
class Outcome:
    """What the transport or server does with a request: wait, then answer or drop."""

    answer: Answer | None  # None: drop the connection
    delay: float = 0.0


class State:
    """Everything the fake remembers; `reset()` empties it."""

    def __init__(self) -> None:
        self.messages = Collection("message")
        self.inbound = Collection("message")
        self.whatsapp = Collection("message")
        self.profiles = Collection("messaging profile")
        self.autoresp_configs = Collection("auto-response config")
        self.sender_ids = Collection("alphanumeric sender ID")
        self.short_codes = Collection("short code")
        self.numbers = Collection("phone number")
        self.hosted_numbers = Collection("hosted number")
        self.optouts = Collection("opt-out")
        self.bulk_updates = Collection("bulk update")
        self.url_domains = Collection("URL domain")

    def collections(self) -> list[Collection]:
        return [value for value in vars(self).values() if isinstance(value, Collection)]


class TelnyxFake:
    """A fake Telnyx Messaging API serving the 44 operations of the shipped spec.

    Every request is checked against the spec (path, query, body, auth); a request the spec
    rejects gets Telnyx's 4xx error body. What is sent is remembered: a send gets a fresh id
    and can be retrieved, listed and cancelled; profiles and the other resources can be
    created, updated, listed page by page and deleted. After a send, ``message.sent`` and
    ``message.finalized`` are POSTed to the message's (or its profile's) webhook URL, signed
    with `signer` (its `public_key` is what the app under test verifies with).

        fake = TelnyxFake()
        client = Telnyx("test-key", http_client=httpx.Client(transport=fake.transport))
        with fake.serve() as base_url:  # or a real server on 127.0.0.1
            ...
    """

    def __init__(
        self,
        *,
        signer: WebhookSigner | None = None,
        webhook_attempts: int = 3,
        webhook_retry_delay: float = 0.05,
        webhook_timeout: float = 5.0,
        check_answers: bool = False,
    ) -> None:
        self.spec = Spec.shipped()
        self.schemas = Schemas(self.spec)
        self.examples = Examples(self.spec)
        self.checker = RequestChecker(self.spec, self.schemas)
        self.signer = signer or WebhookSigner.generate()
        self.state = State()
        self.faults = Faults(self.spec)
        self.webhooks = WebhookDispatcher(self.signer, webhook_attempts, webhook_retry_delay, webhook_timeout)
        self._requests: list[FakeRequest] = []
        self._lock = threading.RLock()
        self._handlers = _handlers()
        self.check_answers = check_answers
        self._server: Any = None
        self._number_ids = 1293384261075731400  # Telnyx's phone number ids are large integers

    # --- what tests look at ------------------------------------------------------------------

    @property
    def public_key(self) -> str:
        """The base64 Ed25519 key the app under test verifies webhooks with."""
        return self.signer.public_key

    @property
    def requests(self) -> list[FakeRequest]:
        """Every request received, in order (rejected and dropped ones too)."""
        with self._lock:
            return list(self._requests)

    @property
    def messages(self) -> list[Record]:
        """Every outbound message accepted, in order, as the API would return it now."""
        with self._lock:
            return self.state.messages.all()

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook delivery attempt, in order."""
        return self.webhooks.deliveries

    def wait_for_webhooks(self, timeout: float = 10.0) -> list[Delivery]:
        """Block until every webhook queued so far was delivered or given up; all attempts."""
        self.webhooks.wait(timeout)
        return self.webhooks.deliveries

    def reset(self) -> None:
        """Forget all state, requests, faults and webhook deliveries (the signing key stays)."""
        self.webhooks.wait(10.0)
        with self._lock:
            for collection in self.state.collections():
                collection.clear()
            self._requests.clear()
            self.faults.clear()
            self.webhooks.clear()

    # --- what only a test can do: own numbers, receive messages -----------------------------

    def add_phone_number(
        self, phone_number: str, *, messaging_profile_id: object = None, hosted: bool = False, **fields: Any
    ) -> Record:
        """Own `phone_number` (as if bought, or `hosted` on Telnyx); its messaging settings record."""
        from telnyx_messaging.testing._numbers import number_record  # noqa: PLC0415 - handlers load with the fake

        with self._lock:
            profile_id = None if messaging_profile_id is None else str(messaging_profile_id)
            record = number_record(self, phone_number, messaging_profile_id=profile_id, **fields)
            self.state.numbers.add(record, key=phone_number)
            if hosted:
                self.state.hosted_numbers.add({"phone_number": phone_number}, key=phone_number)
            return record

    def add_short_code(self, short_code: str, *, messaging_profile_id: object = None, **fields: Any) -> Record:
        from telnyx_messaging.testing._numbers import short_code_record  # noqa: PLC0415

        with self._lock:
            profile_id = None if messaging_profile_id is None else str(messaging_profile_id)
            record = short_code_record(self, short_code, messaging_profile_id=profile_id, **fields)
            return self.state.short_codes.add(record)

    def add_url_domain(self, url_domain: str, *, use_case: str = "link-shortening") -> Record:
        from telnyx_messaging.testing._numbers import url_domain_record  # noqa: PLC0415

        with self._lock:
            return self.state.url_domains.add(url_domain_record(self, url_domain, use_case))

    def add_messaging_profile(self, name: str = "Test profile", **fields: Any) -> Record:
        """A messaging profile, as `messaging_profiles.create` would make it."""
        body = {"name": name, "whitelisted_destinations": ["US"], **fields}
        answer = self._answer(
            "POST", "/messaging_profiles", "", {"authorization": "Bearer fake"}, json.dumps(body).encode()
        )
        if answer.status >= 300:
            raise ValueError(f"invalid messaging profile: {answer.body}")
        return self.state.profiles.get(answer.body["data"]["id"])

    def next_number_id(self) -> int:
        self._number_ids += 1
        return self._number_ids

    def inbound(
        self,
        *,
        from_: str,
        to: str,
        text: str = "",
        media_urls: Sequence[str] = (),
        webhook_url: str | None = None,
        webhook_failover_url: str | None = None,
    ) -> Record:
        """Someone texts `to` (your number): deliver ``message.received`` to its profile's webhook URL.

        `webhook_url` overrides the profile's. A ``STOP`` (or STOPALL, UNSUBSCRIBE, CANCEL, END,
        QUIT) opts `from_` out of messages from `to`, listed by `messaging_optouts.list`;
        START, UNSTOP or YES opts back in.
        """
        from telnyx_messaging.testing._messages import inbound_record, opt_out  # noqa: PLC0415

        with self._lock:
            record = inbound_record(self, from_, to, text, list(media_urls))
            if webhook_url or webhook_failover_url:
                record.update(webhook_url=webhook_url, webhook_failover_url=webhook_failover_url)
            self.state.inbound.add(record)
            opt_out(self, record)
            self.deliver_inbound(record)
            return record

    # --- faults on demand --------------------------------------------------------------------

    def fail_next(
        self,
        operation: str,
        *,
        status: int = 500,
        retry_after: float | None = None,
        body: Any = None,
        times: int = 1,
    ) -> Fault:
        """Answer the next `times` requests for `operation` with `status` (Telnyx's error body).

        `operation` is an overlay method ("messages.send"), an operationId ("SendMessage")
        or ``"METHOD /template"``; ``"*"`` matches every operation.
        """
        return self.faults.add(operation, status=status, retry_after=retry_after, body=body, times=times)

    def drop_next(self, operation: str, *, times: int = 1) -> Fault:
        """Close the connection without answering the next `times` requests for `operation`."""
        return self.faults.add(operation, drop=True, times=times)

    def delay_next(self, operation: str, seconds: float, *, times: int = 1) -> Fault:
        """Wait `seconds` before answering the next `times` requests for `operation`."""
        return self.faults.add(operation, delay=seconds, times=times)

    # --- running it --------------------------------------------------------------------------

    @property
    def transport(self) -> Any:
        """An `httpx.BaseTransport` answering in-process: ``httpx.Client(transport=fake.transport)``."""
        from telnyx_messaging.testing._transport import FakeTransport  # noqa: PLC0415 - httpx types only here

        return FakeTransport(self)

    @property
    def async_transport(self) -> Any:
        """The same as an `httpx.AsyncBaseTransport`, for `AsyncTelnyx`."""
        from telnyx_messaging.testing._transport import AsyncFakeTransport  # noqa: PLC0415

        return AsyncFakeTransport(self)

    @contextlib.contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve on a real socket; yields the base URL (``http://127.0.0.1:PORT``); stops on exit."""
        from telnyx_messaging.testing._server import FakeServer  # noqa: PLC0415

        server = FakeServer(self, host, port)
        server.start()
        try:
            yield server.url
        finally:
            server.stop()

    @property
    def url(self) -> str:
        """The base URL of a loopback server kept for the fake's lifetime (started on first use)."""
        with self._lock:
            if self._server is None:
                from telnyx_messaging.testing._server import FakeServer  # noqa: PLC0415

                self._server = FakeServer(self, "127.0.0.1", 0)
                self._server.start()
            return str(self._server.url)

    def close(self) -> None:
        """Stop the server started by `url` and finish pending webhook deliveries."""
        with self._lock:
            server, self._server = self._server, None
        if server is not None:
            server.stop()
        self.webhooks.close()

    # --- the request path --------------------------------------------------------------------

    def handle(self, method: str, url: str, headers: Mapping[str, str], content: bytes) -> Outcome:
        """Answer one request (thread-safe): what the transports and the server call."""
        arrived, arrived_monotonic = time.time(), time.monotonic()
        parts = urlsplit(url)
        path = parts.path.removeprefix(BASE_PATH) if parts.path.startswith(BASE_PATH + "/") else parts.path
        lowered = {name.lower(): value for name, value in headers.items()}
        with self._lock:
            route, _, _ = self.spec.find(method, path)
            fault = self.faults.take(route.operation_id if route else None)
            if fault is not None and (fault.drop or fault.status is not None):
                answer = None if fault.drop else fault.answer()
            else:
                answer = self._answer(method, path, parts.query, lowered, content)
            self._requests.append(
                FakeRequest(
                    method=method.upper(),
                    path=path,
                    query=parse_qsl(parts.query, keep_blank_values=True),
                    headers=lowered,
                    content=content,
                    operation_id=route.operation_id if route else None,
                    status=None if answer is None else answer.status,
                    received_at=arrived,
                    received_monotonic=arrived_monotonic,
                )
            )
        return Outcome(answer, fault.delay if fault is not None else 0.0)

    def _answer(self, method: str, path: str, query: str, headers: dict[str, str], content: bytes) -> Answer:
        route = None
        try:
            checked = self.checker.check(method, path, query, headers, content)
            route = checked.route
            answer = self._handlers.get(route.operation_id, _example_answer)(self, checked)
        except RequestRejected as rejected:
            answer = Answer(rejected.status, rejected.body(), {"content-type": "application/json"})
        if self.check_answers and route is not None:
            self._check_answer(route, answer)
        return answer

    def _check_answer(self, route: Route, answer: Answer) -> None:
        """`check_answers=True`: an answer that breaks the spec's response schema is a bug of the fake."""
        schema = route.response_pointer(answer.status)
        if not route.documents(answer.status) and answer.status not in (401, 404):
            raise AssertionError(f"{route.operation_id} answered {answer.status}, which the spec does not document")
        problems = self.schemas.problems(schema, answer.body) if schema else []
        # GetMessageResponse.data is a oneOf of two open schemas (outbound, inbound) that many
        # messages satisfy both of: the spec's defect, not the answer's (Telnyx answers the same).
        problems = [p for p in problems if not (p.keyword == "oneOf" and "is valid under each of" in p.message)]
        if problems:
            raise AssertionError(f"{route.operation_id} {answer.status} answer breaks its schema: {problems}")

    # --- helpers for the handlers ------------------------------------------------------------

    def answer(self, body: Any, status: int = 200) -> Answer:
        return Answer(status, body, {"content-type": "application/json", "x-request-id": new_id()})

    def profile_of_number(self, number: str | None) -> str | None:
        if not number:
            return None
        found = self.state.numbers.find(number)
        value = found.get("messaging_profile_id") if found else None
        return value if isinstance(value, str) and value else None

    def pool_number(self, profile_id: str | None) -> str | None:
        numbers = self.state.numbers.where(lambda r: r.get("messaging_profile_id") == profile_id)
        return str(numbers[0]["phone_number"]) if profile_id and numbers else None

    def webhook_urls(self, body: Mapping[str, Any], profile_id: str | None) -> tuple[str | None, str | None]:
        """The message's webhook URLs, else its profile's (Telnyx's precedence)."""
        profile = self.state.profiles.find(profile_id) if profile_id else None
        use_profile = body.get("use_profile_webhooks", True) is not False
        url, failover = body.get("webhook_url"), body.get("webhook_failover_url")
        if not url and profile is not None and use_profile:
            url, failover = profile.get("webhook_url"), failover or profile.get("webhook_failover_url")
        return (url or None), (failover or None)

    def deliver_status_updates(self, record: Record) -> None:
        """Mark `record` sent then delivered, and queue ``message.sent`` + ``message.finalized``."""
        from telnyx_messaging.testing._messages import opted_out  # noqa: PLC0415

        sender = record["from"]["phone_number"]
        blocked = frozenset(r["phone_number"] for r in record["to"] if opted_out(self, sender, r["phone_number"]))
        events = status_updates(record, blocked)
        self.webhooks.enqueue(record.get("webhook_url"), record.get("webhook_failover_url"), events)

    def deliver_inbound(self, record: Record) -> None:
        self.webhooks.enqueue(record.get("webhook_url"), record.get("webhook_failover_url"), [received(record)])


def _example_answer(fake: TelnyxFake, request: Checked) -> Answer:
    """The spec's example answer, for an operation without state of its own."""
    route = request.route
    status = next((int(code) for code in route.responses if code.startswith("2")), 200)
    schema = route.response_pointer(status)
    return fake.answer(fake.examples.of(schema) if schema else None, status)


def _handlers() -> dict[str, Handler]:
    from telnyx_messaging.testing import _messages, _numbers, _profiles  # noqa: PLC0415

    return {**_messages.HANDLERS, **_profiles.HANDLERS, **_numbers.HANDLERS}
