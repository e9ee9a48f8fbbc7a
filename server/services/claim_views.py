"""Turns a claim row into what a claimant may be shown, with the next steps for every state."""

import base64
import hashlib
import hmac
from datetime import date, timedelta

from server.api.schemas import ClaimView, NextSteps, PaymentView, TimelineEvent
from server.clock import local_date
from server.models import Claim, ClaimState
from server.settings import ServerConfig

# Measures for claiming and paying the benefit (2000), art. 8: the agency decides within 10 days.
DECISION_DAYS = 10


def verification_code(config: ServerConfig, reference: str) -> str:
    """Eight characters printed on the receipt: enough to stop someone guessing references into
    the public status page, short enough to type."""
    mac = hmac.new(config.status_key, reference.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(mac).decode("ascii")[:8]


def next_steps(claim: Claim) -> NextSteps:
    received = local_date(claim.received_at)
    state = ClaimState(claim.state)
    if state in (ClaimState.RECEIVED, ClaimState.UNDER_REVIEW):
        return NextSteps(
            claimant="wait_for_decision_sms",
            agency="decide_eligibility",
            due_by=received + timedelta(days=DECISION_DAYS),
        )
    if state is ClaimState.APPROVED:
        return NextSteps(
            claimant="report_stop_conditions",
            agency="pay_first_month",
            due_by=_next_month_end(received),
        )
    if state is ClaimState.PAYING:
        return NextSteps(
            claimant="report_stop_conditions",
            agency="pay_monthly",
            due_by=_next_month_end(date.today()),
        )
    if state is ClaimState.REFUSED:
        return NextSteps(claimant="read_reasons_or_call_12333", agency="none")
    if state is ClaimState.STOPPED:
        return NextSteps(claimant="read_stop_reason_or_call_12333", agency="none")
    return NextSteps(claimant="none", agency="none")


def _next_month_end(day: date) -> date:
    first_of_next = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return (first_of_next + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def claim_view(config: ServerConfig, claim: Claim) -> ClaimView:
    paid = len(claim.payments)
    left = None if claim.entitlement_months is None else max(claim.entitlement_months - paid, 0)
    code = verification_code(config, claim.reference)
    return ClaimView(
        reference=claim.reference,
        kind=claim.kind,
        state=claim.state,
        channel=claim.channel,
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
        next=next_steps(claim),
        timeline=[TimelineEvent(at=e.at, kind=e.kind, detail=e.detail) for e in claim.events],
        payments=[
            PaymentView(period_month=p.period_month, amount_fen=p.amount_fen, paid_at=p.paid_at)
            for p in claim.payments
        ],
    )
