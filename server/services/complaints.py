"""Complaints and suggestions (issue 13 §5, notice §6), tracked to a staff answer.

Filed at a kiosk by the proven claimant, optionally about one of their own claims; due to be
answered `complaint_answer_days` calendar days after the business date it was filed
(server/clock.py), and flagged overdue while still open after that. Staff list the open ones
overdue first and answer; the answer is audited and texted (that there is one, not what it
says). The kiosk's `client_reference` is the reference and the idempotency key.
"""

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from contract.errors import ErrorCode
from contract.masking import mask_id_number, mask_name
from server import audit
from server.callers import KioskCaller, StaffCaller
from server.clock import business_today
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, conflict, not_found, unprocessable
from server.models import Claim, Claimant, Complaint
from server.service_schemas import (
    ClaimantRequest,
    ComplaintAnswer,
    ComplaintFiled,
    ComplaintList,
    ComplaintRequest,
    ComplaintState,
    ComplaintView,
    StaffComplaint,
    StaffComplaintList,
)
from server.services.claimant_proofs import claimant_for
from server.services.service_texts import notify_complaint_answered
from server.settings import ServerConfig

MAX_LISTED = 50
MAX_STAFF_LISTED = 200


def due_by(filed_on: date, config: ServerConfig) -> date:
    return filed_on + timedelta(days=config.complaint_answer_days)


def is_overdue(complaint: Complaint, today: date) -> bool:
    return complaint.state == ComplaintState.OPEN and today > complaint.due_by


def view_of(session: Session, complaint: Complaint, today: date) -> ComplaintView:
    claim = session.get(Claim, complaint.claim_id) if complaint.claim_id is not None else None
    return ComplaintView(
        reference=complaint.client_reference,
        category=complaint.category,
        text=complaint.text,
        claim_reference=claim.reference if claim is not None else None,
        filed_at=complaint.filed_at,
        due_by=complaint.due_by,
        state=ComplaintState(complaint.state),
        overdue=is_overdue(complaint, today),
        answer=complaint.answer,
        answered_at=complaint.answered_at,
    )


def _claim_of(session: Session, claimant: Claimant, reference: str | None) -> Claim | None:
    """Only the claimant's own claim: another person's reference is "unknown", as if it did
    not exist, so a kiosk cannot learn which references are real."""
    if reference is None:
        return None
    claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one_or_none()
    if claim is None or claim.claimant_id != claimant.id:
        raise not_found("claim", ErrorCode.COMPLAINT_CLAIM_UNKNOWN)
    return claim


def _file(
    session: Session, config: ServerConfig, body: ComplaintRequest, caller: KioskCaller
) -> ComplaintFiled:
    claimant = claimant_for(session, config, body.ssn, body.login, caller)
    claim = _claim_of(session, claimant, body.claim_reference)
    today = business_today(session)
    existing = session.execute(
        select(Complaint).where(Complaint.client_reference == body.client_reference)
    ).scalar_one_or_none()
    if existing is not None:
        same = (
            existing.claimant_id == claimant.id
            and existing.category == body.category.value
            and existing.text == body.text
            and existing.claim_id == (claim.id if claim is not None else None)
        )
        if not same:
            raise unprocessable(
                "reference_conflict",
                "this client reference was already used for a different complaint; "
                "create a new reference",
            )
        return ComplaintFiled(**view_of(session, existing, today).model_dump(), result="duplicate")
    complaint = Complaint(
        client_reference=body.client_reference,
        claimant_id=claimant.id,
        claim_id=claim.id if claim is not None else None,
        category=body.category.value,
        text=body.text,
        language=body.language,
        kiosk_id=caller.kiosk_id,
        filed_at=utcnow(),
        filed_on=today,
        due_by=due_by(today, config),
        state=ComplaintState.OPEN.value,
    )
    session.add(complaint)
    session.flush()
    audit.append(
        session,
        actor=f"kiosk:{caller.kiosk_id}",
        action="complaint.filed",
        subject=f"complaint:{complaint.id}",
        details={"category": complaint.category, "due_by": complaint.due_by.isoformat()},
    )
    return ComplaintFiled(**view_of(session, complaint, today).model_dump(), result="created")


