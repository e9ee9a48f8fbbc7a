"""Overpayments found after the fact become recovery records (Law art. 51; notice §5).

A stop condition is often learned late: a pension granted in March shows up in the register in
May, after March and April were paid. The months paid from the stop month on (the ledger's rule:
the stop month and later are never payable, server/ledger/schedule.py) were not owed; each becomes
one open recovery for staff to pursue (recovered) or write off (waived), with the decision
audited. Recording is idempotent: a payment has at most one recovery.
"""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.callers import StaffCaller, require_role
from server.control_schemas import RecoveryList, RecoveryOutcome, RecoveryView
from server.db import transaction
from server.db_types import utcnow
from server.errors import conflict, not_found
from server.ledger.schedule import COUNTED_STATES
from server.models import Claim, Payment, Recovery, RecoveryState, StaffRole, StaffUser
from server.rules.month_math import month_index


def first_unpayable_month(stop_date: date) -> int:
    """The month index from which a stop takes effect: the month of the stop date."""
    return month_index(stop_date)


def record_overpayments(session: Session, claim: Claim) -> list[Recovery]:
    """Opens a recovery for every counted payment of `claim` at or after its stop month that has
    none yet; returns the new ones. Call it wherever a claim is stopped (cross-checks, death)."""
    if claim.stop_date is None:
        return []
    first = first_unpayable_month(claim.stop_date)
    known = set(
        session.execute(select(Recovery.payment_id).where(Recovery.claim_id == claim.id)).scalars()
    )
    payments = session.execute(
        select(Payment).where(Payment.claim_id == claim.id).order_by(Payment.period_month)
    ).scalars()
    created = []
    for payment in payments:
        if (
            payment.id in known
            or payment.state not in COUNTED_STATES
            or month_index(payment.period_month) < first
        ):
            continue
        recovery = Recovery(
            claim_id=claim.id,
            payment_id=payment.id,
            period_month=payment.period_month,
            amount_fen=payment.amount_fen,
            reason=claim.stop_reason or "stopped",
            state=RecoveryState.OPEN,
            created_at=utcnow(),
        )
        session.add(recovery)
        created.append(recovery)
        audit.append(
            session,
            actor="system:recoveries",
            action="recovery.open",
            subject=claim.reference,
            details={
                "payment_id": payment.id,
                "month": payment.period_month.strftime("%Y-%m"),
                "amount_fen": payment.amount_fen,
                "reason": recovery.reason,
            },
        )
    session.flush()
    return created


def list_recoveries(factory: sessionmaker[Session], state: RecoveryState | None) -> RecoveryList:
    with transaction(factory) as session:
        query = (
            select(Recovery, Claim.reference)
            .join(Claim, Claim.id == Recovery.claim_id)
            .order_by(Recovery.id)
        )
        if state is not None:
            query = query.where(Recovery.state == state.value)
        rows = session.execute(query.limit(1000)).all()
        resolvers = {r.resolved_by for r, _ in rows if r.resolved_by is not None}
        names = {
            i: name
            for i, name in session.execute(
                select(StaffUser.id, StaffUser.username).where(StaffUser.id.in_(resolvers))
            )
        }
        open_total = session.execute(
            select(func.coalesce(func.sum(Recovery.amount_fen), 0)).where(
                Recovery.state == RecoveryState.OPEN
            )
        ).scalar_one()
        return RecoveryList(
            recoveries=[
                RecoveryView(
                    id=r.id,
                    claim_reference=reference,
                    month=r.period_month.strftime("%Y-%m"),
                    amount_fen=r.amount_fen,
                    reason=r.reason,
                    state=RecoveryState(r.state),
                    created_at=r.created_at,
                    resolved_by=names.get(r.resolved_by) if r.resolved_by else None,
                    resolved_at=r.resolved_at,
                )
                for r, reference in rows
            ],
            open_total_fen=int(open_total),
        )


def resolve(
    factory: sessionmaker[Session], caller: StaffCaller, recovery_id: int, outcome: RecoveryOutcome
) -> RecoveryView:
    """Finance closes a recovery: the money came back, or it is written off (waived)."""
    require_role(caller, StaffRole.FINANCE)
    with transaction(factory) as session:
        row = session.get(Recovery, recovery_id, with_for_update=True)
        if row is None:
            raise not_found("recovery", "recovery_unknown")
        if row.state != RecoveryState.OPEN:
            raise conflict("recovery_closed", f"this recovery was already {row.state}")
        claim = session.get(Claim, row.claim_id)
        assert claim is not None
        row.state = outcome.value
        row.resolved_by = caller.user_id
        row.resolved_at = utcnow()
        audit.append(
            session,
            actor=caller.actor,
            action=f"recovery.{outcome.value}",
            subject=claim.reference,
            details={"recovery_id": row.id, "amount_fen": row.amount_fen},
        )
        session.flush()
        return RecoveryView(
            id=row.id,
            claim_reference=claim.reference,
            month=row.period_month.strftime("%Y-%m"),
            amount_fen=row.amount_fen,
            reason=row.reason,
            state=RecoveryState(row.state),
            created_at=row.created_at,
            resolved_by=caller.username,
            resolved_at=row.resolved_at,
        )
