"""A claimant takes back an application the agency has not decided yet (issue 13 §2).

Only the claimant's own claim, proven like every claimant-scoped request, and only while it is
received or under review: once decided, the decision stands (a granted claim stops through a
reported change instead). A withdrawn claim was never granted, so it opens no entitlement and is
not the open claim that blocks a new one (server/services/assessment.py ACTIVE_STATES)."""

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from contract.errors import ErrorCode
from server import audit
from server.callers import KioskCaller
from server.change_schemas import WithdrawalReceipt, WithdrawRequest
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, not_found
from server.ledger.records import lock_claimant
from server.models import Claim, ClaimEvent, ClaimState
from server.services.claim_views import verification_code
from server.services.claimant_proofs import claimant_for
from server.settings import ServerConfig

WITHDRAWABLE = (ClaimState.RECEIVED, ClaimState.UNDER_REVIEW)


def withdraw(
    factory: sessionmaker[Session],
    config: ServerConfig,
    reference: str,
    body: WithdrawRequest,
    caller: KioskCaller,
) -> WithdrawalReceipt:
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        # The same lock as decisions and payments (staff_workflow._claim), so a decision and a
        # withdrawal of one claim happen one after the other, never both.
        lock_claimant(session, claimant.id)
        claim = session.execute(
            select(Claim).where(Claim.reference == reference).with_for_update()
        ).scalar_one_or_none()
        if claim is None or claim.claimant_id != claimant.id:
            # Another person's claim is answered like an unknown one: nothing about it leaks.
            raise not_found("claim", "claim_unknown")
        if claim.state not in WITHDRAWABLE:
            raise ApiError(
                409,
                ErrorCode.CLAIM_NOT_WITHDRAWABLE,
                f"only an application not yet decided can be withdrawn; this one is {claim.state}",
                {"state": claim.state},
            )
        now = utcnow()
        claim.state = ClaimState.WITHDRAWN
        session.add(ClaimEvent(claim_id=claim.id, at=now, kind="withdrawn", detail={}))
        audit.append(
            session,
            actor=f"kiosk:{caller.kiosk_id}",
            action="claim.withdraw",
            subject=claim.reference,
            details={"kind": claim.kind},
        )
        session.flush()
        return WithdrawalReceipt(
            reference=claim.reference,
            kind=claim.kind,
            state="withdrawn",
            withdrawn_at=now,
            verification_code=verification_code(config, claim.reference),
        )
