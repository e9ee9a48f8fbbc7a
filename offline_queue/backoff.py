"""Retry delays: exponential with full jitter and a cap.

Full jitter (a uniform draw between zero and the exponential bound) keeps a fleet of kiosks that
lost the network together from all retrying in the same second when it comes back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 15 * 60.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def bound(self, attempt: int) -> float:
        """The largest delay after `attempt` consecutive failures (attempt >= 1)."""
        exponent = min(max(attempt - 1, 0), 32)
        return float(min(self.cap_s, self.base_s * (2**exponent)))

    def delay(self, attempt: int) -> float:
        return self.rng.uniform(0.0, self.bound(attempt))
