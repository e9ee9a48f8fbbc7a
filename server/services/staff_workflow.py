"""Review, decision and payment, with separation of duties (notice §5) and the entitlement ledger.

The person who decides entitlement never releases its payment, and no account holds both roles;
both are enforced here, in the same transaction as the change, and every step is audited. A grant
opens an entitlement in the ledger and payments consume it month by month, each only when due
(`server.ledger`); decisions and payments of one person queue on a lock of the person's row, so
two sessions can never both spend the same months.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.callers import StaffCaller, require_role
from server.clock import business_today, local_date
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, conflict, not_found, unprocessable
from server.ledger.entitlements import open_entitlement, overlapping_claim
from server.ledger.payments import PAYABLE_STATES, parse_month, release
from server.ledger.records import lock_claimant
from server.ledger.stops import apply_stop
from server.ledger.view import ledger_view
from server.models import (
    Claim,
    ClaimEvent,
    ClaimState,
    StaffRole,
)
from server.rules import NATIONAL_DEFAULTS, Explanation, RuleParameters
from server.schemas import ClaimView, Decision, LedgerView
from server.services import decision_notices, notifications, training_subsidies
from server.services.assessment import assess
from server.services.claim_views import claim_view
from server.services.recoveries import record_overpayments
from server.settings import ServerConfig


def _claim(session: Session, reference: str) -> Claim:
    """The claim, after its claimant's row is locked: every change to a person's entitlement
    takes the same lock first, so they happen one after another."""
    claimant_id = session.execute(
        select(Claim.claimant_id).where(Claim.reference == reference)
    ).scalar_one_or_none()
    if claimant_id is None:
        raise not_found("claim", "claim_unknown")
    lock_claimant(session, claimant_id)
    return session.execute(
        select(Claim).where(Claim.reference == reference).with_for_update()
    ).scalar_one()


def _event(session: Session, claim: Claim, kind: str, **detail: object) -> None:
    session.add(ClaimEvent(claim_id=claim.id, at=utcnow(), kind=kind, detail=detail))


def list_claims(
    factory: sessionmaker[Session],
    config: ServerConfig,
    state: str | None,
    flagged: bool | None = None,
) -> list[ClaimView]:
    """Claims by state; `flagged` picks those flagged for review at receipt (or the others)."""
    with transaction(factory) as session:
        query = select(Claim).order_by(Claim.received_at)
        if state:
            query = query.where(Claim.state == state)
        if flagged is not None:
            query = query.where(Claim.review_flag.is_(flagged))
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


def _decide_benefit(
    session: Session, config: ServerConfig, claim: Claim, approve: bool
) -> tuple[Explanation, ...]:
    """Runs the rules over what the agency holds, the ledger included: a grant is never more than
    the months the ledger has left (Regulations art. 17). The claim's schedule runs for the
    benefit period, which the retirement age may cap or extend; the ledger records the art. 17
    entitlement, which is what carries over."""
    day = claim.registration_date or local_date(claim.received_at)
    result = assess(session, claim.claimant, day, config.rule_parameters)
    if approve and not result.eligible:
        raise unprocessable(
            "rules_refuse",
            "the benefit rules do not allow this claim; it can only be refused",
            {"reason_codes": [c.value for c in result.codes]},
        )
    claim.reason_codes = [c.value for c in result.codes]
    if not approve:
        return result.reasons  # the written decision states them (decision_notices)
    earlier = overlapping_claim(session, claim, day)
    if earlier is not None:
        raise unprocessable(
            "entitlement_overlap",
            "this claim's registration date lies within an earlier grant's benefit period; "
            "it can only be refused",
            {"reference": earlier.reference, "registration_date": day.isoformat()},
        )
    if result.entitlement.months <= 0:
        raise unprocessable(
            "rules_refuse",
            "the ledger has no months left for this person; the claim can only be refused",
            {"reason_codes": ["no_entitlement_left"]},
        )
    if result.monthly_amount is None:
        raise unprocessable(
            "amount_unknown", "no benefit amount is in effect for the claimant's region"
        )
    period = result.period
    claim.entitlement_months = period.months if period is not None else result.entitlement.months
    claim.monthly_fen = result.monthly_amount.monthly_fen
    open_entitlement(session, claim, result.entitlement, day)
    return result.reasons


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
        explanations: tuple[Explanation, ...] = ()
        if claim.kind == "training_subsidy":
            training_subsidies.decide(session, config, claim, decision.approve)
        else:
            explanations = _decide_benefit(session, config, claim, decision.approve)
        claim.state = ClaimState.APPROVED if decision.approve else ClaimState.REFUSED
        claim.decided_by = caller.user_id
        claim.decided_at = utcnow()
        if not decision.approve and claim.kind == "claim":
            # A refusal is appealable: its written notice, before the SMS that points to it.
            decision_notices.issue(
                session, config, claim, explanations, business_today(session), decision.note
            )
        _event(session, claim, "approved" if decision.approve else "refused")
        notifications.notify_decided(session, claim)
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


def pay(
    factory: sessionmaker[Session],
    config: ServerConfig,
    caller: StaffCaller,
    reference: str,
    month: str | None = None,
) -> ClaimView:
    """Releases the next owed month, or `month` ("YYYY-MM"), once it is due.

    The cross-checks run first, in their own transaction, so a stop they find is recorded even
    when the payment is then refused."""
    require_role(caller, StaffRole.FINANCE)
    target: date | None = parse_month(month) if month is not None else None
    with transaction(factory) as session:
        claim = _claim(session, reference)
        if claim.decided_by == caller.user_id:
            raise ApiError(
                403, "separation_of_duties", "the person who decided a claim may not pay it"
            )
        if claim.state in PAYABLE_STATES and apply_stop(
            session, claim, caller.actor, business_today(session), config.rule_parameters
        ):
            # Months already paid from the stop's month on were not owed: ask them back now,
            # not only at the next daily run.
            record_overpayments(session, claim)
    with transaction(factory) as session:
        claim = _claim(session, reference)
        today = business_today(session)
        if claim.kind == training_subsidies.KIND:
            training_subsidies.release(
                session,
                claim,
                month=target,
                today=today,
                staff_id=caller.user_id,
                actor=caller.actor,
            )
        else:
            release(
                session,
                config,
                claim,
                month=target,
                today=today,
                staff_id=caller.user_id,
                actor=caller.actor,
            )
        session.flush()
        session.refresh(claim)
        return claim_view(config, claim)


def run_cross_checks(
    factory: sessionmaker[Session],
    caller: StaffCaller,
    parameters: RuleParameters = NATIONAL_DEFAULTS,
) -> int:
    """Every running claim against every register, as of the business date; returns how many
    claims it stopped."""
    with transaction(factory) as session:
        today = business_today(session)
        claims = session.execute(
            select(Claim).where(Claim.state.in_((ClaimState.APPROVED, ClaimState.PAYING)))
        ).scalars()
        stopped = 0
        for claim in list(claims):
            if apply_stop(session, claim, caller.actor, today, parameters):
                record_overpayments(session, claim)
                stopped += 1
        return stopped


def claimant_ledger(
    factory: sessionmaker[Session], config: ServerConfig, caller: StaffCaller, reference: str
) -> LedgerView:
    """The ledger of the person a claim belongs to (by claim reference, so that no ID number
    travels in a URL)."""
    del caller  # both roles may read it: business decides by it, finance pays by it
    with transaction(factory) as session:
        claim = session.execute(
            select(Claim).where(Claim.reference == reference)
        ).scalar_one_or_none()
        if claim is None:
            raise not_found("claim", "claim_unknown")
        return ledger_view(session, claim.claimant, business_today(session), config.rule_parameters)
