"""What the ledger reads from the agency's registers, as the pure types of `server.rules`."""

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from server import rules
from server.models import BenefitRate, Claimant, ExternalRecord


def rate_table(session: Session) -> tuple[rules.RegionalAmount, ...]:
    return tuple(
        rules.RegionalAmount(r.region_code, r.monthly_fen, r.effective_from, r.effective_to)
        for r in session.execute(select(BenefitRate)).scalars()
    )


def external_records(session: Session, claimant_id: int) -> tuple[rules.ExternalRecord, ...]:
    rows = session.execute(
        select(ExternalRecord).where(ExternalRecord.claimant_id == claimant_id)
    ).scalars()
    return tuple(_record(r) for r in rows)


def _record(row: ExternalRecord) -> rules.ExternalRecord:
    return rules.ExternalRecord(
        kind=rules.ExternalRecordKind(row.kind),
        effective_date=row.effective_date,
        source=row.source,
        reference=row.reference,
        employer_code=row.employer_code,
        good_reason=row.good_reason,
        ended_on=row.ended_on,
    )


def lock_claimant(session: Session, claimant_id: int) -> Claimant:
    """Every decision and payment of one person queue here (SELECT ... FOR UPDATE on
    PostgreSQL), so two finance or business sessions never both see months that are left; SQLite
    already admits one writer at a time (BEGIN IMMEDIATE)."""
    return session.execute(
        select(Claimant).where(Claimant.id == claimant_id).with_for_update()
    ).scalar_one()


def lock_claimant_row(session: Session, claimant_id: int) -> None:
    """`lock_claimant` for a caller that already holds the claimant: the same row lock, without
    reading (and decrypting) the row's personal data a second time."""
    session.execute(_LOCK_ROW, {"claimant": claimant_id}).scalar_one()


#: Built once: every submission on PostgreSQL takes this lock.
_LOCK_ROW = select(Claimant.id).where(Claimant.id == bindparam("claimant")).with_for_update()
