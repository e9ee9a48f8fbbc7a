"""Gathers what the agency holds about a claimant, the entitlement ledger included, and runs the
benefit rules over it."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import rules
from server.ledger.entitlements import prior_entitlements
from server.ledger.records import external_records, rate_table
from server.models import (
    Claim,
    Claimant,
    ClaimState,
    ContributionPeriod,
    EmploymentSpell,
)
from server.schemas import CrossCheckHit, EligibilityView, Localized, ReasonView, SeparationView

#: A person has at most one benefit claim in these states (issue 10 §1).
ACTIVE_STATES = (
    ClaimState.RECEIVED,
    ClaimState.UNDER_REVIEW,
    ClaimState.APPROVED,
    ClaimState.PAYING,
)


def application_for(session: Session, claimant: Claimant, on: date) -> rules.ClaimApplication:
    """What the agency holds about the claimant, the entitlement ledger included: earlier
    entitlements carry their consumed months, so the rules grant only what is left."""
    spells = session.execute(
        select(EmploymentSpell).where(EmploymentSpell.claimant_id == claimant.id)
    ).scalars()
    periods = session.execute(
        select(ContributionPeriod).where(ContributionPeriod.claimant_id == claimant.id)
    ).scalars()
    return rules.ClaimApplication(
        region_code=claimant.region_code,
        registration_date=on,
        employment=tuple(
            rules.EmploymentSpell(
                employer_code=s.employer.credit_code,
                started=s.start_date,
                ended=s.end_date,
                reason=rules.SeparationReason(s.separation_reason) if s.separation_reason else None,
                employer_name=s.employer.name,
            )
            for s in spells
        ),
        contributions=tuple(rules.ContributionPeriod(p.first_month, p.last_month) for p in periods),
        prior_entitlements=prior_entitlements(session, claimant.id),
        external_records=external_records(session, claimant.id),
        birth_date=claimant.birth_date,
        gender=claimant.gender,
        retirement_group=claimant.retirement_group,
    )


def assess(
    session: Session,
    claimant: Claimant,
    on: date,
    parameters: rules.RuleParameters = rules.NATIONAL_DEFAULTS,
) -> rules.EligibilityDecision:
    return rules.assess_claim(
        application_for(session, claimant, on), rate_table(session), parameters
    )


def _reason(e: rules.Explanation) -> ReasonView:
    next_step = None
    if e.next_step_zh is not None and e.next_step_ko is not None:
        next_step = Localized(zh_CN=e.next_step_zh, ko=e.next_step_ko)
    return ReasonView(
        code=e.code.value,
        effect=e.effect.value,
        text=Localized(zh_CN=e.zh, ko=e.ko),
        rule=Localized(zh_CN=e.source_zh, ko=e.source_ko),
        next_step=next_step,
    )


def eligibility_view(
    session: Session,
    claimant: Claimant,
    on: date,
    parameters: rules.RuleParameters = rules.NATIONAL_DEFAULTS,
) -> EligibilityView:
    decision = assess(session, claimant, on, parameters)
    sep = decision.separation
    separation = None
    if sep is not None and sep.ended is not None and sep.reason is not None:
        label = rules.SEPARATION_LABELS[sep.reason]
        separation = SeparationView(
            employer_name=sep.employer_name,
            date=sep.ended,
            reason_code=sep.reason.value,
            reason=Localized(zh_CN=label.zh, ko=label.ko),
        )
    active = session.execute(
        select(Claim.reference).where(
            Claim.claimant_id == claimant.id, Claim.kind == "claim", Claim.state.in_(ACTIVE_STATES)
        )
    ).scalar()
    amount = decision.monthly_amount
    return EligibilityView(
        outcome=decision.outcome.value,
        eligible=decision.eligible,
        as_of=on,
        separation=separation,
        contribution_months=decision.contribution_months,
        entitlement_months=decision.entitlement.months,
        months_from_contribution=decision.entitlement.months_from_contribution,
        months_carried_over=decision.entitlement.months_carried_over,
        monthly_amount_fen=amount.monthly_fen if amount else None,
        total_amount_fen=decision.total_fen,
        benefit_starts=decision.benefit_starts,
        benefit_ends=decision.benefit_ends,
        cross_checks=[
            CrossCheckHit(kind=h.record.kind.value, date=h.stop_date, reason_code=h.reason.value)
            for h in decision.cross_check_hits
        ],
        reasons=[_reason(e) for e in decision.reasons],
        active_claim=active,
    )
