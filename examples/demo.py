"""`make demo`: every flow of the reference SKILL.md, run against a local mock of the API.

    .venv/bin/python examples/demo.py                     # the fake (Python only, no Node)
    .venv/bin/python examples/demo.py --mock prism --spec build/spec/messaging.json --prism node_modules/.bin/prism

By default the mock is `telnyx_messaging.testing.TelnyxFake` on a 127.0.0.1 port: it checks
every request against the spec and keeps state, so answers echo what was sent (a retrieved
message is the one just sent, a created sender ID can be fetched and deleted). `--mock prism`
starts Stoplight Prism (static mode) on the cut + patched spec instead; it answers with the
spec's examples, whatever was sent. Each flow prints two lines: the method with the number of
requests it sent, then the type and key fields of what came back. No API key is needed (a
dummy "demo-key" is sent; TELNYX_API_KEY is never read). Exits 1 if any flow fails (an
unexpected exception, or a request the mock rejected), 2 if the mock cannot be started.
`--base-url URL` runs the flows against a mock that is already running.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import enum
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import httpx

import telnyx_messaging as telnyx
from telnyx_messaging import APIResponse, AsyncTelnyx, SyncPage, Telnyx, testing

ROOT = Path(__file__).resolve().parents[1]
API_KEY = "demo-key"  # Prism checks that a bearer token is present, not what it is
PROFILE_ID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
POOL_PROFILE_ID = "abc85f64-5717-4562-b3fc-2c9600000000"
MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"
SENDER_ID_ID = "6a09cdc3-8948-47f0-aa62-74ac943d6c58"
AUTORESP_ID = "c2298f86-a4dc-4cac-b6b6-4a3d01c290fa"
HOSTED_NUMBER = "+18005550001"
SENDER_NUMBER = "+18005550101"
SUBSCRIBER = "+13125550001"
LINE_WIDTH = 220

# The fields worth a glance, in the order they are shown (JSON names; `from` is `from_` etc.).
KEY_FIELDS = (
    "id", "order_id", "alphanumeric_sender_id", "short_code", "phone_number", "name", "url_domain",
    "to", "from", "text", "type", "direction", "status", "op", "keywords", "keyword", "country_code",
    "messaging_profile_id", "v1_secret", "record_type",
)  # fmt: skip
MAX_FIELDS = 5


# --- describing results -----------------------------------------------------------------------


def describe(value: Any) -> str:
    """A compact, readable account of what a call returned."""
    if isinstance(value, APIResponse):
        return describe(value.data)
    if isinstance(value, SyncPage):
        return describe_page(value)
    if isinstance(value, list):
        first = f": first {describe(value[0])}" if value else ""
        return f"{len(value)} item(s){first}"
    if isinstance(value, dict):
        return f"untyped JSON object with keys {sorted(value)}"
    if hasattr(value, "additional_properties"):
        return describe_model(value)
    return repr(value)


def describe_page(page: SyncPage[Any]) -> str:
    pages = list(page.iter_pages())
    items = [item for each in pages for item in each.data]
    meta = page.meta
    where = f" (meta: page {meta.page_number} of {meta.total_pages})" if meta is not None else ""
    first = f"; first: {describe(items[0])}" if items else ""
    return f"{len(items)} item(s) on {len(pages)} distinct page(s){where}{first}"


def describe_model(model: Any) -> str:
    shown = []
    for json_name in KEY_FIELDS:
        value = _attribute(model, json_name)
        if value is not None and value != []:
            shown.append(f"{json_name}={_short(value)}")
        if len(shown) == MAX_FIELDS:
            break
    if not shown:
        extra = getattr(model, "additional_properties", {})
        shown.append(f"(free-form object, {len(extra)} key(s))")
    return f"{type(model).__name__} " + " ".join(shown)


def _attribute(model: Any, json_name: str) -> Any:
    for name in (json_name, json_name + "_"):  # the generator renames `from`, `type`, ... to `from_`, ...
        if hasattr(model, name):
            return getattr(model, name)
    return None


def _short(value: Any) -> str:
    if isinstance(value, str):
        return repr(value) if " " in value or not value else value
    if isinstance(value, uuid.UUID | int | float | bool):
        return str(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return ",".join(_short(item) for item in value)
    number = getattr(value, "phone_number", None)
    if isinstance(number, str):  # a recipient or sender object
        status = getattr(value, "status", None)
        return number + (f"({_short(status)})" if status is not None else "")
    return type(value).__name__


# --- the flows ------------------------------------------------------------------------------------


@dataclass
class Demo:
    """What every flow gets: a client on the mock, what it sent, and a webhook signer."""

    base_url: str
    signer: testing.WebhookSigner = field(default_factory=testing.WebhookSigner.generate)
    fake: Any = None  # the TelnyxFake behind base_url, when the demo started one
    sent: list[httpx.Request] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    client: Telnyx = field(init=False)
    # ids the flows pass on (a sent message is then retrieved...); Prism's examples to begin with
    ids: dict[str, str] = field(
        default_factory=lambda: {
            "profile": PROFILE_ID, "pool_profile": POOL_PROFILE_ID, "message": MESSAGE_ID, "scheduled": MESSAGE_ID,
            "group": MESSAGE_ID, "sender_id": SENDER_ID_ID, "autoresp": AUTORESP_ID,
        }
    )  # fmt: skip

    def __post_init__(self) -> None:
        if self.fake is not None:
            self.signer = self.fake.signer  # its webhooks are signed with this key
        self.client = self.new_client()

    def keep(self, name: str, response: Any) -> Any:
        """Remember the id in `response.data` (or its first item) for the flows that follow."""
        data = response.data
        item = data[0] if isinstance(data, list) and data else data
        self.ids[name] = str(item.id)
        return response

    def new_client(self, **kwargs: Any) -> Telnyx:
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [self.sent.append], "response": [self._check]}
        http = httpx.Client(event_hooks=hooks)
        return Telnyx(API_KEY, base_url=self.base_url, public_key=self.signer.public_key, http_client=http, **kwargs)

    def _check(self, response: httpx.Response) -> None:
        """Remember requests Prism rejected (its `sl-violations` header or problem+json)."""
        response.read()
        rejection = prism_rejection(response)
        if rejection:
            self.rejected.append(rejection)

    def async_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """The same recording for an httpx.AsyncClient (whose hooks are coroutines)."""

        async def on_request(request: httpx.Request) -> None:
            self.sent.append(request)

        async def on_response(response: httpx.Response) -> None:
            await response.aread()
            rejection = prism_rejection(response)
            if rejection:
                self.rejected.append(rejection)

        return {"request": [on_request], "response": [on_response]}


def prism_support() -> Any:
    """tests/support/prism.py: the contract tests' Prism launcher and violation parser."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.support import prism  # noqa: PLC0415

    return prism


