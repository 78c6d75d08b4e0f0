"""The `telnyx-messaging` command (also `python -m telnyx_messaging`).

    telnyx-messaging send-many recipients.csv --from +18005550101 --text "Hi {name}" --journal spring.db
    telnyx-messaging send --to +13125550001 --from +18005550101 --text Hello
    telnyx-messaging retrieve 4031938e-60e5-4af8-a4e1-2b2f3f3e9f07
    telnyx-messaging verify body.json --signature ... --timestamp ... [--public-key ...]

The API key comes from $TELNYX_API_KEY (never from the command line, where it would land
in shell history and `ps`); --base-url or $TELNYX_BASE_URL points elsewhere.
Exit codes: 0 everything accepted (or verified), 1 something was not, 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._exceptions import TelnyxError, ValidationError

EXIT_OK, EXIT_NOT_ALL, EXIT_USAGE = 0, 1, 2
SHOWN_PROBLEMS = 20


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except ValidationError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except TelnyxError as error:
        print(f"error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_NOT_ALL
    except OSError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="telnyx-messaging", description="Telnyx Messaging from the command line.")
    parser.add_argument("--base-url", help="API base URL (default $TELNYX_BASE_URL or https://api.telnyx.com/v2)")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    many = commands.add_parser("send-many", help="send a campaign from a CSV file within Telnyx's rate limits")
    many.add_argument("csv", type=Path, help="CSV with a header; a 'to' (or 'phone') column is required")
    many.add_argument("--from", dest="from_", help="sender for rows without a 'from' column")
    many.add_argument("--messaging-profile-id", help="number pool profile for rows without a sender")
    many.add_argument("--text", help="text, or a template filled from the row: 'Hi {name}'")
    many.add_argument("--journal", type=Path, help="SQLite journal: resume here, never send twice")
    many.add_argument("--dry-run", action="store_true", help="check every row and estimate parts, cost and time")
    many.add_argument(
        "--rate", action="append", default=[], metavar="SENDER=RATE",
        help="per-sender limit, e.g. +13125550001=240/min or 12345=500 (per second); repeatable",
    )  # fmt: skip
    many.add_argument("--account-rate", type=float, help="account SMS messages per second (default 50)")
    many.add_argument("--concurrency", type=int, default=32)
    many.add_argument("--resend-unknown", action="store_true", help="resend unknown outcomes (same Idempotency-Key)")
    many.add_argument("--progress", choices=("auto", "rich", "tqdm", "plain", "none"), default="auto")
    many.set_defaults(run=_send_many)

    one = commands.add_parser("send", help="send one message")
    one.add_argument("--to", required=True)
    one.add_argument("--from", dest="from_")
    one.add_argument("--messaging-profile-id")
    one.add_argument("--text")
    one.add_argument("--media-url", action="append", dest="media_urls")
    one.add_argument("--idempotency-key")
    one.set_defaults(run=_send)

    get = commands.add_parser("retrieve", help="print a message as JSON")
    get.add_argument("id")
    get.set_defaults(run=_retrieve)

    verify = commands.add_parser("verify", help="verify a saved webhook request (body file + its headers)")
    verify.add_argument("body", type=Path, help="the raw request body, as received")
    verify.add_argument("--signature", required=True, help="the telnyx-signature-ed25519 header")
    verify.add_argument("--timestamp", required=True, help="the telnyx-timestamp header")
    verify.add_argument("--public-key", help="base64 public key (default $TELNYX_PUBLIC_KEY)")
    verify.add_argument("--tolerance", type=float, default=300.0, help="seconds; 0 disables the age check")
    verify.set_defaults(run=_verify)
    return parser


def _rates(specs: list[str]) -> dict[str, Any]:
    from .campaign import Rate  # noqa: PLC0415 - loads with the command that needs it

    rates: dict[str, Any] = {}
    for spec in specs:
        sender, _, value = spec.rpartition("=")
        try:
            if value.endswith("/min"):
                rates[sender] = Rate.per_minute(float(value[:-4]))
            else:
                rates[sender] = Rate(float(value.removesuffix("/s")))
        except ValueError as error:
            raise ValidationError("--rate", spec, f"must be SENDER=N (per second) or SENDER=N/min ({error})") from None
        if not sender:
            raise ValidationError("--rate", spec, "must name the sender: SENDER=RATE")
    return rates


def _send_many(args: argparse.Namespace) -> int:
    from .campaign import AsyncCampaignSender, Limits  # noqa: PLC0415
    from .campaign._csv import read_messages  # noqa: PLC0415

    limits = Limits(account_sms=args.account_rate) if args.account_rate else Limits()

    def rows() -> Any:
        return read_messages(args.csv, from_=args.from_, text=args.text, messaging_profile_id=args.messaging_profile_id)

    options: dict[str, Any] = {"limits": limits, "rates": _rates(args.rate), "concurrency": args.concurrency}
    if args.dry_run:
        from .campaign._dryrun import dry_run  # noqa: PLC0415
        from .campaign._sender import _Campaign  # noqa: PLC0415

        plan = dry_run(rows(), _Campaign(**options).limits)
        print(plan.summary())
        _print_problems("rejected", plan.rejected, plan.rejected_count)
        return EXIT_OK if plan.rejected_count == 0 else EXIT_NOT_ALL
    total = sum(1 for _ in rows()) if args.progress != "none" else None
    progress = False if args.progress == "none" else args.progress

    async def run() -> Any:
        from . import AsyncTelnyx  # noqa: PLC0415

        async with AsyncTelnyx(base_url=args.base_url) as client:
            sender = AsyncCampaignSender(
                client, journal=args.journal, resend_unknown=args.resend_unknown, progress=progress, **options
            )
            return await sender.send(rows(), total=total)

    report = asyncio.run(run())
    print(report.summary())
    _print_problems("rejected", report.rejected, report.counts["rejected"])
    _print_problems("failed", report.failed, report.counts["failed"])
    _print_problems(
        "outcome unknown (not resent; --resend-unknown to resend)", report.unknown, report.counts["unknown"]
    )
    return EXIT_OK if report.ok else EXIT_NOT_ALL


def _print_problems(title: str, problems: Sequence[Any], count: int) -> None:
    if not count:
        return
    print(f"{count} {title}:")
    for entry in problems[:SHOWN_PROBLEMS]:
        print(f"  line {entry.line}: {entry.to or '?'}: {entry.error}")
    if count > SHOWN_PROBLEMS:
        print(f"  ... and {count - SHOWN_PROBLEMS} more (see the journal)")


def _client(args: argparse.Namespace) -> Any:
    from . import Telnyx  # noqa: PLC0415

    return Telnyx(base_url=args.base_url)


def _send(args: argparse.Namespace) -> int:
    fields = {
        "to": args.to, "from_": args.from_, "messaging_profile_id": args.messaging_profile_id,
        "text": args.text, "media_urls": args.media_urls,
    }  # fmt: skip
    options = {"idempotency_key": args.idempotency_key} if args.idempotency_key else {}
    with _client(args) as client:
        response = client.messages.send(**{k: v for k, v in fields.items() if v is not None}, **options)
    print(json.dumps(response.json().get("data", {}), indent=2))
    return EXIT_OK


def _retrieve(args: argparse.Namespace) -> int:
    with _client(args) as client:
        response = client.messages.retrieve(args.id)
    print(json.dumps(response.json().get("data", {}), indent=2))
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from . import webhooks  # noqa: PLC0415

    body = args.body.read_bytes()
    headers = {"telnyx-signature-ed25519": args.signature, "telnyx-timestamp": args.timestamp}
    try:
        webhooks.verify(body, headers, public_key=args.public_key, tolerance=args.tolerance or None)
    except TelnyxError as error:
        print(f"NOT verified: {error}")
        return EXIT_NOT_ALL
    try:
        event_type = json.loads(body)["data"]["event_type"]
    except (ValueError, KeyError, TypeError):
        event_type = "(no data.event_type)"
    print(f"verified: signature and timestamp are good; event {event_type}")
    return EXIT_OK
