"""A person's ledger as staff see it: every entitlement, and the months earned, paid and left."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import rules
from server.ledger.entitlements import entitlements_of, months_consumed, paid_months
from server.ledger.schedule import benefit_months
from server.models import Claim, Claimant, ClaimState
from server.schemas import EntitlementView, LedgerView, NextEntitlementView
from server.services.assessment import ACTIVE_STATES, application_for


def ledger_view(
    session: Session,
    claimant: Claimant,
    today: date,
    parameters: rules.RuleParameters = rules.NATIONAL_DEFAULTS,
) -> LedgerView:
    """Months earned: benefit months earned by contribution as the ledger granted them, plus the
    months the first of them carried in from entitlements recorded before the ledger. Months paid
    (released, sent or paid) across all claims never exceed it. Months left: what the open claim
    may still pay, or else what a claim registered today would be granted."""
    rows = entitlements_of(session, claimant.id)
    views = []
    for entitlement, claim in rows:
        consumed = months_consumed(entitlement, claim)
        views.append(
            EntitlementView(
                claim_reference=claim.reference,
                claim_state=claim.state,
                started=entitlement.started,
                contribution_months=entitlement.contribution_months,
                months_from_contribution=entitlement.months_from_contribution,
                months_carried_over=entitlement.months_carried_over,
                months_granted=entitlement.months_granted,
                months_paid=len(paid_months(claim)),
                months_consumed=consumed,
                months_unused=entitlement.months_granted - consumed,
            )
        )
    earned = sum(v.months_from_contribution for v in views)
    if views:
        earned += views[0].months_carried_over
    open_claim = session.execute(
        select(Claim)
        .where(
            Claim.claimant_id == claimant.id,
            Claim.kind == "claim",
            Claim.state.in_(ACTIVE_STATES),
        )
        .limit(1)
    ).scalar_one_or_none()
    left, following = _months_left(session, claimant, open_claim, today, parameters)
    return LedgerView(
        as_of=today,
        months_earned=earned,
        months_granted=sum(v.months_granted for v in views),
        months_paid=sum(v.months_paid for v in views),
        months_left=left,
        open_claim=open_claim.reference if open_claim is not None else None,
        entitlements=views,
        next_entitlement=following,
    )


def _months_left(
    session: Session,
    claimant: Claimant,
    open_claim: Claim | None,
    today: date,
    parameters: rules.RuleParameters,
) -> tuple[int, NextEntitlementView | None]:
    if open_claim is not None and open_claim.state in (ClaimState.APPROVED, ClaimState.PAYING):
        granted = open_claim.entitlement_months or 0
        started = open_claim.registration_date or today
        payable = benefit_months(started, granted, open_claim.stop_date)
        return len(set(payable) - paid_months(open_claim)), None
    on = open_claim.registration_date if open_claim and open_claim.registration_date else today
    application = application_for(session, claimant, on)
    entitlement = rules.compute_entitlement(
        application.contributions,
        application.prior_entitlements,
        registration_date=on,
        parameters=parameters,
    )
    return entitlement.months, NextEntitlementView(
        registration_date=on,
        contribution_months=entitlement.contribution_months_counted,
        months_from_contribution=entitlement.months_from_contribution,
        months_carried_over=entitlement.months_carried_over,
        months=entitlement.months,
        capped=entitlement.capped,
    )
