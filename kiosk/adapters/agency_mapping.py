"""Turns the agency's answers (kiosk.api.models) into the kiosk's domain values.

Kept apart from the port so the mapping can be read against docs/api.md in one place. The agency
sends names and mobile numbers only masked; the domain keeps what it is given.
"""

from __future__ import annotations

from kiosk.adapters import decision_mapping
from kiosk.api import models
from kiosk.domain.claimant import AccountKind, Claimant, PaymentAccount
from kiosk.domain.claims import (
    ClaimKind,
    ClaimRecord,
    ClaimSituation,
    Payment,
    PaymentState,
    StatusSource,
    TimelineEntry,
)
from kiosk.domain.eligibility import (
    Eligibility,
    IneligibilityReason,
    Separation,
    SeparationReason,
)
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import LocalizedText
from kiosk.domain.money import Money
from kiosk.domain.training import Course

# The server's separation codes (server/rules/separation.py) are finer than the kiosk's.
_SEPARATION = {
    "contract_expired_not_renewed": SeparationReason.CONTRACT_EXPIRED,
    "employer_closed": SeparationReason.EMPLOYER_TERMINATED,
    "employer_terminated": SeparationReason.EMPLOYER_TERMINATED,
    "dismissed": SeparationReason.DISMISSED,
    "removed_from_roll": SeparationReason.DISMISSED,
    "discharged": SeparationReason.DISMISSED,
    "claimant_terminated_violence": SeparationReason.EMPLOYEE_TERMINATED_FOR_CAUSE,
    "claimant_terminated_unpaid_wages": SeparationReason.EMPLOYEE_TERMINATED_FOR_CAUSE,
    "claimant_terminated_conditions": SeparationReason.EMPLOYEE_TERMINATED_FOR_CAUSE,
    "mutual_agreement_by_employer": SeparationReason.MUTUAL_AGREEMENT_EMPLOYER_PROPOSED,
    "voluntary_resignation": SeparationReason.RESIGNED,
}

_SITUATION = {
    "received": ClaimSituation.RECEIVED,
    "under_review": ClaimSituation.UNDER_REVIEW,
    "approved": ClaimSituation.APPROVED,
    "refused": ClaimSituation.NOT_APPROVED,
    "paying": ClaimSituation.PAYING,
    "paid": ClaimSituation.PAYING,
    "stopped": ClaimSituation.STOPPED,
    "completed": ClaimSituation.FINISHED,
    "withdrawn": ClaimSituation.WITHDRAWN,
}

# Released, sent and paid months count as paid in the agency's ledger (docs/api.md); a returned
# or failed one is owed again, and an unknown state is shown as not paid rather than as paid.
_PAYMENT_STATE = {
    "released": PaymentState.PAID,
    "sent": PaymentState.PAID,
    "paid": PaymentState.PAID,
}

# Reasons that explain a granted decision are not reasons against it.
_AGAINST = frozenset({"refusal", "review", "stop"})


def claimant(answer: models.Claimant) -> Claimant:
    return Claimant(
        ssn=IdNumber(answer.ssn),
        name=answer.masked_name,
        # Only the masked number is sent: choosing it submits "on_file" (docs/api.md).
        mobile_on_file=None,
        masked_mobile=answer.masked_mobile,
        payment_account=payment_account(answer.payment_account),
    )


def payment_account(text: str) -> PaymentAccount | None:
    """`sscard:1234` is the card's financial account; anything else a bank account on file."""
    kind, _, tail = text.partition(":")
    if not text:
        return None
    if kind == "sscard":
        return PaymentAccount(AccountKind.SOCIAL_SECURITY_CARD, last_digits=tail[-4:])
    digits = "".join(ch for ch in tail or text if ch.isascii() and ch.isdigit())
    return PaymentAccount(AccountKind.BANK_ACCOUNT, last_digits=digits[-4:])


def _text(value: models.Localized | None) -> LocalizedText:
    if value is None:
        return LocalizedText("", "")
    return LocalizedText(value.zh_CN, value.ko)


def eligibility(answer: models.Eligibility) -> Eligibility:
    separation = None
    if answer.separation is not None:
        separation = Separation(
            employer_name=answer.separation.employer_name,
            employer_code="",
            ended_on=answer.separation.date,
            reason=_SEPARATION.get(answer.separation.reason_code, SeparationReason.OTHER),
        )
    reasons = tuple(
        IneligibilityReason(
            code=reason.code,
            rule=_text(reason.rule),
            explanation=_text(reason.text),
            what_to_do=_text(reason.next_step),
        )
        for reason in answer.reasons
        if reason.effect in _AGAINST
    )
    monthly = answer.monthly_amount_fen
    return Eligibility(
        eligible=answer.eligible,
        separation=separation,
        contribution_months=answer.contribution_months,
        entitlement_months=answer.entitlement_months,
        monthly_amount=None if monthly is None else Money(monthly),
        reasons=reasons,
        cross_check_hits=tuple(hit.reason_code for hit in answer.cross_checks),
        open_claim=answer.active_claim,
    )


def _kind(text: str) -> ClaimKind:
    try:
        return ClaimKind(text)
    except ValueError:
        return ClaimKind.CLAIM


def claim(answer: models.Claim) -> ClaimRecord:
    timeline = tuple(
        TimelineEntry(on=event.at.astimezone().date(), situation=_SITUATION[event.kind])
        for event in answer.timeline
        if event.kind in _SITUATION
    )
    return ClaimRecord(
        reference=answer.reference,
        kind=_kind(answer.kind),
        situation=_SITUATION.get(answer.state, ClaimSituation.RECEIVED),
        source=StatusSource.AGENCY,
        timeline=timeline,
        payments=tuple(
            Payment(
                month=p.period_month.replace(day=1),
                amount=Money(p.amount_fen),
                state=_PAYMENT_STATE.get(p.state, PaymentState.RETURNED),
            )
            for p in sorted(answer.payments, key=lambda p: p.period_month)
        ),
        months_left=answer.months_left,
        stop_reason_code=answer.stop_reason,
        agency_acts_by=answer.next.due_by,
        months_granted=answer.months_granted or answer.entitlement_months,
        months_paid=answer.months_paid,
        months_unused=answer.months_unused,
        stop_date=answer.stop_date,
        decision=decision_mapping.decision_notice(answer.decision_notice),
    )


def course(answer: models.Course) -> Course:
    return Course(
        course_id=answer.course_id,
        name=_text(answer.name),
        # Servers before provider_ko sent the provider in Chinese only: Korean falls back to it.
        provider=LocalizedText(zh_cn=answer.provider, ko=answer.provider_ko or answer.provider),
        starts_on=answer.starts_on,
        ends_on=answer.ends_on,
        subsidy=Money(answer.subsidy_fen),
    )
