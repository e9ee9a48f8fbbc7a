"""Review, decision and payment, with separation of duties (notice §5).

The person who decides entitlement never releases its payment, and no account holds both roles;
both are enforced here, in the same transaction as the change, and every step is audited.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit, rules
from server.api.deps import StaffCaller, require_role
from server.api.schemas import ClaimView, Decision
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, conflict, not_found, unprocessable
from server.models import (
    Claim,
    ClaimEvent,
    ClaimState,
    Payment,
    StaffRole,
    TrainingCourse,
)
from server.rules.month_math import add_months
from server.services.assessment import application_for, assess
from server.services.claim_views import claim_view
from server.settings import ServerConfig


def _claim(session: Session, reference: str) -> Claim:
    claim = session.execute(
        select(Claim).where(Claim.reference == reference).with_for_update()
    ).scalar_one_or_none()
    if claim is None:
        raise not_found("claim", "claim_unknown")
    return claim


def _event(session: Session, claim: Claim, kind: str, **detail: object) -> None:
    session.add(ClaimEvent(claim_id=claim.id, at=utcnow(), kind=kind, detail=detail))


def list_claims(
    factory: sessionmaker[Session], config: ServerConfig, state: str | None
) -> list[ClaimView]:
    with transaction(factory) as session:
        query = select(Claim).order_by(Claim.received_at)
        if state:
            query = query.where(Claim.state == state)
        return [claim_view(config, c) for c in session.execute(query.limit(500)).scalars()]


def review(
    factory: sessionmaker[Session], config: ServerConfig, caller: StaffCaller, reference: str
) -> ClaimView:
    require_role(caller, StaffRole.BUSINESS)
    with transaction(factory) as session:
        claim = _claim(session, reference)
        if claim.state != ClaimState.RECEIVED:
            raise conflict(
                "wrong_state",
                f"only a received claim can be taken into review; this one is {claim.state}",
            )
        claim.state = ClaimState.UNDER_REVIEW
        _event(session, claim, "under_review")
        audit.append(session, actor=caller.actor, action="claim.review", subject=reference)
        session.flush()
        return claim_view(config, claim)


def decide(
    factory: sessionmaker[Session],
    config: ServerConfig,
    caller: StaffCaller,
    reference: str,
    decision: Decision,
) -> ClaimView:
    require_role(caller, StaffRole.BUSINESS)
    with transaction(factory) as session:
        claim = _claim(session, reference)
        if claim.state not in (ClaimState.RECEIVED, ClaimState.UNDER_REVIEW):
            raise conflict("wrong_state", f"this claim was already decided ({claim.state})")
        if claim.kind == "training_subsidy":
            course = session.get(TrainingCourse, claim.course_id) if claim.course_id else None
            claim.monthly_fen = course.subsidy_fen if course else None
            claim.entitlement_months = 1 if decision.approve else None
            claim.reason_codes = []
        else:
            day = claim.registration_date or claim.received_at.date()
            result = assess(session, claim.claimant, day)
            if decision.approve and not result.eligible:
                raise unprocessable(
                    "rules_refuse",
                    "the benefit rules do not allow this claim; it can only be refused",
                    {"reason_codes": [c.value for c in result.codes]},
                )
            claim.reason_codes = [c.value for c in result.codes]
            if decision.approve:
                claim.entitlement_months = result.entitlement.months
                claim.monthly_fen = (
                    result.monthly_amount.monthly_fen if result.monthly_amount else None
                )
                if claim.monthly_fen is None:
                    raise unprocessable(
                        "amount_unknown", "no benefit amount is in effect for the claimant's region"
                    )
        claim.state = ClaimState.APPROVED if decision.approve else ClaimState.REFUSED
        claim.decided_by = caller.user_id
        claim.decided_at = utcnow()
        _event(session, claim, "approved" if decision.approve else "refused")
        audit.append(
            session,
            actor=caller.actor,
            action="claim.decide",
            subject=reference,
            details={
                "approve": decision.approve,
                "months": claim.entitlement_months,
                "monthly_fen": claim.monthly_fen,
            },
        )
        session.flush()
        return claim_view(config, claim)


def _stop(session: Session, claim: Claim, actor: str) -> bool:
    """Cross-checks by data instead of monthly sign-ins (notice §4)."""
    if claim.kind != "claim" or claim.registration_date is None:
        return False
    application = application_for(session, claim.claimant, claim.registration_date)
    finding = rules.first_stop(application.external_records, claim_start=claim.registration_date)
    if finding is None:
        return False
    claim.state = ClaimState.STOPPED
    claim.stop_reason = finding.reason.value
    claim.stop_date = finding.stop_date
    _event(
        session, claim, "stopped", reason=finding.reason.value, date=finding.stop_date.isoformat()
    )
    audit.append(
        session,
        actor=actor,
        action="claim.stop",
        subject=claim.reference,
        details={"reason": finding.reason.value},
    )
    return True


def pay(
    factory: sessionmaker[Session], config: ServerConfig, caller: StaffCaller, reference: str
) -> ClaimView:
    require_role(caller, StaffRole.FINANCE)
    stopped = False
    with transaction(factory) as session:
        claim = _claim(session, reference)
        if claim.decided_by == caller.user_id:
            raise ApiError(
                403, "separation_of_duties", "the person who decided a claim may not pay it"
            )
        if claim.state not in (ClaimState.APPROVED, ClaimState.PAYING):
            raise conflict(
                "wrong_state", f"only an approved claim can be paid; this one is {claim.state}"
            )
        if _stop(session, claim, caller.actor):
            stopped = True
        else:
            assert claim.entitlement_months is not None and claim.monthly_fen is not None
            paid = len(claim.payments)
            start = claim.registration_date or claim.received_at.date()
            period = add_months(start.replace(day=1), paid)
            session.add(
                Payment(
                    claim_id=claim.id,
                    period_month=period,
                    amount_fen=claim.monthly_fen,
                    paid_by=caller.user_id,
                )
            )
            done = paid + 1 >= claim.entitlement_months
            claim.state = ClaimState.COMPLETED if done else ClaimState.PAYING
            _event(session, claim, "paid", month=period.isoformat(), amount_fen=claim.monthly_fen)
            audit.append(
                session,
                actor=caller.actor,
                action="claim.pay",
                subject=reference,
                details={"month": period.isoformat(), "amount_fen": claim.monthly_fen},
            )
        session.flush()
        session.refresh(claim)
        view = claim_view(config, claim)
    if stopped:
        raise conflict(
            "claim_stopped",
            f"payment refused: a cross-check stopped this claim ({view.stop_reason})",
        )
    return view


def run_cross_checks(factory: sessionmaker[Session], caller: StaffCaller) -> int:
    with transaction(factory) as session:
        claims = session.execute(
            select(Claim).where(Claim.state.in_((ClaimState.APPROVED, ClaimState.PAYING)))
        ).scalars()
        return sum(_stop(session, claim, caller.actor) for claim in list(claims))
