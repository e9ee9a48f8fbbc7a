"""Queue limits and the health snapshot shown to the claimant screen and sent in the heartbeat."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QueueLimits:
    """Limits of one kiosk's queue; the defaults suit a kiosk offline for about two weeks."""

    max_items: int = 5000
    max_age_s: float = 14 * 24 * 3600.0
    #: The warning flag rises at this fraction of either limit, early enough to send field staff.
    warn_fraction: float = 0.8
    #: Acknowledged items are purged to an audit stub after this long.
    retention_s: float = 30 * 24 * 3600.0


@dataclass(frozen=True, slots=True)
class QueueHealth:
    """No personal data: safe for the heartbeat and for any screen."""

    depth: int
    oldest_age_s: float | None
    warning: bool
    full: bool
    too_old: bool

    @staticmethod
    def assess(depth: int, oldest_age_s: float | None, limits: QueueLimits) -> QueueHealth:
        age = oldest_age_s or 0.0
        return QueueHealth(
            depth=depth,
            oldest_age_s=oldest_age_s,
            warning=(
                depth >= limits.warn_fraction * limits.max_items
                or age >= limits.warn_fraction * limits.max_age_s
            ),
            full=depth >= limits.max_items,
            too_old=age >= limits.max_age_s,
        )