def seed_fake(demo: Demo) -> None:
    """What a real account already has: two profiles, numbers, a hosted number, an opt-out."""
    fake = demo.fake
    profile = fake.add_messaging_profile("Demo profile", webhook_url=None)
    pool = fake.add_messaging_profile("Number pool")
    demo.ids.update(profile=profile["id"], pool_profile=pool["id"])
    fake.add_phone_number(SENDER_NUMBER, messaging_profile_id=profile["id"])
    fake.add_phone_number("+13125550100", messaging_profile_id=pool["id"])
    fake.add_phone_number(HOSTED_NUMBER, messaging_profile_id=profile["id"], hosted=True)
    fake.inbound(from_=SUBSCRIBER, to=SENDER_NUMBER, text="STOP")


def prism_rejection(response: httpx.Response) -> str | None:
    prism = prism_support()
    found = prism.violations(response)
    return prism.describe_violations(response, found) if found else None


Flow = tuple[str, Callable[[Demo], str]]


def send_sms(demo: Demo) -> str:
    response = demo.client.messages.send(to="+18445550001", from_="+18005550101", text="Hello from Telnyx!")
    return describe(demo.keep("message", response))


def send_alphanumeric(demo: Demo) -> str:
    response = demo.client.messages.send_with_alphanumeric_sender(
        from_="MyCompany", messaging_profile_id=demo.ids["profile"], text="Hello from Telnyx!", to="+13125550001"
    )
    return describe(response)


