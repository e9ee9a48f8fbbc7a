"""The agency's limiter said "not now" (HTTP 429, `too_many_attempts`) to this kiosk.

Limits per kiosk (one-time codes per hour, look-ups per minute) stop a copied kiosk key from
paging through the register; a claimant at an honest kiosk meets them only after a run of
failed tries. They are told what happened and how long to wait, not "refused".
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimited:
    """`wait_s` from the agency's Retry-After (details.retry_after_s); no personal data."""

    wait_s: int

    @property
    def wait_minutes(self) -> int:
        """Whole minutes, rounded up and at least one: "wait 0 minutes" helps no one."""
        return max(1, math.ceil(self.wait_s / 60))
