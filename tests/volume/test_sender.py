"""The campaign sender against the loopback stand-in: limits, exactly once, 429s, reports.

Rates are measured from the stand-in's arrival times. Tolerance: in any window of W
seconds a limit of R/s with a burst of B admits at most R*W + B requests; we allow
R*0.1 s + 1 more, for the jitter between leaving the sender and arriving at the server
(connection set-up, scheduling on a loaded 2-core machine).
"""

from __future__ import annotations

import itertools
import time

import pytest

from telnyx_messaging import AsyncTelnyx, Telnyx
from telnyx_messaging.campaign import AsyncCampaignSender, CampaignMessage, CampaignSender, Limits, Rate

from .conftest import messages
from .standin import max_in_window

pytestmark = pytest.mark.anyio

JITTER = 0.1
FAST = Limits(account_sms=5000, sender_types={"short_code": 5000, "long_code": 5000, "toll_free": 5000})


def assert_within(times: list[float], rate: Rate, window: float = 1.0) -> None:
    allowed = rate.per_second * (window + JITTER) + rate.capacity + 1
    assert max_in_window(times, window) <= allowed, (max_in_window(times, window), allowed)


async def test_every_message_arrives_exactly_once(standin):
    batch = messages(600, ("12345", "+18005550101", "+13125550001"))
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=FAST, concurrency=16).send(iter(batch))
    assert report.ok, report
    assert report.counts["sent"] == 600
    assert len(standin.arrivals) == 600
    assert all(standin.accepted_count(m["to"], m["text"]) == 1 for m in batch)
    ids = {entry.message_id for entry in report.sent}
    assert ids == set(standin.accepted.values())
    assert {entry.line for entry in report.sent} == set(range(1, 601))


def test_the_sync_sender_on_telnyx(standin):
    batch = messages(200, ("12345", "54321"))
    with Telnyx("key", base_url=standin.url) as client:
        report = CampaignSender(client, limits=FAST, concurrency=8).send(batch)
    assert report.ok
    assert report.counts["sent"] == 200
    assert all(standin.accepted_count(m["to"], m["text"]) == 1 for m in batch)


async def test_per_sender_rates_are_never_exceeded(standin):
    limits = Limits(account_sms=1000, senders={"+13125550001": 20, "+13125550002": 10})
    batch = messages(60, ("+13125550001", "+13125550001", "+13125550002"))  # 40 and 20: two seconds each
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=limits).send(batch)
    assert report.ok
    by_sender = standin.arrivals_by_sender()
    assert_within(by_sender["+13125550001"], Rate(20))
    assert_within(by_sender["+13125550002"], Rate(10))
    assert 1.5 <= report.seconds < 4.0  # limited, and not much slower than the limit


async def test_the_account_rate_binds_across_senders(standin):
    limits = Limits(account_sms=30, sender_types={"short_code": 1000})
    batch = messages(75, ("11111", "22222", "33333"))
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=limits).send(batch)
    assert report.ok
    assert_within([a.at for a in standin.arrivals], Rate(30))
    assert report.seconds >= 2.0


async def test_a_429_burst_slows_the_campaign_and_loses_nothing(standin):
    standin.fail_next(12, 429, {"retry-after": "0.1"})
    batch = messages(150, ("12345", "+18005550101"))
    started = time.monotonic()
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=FAST, concurrency=8).send(batch)
    assert report.ok, report.failed[:3]
    assert report.counts["sent"] == 150
    assert len(standin.arrivals) == 162  # every 429 was tried again, nothing twice
    assert all(standin.accepted_count(m["to"], m["text"]) == 1 for m in batch)
    assert time.monotonic() - started >= 0.1  # it waited as asked
    first_429 = next(a.at for a in standin.arrivals if a.status == 429)
    soon_after = [a for a in standin.arrivals if first_429 + 0.02 < a.at < first_429 + 0.09]
    assert len(soon_after) == 0  # held for Retry-After (the requests in flight had arrived by then)