def verify_webhook(demo: Demo) -> str:
    body, headers = demo.signer.request(testing.message_received(text="STOP", from_="+13125550001"))
    event = demo.client.webhooks.unwrap(body, headers=headers)
    payload = event.data.payload  # type: ignore[union-attr]
    return f"verified {event.data.event_type}: from={payload.from_.phone_number} text={payload.text!r}"  # type: ignore[union-attr]


def reject_forged_webhook(demo: Demo) -> str:
    body, headers = demo.signer.request(testing.message_finalized())
    try:
        demo.client.webhooks.unwrap(body.replace(b"delivered", b"failed"), headers=headers)
    except telnyx.WebhookVerificationError as error:
        return f"altered body rejected: WebhookVerificationError: {error}"
    raise AssertionError("an altered webhook body was accepted")


def send_group_mms(demo: Demo) -> str:
    response = demo.client.messages.send_group_mms(
        from_="+13125551234", to=["+18655551234", "+14155551234"], text="Hello from Telnyx!"
    )
    return describe(demo.keep("group", response))


def send_long_code(demo: Demo) -> str:
    return describe(demo.client.messages.send_long_code(from_="+18445550001", to="+13125550002", text="Hello!"))


def send_number_pool(demo: Demo) -> str:
    response = demo.client.messages.send_number_pool(
        messaging_profile_id=demo.ids["pool_profile"], to="+13125550002", text="Hello from Telnyx!"
    )
    return describe(response)


def send_short_code(demo: Demo) -> str:
    return describe(demo.client.messages.send_short_code(from_="+18445550001", to="+18445550001", text="Hello!"))


def schedule(demo: Demo) -> str:
    send_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(days=1)
    response = demo.client.messages.schedule(
        to="+18445550001", from_="+18005550101", text="Appointment reminder", send_at=send_at
    )
    return describe(demo.keep("scheduled", response))


def send_whatsapp(demo: Demo) -> str:
    response = demo.client.messages.send_whatsapp(
        from_="+13125551234", to="+13125551234", whatsapp_message={"type": "text", "text": {"body": "Hello!"}}
    )
    return describe(response)


def retrieve(demo: Demo) -> str:
    return describe(demo.client.messages.retrieve(demo.ids["message"]))


def cancel_scheduled(demo: Demo) -> str:
    return describe(demo.client.messages.cancel_scheduled(demo.ids["scheduled"]))


def list_sender_ids(demo: Demo) -> str:
    return describe(demo.client.alphanumeric_sender_ids.list(filter={"messaging_profile_id": demo.ids["profile"]}))


def create_sender_id(demo: Demo) -> str:
    response = demo.client.alphanumeric_sender_ids.create(
        alphanumeric_sender_id="MyCompany", messaging_profile_id=demo.ids["profile"]
    )
    return describe(demo.keep("sender_id", response))


def retrieve_sender_id(demo: Demo) -> str:
    return describe(demo.client.alphanumeric_sender_ids.retrieve(demo.ids["sender_id"]))


def delete_sender_id(demo: Demo) -> str:
    return describe(demo.client.alphanumeric_sender_ids.delete(demo.ids["sender_id"]))


def retrieve_group_messages(demo: Demo) -> str:
    return describe(demo.client.messages.retrieve_group_messages(demo.ids["group"]))


def list_hosted_numbers(demo: Demo) -> str:
    return describe(demo.client.messaging_hosted_numbers.list(page={"size": 20}))


