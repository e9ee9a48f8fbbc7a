"""The entitlement ledger: months granted, consumed and carried over (Regulations art. 17, Law
art. 46).

Each granted benefit claim opens one `Entitlement`. Its months are consumed as follows:
- a running claim (approved, paying) has consumed the months counted as paid;
- a completed claim has consumed all of them;
- a stopped claim has consumed every month before the stop (paid or still payable) and any month
  paid after it, so the rest - and only the rest - carries over into the next entitlement.

The rules compute the next entitlement from the latest earlier one (`rules.compute_entitlement`),
so the ledger hands them the entitlements the server granted, beside the ones recorded before
it (`PriorEntitlement`). Contribution is then counted afresh from the last entitlement's start,
and the carry-over is capped at the ceiling (24 months nationally).
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import rules
from server.ledger.schedule import COUNTED_STATES, benefit_months
from server.models import Claim, ClaimState, Entitlement, PriorEntitlement


def paid_months(claim: Claim) -> set[date]:
    """The months the ledger counts as paid: released, sent or confirmed by the bank."""
    return {p.period_month for p in claim.payments if p.state in COUNTED_STATES}


def months_consumed(entitlement: Entitlement, claim: Claim) -> int:
    granted = entitlement.months_granted
    state = ClaimState(claim.state)
    if state is ClaimState.COMPLETED:
        return granted
    paid = paid_months(claim)
    if state is ClaimState.STOPPED:
        payable = set(benefit_months(entitlement.started, granted, claim.stop_date))
        return min(granted, len(paid | payable))
    return min(granted, len(paid))


def entitlements_of(session: Session, claimant_id: int) -> list[tuple[Entitlement, Claim]]:
    rows = session.execute(
        select(Entitlement, Claim)
        .join(Claim, Claim.id == Entitlement.claim_id)
        .where(Entitlement.claimant_id == claimant_id)
        .order_by(Entitlement.started, Entitlement.id)
    ).all()
    return [(e, c) for e, c in rows]


def prior_entitlements(session: Session, claimant_id: int) -> tuple[rules.PriorEntitlement, ...]:
    """Every earlier entitlement as the rules see it: the ones recorded before this server and
    the ones it granted, each with the months it has consumed."""
    recorded = session.execute(
        select(PriorEntitlement).where(PriorEntitlement.claimant_id == claimant_id)
    ).scalars()
    earlier = [rules.PriorEntitlement(p.started, p.months_total, p.months_used) for p in recorded]
    earlier.extend(
        rules.PriorEntitlement(e.started, e.months_granted, months_consumed(e, c))
        for e, c in entitlements_of(session, claimant_id)
    )
    return tuple(earlier)


def open_entitlement(
    session: Session, claim: Claim, entitlement: rules.Entitlement, started: date
) -> Entitlement:
    """Records the months a decision grants; called under the claimant's lock."""
    row = Entitlement(
        claimant_id=claim.claimant_id,
        claim_id=claim.id,
        started=started,
        contribution_months=entitlement.contribution_months_counted,
        months_from_contribution=entitlement.months_from_contribution,
        months_carried_over=entitlement.months_carried_over,
        months_granted=entitlement.months,
    )
    session.add(row)
    session.flush()
    return row


def entitlement_of(session: Session, claim: Claim) -> Entitlement | None:
    return session.execute(
        select(Entitlement).where(Entitlement.claim_id == claim.id)
    ).scalar_one_or_none()


def months_taken(entitlement: Entitlement, claim: Claim) -> set[date]:
    """The calendar months an entitlement's claim has paid or may still pay."""
    months = claim.entitlement_months or entitlement.months_granted
    taken = set(benefit_months(entitlement.started, months, claim.stop_date))
    return taken | paid_months(claim)


def overlapping_claim(session: Session, claim: Claim, registered: date) -> Claim | None:
    """Another granted claim of the person whose entitlement this one would not follow.

    The rules carry over only from entitlements that began before the registration date, and
    each calendar month is paid once: a claim registered on or before an earlier grant's start
    (a queued claim whose kiosk date lies before it), or in a month that grant has paid or may
    still pay, would be sized without it and pay its months again."""
    for entitlement, other in entitlements_of(session, claim.claimant_id):
        if other.id == claim.id:
            continue
        taken = months_taken(entitlement, other)
        if registered <= entitlement.started or (taken and registered.replace(day=1) <= max(taken)):
            return other
    return None
