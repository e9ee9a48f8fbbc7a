"""The vocational-training subsidy on the server (Regulations art. 10(4), notice §8).

Before these checks the server paid anyone, any number of times, for courses anywhere: the same
person was paid twice for the same course, also after a voluntary resignation, and for a course
in another prefecture. Now the pure rules (`server.rules.assess_training_subsidy`) run over what
the agency holds - the person's benefit periods from the entitlement ledger, their earlier
subsidies, the latest separation, the course table and the region of the kiosk - at submission
(refused with the rule's code), again at the decision (staff cannot approve what the rules
refuse), and the subsidy is paid once, at the course table's amount.

One subsidy per person and course holds under concurrency too: every check and change of one
person's subsidies takes the claimant's row lock the ledger uses (`lock_claimant`), so two
submissions for the same course queue and the second sees the first.
"""

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import audit, rules
from server.clock import business_today, local_date
from server.db_types import utcnow
from server.errors import ApiError, conflict, unprocessable
from server.ledger.records import external_records, lock_claimant
from server.ledger.schedule import COUNTED_STATES, first_of_month
from server.ledger.stops import stop_finding
from server.models import (
    Claim,
    Claimant,
    ClaimEvent,
    ClaimState,
    EmploymentSpell,
    Entitlement,
    Kiosk,
    Payment,
    PaymentState,
    TrainingCourse,
)
from server.services import notifications
from server.settings import ServerConfig

KIND = "training_subsidy"

#: A subsidy claim waiting for a decision: a second one for the same course is refused at once.
OPEN_STATES = (ClaimState.RECEIVED, ClaimState.UNDER_REVIEW)
#: A granted subsidy, paid or about to be: the course is subsidised for this person.
GRANTED_STATES = (ClaimState.APPROVED, ClaimState.PAYING, ClaimState.COMPLETED)


def course_of(session: Session, course_id: str | None) -> rules.Course | None:
    """The course as the rules see it; None for an unknown course or one the table gives no
    usable subsidy (no positive amount, or an end before its start)."""
    row = session.get(TrainingCourse, course_id) if course_id else None
    return _course(row) if row is not None else None


def _course(row: TrainingCourse) -> rules.Course | None:
    try:
        return rules.Course(
            course_id=row.id,
            name_zh=row.name_zh,
            name_ko=row.name_ko,
            region_code=row.region_code,
            subsidy_fen=row.subsidy_fen,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
        )
    except ValueError:
        return None


def benefit_periods(
    session: Session, claimant_id: int, parameters: rules.RuleParameters
) -> tuple[rules.BenefitSpan, ...]:
    """The person's granted benefit periods from the ledger: each entitlement from its start for
    the months its claim runs (the benefit period the decision set, which the retirement age may
    cap or extend), ended early by a stop - the one recorded on the claim, or one the registers
    show by today that the daily cross-check has not recorded yet (someone who registered a
    business is no longer receiving the benefit, whether or not the check has run)."""
    rows = session.execute(
        select(Entitlement, Claim)
        .join(Claim, Claim.id == Entitlement.claim_id)
        .where(Entitlement.claimant_id == claimant_id)
    ).all()
    records = external_records(session, claimant_id)
    today = business_today(session)
    spans = []
    for entitlement, claim in rows:
        months = claim.entitlement_months or entitlement.months_granted
        if months <= 0:
            continue
        stops = [claim.stop_date] if claim.stop_date is not None else []
        finding = stop_finding(
            records, claim_start=entitlement.started, as_of=today, parameters=parameters
        )
        if finding is not None:
            stops.append(finding.stop_date)
        spans.append(
            rules.BenefitSpan(
                starts=entitlement.started,
                ends=rules.period_last_day(entitlement.started, months),
                stopped_on=min(stops, default=None),
            )
        )
    return tuple(spans)


def _first_paid_on(claim: Claim) -> date:
    """When the person got (or asked for) the subsidy, for the refusal's text."""
    released = [p.released_at for p in claim.payments if p.state in COUNTED_STATES]
    moment = min(released) if released else claim.decided_at or claim.received_at
    return local_date(moment)