def retrieve_hosted_number(demo: Demo) -> str:
    return describe(demo.client.messaging_hosted_numbers.retrieve(HOSTED_NUMBER))


def update_hosted_number(demo: Demo) -> str:
    response = demo.client.messaging_hosted_numbers.update(
        HOSTED_NUMBER, messaging_product="P2P", messaging_profile_id=demo.ids["profile"]
    )
    return describe(response)


def list_optouts(demo: Demo) -> str:
    return describe(demo.client.messaging_optouts.list(filter={"messaging_profile_id": demo.ids["profile"]}))


def list_profile_metrics(demo: Demo) -> str:
    return describe(demo.client.messaging_profile_metrics.list(time_frame="24h"))


def regenerate_secret(demo: Demo) -> str:
    return describe(demo.client.messaging_profiles.actions.regenerate_secret(demo.ids["profile"]))


def list_profile_sender_ids(demo: Demo) -> str:
    return describe(demo.client.messaging_profiles.list_alphanumeric_sender_ids(demo.ids["profile"]))


def retrieve_metrics(demo: Demo) -> str:
    return describe(demo.client.messaging_profiles.retrieve_metrics(demo.ids["profile"], time_frame="7d"))


def list_autoresp(demo: Demo) -> str:
    return describe(demo.client.messaging_profiles.autoresp_configs.list(demo.ids["profile"], country_code="US"))


def create_autoresp(demo: Demo) -> str:
    response = demo.client.messaging_profiles.autoresp_configs.create(
        demo.ids["profile"],
        op="stop",
        keywords=["STOP", "UNSUBSCRIBE"],
        country_code="US",
        resp_text="You are unsubscribed.",
    )
    return describe(demo.keep("autoresp", response))


def retrieve_autoresp(demo: Demo) -> str:
    return describe(demo.client.messaging_profiles.autoresp_configs.retrieve(demo.ids["profile"], demo.ids["autoresp"]))


def update_autoresp(demo: Demo) -> str:
    response = demo.client.messaging_profiles.autoresp_configs.update(
        demo.ids["profile"],
        demo.ids["autoresp"],
        op="start",
        keywords=["START"],
        country_code="US",
        resp_text="Welcome back!",
    )
    return describe(response)


def delete_autoresp(demo: Demo) -> str:
    return describe(demo.client.messaging_profiles.autoresp_configs.delete(demo.ids["profile"], demo.ids["autoresp"]))


def reference_error_handling(client: Telnyx) -> str:
    """The reference's error-handling sample, reporting the branch taken instead of printing."""
    try:
        client.messages.send(to="+18445550001", from_="+18005550101", text="Hello from Telnyx!")
    except telnyx.APIConnectionError:
        return "APIConnectionError: network error - check connectivity and retry"
    except telnyx.RateLimitError as e:
        return f"RateLimitError {e.status_code} (retry_after={e.retry_after}): {e.message}"
    except telnyx.APIStatusError as e:
        hint = " - validation error, check required fields and formats" if e.status_code == 422 else ""
        return f"{type(e).__name__} {e.status_code}: {e.message}{hint}"
    raise AssertionError("the mock answered 2xx where an error was asked for")


def error_422(demo: Demo) -> str:
    return _error_answer(demo, 422)


def error_429(demo: Demo) -> str:
    return _error_answer(demo, 429, max_retries=0)


def _error_answer(demo: Demo, status: int, **client_options: Any) -> str:
    """The fake is told to fail the next send (`fail_next`); Prism is asked with `Prefer: code=...`."""
    if demo.fake is not None:
        demo.fake.fail_next("messages.send", status=status, retry_after=1 if status == 429 else None)
        with demo.new_client(**client_options) as client:
            return reference_error_handling(client)
    with demo.new_client(default_headers={"Prefer": f"code={status}"}, **client_options) as client:
        return reference_error_handling(client)


