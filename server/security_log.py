"""The security log: refused anonymous attempts, counted, not chained.

Anyone on the network can send a wrong staff password or a wrong enrolment proof. Writing each one
to the audit log let strangers fill the agency's tamper-evident record with noise; here they are
aggregated instead: one row per hour, kind, subject and source with a count, and at most
`MAX_ROWS_PER_HOUR` rows per hour. Past that, the hour's further attempts are counted on one
overflow row, so a flood from random names and addresses costs a counter update, not disk.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.db_types import utcnow
from server.models import SecurityEvent
from server.throttle import window_start

MAX_ROWS_PER_HOUR = 500
OVERFLOW = "(overflow)"


class SecurityKind(StrEnum):
    STAFF_LOGIN_FAILED = "staff_login_failed"
    STAFF_LOGIN_THROTTLED = "staff_login_throttled"
    ENROLMENT_PROOF_WRONG = "enrolment_proof_wrong"
    ENROLMENT_THROTTLED = "enrolment_throttled"
    # A card login over a challenge that is unknown, used, expired or another kiosk's (a replay).
    CARD_CHALLENGE_INVALID = "card_challenge_invalid"
    # A card's answer the issuer key does not give: a cloned card, or a kiosk key used without one.
    CARD_PROOF_INVALID = "card_proof_invalid"
    # An e-card code that is forged, replayed or expired (server/services/ecard_logins.py).
    ECARD_FORGED = "ecard_forged"
    ECARD_REPLAYED = "ecard_replayed"
    ECARD_EXPIRED = "ecard_expired"


def record(session: Session, kind: SecurityKind, subject: str, source: str) -> None:
    """Counts one refused attempt in the caller's transaction. `subject` names an account or a
    kiosk id the agency issued, never what a stranger typed (it may be a password)."""
    now = utcnow()
    hour = window_start(now, timedelta(hours=1))
    subject, source = subject[:80], source[:64]
    row = _row(session, hour, kind, subject, source)
    if row is None:
        rows = session.execute(
            select(func.count()).select_from(SecurityEvent).where(SecurityEvent.hour == hour)
        ).scalar_one()
        if rows >= MAX_ROWS_PER_HOUR:
            subject = source = OVERFLOW
            row = _row(session, hour, kind, subject, source)
    if row is None:
        row = SecurityEvent(
            hour=hour, kind=kind.value, subject=subject, source=source, count=0, first_at=now
        )
        session.add(row)
    row.count += 1
    row.last_at = now


def _row(
    session: Session, hour: datetime, kind: SecurityKind, subject: str, source: str
) -> SecurityEvent | None:
    return (
        session.execute(
            select(SecurityEvent)
            .where(
                SecurityEvent.hour == hour,
                SecurityEvent.kind == kind.value,
                SecurityEvent.subject == subject,
                SecurityEvent.source == source,
            )
            .limit(1)
            .with_for_update()
        )
        .scalars()
        .first()
    )


@dataclass(frozen=True)
class SecuritySummary:
    kind: str
    subject: str
    source: str
    count: int
    last_at: datetime


def recent(session: Session, since: datetime) -> list[SecuritySummary]:
    rows = session.execute(
        select(SecurityEvent).where(SecurityEvent.last_at >= since).order_by(SecurityEvent.id)
    ).scalars()
    return [SecuritySummary(r.kind, r.subject, r.source, r.count, r.last_at) for r in rows]
