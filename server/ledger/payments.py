"""Releasing one benefit month: the schedule, the ledger and the regional table decide, not the
cashier (issue 10 §2, §3).

Finance releases the next owed month (or a named one) once it is due; each release records the
month's amount from the regional table in effect for that month and the fund's medical-insurance
premium (Law art. 48), and is one audit entry. A released, sent or paid month is never released
twice; a returned or failed one is released anew on the same row.
"""

from datetime import date

from sqlalchemy.orm import Session

from server import audit, rules
from server.db_types import utcnow
from server.errors import ApiError, conflict, unprocessable
from server.ledger.entitlements import entitlement_of
from server.ledger.records import rate_table
from server.ledger.schedule import (
    COUNTED_STATES,
    amount_for_month,
    benefit_months,
    due_on,
    owed_months,
)
from server.models import Claim, ClaimEvent, ClaimState, Entitlement, Payment, PaymentState
from server.services import notifications
from server.settings import ServerConfig

#: Claims whose months may be released: running ones, stopped ones (months before the stop),
#: and completed ones whose bank returned a month.
PAYABLE_STATES = frozenset(
    {ClaimState.APPROVED, ClaimState.PAYING, ClaimState.STOPPED, ClaimState.COMPLETED}
)


def parse_month(text: str) -> date:
    """ "YYYY-MM" (the route's pattern checked the shape) to the month's first day."""
    year, month = text.split("-")
    try:
        return date(int(year), int(month), 1)
    except ValueError:
        raise unprocessable("month_invalid", "month must be YYYY-MM with a month 01-12") from None


def _stopped(claim: Claim) -> ApiError:
    return ApiError(
        409,
        "claim_stopped",
        f"payment refused: a cross-check stopped this claim ({claim.stop_reason}) "
        f"from {claim.stop_date}",
        {"stop_reason": claim.stop_reason, "stop_date": str(claim.stop_date)},
    )


def pension_premium_months(
    claim: Claim, entitlement: Entitlement, config: ServerConfig
) -> frozenset[date]:
    """The months for which the fund pays the claimant's pension premium: within a year of the
    statutory retirement age, extension months included (server.rules.benefit_period)."""
    claimant = claim.claimant
    try:
        group = rules.age_group_for(claimant.gender, claimant.retirement_group).group
    except ValueError:
        return frozenset()
    period = rules.benefit_period(
        entitlement.started,
        entitlement.months_granted,
        birth_date=claimant.birth_date,
        group=group,
        parameters=config.rule_parameters,
    )
    return frozenset(period.pension_premium_months)


def release(
    session: Session,
    config: ServerConfig,
    claim: Claim,
    *,
    month: date | None,
    today: date,
    staff_id: int,
    actor: str,
) -> Payment:
    """Releases one month of `claim`; the claimant is locked and the cross-checks ran already."""
    if claim.state not in PAYABLE_STATES:
        raise conflict(
            "wrong_state", f"only an approved claim can be paid; this one is {claim.state}"
        )
    entitlement = entitlement_of(session, claim)
    if entitlement is None:
        raise conflict("no_entitlement", "this claim was granted no months in the ledger")
    # The schedule runs for the benefit period (the entitlement, capped at or extended to the
    # retirement age by the decision), from the registration month.
    started = entitlement.started
    months = claim.entitlement_months or 0
    schedule = benefit_months(started, months)
    payable = benefit_months(started, months, claim.stop_date)
    rows = {p.period_month: p for p in claim.payments}
    states = {m: p.state for m, p in rows.items()}
    if month is not None:
        if month not in schedule:
            raise unprocessable(
                "month_not_in_schedule",
                "this month lies outside the claim's benefit period",
                {
                    "month": month.strftime("%Y-%m"),
                    "first": schedule[0].strftime("%Y-%m") if schedule else None,
                    "last": schedule[-1].strftime("%Y-%m") if schedule else None,
                },
            )
        if month not in payable:
            raise _stopped(claim)
        if states.get(month) in COUNTED_STATES:
            raise ApiError(
                409,
                "already_released",
                "this month was already released",
                {"month": month.strftime("%Y-%m"), "state": states[month]},
            )
        target = month
    else:
        owed = owed_months(payable, states)
        if not owed:
            if claim.state == ClaimState.STOPPED:
                raise _stopped(claim)
            raise conflict("nothing_owed", "every month of this entitlement has been released")
        target = owed[0]
    due = due_on(target, started, config.pay_day)
    if today < due:
        raise ApiError(
            409,
            "payment_not_due",
            f"the month {target:%Y-%m} is not due before {due.isoformat()}",
            {"month": target.strftime("%Y-%m"), "due_on": due.isoformat()},
        )
    region = claim.claimant.region_code
    amount = amount_for_month(rate_table(session), region, target, started)
    if amount is None:
        raise unprocessable(
            "amount_unknown",
            "no benefit amount is in effect for the claimant's region in this month",
            {"month": target.strftime("%Y-%m")},
        )
    premium = config.medical_premium_for(region)
    pension = (
        config.pension_premium_for(region)
        if target in pension_premium_months(claim, entitlement, config)
        else 0
    )
    now = utcnow()
    payment = rows.get(target)
    again = payment is not None  # a row not counted as paid: the bank gave it back
    if payment is None:
        payment = Payment(claim_id=claim.id, period_month=target)
        session.add(payment)
        claim.payments.append(payment)
    payment.amount_fen = amount.monthly_fen
    payment.medical_premium_fen = premium
    payment.pension_premium_fen = pension
    payment.state = PaymentState.RELEASED
    payment.released_by = staff_id
    payment.released_at = now
    payment.batch_id = None
    payment.settled_at = None
    payment.return_reason = None
    claim.monthly_fen = amount.monthly_fen
    if claim.state != ClaimState.STOPPED:
        states[target] = PaymentState.RELEASED
        done = not owed_months(payable, states)
        claim.state = ClaimState.COMPLETED if done else ClaimState.PAYING
    session.add(
        ClaimEvent(
            claim_id=claim.id,
            at=now,
            kind="paid",
            detail={"month": target.isoformat(), "amount_fen": amount.monthly_fen},
        )
    )
    notifications.notify_paid(session, claim, payment, again=again)
    audit.append(
        session,
        actor=actor,
        action="claim.pay",
        subject=claim.reference,
        details={
            "month": target.strftime("%Y-%m"),
            "amount_fen": amount.monthly_fen,
            "medical_premium_fen": premium,
            "pension_premium_fen": pension,
        },
    )
    session.flush()
    return payment