def validation_error(demo: Demo) -> str:
    before = len(demo.sent)
    try:
        demo.client.messages.send(to="+1 (312) 555-0001", from_="+18005550101", text="Hello from Telnyx!")
    except telnyx.ValidationError as error:
        if len(demo.sent) != before:
            raise AssertionError("a request was sent despite the validation error") from error
        return f"ValidationError, nothing sent: {error}"
    raise AssertionError("a formatted number was sent without a ValidationError")


def async_client(demo: Demo) -> str:
    async def run() -> str:
        http = httpx.AsyncClient(event_hooks=demo.async_hooks())
        async with AsyncTelnyx(API_KEY, base_url=demo.base_url, http_client=http) as client:
            sent = await client.messages.send(to="+18445550001", from_="+18005550101", text="Hello, async!")
            optouts = [item async for item in client.messaging_optouts.list()]
        return f"messages.send -> {describe(sent)}; messaging_optouts.list -> {len(optouts)} item(s)"

    return asyncio.run(run())


SECTIONS: list[tuple[str, list[Flow]]] = [
    (
        "Core tasks",
        [
            ("messages.send", send_sms),
            ("messages.send_with_alphanumeric_sender", send_alphanumeric),
        ],
    ),
    (
        "Webhook verification (signed locally with telnyx_messaging.testing)",
        [
            ("webhooks.unwrap (signed message.received)", verify_webhook),
            ("webhooks.unwrap (body altered after signing)", reject_forged_webhook),
        ],
    ),
    (
        "Supporting operations",
        [
            ("messages.send_group_mms", send_group_mms),
            ("messages.send_long_code", send_long_code),
            ("messages.send_number_pool", send_number_pool),
            ("messages.send_short_code", send_short_code),
            ("messages.schedule", schedule),
            ("messages.send_whatsapp", send_whatsapp),
        ],
    ),
    (
        "Additional operations",
        [
            ("messages.retrieve", retrieve),
            ("messages.cancel_scheduled", cancel_scheduled),
            ("alphanumeric_sender_ids.list", list_sender_ids),
            ("alphanumeric_sender_ids.create", create_sender_id),
            ("alphanumeric_sender_ids.retrieve", retrieve_sender_id),
            ("alphanumeric_sender_ids.delete", delete_sender_id),
            ("messages.retrieve_group_messages", retrieve_group_messages),
            ("messaging_hosted_numbers.list", list_hosted_numbers),
            ("messaging_hosted_numbers.retrieve", retrieve_hosted_number),
            ("messaging_hosted_numbers.update", update_hosted_number),
            ("messaging_optouts.list", list_optouts),
            ("messaging_profile_metrics.list", list_profile_metrics),
            ("messaging_profiles.actions.regenerate_secret", regenerate_secret),
            ("messaging_profiles.list_alphanumeric_sender_ids", list_profile_sender_ids),
            ("messaging_profiles.retrieve_metrics", retrieve_metrics),
            ("messaging_profiles.autoresp_configs.list", list_autoresp),
            ("messaging_profiles.autoresp_configs.create", create_autoresp),
            ("messaging_profiles.autoresp_configs.retrieve", retrieve_autoresp),
            ("messaging_profiles.autoresp_configs.update", update_autoresp),
            ("messaging_profiles.autoresp_configs.delete", delete_autoresp),
        ],
    ),
    (
        "Error handling (the reference's try/except)",
        [
            ("messages.send -> code=422", error_422),
            ("messages.send -> code=429 (max_retries=0)", error_429),
            ('messages.send(to="+1 (312) 555-0001")', validation_error),
        ],
    ),
    ("Async client", [("AsyncTelnyx", async_client)]),
]


