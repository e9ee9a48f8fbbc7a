"""Claim submission with the client reference as idempotency key: exactly-once as the agency sees it.

A kiosk may send the same submission any number of times (retries, crashes, a field-staff bundle
that also arrived online); only the first creates a claim. The content hash tells a genuine
resend from a reused reference, which is a bug or an attack and is refused.

The registration date (notice §1: applying registers) is the server's business date of receipt.
A submission that waited in a kiosk's queue or travelled in a bundle keeps the kiosk's time only
when it lies within the configured offline window before receipt: a kiosk clock set to 2099, or a
forged time, must neither move the benefit period nor block the rest of a batch.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal, TypeVar

from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, make_transient_to_detached, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from contract.card_proof import submission_content_hash
from contract.home_visit import HOME_VISIT_CHANNEL
from server import audit
from server.clock import business_today, local_date
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, unprocessable
from server.ledger.records import lock_claimant_row
from server.models import Claim, ClaimEvent, ClaimState
from server.models.base import table_of
from server.schemas import MOBILE_ON_FILE, ClaimView, Submission
from server.services import claimant_proofs, home_visits, notifications, training_subsidies
from server.services.assessment import ACTIVE_STATES
from server.services.claim_views import claim_view
from server.services.claimant_index import claimant_by_ssn
from server.services.decision_notices import decision_due_by
from server.settings import ServerConfig

#: Channels whose submissions waited on the kiosk (queue upload, field-staff bundle).
DEFERRED_CHANNELS = frozenset({"batch", "bundle"})

#: Why a claim was flagged for staff review at receipt.
CREATED_AT_OUTSIDE_WINDOW = "created_at_outside_window"


def checked_created_at(value: datetime | str) -> datetime:
    """The kiosk's time as an aware UTC moment, or 422 `invalid_created_at` for this item alone.

    Without a zone a time is ambiguous (the kiosk's zone is not ours to guess); at the edges of
    the calendar (year 9999 at -14:00 is year 10000 in UTC) it cannot be converted at all."""
    if isinstance(value, str):
        raise _invalid_created_at("created_at is not an ISO 8601 date-time with a time zone")
    if value.tzinfo is None or value.utcoffset() is None:
        raise _invalid_created_at(
            "created_at has no time zone; send e.g. 2026-12-04T09:30:00+08:00"
        )
    try:
        moment = value.astimezone(UTC)
        local_date(moment)
    except (OverflowError, ValueError):
        raise _invalid_created_at("created_at lies outside the calendar") from None
    if not 1 < moment.year < 9999:
        raise _invalid_created_at("created_at lies outside the calendar")
    return moment


def _invalid_created_at(message: str) -> ApiError:
    return unprocessable("invalid_created_at", message, {"field": "created_at"})


def registration_date(
    created_at: datetime, channel: str, receipt: date, max_offline_age_days: int
) -> tuple[date, str | None]:
    """The registration date and, when the kiosk's time cannot be trusted, why staff must look."""
    if channel not in DEFERRED_CHANNELS:
        return receipt, None
    kiosk_day = local_date(created_at)
    if receipt - timedelta(days=max_offline_age_days) <= kiosk_day <= receipt:
        return kiosk_day, None
    return receipt, CREATED_AT_OUTSIDE_WINDOW


def content_hash(submission: Submission) -> str:
    """Over the submission as sent: "on_file" is hashed as such, never the number it stands for,
    so a resend is recognised even if the number on file changed in between. The same bytes the
    kiosk's offline card proof signs (contract.card_proof); `login` is outside it."""
    return submission_content_hash(submission.kind, submission.payload.model_dump(mode="json"))


@dataclass(frozen=True)
class Outcome:
    result: Literal["created", "duplicate"]
    claim: ClaimView


def _existing(
    session: Session, config: ServerConfig, submission: Submission, digest: str
) -> Outcome | None:
    # Two columns first: nearly every delivery is a new reference, and loading (and decrypting)
    # a whole claim only to find none cost more than the query itself.
    found = session.execute(_SENT_BEFORE, {"reference": submission.client_reference}).first()
    if found is None:
        return None
    if found.content_hash != digest:
        raise unprocessable(
            "reference_conflict",
            "this client reference was already used for a different submission; create a new reference",
        )
    claim = session.execute(_CLAIM_BY_ID, {"id": found.id}).scalar_one()
    return Outcome("duplicate", claim_view(config, claim))


#: The statements every submission runs, built once (building them per call, and hashing their
#: cache keys, cost more CPU than executing them: docs/benchmarks.md, sixth pass).
_SENT_BEFORE = select(Claim.id, Claim.content_hash).where(Claim.reference == bindparam("reference"))
_CLAIM_BY_ID = select(Claim).where(Claim.id == bindparam("id"))
_ACTIVE_CLAIM = select(Claim.reference, Claim.state).where(
    Claim.claimant_id == bindparam("claimant"),
    Claim.kind == "claim",
    Claim.state.in_(ACTIVE_STATES),
)


def _create(
    session: Session,
    config: ServerConfig,
    submission: Submission,
    digest: str,
    kiosk_id: str,
    channel: str,
    kiosk_region: str | None = None,
) -> Outcome:
    payload = submission.payload
    created_at = checked_created_at(submission.created_at)
    claimant = claimant_by_ssn(session, payload.ssn)
    claimant_proofs.verify_submission_login(
        session, config, submission, claimant, kiosk_id, kiosk_region
    )
    visitor = home_visits.verify_submission(
        session, config, submission, kiosk_id, digest, created_at, utcnow()
    )
    if claimant is None:
        raise unprocessable(
            "claimant_unknown", "no insured person with this social security number"
        )
    if session.get_bind().dialect.name == "postgresql":
        # Submissions of one person queue on their row (SQLite admits one writer anyway), so the
        # checks below see every committed claim of theirs on READ COMMITTED; a delivery of this
        # very reference that committed while this one waited is a resend, not a second claim.
        lock_claimant_row(session, claimant.id)
        resent = _existing(session, config, submission, digest)
        if resent is not None:
            return resent
    if submission.kind == "training_subsidy":
        training_subsidies.check_submission(session, config, claimant, payload.course_id, kiosk_id)
    else:
        active = session.execute(_ACTIVE_CLAIM, {"claimant": claimant.id}).first()
        if active is not None:
            raise unprocessable(
                "claim_already_active",
                "this person already has a benefit claim in progress or being paid",
                {"reference": active.reference, "state": active.state},
            )
    registered, flag = registration_date(
        created_at, channel, business_today(session), config.max_offline_age_days
    )
    now = utcnow()
    claim = _inserted(
        session,
        Claim,
        reference=submission.client_reference,
        kind=submission.kind,
        claimant_id=claimant.id,
        kiosk_id=kiosk_id,
        channel=channel,
        content_hash=digest,
        state=ClaimState.RECEIVED,
        created_at=created_at,
        received_at=now,
        language=payload.language,
        mobile=claimant.mobile if payload.mobile == MOBILE_ON_FILE else payload.mobile,
        course_id=payload.course_id,
        registration_date=registered,
        review_flag=flag is not None,
        review_reason=flag,
        reason_codes=[],
        service_channel=HOME_VISIT_CHANNEL if visitor is not None else "kiosk",
        visitor=visitor,
        entitlement_months=None,
        monthly_fen=None,
        decided_by=None,
        decided_at=None,
        stop_reason=None,
        stop_date=None,
    )
    events = [
        _inserted(
            session,
            ClaimEvent,
            claim_id=claim.id,
            at=now,
            kind="received",
            detail={"channel": channel},
        )
    ]
    notifications.notify_received(session, claim, decision_due_by(config, claim))
    if flag is not None:
        events.append(
            _inserted(
                session,
                ClaimEvent,
                claim_id=claim.id,
                at=now,
                kind="flagged_for_review",
                detail={"reason": flag},
            )
        )
    details: dict[str, str | None] = {"channel": channel}
    if flag is not None:
        details["review_reason"] = flag
    if visitor is not None:  # the audit trail names who took the claim at home
        details.update(service_channel=HOME_VISIT_CHANNEL, visitor=f"staff:{visitor}")
    audit.append(
        session,
        actor=f"kiosk:{kiosk_id}",
        action=f"{submission.kind}.received",
        subject=claim.reference,
        details=dict(details),
    )
    _loaded_as_new(claim, events)
    return Outcome("created", claim_view(config, claim))


_Row = TypeVar("_Row", Claim, ClaimEvent)


def _inserted(session: Session, model: type[_Row], **columns: object) -> _Row:
    """One row inserted as a plain statement, returned as the ORM holds a row it has just
    flushed: a persistent object in the session with every column loaded, and no SQL to come.
    The ORM's unit of work (sorting the session's objects, one flush per object whose id the
    next one needs) was a quarter of a submission's CPU. Every column must be given: one left
    out would be expired and read back on first use."""
    table = table_of(model)
    missing = {c.key for c in table.columns if c.key != "id"} - columns.keys()
    if missing:
        raise TypeError(f"{model.__name__} inserted without {sorted(missing)}")
    row_id = session.execute(_INSERT_RETURNING_ID[model], columns).scalar_one()
    row = model(id=row_id, **columns)
    make_transient_to_detached(row)
    session.add(row)
    return row


_INSERT_RETURNING_ID = {
    model: insert(table_of(model)).returning(table_of(model).c.id) for model in (Claim, ClaimEvent)
}


def _loaded_as_new(claim: Claim, events: list[ClaimEvent]) -> None:
    """Gives a claim inserted by this transaction the collections the view reads, as the
    database holds them now: the events just added (in insertion order, which is id order), no
    payments and no entitlement, which only a decision creates. `_inserted` already put every
    column value on the object. Re-reading the row and lazy-loading the three collections
    cost four statements per claim and most of the ORM work of a submission; an answer
    built from the rows read back is compared with this one in
    tests/server/test_claim_query_count.py."""
    set_committed_value(claim, "events", events)
    set_committed_value(claim, "payments", [])
    set_committed_value(claim, "entitlement", None)


def submit(
    factory: sessionmaker[Session],
    config: ServerConfig,
    submission: Submission,
    kiosk_id: str,
    channel: str = "online",
    kiosk_region: str | None = None,
) -> Outcome:
    """`kiosk_region`: the signing kiosk's region as its signature check read it, which spares
    the proof check reading it again; None (a bundle's kiosk) reads it."""
    if submission.kiosk_id is not None and submission.kiosk_id != kiosk_id:
        raise unprocessable("kiosk_mismatch", "kiosk_id in the body differs from the signing kiosk")
    digest = content_hash(submission)
    for _ in range(2):
        try:
            with transaction(factory) as session:
                return _existing(session, config, submission, digest) or _create(
                    session, config, submission, digest, kiosk_id, channel, kiosk_region
                )
        except IntegrityError:
            # Two deliveries of one reference raced; the loser finds the winner's claim next time.
            continue
    raise ApiError(503, "busy_retry", "the submission collided with a concurrent delivery; retry")
