"""The daily cross-check (notice §4, §5): every stop check over every running claim, as of one
business date, meant for a timer (docs/bank.md shows the systemd units).

Claims whose period has ended are checked too: a stop learned after the last month was paid is an
overpayment all the same, and only this run finds it. Claims stopped elsewhere (by the payment
path, or a staff endpoint) are swept for months paid from their stop month on that have no
recovery yet, so this run is the safety net for every stop. Each claim is checked in its own short
transaction, so a run over many claims holds no lock for long and one claim's failure does not
undo the others'. The report carries counts only, never who was stopped.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server.db import transaction
from server.ledger.records import external_records
from server.ledger.schedule import COUNTED_STATES
from server.ledger.stops import apply_stop, stop_finding
from server.models import Claim, ClaimState, Payment, Recovery
from server.rules.month_math import month_index
from server.services.recoveries import first_unpayable_month, record_overpayments

CHECKED_STATES = (ClaimState.APPROVED, ClaimState.PAYING, ClaimState.COMPLETED)


@dataclass(frozen=True)
class DailyReport:
    as_of: date
    checked: int
    stopped: int
    recoveries: int
    recovery_fen: int


def _overpaid_if_stopped(session: Session, claim: Claim, as_of: date) -> bool:
    """A completed claim is reopened as stopped only when a stop falls on a month it was paid
    for; re-employment after the benefit period ended is the expected, happy outcome."""
    if claim.registration_date is None:
        return False
    finding = stop_finding(
        external_records(session, claim.claimant_id),
        claim_start=claim.registration_date,
        as_of=as_of,
    )
    if finding is None:
        return False
    first = first_unpayable_month(finding.stop_date)
    return any(
        p.state in COUNTED_STATES and month_index(p.period_month) >= first for p in claim.payments
    )


def _stopped_with_unrecovered_months(session: Session) -> list[int]:
    """Stopped claims holding a counted payment from their stop month on with no recovery."""
    rows = session.execute(
        select(Claim.id, Claim.stop_date, Payment.period_month)
        .join(Payment, Payment.claim_id == Claim.id)
        .where(
            Claim.state == ClaimState.STOPPED,
            Claim.stop_date.is_not(None),
            Payment.state.in_(COUNTED_STATES),
            Payment.id.not_in(select(Recovery.payment_id)),
        )
    ).all()
    return sorted(
        {
            claim_id
            for claim_id, stop_date, month in rows
            if stop_date is not None and month_index(month) >= first_unpayable_month(stop_date)
        }
    )


def run_daily_checks(factory: sessionmaker[Session], as_of: date, actor: str) -> DailyReport:
    with transaction(factory) as session:
        ids = list(
            session.execute(
                select(Claim.id)
                .where(Claim.kind == "claim", Claim.state.in_(CHECKED_STATES))
                .order_by(Claim.id)
            ).scalars()
        )
    stopped = recoveries = recovery_fen = 0
    for claim_id in ids:
        with transaction(factory) as session:
            claim = session.execute(
                select(Claim).where(Claim.id == claim_id).with_for_update()
            ).scalar_one()
            if claim.state not in CHECKED_STATES:
                continue  # changed since the list was read
            if claim.state == ClaimState.COMPLETED and not _overpaid_if_stopped(
                session, claim, as_of
            ):
                continue
            if not apply_stop(session, claim, actor, as_of):
                continue
            stopped += 1
            created = record_overpayments(session, claim)
            recoveries += len(created)
            recovery_fen += sum(r.amount_fen for r in created)
    with transaction(factory) as session:
        swept = _stopped_with_unrecovered_months(session)
    for claim_id in swept:
        with transaction(factory) as session:
            claim = session.execute(
                select(Claim).where(Claim.id == claim_id).with_for_update()
            ).scalar_one()
            created = record_overpayments(session, claim)
            recoveries += len(created)
            recovery_fen += sum(r.amount_fen for r in created)
    return DailyReport(as_of, len(ids), stopped, recoveries, recovery_fen)
