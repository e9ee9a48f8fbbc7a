"""Claim submission with the client reference as idempotency key: exactly-once as the agency sees it.

A kiosk may send the same submission any number of times (retries, crashes, a field-staff bundle
that also arrived online); only the first creates a claim. The content hash tells a genuine
resend from a reused reference, which is a bug or an attack and is refused.
"""

import hashlib
import json
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.api.schemas import MOBILE_ON_FILE, ClaimView, Submission
from server.clock import local_date
from server.db import serialize_writers, transaction
from server.db_types import utcnow
from server.errors import ApiError, unprocessable
from server.models import Claim, ClaimEvent, ClaimState, TrainingCourse
from server.services.claim_views import claim_view
from server.services.claimant_index import claimant_by_ssn
from server.settings import ServerConfig

ACTIVE_STATES = (
    ClaimState.RECEIVED,
    ClaimState.UNDER_REVIEW,
    ClaimState.APPROVED,
    ClaimState.PAYING,
)


def content_hash(submission: Submission) -> str:
    """Over the submission as sent: "on_file" is hashed as such, never the number it stands for,
    so a resend is recognised even if the number on file changed in between."""
    body = {"kind": submission.kind, "payload": submission.payload.model_dump(mode="json")}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Outcome:
    result: Literal["created", "duplicate"]
    claim: ClaimView


def _existing(
    session: Session, config: ServerConfig, submission: Submission, digest: str
) -> Outcome | None:
    claim = session.execute(
        select(Claim).where(Claim.reference == submission.client_reference)
    ).scalar_one_or_none()
    if claim is None:
        return None
    if claim.content_hash != digest:
        raise unprocessable(
            "reference_conflict",
            "this client reference was already used for a different submission; create a new reference",
        )
    return Outcome("duplicate", claim_view(config, claim))


def _create(
    session: Session,
    config: ServerConfig,
    submission: Submission,
    digest: str,
    kiosk_id: str,
    channel: str,
) -> Outcome:
    payload = submission.payload
    claimant = claimant_by_ssn(session, payload.ssn)
    if claimant is None:
        raise unprocessable(
            "claimant_unknown", "no insured person with this social security number"
        )
    if submission.kind == "training_subsidy":
        if payload.course_id is None or session.get(TrainingCourse, payload.course_id) is None:
            raise unprocessable("course_unknown", "training subsidy needs an approved course_id")
    else:
        active = session.execute(
            select(Claim.reference).where(
                Claim.claimant_id == claimant.id,
                Claim.kind == "claim",
                Claim.state.in_(ACTIVE_STATES),
            )
        ).first()
        if active is not None:
            raise unprocessable(
                "claim_already_active",
                "this person already has a benefit claim in progress or being paid",
            )
    now = utcnow()
    claim = Claim(
        reference=submission.client_reference,
        kind=submission.kind,
        claimant_id=claimant.id,
        kiosk_id=kiosk_id,
        channel=channel,
        content_hash=digest,
        state=ClaimState.RECEIVED,
        created_at=submission.created_at,
        received_at=now,
        language=payload.language,
        mobile=claimant.mobile if payload.mobile == MOBILE_ON_FILE else payload.mobile,
        course_id=payload.course_id,
        # Applying performs the unemployment registration (notice §2): same day, local time.
        registration_date=local_date(submission.created_at),
        reason_codes=[],
    )
    session.add(claim)
    session.flush()
    session.add(ClaimEvent(claim_id=claim.id, at=now, kind="received", detail={"channel": channel}))
    audit.append(
        session,
        actor=f"kiosk:{kiosk_id}",
        action=f"{submission.kind}.received",
        subject=claim.reference,
        details={"channel": channel},
    )
    session.flush()
    session.refresh(claim)
    return Outcome("created", claim_view(config, claim))


def submit(
    factory: sessionmaker[Session],
    config: ServerConfig,
    submission: Submission,
    kiosk_id: str,
    channel: str = "online",
) -> Outcome:
    if submission.kiosk_id is not None and submission.kiosk_id != kiosk_id:
        raise unprocessable("kiosk_mismatch", "kiosk_id in the body differs from the signing kiosk")
    digest = content_hash(submission)
    for _ in range(2):
        try:
            with transaction(factory) as session:
                # Under the writers' lock both checks below (this reference, one active claim per
                # person) see every committed claim, also on PostgreSQL's READ COMMITTED.
                serialize_writers(session)
                return _existing(session, config, submission, digest) or _create(
                    session, config, submission, digest, kiosk_id, channel
                )
        except IntegrityError:
            # Two deliveries of one reference raced; the loser finds the winner's claim next time.
            continue
    raise ApiError(503, "busy_retry", "the submission collided with a concurrent delivery; retry")