def run_flow(demo: Demo, name: str, flow: Callable[[Demo], str], out: TextIO) -> bool:
    rejected_before, sent_before = len(demo.rejected), len(demo.sent)
    try:
        summary = flow(demo)
    except Exception as error:  # report every failure, keep going
        detail = "".join(traceback.format_exception_only(error)).strip()
        _line(out, "FAIL", name, detail)
        return False
    rejections = demo.rejected[rejected_before:]
    if rejections:
        _line(out, "FAIL", name, "the mock rejected the request: " + " | ".join(rejections))
        return False
    requests = len(demo.sent) - sent_before
    _line(out, "ok", f"{name}  [{requests} request{'' if requests == 1 else 's'}]", summary)
    return True


def _line(out: TextIO, status: str, name: str, text: str) -> None:
    """`  ok   method  [n requests]`, then what it returned on one indented line (at most LINE_WIDTH)."""
    result = "       " + " ".join(text.split())
    print(f"  {status:<4} {name}", file=out)
    print(result if len(result) <= LINE_WIDTH else result[: LINE_WIDTH - 3] + "...", file=out)


def run_flows(base_url: str, out: TextIO | None = None, fake: Any = None) -> int:
    """Run every flow against the mock at `base_url` (`fake`: the TelnyxFake serving it); how many failed."""
    out = out or sys.stdout
    demo = Demo(base_url, fake=fake)
    if fake is not None:
        seed_fake(demo)
    failures = 0
    try:
        for title, flows in SECTIONS:
            print(f"\n{title}", file=out)
            failures += sum(not run_flow(demo, name, flow, out) for name, flow in flows)
    finally:
        demo.client.close()
    total = sum(len(flows) for _, flows in SECTIONS)
    print(f"\n{total - failures}/{total} flows ok, {len(demo.sent)} requests sent", file=out)
    return failures


# --- the mocks ------------------------------------------------------------------------------------


def run_on_fake() -> int:
    try:
        from telnyx_messaging.testing import TelnyxFake  # noqa: PLC0415 - needs the [testing] extra
    except ModuleNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    started = time.monotonic()
    fake = TelnyxFake()
    try:
        url = fake.url
        print(f"  TelnyxFake (telnyx_messaging.testing) on {url}, up in {time.monotonic() - started:.1f} s")
        print(f"  API key: {API_KEY!r} (a dummy); requests are checked against the spec, answers keep state")
        return 1 if run_flows(url, fake=fake) else 0
    finally:
        fake.close()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--mock", choices=("fake", "prism"), default="fake", help="which mock to start (default: fake)")
    parser.add_argument("--spec", type=Path, default=ROOT / "build" / "spec" / "messaging.json")
    parser.add_argument("--prism", type=Path, default=ROOT / "node_modules" / ".bin" / "prism")
    parser.add_argument("--base-url", help="run against a mock already listening there (Prism is not started)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print("telnyx-messaging demo: every flow of the reference SKILL.md against a local mock, no API key")
    if args.base_url:
        print(f"  mock: {args.base_url} (already running); API key: {API_KEY!r}, a dummy")
        return 1 if run_flows(args.base_url) else 0
    if args.mock == "fake":
        return run_on_fake()
    if not args.spec.exists():
        print(f"error: spec {args.spec} not found (`make build/spec/messaging.json` builds it)", file=sys.stderr)
        return 2
    prism = prism_support()
    prism.PRISM_BIN = args.prism.resolve()  # start_prism() runs whichever binary this names
    with tempfile.TemporaryDirectory(prefix="telnyx-demo-") as tmp:
        started = time.monotonic()
        try:
            server = prism.start_prism(Path(tmp) / "prism.log", spec=args.spec.resolve())
        except prism.PrismUnavailableError as error:
            print(f"error: could not start Prism: {error}", file=sys.stderr)
            return 2
        try:
            print(
                f"  Prism ({args.prism}) serving {args.spec} on {server.url}, up in {time.monotonic() - started:.1f} s"
            )
            print(f"  API key: {API_KEY!r} (a dummy); answers are the spec's examples, not echoes of the requests")
            return 1 if run_flows(server.url) else 0
        finally:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
