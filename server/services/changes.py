"""A reported change of circumstances (issue 13 §1; notice §4: the claimant commits to report a
stop condition promptly) applied through the ledger's stop rules.

The report becomes an external record like any register's, so the stop rules of
`server.rules.stop_conditions` and every later cross-check see it; then, for a granted claim,
`server.ledger.stops.apply_stop` stops payment from the month the change takes effect, and
`server.services.recoveries.record_overpayments` turns months already paid at or after it into
recovery records. An undecided claim keeps the record for its decision and its payments.

Dates: a change dated after the business date is refused (it has not happened; a register's
future-dated record would wait for its date, but a claimant reports what happened). Re-employment
dated before the claim began (after the separation) means the claimant was not unemployed when
registering, which the rules treat as a bar (`find_bars`): a granted claim stops from its first
month. A lasting state dated before the start that still held stops it from there too, by the
rules' own `find_stops`.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from contract.errors import ErrorCode
from server import audit, rules
from server.callers import KioskCaller, StaffCaller, require_role
from server.change_schemas import (
    KIOSK_KINDS,
    ChangeEffect,
    ChangeKind,
    ChangeReceipt,
    ChangeReport,
    CounterChangeReport,
)
from server.clock import business_today
from server.db import serialize_writers, transaction
from server.db_types import utcnow
from server.errors import ApiError, conflict, unprocessable
from server.ledger.records import lock_claimant
from server.ledger.schedule import COUNTED_STATES, first_of_month
from server.ledger.stops import apply_stop
from server.models import (
    Claim,
    Claimant,
    ClaimantChange,
    ClaimEvent,
    ClaimState,
    ExternalRecord,
    Recovery,
    StaffRole,
)
from server.rules.month_math import month_index
from server.services import notifications
from server.services.claimant_index import find_claimant
from server.services.claimant_proofs import claimant_for
from server.services.recoveries import record_overpayments
from server.settings import ServerConfig

RECORD_KIND: dict[ChangeKind, rules.ExternalRecordKind] = {
    ChangeKind.REEMPLOYMENT: rules.ExternalRecordKind.EMPLOYER_CONTRIBUTION,
    ChangeKind.SELF_EMPLOYMENT: rules.ExternalRecordKind.BUSINESS_REGISTRATION,
    ChangeKind.PENSION: rules.ExternalRecordKind.PENSION,
    ChangeKind.SETTLED_ABROAD: rules.ExternalRecordKind.SETTLED_ABROAD,
    ChangeKind.ENLISTMENT: rules.ExternalRecordKind.ENLISTMENT,
    ChangeKind.IMPRISONMENT: rules.ExternalRecordKind.IMPRISONMENT,
}

#: Claims a change can act on; refused and withdrawn ones were never granted.
CHANGEABLE_STATES = (
    ClaimState.RECEIVED,
    ClaimState.UNDER_REVIEW,
    ClaimState.APPROVED,
    ClaimState.PAYING,
    ClaimState.STOPPED,
    ClaimState.COMPLETED,
)
UNDECIDED = (ClaimState.RECEIVED, ClaimState.UNDER_REVIEW)


@dataclass(frozen=True)
class Reporter:
    """Who brought the change: the claimant at a kiosk, or staff at a counter."""

    channel: str
    actor: str
    kiosk_id: str | None = None
    staff_id: int | None = None


def content_hash(report: ChangeReport | CounterChangeReport) -> str:
    fields = report.model_dump(mode="json", exclude={"client_reference", "login"})
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _receipt(session: Session, row: ClaimantChange, result: str) -> ChangeReceipt:
    """The receipt as it was first given: a resend prints the same one, whatever came since."""
    claim = session.get(Claim, row.claim_id) if row.claim_id is not None else None
    return ChangeReceipt(
        result="created" if result == "created" else "duplicate",
        reference=row.client_reference,
        kind=ChangeKind(row.kind),
        effective_date=row.effective_date,
        received_at=row.received_at,
        channel="counter" if row.channel == "counter" else "kiosk",
        claim_reference=claim.reference if claim is not None else None,
        effect=ChangeEffect(row.effect),
        stops_from=row.stops_from,
        stop_reason=row.stop_reason,
        overpaid_fen=row.overpaid_fen,
        overpaid_months=row.overpaid_months,
    )


def _claim_of(session: Session, claimant: Claimant) -> Claim:
    """The person's latest benefit claim that a change can act on."""
    claim = (
        session.execute(
            select(Claim)
            .where(
                Claim.claimant_id == claimant.id,
                Claim.kind == "claim",
                Claim.state.in_(CHANGEABLE_STATES),
            )
            .order_by(Claim.created_at.desc(), Claim.id.desc())
            .limit(1)
            .with_for_update()
        )
        .scalars()
        .first()
    )
    if claim is None:
        raise conflict(
            ErrorCode.NO_CLAIM_TO_CHANGE,
            "this person has no benefit claim a change could act on; nothing was recorded",
        )
    return claim


