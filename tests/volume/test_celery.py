"""The campaign on Celery: a real redis-server and two worker processes on 127.0.0.1.

Limits are shared through Redis, so they hold across workers (tolerance as in
test_sender.py); a worker SIGKILLed mid-run loses and duplicates nothing.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from telnyx_messaging.campaign import Limits, Rate

from .conftest import messages
from .standin import max_in_window

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server (.ci/run installs it)"),
    pytest.mark.timeout(240),
]
REPO = Path(__file__).resolve().parents[2]
SENDERS = ("11111", "22222", "33333")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def redis_url(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        import redis

        client = redis.Redis(port=port)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(10)


def start_worker(redis_url, standin, name):
    env = {
        **os.environ, "VOLUME_BROKER": f"{redis_url}/0", "VOLUME_REDIS": f"{redis_url}/1",
        "TELNYX_CAMPAIGN_REDIS": f"{redis_url}/1", "TELNYX_API_KEY": "key", "TELNYX_BASE_URL": standin.url,
        "PYTHONPATH": str(REPO),
    }  # fmt: skip
    command = [sys.executable, "-m", "celery", "-A", "tests.volume.celery_app", "worker", "--pool", "threads",
               "--concurrency", "8", "--without-gossip", "--without-mingle", "--without-heartbeat",
               "--loglevel", "WARNING", "-n", f"{name}@%h"]  # fmt: skip
    return subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture
def workers(redis_url, standin):
    procs = [start_worker(redis_url, standin, f"w{i}") for i in range(2)]
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def enqueue_all(redis_url, batch, limits):
    os.environ["VOLUME_BROKER"] = f"{redis_url}/0"
    os.environ["VOLUME_REDIS"] = os.environ["TELNYX_CAMPAIGN_REDIS"] = f"{redis_url}/1"
    from telnyx_messaging.campaign.celery import enqueue

    from . import celery_app

    app = celery_app.app
    if app.conf.broker_url != f"{redis_url}/0":  # a new server per test: drop the old pools
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None
        app.conf.broker_url = f"{redis_url}/0"
    return enqueue(celery_app.send_message, batch, limits=limits)


def wait_for(standin, batch, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if all(standin.accepted_count(m["to"], m["text"]) >= 1 for m in batch):
            return
        time.sleep(0.2)


def test_shared_limits_hold_across_workers_and_every_message_arrives_once(redis_url, standin, workers):
    limits = Limits(account_sms=400, sender_types={"short_code": 150})
    batch = messages(2000, SENDERS, prefix="celery")
    queued = enqueue_all(redis_url, batch, limits)
    assert queued.queued == 2000
    wait_for(standin, batch, 120)
    assert all(standin.accepted_count(m["to"], m["text"]) == 1 for m in batch)
    by_sender = standin.arrivals_by_sender()
    for sender in SENDERS:
        times = by_sender[sender]
        assert max_in_window(times, 1.0) <= 150 * 1.1 + Rate(150).capacity + 1, sender
    all_times = [a.at for a in standin.arrivals]
    assert max_in_window(all_times, 1.0) <= 400 * 1.1 + Rate(400).capacity + 1


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(redis_url, standin, workers):
    standin.response_delay = 0.02
    limits = Limits(account_sms=300, sender_types={"short_code": 300})
    batch = messages(600, SENDERS, prefix="kill")
    enqueue_all(redis_url, batch, limits)
    deadline = time.monotonic() + 60
    while len(standin.arrivals) < 150 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(workers[0].pid, signal.SIGKILL)
    workers[0].wait(10)
    wait_for(standin, batch, 90)  # the other worker picks up what the dead one held
    counts = [standin.accepted_count(m["to"], m["text"]) for m in batch]
    assert max(counts) == 1  # nothing twice
    assert counts.count(1) == 600, journal_states(redis_url, [m for m, c in zip(batch, counts, strict=True) if not c])


def journal_states(redis_url, missing):
    """What the Redis journal and queue say about messages that never arrived (for the failure message)."""
    import redis

    from telnyx_messaging.campaign import CampaignMessage
    from telnyx_messaging.campaign._redis import RedisJournal

    journal = RedisJournal(redis.Redis.from_url(f"{redis_url}/1"), "telnyx:journal:")
    broker = redis.Redis.from_url(f"{redis_url}/0")
    states = [journal.lookup(CampaignMessage.of(m, 0).message_key) for m in missing[:5]]
    return f"{len(missing)} missing; journal {states}; queued {broker.llen('celery')}, unacked {broker.hlen('unacked')}"


def test_a_task_the_broker_lost_is_published_again_and_sent_once(redis_url, standin, workers):
    # What Kombu's Redis transport does to a worker killed between its BRPOP and its unacked
    # record: the task is in the outbox (enqueue wrote it) but in no queue and no worker.
    import redis

    from telnyx_messaging.campaign import CampaignMessage
    from telnyx_messaging.campaign._outbox import RedisOutbox
    from telnyx_messaging.campaign.celery import _payload

    batch = messages(21, SENDERS, prefix="lost")
    queued = enqueue_all(redis_url, batch[:20], Limits())
    assert queued.queued == 20
    limits = {"sender": None, "account": [10.0, None, "messages"]}
    lost = _payload(CampaignMessage.of(batch[20], 21))
    outbox = RedisOutbox(redis.Redis.from_url(f"{redis_url}/1"), "telnyx:outbox")
    outbox.add([("lost-task", [lost, limits, ""])])
    wait_for(standin, batch, 60)
    assert [standin.accepted_count(m["to"], m["text"]) for m in batch] == [1] * 21
    deadline = time.monotonic() + 10
    while list(outbox.records()) and time.monotonic() < deadline:  # the task removes its record when done
        time.sleep(0.1)
    assert list(outbox.records()) == []
