"""Sender types, default rates and the token bucket (pure, on a hand-driven clock)."""

from __future__ import annotations

import pytest

from telnyx_messaging.campaign import DEFAULT_SENDER_RATES, Limits, Rate, SenderType, sender_type
from telnyx_messaging.campaign._bucket import TokenBucket


@pytest.mark.parametrize(
    ("from_", "kind"),
    [
        ("12345", SenderType.SHORT_CODE),
        ("888", SenderType.SHORT_CODE),
        ("+18005550101", SenderType.TOLL_FREE),
        ("+18885550101", SenderType.TOLL_FREE),
        ("+13125550001", SenderType.LONG_CODE),
        ("+442071234567", SenderType.LONG_CODE),
        ("MyShop", SenderType.ALPHANUMERIC),
        (None, SenderType.NUMBER_POOL),
    ],
)
def test_sender_type_from_the_sender(from_, kind):
    assert sender_type(from_) is kind


def test_defaults_follow_telnyx_table():
    rates = {kind: (rate.per_second if rate else None) for kind, rate in DEFAULT_SENDER_RATES.items()}
    assert rates == {
        SenderType.SHORT_CODE: 1000,
        SenderType.TOLL_FREE: 20,
        SenderType.ALPHANUMERIC: 0.1,
        SenderType.LONG_CODE: 0.1,
        SenderType.NUMBER_POOL: None,
    }
    limits = Limits()
    assert limits.for_account(mms=False).per_second == 50
    assert limits.for_account(mms=True).per_second == 15


def test_overrides_by_sender_then_type():
    limits = Limits(senders={"+13125550001": Rate.per_minute(600)}, sender_types={"long_code": 2})
    assert limits.for_sender("+13125550001", SenderType.LONG_CODE) == Rate(10.0)
    assert limits.for_sender("+13125550002", SenderType.LONG_CODE) == Rate(2.0)
    assert limits.for_sender("12345", SenderType.SHORT_CODE) == Rate(1000.0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"per_second": 0}, "per_second must be > 0"), ({"per_second": 1, "burst": 0.5}, "burst must be >= 1")],
)
def test_bad_rates_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Rate(**kwargs)


def test_bucket_spaces_requests_at_the_rate():
    bucket = TokenBucket(Rate(10.0, burst=1), now=0.0)
    assert bucket.wait(1, 0.0) == 0.0
    bucket.take(1, 0.0)
    assert bucket.wait(1, 0.0) == pytest.approx(0.1)
    assert bucket.wait(1, 0.05) == pytest.approx(0.05)
    assert bucket.wait(1, 0.1) == 0.0


def test_bucket_burst_is_a_tenth_of_a_second_by_default():
    assert Rate(1000.0).capacity == 100
    assert Rate(0.1).capacity == 1


def test_a_cost_above_the_capacity_passes_when_full_and_leaves_debt():
    bucket = TokenBucket(Rate(2.0, burst=1, unit="parts"), now=0.0)
    assert bucket.wait(3, 0.0) == 0.0
    bucket.take(3, 0.0)
    assert bucket.wait(1, 0.0) == pytest.approx(1.5)  # 2 tokens of debt + 1 needed, at 2/s


def test_slow_down_halves_the_rate_pauses_and_recovers():
    bucket = TokenBucket(Rate(10.0, burst=1), now=0.0)
    bucket.slow_down(0.0, pause=1.0)
    assert bucket.rate == 5.0
    assert bucket.wait(1, 0.5) == pytest.approx(0.5)
    assert bucket.wait(1, 1.2) == pytest.approx(0.0)  # 0.2 s at 5/s refills one token
    for _ in range(100):
        bucket.recover()
    assert bucket.rate == 10.0


def test_ratelimit_headers_hold_until_the_reset():
    bucket = TokenBucket(Rate(10.0), now=0.0)
    bucket.observe_headers("3", "5", now=0.0, wall_time=1e9)
    assert bucket.wait(1, 0.0) == 0.0  # requests left: no hold
    bucket.observe_headers("0", "2", now=0.0, wall_time=1e9)
    assert bucket.wait(1, 1.0) == pytest.approx(1.0)
    bucket.observe_headers("0", "1700000003", now=10.0, wall_time=1_700_000_000.0)  # a Unix time
    assert bucket.wait(1, 10.0) == pytest.approx(3.0)
    bucket.observe_headers("0", "not a number", now=20.0, wall_time=0.0)
    assert bucket.wait(1, 20.0) == 0.0
