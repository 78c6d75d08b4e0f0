"""The Celery app the distributed tests start workers with (broker and Redis from the env)."""

from __future__ import annotations

import os

from celery import Celery

from telnyx_messaging.campaign.celery import register

BROKER = os.environ.get("VOLUME_BROKER", "redis://127.0.0.1:6399/0")
app = Celery("volume", broker=BROKER)
app.conf.update(
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    # a killed worker's unacknowledged tasks go back to the queue after this long (kombu
    # sweeps every unacked_restore_interval x unacked_restore_throttle seconds: 100 s by default)
    broker_transport_options={"visibility_timeout": 4, "unacked_restore_interval": 1, "unacked_restore_throttle": 1},
    broker_connection_retry_on_startup=True,
)
# sweep the outbox every second (30 s by default) so a task the broker lost comes back quickly
# limits, journal and outbox: read from the env at each use, as each test has its own server
os.environ.setdefault("TELNYX_CAMPAIGN_REDIS", os.environ.get("VOLUME_REDIS", BROKER.rsplit("/", 1)[0] + "/1"))
send_message = register(app, sweep_interval=1.0)
