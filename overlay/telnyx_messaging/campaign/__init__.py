"""Send campaigns at the fastest rate Telnyx's limits allow, exactly once across crashes.

    from telnyx_messaging import AsyncTelnyx
    from telnyx_messaging.campaign import AsyncCampaignSender, Rate

    async with AsyncTelnyx() as client:
        sender = AsyncCampaignSender(client, journal="spring.db", rates={"+13125550001": Rate.per_minute(240)})
        report = await sender.send({"to": row["phone"], "from": "+13125550001", "text": "Hi"} for row in rows)
    print(report.summary())

Not imported by `import telnyx_messaging`; see the README, "Sending at scale".
"""

from ._dryrun import DryRun, SenderPlan
from ._journal import Entry, Journal, SqliteJournal
from ._limits import (
    DEFAULT_ACCOUNT_MMS_RATE,
    DEFAULT_ACCOUNT_SMS_RATE,
    DEFAULT_SENDER_RATES,
    Limits,
    Rate,
    SenderType,
    sender_type,
)
from ._message import CampaignMessage, idempotency_key
from ._report import Outcome, Problem, Report, Sent
from ._sender import AsyncCampaignSender, CampaignSender

__all__ = [
    "DEFAULT_ACCOUNT_MMS_RATE",
    "DEFAULT_ACCOUNT_SMS_RATE",
    "DEFAULT_SENDER_RATES",
    "AsyncCampaignSender",
    "CampaignMessage",
    "CampaignSender",
    "DryRun",
    "Entry",
    "Journal",
    "Limits",
    "Outcome",
    "Problem",
    "Rate",
    "Report",
    "SenderPlan",
    "SenderType",
    "Sent",
    "SqliteJournal",
    "idempotency_key",
    "sender_type",
]
