"""Maker-checker corrections (notice §5, 每项变更经审核、留痕可溯): a change to a claimant's or a
claim's data is proposed by one staff member and takes effect only when a second, different one
approves it. Both steps are audited.

Neither the old nor the new value reaches the audit trail or a log: the trail holds keyed digests
of both (so an auditor holding the value can confirm it), the table holds the new value encrypted
until it is applied, and answers show it masked. Approval re-checks that the value being replaced
is still the one the proposer saw, so a correction cannot silently overwrite a later change.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from contract.masking import mask_account, mask_mobile
from server import audit
from server.callers import StaffCaller, require_role
from server.clock import business_today
from server.control_schemas import (
    CorrectableField,
    CorrectionList,
    CorrectionProposal,
    CorrectionView,
)
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, conflict, not_found, unprocessable
from server.keys.registry import ring_of
from server.models import (
    Claim,
    Correction,
    CorrectionState,
    EmploymentSpell,
    StaffRole,
    StaffUser,
)

MOBILE = re.compile(r"^1\d{10}$")
ACCOUNT = re.compile(r"^\d{10,32}$")


@dataclass(frozen=True)
class _Field:
    """How to read, check, write and show one correctable value."""

    read: Callable[[Session, Claim], str]
    write: Callable[[Session, Claim, str], None]
    check: Callable[[Session, Claim, str], str | None]  # a problem, or None
    mask: Callable[[str], str]


def _latest_spell(session: Session, claim: Claim) -> EmploymentSpell:
    spell = session.execute(
        select(EmploymentSpell)
        .where(EmploymentSpell.claimant_id == claim.claimant_id)
        .order_by(EmploymentSpell.start_date.desc(), EmploymentSpell.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if spell is None:
        raise unprocessable("correction_invalid", "the claimant has no employment on record")
    return spell


def _check_separation(session: Session, claim: Claim, value: str) -> str | None:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return "a separation date is YYYY-MM-DD"
    if day > business_today(session):
        return "a separation date cannot lie in the future"
    if day < _latest_spell(session, claim).start_date:
        return "a separation date cannot precede the start of the employment"
    return None


def _read_separation(session: Session, claim: Claim) -> str:
    ended = _latest_spell(session, claim).end_date
    return ended.isoformat() if ended else ""


def _set_separation(session: Session, claim: Claim, value: str) -> None:
    _latest_spell(session, claim).end_date = date.fromisoformat(value)


def _set_mobile(_: Session, claim: Claim, value: str) -> None:
    claim.claimant.mobile = value


def _set_account(_: Session, claim: Claim, value: str) -> None:
    claim.claimant.payment_account = value


FIELDS: dict[CorrectableField, _Field] = {
    CorrectableField.MOBILE: _Field(
        read=lambda _, c: c.claimant.mobile,
        write=_set_mobile,
        check=lambda _s, _c, v: None if MOBILE.match(v) else "a mobile number is 11 digits from 1",
        mask=mask_mobile,
    ),
    CorrectableField.PAYMENT_ACCOUNT: _Field(
        read=lambda _, c: c.claimant.payment_account,
        write=_set_account,
        check=lambda _s, _c, v: None if ACCOUNT.match(v) else "an account number is 10-32 digits",
        mask=mask_account,
    ),
    CorrectableField.SEPARATION_DATE: _Field(
        read=_read_separation,
        write=_set_separation,
        check=_check_separation,
        mask=lambda v: v,  # a date alone identifies no one
    ),
}


def _digest(session: Session, field: CorrectableField, value: str) -> str:
    return ring_of(session.get_bind().dialect).blind_index("corrections.value", field.value, value)


def _claim(session: Session, reference: str) -> Claim:
    claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one_or_none()
    if claim is None:
        raise not_found("claim", "claim_unknown")
    return claim


def _view(session: Session, row: Correction, reference: str) -> CorrectionView:
    ids = {row.proposed_by, *([row.decided_by] if row.decided_by else [])}
    names = {
        i: name
        for i, name in session.execute(
            select(StaffUser.id, StaffUser.username).where(StaffUser.id.in_(ids))
        )
    }
    return CorrectionView(
        id=row.id,
        claim_reference=reference,
        field=CorrectableField(row.field),
        new_value_masked=row.new_value_masked,
        state=CorrectionState(row.state),
        proposed_by=names[row.proposed_by],
        proposed_at=row.proposed_at,
        decided_by=names.get(row.decided_by) if row.decided_by else None,
        decided_at=row.decided_at,
    )


def propose(
    factory: sessionmaker[Session], caller: StaffCaller, body: CorrectionProposal
) -> CorrectionView:
    require_role(caller, StaffRole.BUSINESS)
    spec = FIELDS[body.field]
    with transaction(factory) as session:
        claim = _claim(session, body.claim_reference)
        problem = spec.check(session, claim, body.new_value)
        if problem is not None:
            raise unprocessable("correction_invalid", problem, {"field": body.field.value})
        current = spec.read(session, claim)
        if current == body.new_value:
            raise unprocessable(
                "correction_no_change",
                "the record already holds this value",
                {"field": body.field.value},
            )
        pending = session.execute(
            select(Correction.id).where(
                Correction.claim_id == claim.id,
                Correction.field == body.field.value,
                Correction.state == CorrectionState.PROPOSED,
            )
        ).first()
        if pending is not None:
            raise conflict(
                "correction_pending",
                "a correction of this field awaits approval; approve or reject it first",
            )
        row = Correction(
            claim_id=claim.id,
            field=body.field.value,
            old_value_digest=_digest(session, body.field, current),
            new_value=body.new_value,
            new_value_masked=spec.mask(body.new_value),
            state=CorrectionState.PROPOSED,
            proposed_by=caller.user_id,
            proposed_at=utcnow(),
        )
        session.add(row)
        session.flush()
        audit.append(
            session,
            actor=caller.actor,
            action="correction.propose",
            subject=claim.reference,
            details={
                "correction_id": row.id,
                "field": row.field,
                "old_digest": row.old_value_digest,
                "new_digest": _digest(session, body.field, body.new_value),
            },
        )
        return _view(session, row, claim.reference)


def _open(session: Session, correction_id: int) -> tuple[Correction, Claim]:
    row = session.get(Correction, correction_id, with_for_update=True)
    if row is None:
        raise not_found("correction", "correction_unknown")
    if row.state != CorrectionState.PROPOSED:
        raise conflict("correction_decided", f"this correction was already {row.state}")
    claim = session.get(Claim, row.claim_id)
    assert claim is not None
    return row, claim


def approve(
    factory: sessionmaker[Session], caller: StaffCaller, correction_id: int
) -> CorrectionView:
    require_role(caller, StaffRole.BUSINESS)
    with transaction(factory) as session:
        row, claim = _open(session, correction_id)
        if row.proposed_by == caller.user_id:
            raise ApiError(
                403,
                "separation_of_duties",
                "a correction needs a second person: the proposer may not approve it",
            )
        field = CorrectableField(row.field)
        spec = FIELDS[field]
        if _digest(session, field, spec.read(session, claim)) != row.old_value_digest:
            raise conflict(
                "correction_stale",
                "the value changed after this correction was proposed; reject it and propose anew",
            )
        spec.write(session, claim, row.new_value)
        row.state = CorrectionState.APPLIED
        row.decided_by = caller.user_id
        row.decided_at = utcnow()
        audit.append(
            session,
            actor=caller.actor,
            action="correction.apply",
            subject=claim.reference,
            details={
                "correction_id": row.id,
                "field": row.field,
                "new_digest": _digest(session, field, row.new_value),
            },
        )
        session.flush()
        return _view(session, row, claim.reference)


def reject(
    factory: sessionmaker[Session], caller: StaffCaller, correction_id: int
) -> CorrectionView:
    require_role(caller, StaffRole.BUSINESS)
    with transaction(factory) as session:
        row, claim = _open(session, correction_id)
        row.state = CorrectionState.REJECTED
        row.decided_by = caller.user_id
        row.decided_at = utcnow()
        audit.append(
            session,
            actor=caller.actor,
            action="correction.reject",
            subject=claim.reference,
            details={"correction_id": row.id, "field": row.field},
        )
        session.flush()
        return _view(session, row, claim.reference)


def list_corrections(
    factory: sessionmaker[Session], state: CorrectionState | None
) -> CorrectionList:
    with transaction(factory) as session:
        query = (
            select(Correction, Claim.reference)
            .join(Claim, Claim.id == Correction.claim_id)
            .order_by(Correction.id)
        )
        if state is not None:
            query = query.where(Correction.state == state.value)
        return CorrectionList(
            corrections=[_view(session, row, ref) for row, ref in session.execute(query.limit(500))]
        )