async def test_ratelimit_remaining_zero_holds_until_the_reset(standin):
    standin.headers_on_success.update({"x-ratelimit-remaining": "0", "x-ratelimit-reset": "0.4"})
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=FAST, concurrency=1).send(messages(3))
    assert report.ok
    times = [a.at for a in standin.arrivals]
    assert all(later - earlier >= 0.35 for earlier, later in itertools.pairwise(times))


async def test_server_errors_are_retried_with_the_same_idempotency_key(standin):
    standin.fail_next(2, 500)
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=FAST, concurrency=1).send(messages(1))
    assert report.ok
    keys = {a.idempotency_key for a in standin.arrivals}
    assert len(standin.arrivals) == 3
    assert len(keys) == 1
    assert keys.pop().startswith("tmc-")


async def test_unknown_outcomes_and_failures_are_reported(standin):
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        sender = AsyncCampaignSender(client, limits=FAST, concurrency=1, max_attempts=2)
        standin.fail_next(2, 503)  # two attempts, both 5xx: it may have gone out
        unknown = await sender.send(messages(1, prefix="a"))
        standin.fail_next(1, 422)  # refused: surely not sent
        failed = await sender.send(messages(1, prefix="b"))
    assert not unknown.ok
    assert [(p.line, p.status) for p in unknown.unknown] == [(1, 503)]
    assert "InternalServerError" in unknown.unknown[0].error
    assert [(p.line, p.status, p.code) for p in failed.failed] == [(1, 422, "10000")]
    assert len(standin.arrivals) == 3


async def test_invalid_messages_are_rejected_with_their_line_and_not_sent(standin):
    batch = [
        {"to": "+13125550001", "from": "12345", "text": "ok"},
        {"to": "3125550002", "from": "12345", "text": "bad number"},
        {"to": "+13125550003", "from": "12345"},
        {"to": "+13125550004", "from": "12345", "text": "x" * 1531},
        {"to": "+13125550005", "frm": "12345", "text": "typo"},
        CampaignMessage(to="+13125550006", from_="12345", text="typed"),
    ]
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=FAST).send(batch)
    rejected = {p.line: p.error for p in report.rejected}
    assert sorted(rejected) == [2, 3, 4, 5]
    assert "to='3125550002'" in rejected[2]
    assert "text or media_urls" in rejected[3]
    assert "11 parts" in rejected[4]
    assert "frm" in rejected[5]
    assert sorted(a.to for a in standin.arrivals) == ["+13125550001", "+13125550006"]


async def test_a_duplicate_message_in_the_input_is_sent_once(standin):
    batch = [{"to": "+13125550001", "from": "12345", "text": "same"}] * 3
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=FAST).send(batch)
    assert report.counts["sent"] == 1
    assert standin.accepted_count("+13125550001", "same") == 1


async def test_rate_limits_by_parts(standin):
    limits = Limits(senders={"12345": Rate(10, burst=2, unit="parts")})
    long_text = "a" * 200  # two parts
    batch = [{"to": f"+1312555000{i}", "from": "12345", "text": long_text} for i in range(8)]
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        report = await AsyncCampaignSender(client, limits=limits).send(batch)
    assert report.parts == 16
    assert report.seconds >= 1.2  # 16 parts at 10 parts/s, 2 in the first burst


def test_dry_run_reports_parts_cost_and_duration():
    batch = [
        *messages(40, ("+13125550001",)),
        {"to": "+13125550002", "from": "+18005550101", "text": "ж" * 100},
        {"to": "bad", "from": "12345", "text": "x"},
    ]
    sender = CampaignSender(Telnyx("key", base_url="http://127.0.0.1:9"), rates={"+13125550001": Rate.per_minute(240)})
    plan = sender.dry_run(batch)
    assert plan.messages == 41
    assert plan.parts == 42  # the UCS-2 text takes two
    assert plan.encodings == {"GSM-7": 40, "UCS-2": 1}
    assert plan.rejected_count == 1
    assert plan.rejected[0].line == 42
    assert plan.seconds == pytest.approx(10.0)  # 40 messages at 4/s
    assert "estimated duration at the configured rates: 10.0 s" in plan.summary()
