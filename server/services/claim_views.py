"""Turns a claim row into what a claimant may be shown, with the next steps for every state."""

import base64
import hashlib
import hmac
from datetime import timedelta

from server.clock import local_date
from server.ledger.entitlements import months_consumed
from server.ledger.schedule import COUNTED_STATES, MonthStatus, benefit_months, month_states
from server.models import Claim, ClaimState, Payment, PaymentState
from server.schemas import ClaimView, NextSteps, PaymentView, ScheduledMonth, TimelineEvent
from server.services import decision_notices
from server.settings import ServerConfig

# Measures for claiming and paying the benefit (2000), art. 8: the agency decides within 10 days.
# The default of `decision_days` in the server's settings, which the claim view uses.
DECISION_DAYS = 10


def verification_code(config: ServerConfig, reference: str) -> str:
    """Eight characters printed on the receipt: enough to stop someone guessing references into
    the public status page, short enough to type."""
    mac = hmac.new(config.status_key, reference.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(mac).decode("ascii")[:8]


def _schedule(config: ServerConfig, claim: Claim) -> list[MonthStatus]:
    """The months the claim may pay (before a stop), with each month's due date and state."""
    if claim.kind != "claim" or claim.entitlement_months is None:
        return []
    started = claim.registration_date or local_date(claim.received_at)
    months = benefit_months(started, claim.entitlement_months, claim.stop_date)
    states = {p.period_month: p.state for p in claim.payments}
    return month_states(months, started, config.pay_day, states)


def next_steps(
    claim: Claim, schedule: list[MonthStatus] | None = None, decision_days: int = DECISION_DAYS
) -> NextSteps:
    """What comes next; for a running claim the agency's next step is due on the pay day of the
    earliest month still owed (docs/rules.md, payment schedule)."""
    received = local_date(claim.received_at)
    state = ClaimState(claim.state)
    owed = [m for m in schedule or [] if m.state not in COUNTED_STATES]
    if state in (ClaimState.RECEIVED, ClaimState.UNDER_REVIEW):
        return NextSteps(
            claimant="wait_for_decision_sms",
            agency="decide_eligibility",
            due_by=received + timedelta(days=decision_days),
        )
    if state is ClaimState.APPROVED:
        return NextSteps(
            claimant="report_stop_conditions",
            agency="pay_first_month",
            due_by=owed[0].due_on if owed else None,
        )
    if state is ClaimState.PAYING:
        return NextSteps(
            claimant="report_stop_conditions",
            agency="pay_monthly",
            due_by=owed[0].due_on if owed else None,
        )
    if state is ClaimState.REFUSED:
        return NextSteps(claimant="read_reasons_or_call_12333", agency="none")
    if state is ClaimState.STOPPED:
        return NextSteps(claimant="read_stop_reason_or_call_12333", agency="none")
    return NextSteps(claimant="none", agency="none")


def _payment_view(p: Payment) -> PaymentView:
    return PaymentView(
        period_month=p.period_month,
        amount_fen=p.amount_fen,
        paid_at=p.released_at,
        state=PaymentState(p.state).value,
        medical_premium_fen=p.medical_premium_fen,
        pension_premium_fen=p.pension_premium_fen,
        released_at=p.released_at,
        settled_at=p.settled_at,
        return_reason=p.return_reason,
    )


def claim_view(config: ServerConfig, claim: Claim) -> ClaimView:
    schedule = _schedule(config, claim)
    paid = sum(1 for p in claim.payments if p.state in COUNTED_STATES)
    left = None
    if claim.entitlement_months is not None:
        if claim.kind == "claim":
            left = sum(1 for m in schedule if m.state not in COUNTED_STATES)
        else:
            left = max(claim.entitlement_months - paid, 0)
    entitlement = claim.entitlement
    code = verification_code(config, claim.reference)
    return ClaimView(
        reference=claim.reference,
        kind=claim.kind,
        state=claim.state,
        channel=claim.channel,
        service_channel=claim.service_channel,
        visitor=claim.visitor,
        created_at=claim.created_at,
        received_at=claim.received_at,
        registration_date=claim.registration_date,
        entitlement_months=claim.entitlement_months,
        monthly_amount_fen=claim.monthly_fen,
        months_paid=paid,
        months_left=left,
        stop_reason=claim.stop_reason,
        stop_date=claim.stop_date,
        reason_codes=list(claim.reason_codes or []),
        verification_code=code,
        status_url=f"{config.public_url}/status/{claim.reference}?v={code}",
        next=next_steps(claim, schedule, config.decision_days),
        timeline=[TimelineEvent(at=e.at, kind=e.kind, detail=e.detail) for e in claim.events],
        payments=[_payment_view(p) for p in claim.payments],
        months_granted=entitlement.months_granted if entitlement is not None else None,
        months_carried_over=entitlement.months_carried_over if entitlement is not None else None,
        months_unused=(
            entitlement.months_granted - months_consumed(entitlement, claim)
            if entitlement is not None
            else None
        ),
        schedule=[ScheduledMonth(month=m.month, due_on=m.due_on, state=m.state) for m in schedule],
        review_flag=bool(claim.review_flag),
        review_reason=claim.review_reason,
        decision_notice=decision_notices.claim_notice(config, claim),
    )