def file_complaint(
    factory: sessionmaker[Session],
    config: ServerConfig,
    body: ComplaintRequest,
    caller: KioskCaller,
) -> ComplaintFiled:
    for _ in range(2):
        try:
            with transaction(factory) as session:
                return _file(session, config, body, caller)
        except IntegrityError:
            continue  # two deliveries of one reference raced; the retry finds the winner's
    raise ApiError(503, "busy_retry", "the complaint collided with a concurrent delivery; retry")


def mine(
    factory: sessionmaker[Session], config: ServerConfig, body: ClaimantRequest, caller: KioskCaller
) -> ComplaintList:
    with transaction(factory, durable=False) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        today = business_today(session)
        rows = session.execute(
            select(Complaint)
            .where(Complaint.claimant_id == claimant.id)
            .order_by(Complaint.filed_at.desc(), Complaint.id.desc())
            .limit(MAX_LISTED)
        ).scalars()
        return ComplaintList(complaints=[view_of(session, c, today) for c in rows])


def staff_list(factory: sessionmaker[Session], state: str) -> StaffComplaintList:
    """Open ones overdue first, then by due date (oldest promise first); answered ones newest
    answer first. `state`: open, answered or all."""
    with transaction(factory, durable=False) as session:
        today = business_today(session)
        query = select(Complaint, Claimant).join(Claimant, Complaint.claimant_id == Claimant.id)
        if state in (ComplaintState.OPEN, ComplaintState.ANSWERED):
            query = query.where(Complaint.state == state)
        rows = session.execute(
            query.order_by(Complaint.due_by, Complaint.id).limit(MAX_STAFF_LISTED)
        ).all()

        pairs = [(c, p) for c, p in rows]
        open_ = sorted(
            (r for r in pairs if r[0].state == ComplaintState.OPEN),
            key=lambda r: (not is_overdue(r[0], today), r[0].due_by, r[0].id),
        )
        answered = sorted(
            (r for r in pairs if r[0].state != ComplaintState.OPEN),
            key=lambda r: (r[0].answered_at or r[0].filed_at, r[0].id),
            reverse=True,
        )
        return StaffComplaintList(
            complaints=[
                StaffComplaint(
                    **view_of(session, c, today).model_dump(),
                    masked_name=mask_name(p.name),
                    masked_ssn=mask_id_number(p.ssn),
                )
                for c, p in open_ + answered
            ]
        )


def answer(
    factory: sessionmaker[Session], reference: str, body: ComplaintAnswer, caller: StaffCaller
) -> ComplaintView:
    """Once: an answer given is the agency's word, audited and texted; a second is refused."""
    with transaction(factory) as session:
        complaint = session.execute(
            select(Complaint).where(Complaint.client_reference == reference).with_for_update()
        ).scalar_one_or_none()
        if complaint is None:
            raise not_found("complaint")
        if complaint.state == ComplaintState.ANSWERED:
            raise conflict("complaint_already_answered", "this complaint was already answered")
        today = business_today(session)
        late = is_overdue(complaint, today)
        complaint.state = ComplaintState.ANSWERED.value
        complaint.answer = body.answer
        complaint.answered_at = utcnow()
        complaint.answered_by = caller.user_id
        session.flush()
        audit.append(
            session,
            actor=caller.actor,
            action="complaint.answered",
            subject=f"complaint:{complaint.id}",
            details={"category": complaint.category, "late": late},
        )
        claimant = session.get(Claimant, complaint.claimant_id)
        if claimant is not None:
            notify_complaint_answered(session, complaint, claimant)
        return view_of(session, complaint, today)