def _stop_from_start(session: Session, claim: Claim, reason: str, actor: str) -> None:
    """Re-employment before the claim began: the benefit was never owed (rules.find_bars), so the
    claim stops from its registration date, the first month included."""
    assert claim.registration_date is not None
    if claim.stop_date is not None and claim.stop_date <= claim.registration_date:
        return
    claim.state = ClaimState.STOPPED
    claim.stop_reason = reason
    claim.stop_date = claim.registration_date
    detail = {"reason": reason, "date": claim.registration_date.isoformat()}
    session.add(ClaimEvent(claim_id=claim.id, at=utcnow(), kind="stopped", detail=detail))
    audit.append(session, actor=actor, action="claim.stop", subject=claim.reference, details=detail)
    notifications.notify_stopped(session, claim)


def _paid_from(claim: Claim, day: date) -> bool:
    first = month_index(day)
    return any(
        p.state in COUNTED_STATES and month_index(p.period_month) >= first for p in claim.payments
    )


@dataclass(frozen=True)
class Outcome:
    effect: ChangeEffect
    stops_from: date | None
    stop_reason: str | None
    overpaid_fen: int = 0
    overpaid_months: int = 0


def _apply(
    session: Session,
    config: ServerConfig,
    claim: Claim,
    record: rules.ExternalRecord,
    today: date,
    actor: str,
) -> Outcome:
    """Stops `claim` as the rules say: the stop month and the overpayment it leaves."""
    state = ClaimState(claim.state)
    start = claim.registration_date
    reason = rules.STOP_REASON_BY_KIND[record.kind].value
    if state in UNDECIDED or start is None:
        # The decision (find_bars) and the cross-check before each payment apply the record.
        month = first_of_month(max(record.effective_date, start or record.effective_date))
        return Outcome(ChangeEffect.AT_DECISION, month, reason)
    is_event = not record.is_lasting
    stop_day = start if is_event and record.effective_date < start else record.effective_date
    if state is ClaimState.COMPLETED and not _paid_from(claim, stop_day):
        # Re-employed after the last paid month: the expected, happy end of a benefit.
        return Outcome(ChangeEffect.AFTER_BENEFIT, None, None)
    earlier = claim.stop_date is not None and month_index(claim.stop_date) <= month_index(stop_day)
    if is_event and record.effective_date < start:
        _stop_from_start(session, claim, reason, actor)
    else:
        apply_stop(session, claim, actor, today, config.rule_parameters)
    record_overpayments(session, claim)
    assert claim.stop_date is not None
    stops_from = max(first_of_month(claim.stop_date), first_of_month(start))
    owed = session.execute(
        select(Recovery.amount_fen).where(
            Recovery.claim_id == claim.id, Recovery.period_month >= stops_from
        )
    ).scalars()
    amounts = list(owed)
    return Outcome(
        ChangeEffect.ALREADY_STOPPED if earlier else ChangeEffect.STOPPED,
        stops_from,
        claim.stop_reason,
        sum(amounts),
        len(amounts),
    )


