"""Sampled re-review of decided claims (抽检, notice §5): a share of decisions is drawn at random
and looked at again by a second business staff member, never the one who decided.

The draw is reproducible: the seed (given, or drawn and then reported) and the list of candidates
determine it, so an auditor can replay `kiosk server sample --rate P --seed N` against a copy of
the database and get the same claims. A claim is drawn at most once. A disagreement flags the
claim for staff review (`review_flag`), where the decision can be taken up again.
"""

import math
import random
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.callers import StaffCaller, require_role
from server.control_schemas import SampleList, SampleReviewIn, SampleView
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, conflict, not_found
from server.models import Claim, ClaimState, SampleOutcome, SampleReview, StaffRole, StaffUser

UNDECIDED = (ClaimState.RECEIVED, ClaimState.UNDER_REVIEW)


@dataclass(frozen=True)
class DrawReport:
    seed: int
    rate: float
    candidates: int
    drawn: int
    no_reviewer: int  # drawn, but nobody other than the decider could re-review it


def draw_sample(
    factory: sessionmaker[Session], rate: float, seed: int | None, actor: str
) -> DrawReport:
    if not 0 < rate <= 1:
        raise ValueError("the rate must lie in (0, 1]")
    seed = secrets.randbits(63) if seed is None else seed
    rng = random.Random(seed)
    with transaction(factory) as session:
        sampled = select(SampleReview.claim_id)
        candidates = list(
            session.execute(
                select(Claim)
                .where(
                    Claim.decided_by.is_not(None),
                    Claim.state.not_in(UNDECIDED),
                    Claim.id.not_in(sampled),
                )
                .order_by(Claim.id)
            ).scalars()
        )
        reviewers = list(
            session.execute(
                select(StaffUser)
                .where(StaffUser.role == StaffRole.BUSINESS, StaffUser.active.is_(True))
                .order_by(StaffUser.id)
            ).scalars()
        )
        size = min(len(candidates), math.ceil(rate * len(candidates)))
        chosen = sorted(rng.sample(candidates, size), key=lambda c: c.id)
        drawn = no_reviewer = 0
        now = utcnow()
        for claim in chosen:
            others = [r for r in reviewers if r.id != claim.decided_by]
            if not others or claim.decided_by is None:
                no_reviewer += 1
                continue
            reviewer = rng.choice(others)
            row = SampleReview(
                claim_id=claim.id,
                decided_by=claim.decided_by,
                assigned_to=reviewer.id,
                drawn_at=now,
                drawn_by=actor,
            )
            session.add(row)
            session.flush()
            audit.append(
                session,
                actor=actor,
                action="sample.draw",
                subject=claim.reference,
                details={
                    "sample_id": row.id,
                    "assigned_to": reviewer.username,
                    "rate": rate,
                    "seed": seed,
                },
            )
            drawn += 1
    return DrawReport(seed, rate, len(candidates), drawn, no_reviewer)


def _names(session: Session, *ids: int | None) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(StaffUser.id, StaffUser.username).where(StaffUser.id.in_(wanted)))
    return {i: name for i, name in rows}


def _view(session: Session, row: SampleReview, reference: str) -> SampleView:
    names = _names(session, row.decided_by, row.assigned_to, row.reviewed_by)
    return SampleView(
        id=row.id,
        claim_reference=reference,
        decided_by=names[row.decided_by],
        assigned_to=names[row.assigned_to],
        drawn_at=row.drawn_at,
        outcome=SampleOutcome(row.outcome) if row.outcome else None,
        note=row.note,
        reviewed_by=names.get(row.reviewed_by) if row.reviewed_by else None,
        reviewed_at=row.reviewed_at,
    )


def list_samples(factory: sessionmaker[Session], open_only: bool) -> SampleList:
    with transaction(factory) as session:
        query = (
            select(SampleReview, Claim.reference)
            .join(Claim, Claim.id == SampleReview.claim_id)
            .order_by(SampleReview.id)
        )
        if open_only:
            query = query.where(SampleReview.outcome.is_(None))
        return SampleList(
            samples=[_view(session, row, ref) for row, ref in session.execute(query.limit(500))]
        )


def record_review(
    factory: sessionmaker[Session], caller: StaffCaller, sample_id: int, body: SampleReviewIn
) -> SampleView:
    require_role(caller, StaffRole.BUSINESS)
    with transaction(factory) as session:
        row = session.get(SampleReview, sample_id, with_for_update=True)
        if row is None:
            raise not_found("sampled claim", "sample_unknown")
        if row.decided_by == caller.user_id:
            raise ApiError(
                403,
                "separation_of_duties",
                "the person who decided a claim may not re-review it; it is assigned to another",
            )
        if row.outcome is not None:
            raise conflict("already_reviewed", "this sampled claim was already re-reviewed")
        claim = session.get(Claim, row.claim_id)
        assert claim is not None
        reviewed_at: datetime = utcnow()
        row.outcome = body.outcome.value
        row.note = body.note or None
        row.reviewed_by = caller.user_id
        row.reviewed_at = reviewed_at
        if body.outcome == SampleOutcome.DISAGREE:
            claim.review_flag = True
            claim.review_reason = "sample_disagreement"
        audit.append(
            session,
            actor=caller.actor,
            action="sample.review",
            subject=claim.reference,
            details={"sample_id": row.id, "outcome": body.outcome.value},
        )
        session.flush()
        return _view(session, row, claim.reference)
