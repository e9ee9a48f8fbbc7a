"""Retry delays grow exponentially, stay under the cap, and are spread by full jitter."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from offline_queue.backoff import BackoffPolicy


@given(attempt=st.integers(min_value=1, max_value=10_000), seed=st.integers())
def test_every_delay_lies_between_zero_and_the_capped_bound(attempt: int, seed: int) -> None:
    policy = BackoffPolicy(base_s=2.0, cap_s=900.0, rng=random.Random(seed))
    delay = policy.delay(attempt)
    assert 0.0 <= delay <= policy.bound(attempt) <= 900.0


def test_the_bound_doubles_until_the_cap() -> None:
    policy = BackoffPolicy(base_s=2.0, cap_s=60.0)
    assert [policy.bound(n) for n in range(1, 8)] == [2, 4, 8, 16, 32, 60, 60]


def test_kiosks_failing_together_do_not_retry_together() -> None:
    policy = BackoffPolicy(base_s=2.0, cap_s=900.0, rng=random.Random(1))
    delays = [policy.delay(8) for _ in range(200)]
    assert len({round(d) for d in delays}) > 100
    assert min(delays) < 30 < 200 < max(delays)