def _create(
    session: Session,
    config: ServerConfig,
    report: ChangeReport | CounterChangeReport,
    claimant: Claimant,
    digest: str,
    reporter: Reporter,
) -> ChangeReceipt:
    today = business_today(session)
    if report.effective_date > today:
        raise unprocessable(
            ErrorCode.CHANGE_DATE_IN_FUTURE,
            "a change is reported once it has happened: the date lies after today",
            {"effective_date": report.effective_date.isoformat(), "today": today.isoformat()},
        )
    lock_claimant(session, claimant.id)
    claim = _claim_of(session, claimant)
    kind = RECORD_KIND[report.kind]
    row = ExternalRecord(
        claimant_id=claimant.id,
        kind=kind.value,
        effective_date=report.effective_date,
        source=f"report:{reporter.channel}",
        reference=report.client_reference,
        employer_code=report.employer_code,
    )
    session.add(row)
    session.flush()
    # Queued before the stop it may cause: a claim's texts go out in the order they were
    # written, so "change recorded" reaches the claimant before "stopped", not after.
    notifications.notify_change_recorded(
        session,
        claim,
        report.kind.value,
        report.effective_date,
        event_id=report.client_reference,
    )
    outcome = _apply(
        session,
        config,
        claim,
        rules.ExternalRecord(kind=kind, effective_date=report.effective_date),
        today,
        reporter.actor,
    )
    now = utcnow()
    change = ClaimantChange(
        client_reference=report.client_reference,
        content_hash=digest,
        claimant_id=claimant.id,
        claim_id=claim.id,
        record_id=row.id,
        kind=report.kind.value,
        effective_date=report.effective_date,
        effect=outcome.effect.value,
        stops_from=outcome.stops_from,
        stop_reason=outcome.stop_reason,
        overpaid_fen=outcome.overpaid_fen,
        overpaid_months=outcome.overpaid_months,
        channel=reporter.channel,
        kiosk_id=reporter.kiosk_id,
        staff_id=reporter.staff_id,
        received_at=now,
    )
    session.add(change)
    detail: dict[str, object] = {
        "change": report.client_reference,
        "kind": report.kind.value,
        "date": report.effective_date.isoformat(),
    }
    session.add(ClaimEvent(claim_id=claim.id, at=now, kind="change_reported", detail=detail))
    audit.append(
        session,
        actor=reporter.actor,
        action="change.reported",
        subject=claim.reference,
        details={
            **detail,
            "channel": reporter.channel,
            "effect": outcome.effect.value,
            "stops_from": outcome.stops_from.strftime("%Y-%m") if outcome.stops_from else None,
            "overpaid_fen": outcome.overpaid_fen,
        },
    )
    session.flush()
    return _receipt(session, change, "created")


def _record(
    factory: sessionmaker[Session],
    config: ServerConfig,
    report: ChangeReport | CounterChangeReport,
    find: Callable[[Session], Claimant],
    reporter: Reporter,
) -> ChangeReceipt:
    digest = content_hash(report)
    for _ in range(2):
        try:
            with transaction(factory) as session:
                serialize_writers(session)
                claimant = find(session)
                existing = session.execute(
                    select(ClaimantChange).where(
                        ClaimantChange.client_reference == report.client_reference
                    )
                ).scalar_one_or_none()
                if existing is not None:
                    if existing.content_hash != digest or existing.claimant_id != claimant.id:
                        raise unprocessable(
                            "reference_conflict",
                            "this client reference was already used for a different change; "
                            "create a new reference",
                        )
                    return _receipt(session, existing, "duplicate")
                return _create(session, config, report, claimant, digest, reporter)
        except IntegrityError:
            continue  # two deliveries of one reference raced; the next try finds the winner's
    raise ApiError(503, "busy_retry", "the change collided with a concurrent delivery; retry")


def report_change(
    factory: sessionmaker[Session], config: ServerConfig, report: ChangeReport, caller: KioskCaller
) -> ChangeReceipt:
    """The claimant's own report at a kiosk, proven like every claimant-scoped request."""
    if report.kind not in KIOSK_KINDS:
        raise unprocessable(
            ErrorCode.CHANGE_KIND_COUNTER_ONLY,
            "this change is reported at a counter (by family), not at a kiosk",
            {"kind": report.kind.value},
        )
    reporter = Reporter("kiosk", f"kiosk:{caller.kiosk_id}", kiosk_id=caller.kiosk_id)

    def proven(session: Session) -> Claimant:
        return claimant_for(session, config, report.ssn, report.login, caller)

    return _record(factory, config, report, proven, reporter)


def report_at_counter(
    factory: sessionmaker[Session],
    config: ServerConfig,
    report: CounterChangeReport,
    caller: StaffCaller,
) -> ChangeReceipt:
    """Business staff enter a change brought to the counter (imprisonment: by family)."""
    require_role(caller, StaffRole.BUSINESS)
    reporter = Reporter("counter", caller.actor, staff_id=caller.user_id)

    def named(session: Session) -> Claimant:
        return find_claimant(session, report.ssn)

    return _record(factory, config, report, named, reporter)
