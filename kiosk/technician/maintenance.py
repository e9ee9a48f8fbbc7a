"""Queue status and "sync now", the redacted log view, and the way out of technician mode."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from config.logs import redact
from kiosk.technician.views import Intent as Intent
from kiosk.technician.views import QueueStatus, SyncReport
from offline_queue import Outbox, SyncEngine


def queue_status(outbox: Outbox, engine: SyncEngine | None = None) -> QueueStatus:
    health = outbox.health()
    return QueueStatus(
        counts={str(state): count for state, count in outbox.counts().items()},
        depth=health.depth,
        oldest_age_s=health.oldest_age_s,
        warning=health.warning,
        full=health.full,
        online=None if engine is None else engine.online,
    )


def sync_now(outbox: Outbox, engine: SyncEngine) -> SyncReport:
    """Sends everything due now, ignoring the backoff: the technician is watching."""
    report = engine.drain()
    return SyncReport(
        report.acknowledged,
        report.rejected,
        report.retried,
        report.offline,
        tuple(report.errors),
        queue_status(outbox, engine),
    )


def tail_log(path: Path, lines: int = 200, *, max_line: int = 2000) -> list[str]:
    """The last `lines` lines of the kiosk log, each passed through the redaction once more:
    a line written before a redaction rule existed must not show today what the rule hides."""
    if not path.exists():
        return []
    kept: deque[str] = deque(maxlen=lines)
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            kept.append(line.rstrip("\n")[:max_line])
    return [redact(line) for line in kept]