def previous_subsidies(
    session: Session, claimant_id: int, *, states: Iterable[ClaimState], excluding: int | None
) -> tuple[rules.PaidSubsidy, ...]:
    """The person's subsidy claims in `states`, other than the claim `excluding`."""
    query = select(Claim).where(
        Claim.claimant_id == claimant_id,
        Claim.kind == KIND,
        Claim.state.in_(tuple(states)),
        Claim.course_id.is_not(None),
    )
    if excluding is not None:
        query = query.where(Claim.id != excluding)
    return tuple(
        rules.PaidSubsidy(c.course_id, _first_paid_on(c))
        for c in session.execute(query).scalars()
        if c.course_id is not None
    )


def latest_separation(session: Session, claimant_id: int) -> rules.SeparationReason | None:
    """The reason of the person's latest reported separation: it tells someone who resigned of
    their own will (no benefit, so no subsidy from the fund) from a benefit period that lapsed."""
    spell = session.execute(
        select(EmploymentSpell)
        .where(
            EmploymentSpell.claimant_id == claimant_id,
            EmploymentSpell.end_date.is_not(None),
            EmploymentSpell.separation_reason.is_not(None),
        )
        .order_by(EmploymentSpell.end_date.desc(), EmploymentSpell.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if spell is None or spell.separation_reason is None:
        return None
    try:
        return rules.SeparationReason(spell.separation_reason)
    except ValueError:
        return None


def kiosk_region(session: Session, kiosk_id: str | None, claimant: Claimant) -> str:
    """The region the application was made in: the kiosk's; for a claim without a kiosk on file
    (entered at the counter), the claimant's own region."""
    kiosk = session.get(Kiosk, kiosk_id) if kiosk_id else None
    return kiosk.region_code if kiosk is not None else claimant.region_code


def assess(
    session: Session,
    config: ServerConfig,
    claimant: Claimant,
    course: rules.Course,
    kiosk_id: str | None,
    *,
    counted_states: Iterable[ClaimState],
    excluding: int | None = None,
) -> rules.TrainingSubsidyDecision:
    """The rules over what the agency holds about the person; the caller holds their lock."""
    return rules.assess_training_subsidy(
        course=course,
        kiosk_region=kiosk_region(session, kiosk_id, claimant),
        benefit_periods=benefit_periods(session, claimant.id, config.rule_parameters),
        previous_subsidies=previous_subsidies(
            session, claimant.id, states=counted_states, excluding=excluding
        ),
        latest_separation=latest_separation(session, claimant.id),
        policy=config.training_subsidy,
    )


def _refusal_details(decision: rules.TrainingSubsidyDecision) -> dict[str, object]:
    """The codes and their texts, so the kiosk can say why in plain Chinese and Korean."""
    return {
        "reason_codes": [c.value for c in decision.codes],
        "reasons": [{"code": r.code.value, "zh_CN": r.zh, "ko": r.ko} for r in decision.reasons],
    }


def _course_unknown() -> ApiError:
    return unprocessable("course_unknown", "training subsidy needs an approved course_id")


def check_submission(
    session: Session,
    config: ServerConfig,
    claimant: Claimant,
    course_id: str | None,
    kiosk_id: str,
) -> None:
    """Refuses a subsidy application the rules refuse, with the first refusal's code (422): also
    when another application of the person for the same course still waits for a decision."""
    lock_claimant(session, claimant.id)
    course = course_of(session, course_id)
    if course is None:
        raise _course_unknown()
    decision = assess(
        session,
        config,
        claimant,
        course,
        kiosk_id,
        counted_states=(*OPEN_STATES, *GRANTED_STATES),
    )
    if not decision.eligible:
        code = decision.codes[0].value
        raise unprocessable(
            code,
            f"the training subsidy rules refuse this application ({code})",
            _refusal_details(decision),
        )


def decide(session: Session, config: ServerConfig, claim: Claim, approve: bool) -> None:
    """Runs the rules again at the decision (the claimant is locked): what they refuse can only be
    refused. The amount is the course table's; a grant is one payment (`entitlement_months` 1)."""
    course = course_of(session, claim.course_id)
    if course is None:
        if approve:
            raise _course_unknown()
        claim.monthly_fen, claim.entitlement_months, claim.reason_codes = None, None, []
        return
    decision = assess(
        session,
        config,
        claim.claimant,
        course,
        claim.kiosk_id,
        counted_states=GRANTED_STATES,
        excluding=claim.id,
    )
    if approve and not decision.eligible:
        raise unprocessable(
            "rules_refuse",
            "the training subsidy rules do not allow this claim; it can only be refused",
            _refusal_details(decision),
        )
    claim.reason_codes = [c.value for c in decision.codes]
    claim.monthly_fen = decision.amount_fen if approve else None
    claim.entitlement_months = 1 if approve else None


def release(
    session: Session,
    claim: Claim,
    *,
    month: date | None,
    today: date,
    staff_id: int,
    actor: str,
) -> Payment:
    """Releases the subsidy: one payment, in the month of release, never a second one.

    Benefit months follow a schedule; a subsidy does not. Once released (or sent, or paid) a
    second release answers 409 `subsidy_already_paid`; only a payment the bank returned or that
    failed is released anew, on the same row."""
    if claim.state not in GRANTED_STATES:
        raise conflict(
            "wrong_state", f"only an approved claim can be paid; this one is {claim.state}"
        )
    if claim.monthly_fen is None or claim.entitlement_months != 1:
        raise conflict("no_entitlement", "this training subsidy was granted no amount")
    counted = [p for p in claim.payments if p.state in COUNTED_STATES]
    if counted:
        raise ApiError(
            409,
            "subsidy_already_paid",
            "this training subsidy was already released; it is paid once",
            {"month": counted[0].period_month.strftime("%Y-%m"), "state": counted[0].state},
        )
    payment = claim.payments[0] if claim.payments else None
    target = payment.period_month if payment is not None else first_of_month(today)
    if month is not None and month != target:
        raise unprocessable(
            "month_not_in_schedule",
            "a training subsidy is paid once, in the month it is released",
            {
                "month": month.strftime("%Y-%m"),
                "first": target.strftime("%Y-%m"),
                "last": target.strftime("%Y-%m"),
            },
        )
    now = utcnow()
    again = payment is not None  # returned or failed: released anew on the same row
    if payment is None:
        payment = Payment(claim_id=claim.id, period_month=target)
        session.add(payment)
        claim.payments.append(payment)
    payment.amount_fen = claim.monthly_fen
    payment.medical_premium_fen = 0  # the fund pays the premium for benefit months only
    payment.state = PaymentState.RELEASED
    payment.released_by = staff_id
    payment.released_at = now
    payment.batch_id = None
    payment.settled_at = None
    payment.return_reason = None
    claim.state = ClaimState.COMPLETED
    detail = {"month": target.isoformat(), "amount_fen": claim.monthly_fen}
    session.add(ClaimEvent(claim_id=claim.id, at=now, kind="paid", detail=detail))
    notifications.notify_paid(session, claim, payment, again=again)
    audit.append(
        session,
        actor=actor,
        action="claim.pay",
        subject=claim.reference,
        details={
            "kind": KIND,
            "month": target.strftime("%Y-%m"),
            "amount_fen": claim.monthly_fen,
            "course_id": claim.course_id,
        },
    )
    session.flush()
    return payment


def courses_open_to(
    session: Session, config: ServerConfig, claimant: Claimant, kiosk_id: str
) -> list[TrainingCourse]:
    """Courses not yet begun in the claimant's region that this kiosk may subsidise: in its
    service area, and neither subsidised for the person nor applied for already. Whether the
    person receives the benefit when the course begins is the application's to say, with the
    reason."""
    region = kiosk_region(session, kiosk_id, claimant)
    taken = {
        p.course_id
        for p in previous_subsidies(
            session, claimant.id, states=(*OPEN_STATES, *GRANTED_STATES), excluding=None
        )
    }
    rows = session.execute(
        select(TrainingCourse)
        .where(
            TrainingCourse.region_code == claimant.region_code,
            TrainingCourse.starts_on >= business_today(session),
        )
        .order_by(TrainingCourse.starts_on, TrainingCourse.id)
    ).scalars()
    return [
        row
        for row in rows
        if row.id not in taken
        and _course(row) is not None
        and rules.in_service_area(row.region_code, region, config.training_subsidy.service_area)
    ]
