"""Exactly once across reruns and crashes: the SQLite journal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from telnyx_messaging import AsyncTelnyx
from telnyx_messaging.campaign import AsyncCampaignSender, Limits, SqliteJournal

from .conftest import messages

pytestmark = pytest.mark.anyio
FAST = Limits(account_sms=5000, sender_types={"short_code": 5000})


async def run(standin, batch, journal, **options):
    async with AsyncTelnyx("key", base_url=standin.url) as client:
        return await AsyncCampaignSender(client, limits=FAST, journal=journal, **options).send(batch)


async def test_a_rerun_skips_what_was_accepted(standin, tmp_path):
    batch = messages(50)
    first = await run(standin, batch, tmp_path / "c.db")
    second = await run(standin, batch, tmp_path / "c.db")
    assert first.counts["sent"] == 50
    assert second.counts["sent"] == 0
    assert second.counts["skipped"] == 50
    assert second.ok
    assert len(standin.arrivals) == 50
    journal = SqliteJournal(tmp_path / "c.db")
    assert journal.counts() == {"sent": 50}
    assert {e.message_id for e in journal.entries()} == set(standin.accepted.values())


async def test_a_rerun_retries_what_surely_failed(standin, tmp_path):
    standin.fail_next(1, 422)
    first = await run(standin, messages(5), tmp_path / "c.db", concurrency=1)
    assert [p.line for p in first.failed] == [1]
    second = await run(standin, messages(5), tmp_path / "c.db")
    assert second.counts["sent"] == 1
    assert second.counts["skipped"] == 4
    assert all(standin.accepted_count(m["to"], m["text"]) == 1 for m in messages(5))


async def test_unknown_outcomes_are_listed_not_resent_unless_asked(standin, tmp_path):
    standin.fail_next(2, 502)
    first = await run(standin, messages(1), tmp_path / "c.db", max_attempts=2)
    assert [p.line for p in first.unknown] == [1]
    arrivals = len(standin.arrivals)

    second = await run(standin, messages(3), tmp_path / "c.db")
    assert len(standin.arrivals) == arrivals + 2  # the other two only
    assert second.counts["sent"] == 2
    assert [p.line for p in second.unknown] == [1]
    assert "not resent" in second.unknown[0].error
    assert "502" in second.unknown[0].error or "InternalServerError" in second.unknown[0].error
    assert not second.ok

    third = await run(standin, messages(3), tmp_path / "c.db", resend_unknown=True)
    assert third.ok
    assert third.counts["sent"] == 1
    key_of_first = {a.idempotency_key for a in standin.arrivals[:2]}
    assert {standin.arrivals[-1].idempotency_key} == key_of_first  # the same Idempotency-Key


CHILD = """
import asyncio, sys
from telnyx_messaging import AsyncTelnyx
from telnyx_messaging.campaign import AsyncCampaignSender, Limits

async def main(url, journal):
    batch = ({"to": f"+1312555{i:04d}", "from": "12345", "text": f"crash {i}"} for i in range(400))
    async with AsyncTelnyx("key", base_url=url) as client:
        limits = Limits(account_sms=300, sender_types={"short_code": 300})
        await AsyncCampaignSender(client, limits=limits, journal=journal, concurrency=16).send(batch)

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


@pytest.mark.slow
async def test_sigkill_mid_run_then_rerun_sends_each_message_exactly_once(standin, tmp_path):
    standin.response_delay = 0.05  # keep requests in flight when the kill lands
    journal = tmp_path / "crash.db"
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(CHILD))
    child = subprocess.Popen([sys.executable, str(script), standin.url, str(journal)])
    try:
        deadline = time.monotonic() + 30
        while len(standin.arrivals) < 150 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    killed_at = len(standin.arrivals)
    assert 150 <= killed_at < 400

    batch = [{"to": f"+1312555{i:04d}", "from": "12345", "text": f"crash {i}"} for i in range(400)]
    standin.response_delay = 0.0
    rerun = await run(standin, batch, journal, concurrency=16)
    # nothing twice; what may have gone out is listed, the rest is sent now
    assert all(standin.accepted_count(m["to"], m["text"]) <= 1 for m in batch)
    assert rerun.counts["skipped"] + rerun.counts["sent"] + rerun.counts["unknown"] == 400
    assert rerun.counts["unknown"] >= 1  # the kill caught sends in flight
    unknown = {p.line for p in rerun.unknown}
    missing = {i + 1 for i, m in enumerate(batch) if standin.accepted_count(m["to"], m["text"]) == 0}
    assert missing <= unknown  # every message not at the server is listed as unknown

    final = await run(standin, batch, journal, resend_unknown=True)
    assert final.ok
    assert all(standin.accepted_count(m["to"], m["text"]) == 1 for m in batch)
