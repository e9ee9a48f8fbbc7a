"""Counter appointments (issue 13 §5, notice §3): what self-service cannot finish is booked at
the counter of the claimant's service centre.

Slots come from the centre's opening hours cut into `appointment_slot_minutes`, on the
`appointment_days_ahead` working days (Monday to Friday; public holidays are not modelled)
after the business date (server/clock.py), each with room for the centre's counters. A slot
row exists once someone booked it; booking raises its count by a conditional UPDATE that both
databases apply one transaction at a time, so the booking after the last seat fails with
`slot_full` however many kiosks press at once. One active booking per person and purpose is a
unique key (server/models/appointments.py). The kiosk's `client_reference` is the booking's
reference and idempotency key. The claimant gets a text when a booking is made or cancelled.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import select, update
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
from server.models import Appointment, AppointmentSlot, Claimant, Kiosk, ServiceCentre
from server.schemas import Localized
from server.service_schemas import (
    AppointmentBooked,
    AppointmentList,
    AppointmentState,
    AppointmentView,
    AttendanceOutcome,
    BookRequest,
    CentreView,
    ClaimantRequest,
    FreeSlots,
    SlotDay,
    SlotView,
    StaffAppointment,
    StaffAppointmentList,
)
from server.services.claimant_proofs import claimant_for
from server.services.service_texts import notify_appointment
from server.settings import ServerConfig

T = TypeVar("T")
WORKING_DAYS = frozenset(range(5))  # Monday to Friday
MAX_LISTED = 20


@dataclass(frozen=True)
class SlotTime:
    starts_at: str
    ends_at: str


# -- centres -------------------------------------------------------------------------------------


def centre_for_region(session: Session, region_code: str) -> ServiceCentre | None:
    """The centre whose `region_prefix` is the longest prefix of `region_code`."""
    centres = session.execute(select(ServiceCentre)).scalars().all()
    serving = [c for c in centres if region_code.startswith(c.region_prefix)]
    return max(serving, key=lambda c: (len(c.region_prefix), -c.id), default=None)


def centre_of_claimant(session: Session, claimant: Claimant, kiosk_id: str) -> ServiceCentre:
    """Where the claimant is insured; failing that, the centre of the kiosk they stand at."""
    centre = centre_for_region(session, claimant.region_code)
    if centre is None:
        kiosk = session.get(Kiosk, kiosk_id)
        centre = centre_for_region(session, kiosk.region_code) if kiosk is not None else None
    if centre is None:
        raise not_found("service centre", ErrorCode.NO_SERVICE_CENTRE)
    return centre


def centre_view(centre: ServiceCentre) -> CentreView:
    return CentreView(
        code=centre.code,
        name=Localized(zh_CN=centre.name_zh, ko=centre.name_ko),
        address=Localized(zh_CN=centre.address_zh, ko=centre.address_ko),
        hours=centre.hours,
    )


def capacity_of(config: ServerConfig, centre: ServiceCentre) -> int:
    return centre.counters if centre.counters is not None else config.appointment_counters


def parse_hours(hours: str) -> list[tuple[int, int]]:
    """ "08:30-11:30,13:30-17:00" as minutes after midnight; a malformed range is an error in
    the centre's record, raised rather than silently dropped."""
    ranges = []
    for part in hours.split(","):
        opens, _, closes = part.strip().partition("-")
        start, end = _minutes(opens), _minutes(closes)
        if end <= start:
            raise ValueError(f"opening hours {part!r} end before they start")
        ranges.append((start, end))
    return ranges


def _minutes(clock: str) -> int:
    hours, _, minutes = clock.strip().partition(":")
    value = int(hours) * 60 + int(minutes)
    if not 0 <= value < 24 * 60:
        raise ValueError(f"{clock!r} is not a time of day")
    return value


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def slot_times(hours: str, slot_minutes: int) -> list[SlotTime]:
    """Whole slots only: a range that does not divide evenly loses its tail."""
    times = []
    for start, end in parse_hours(hours):
        at = start
        while at + slot_minutes <= end:
            times.append(SlotTime(_clock(at), _clock(at + slot_minutes)))
            at += slot_minutes
    return times


def bookable_days(today: date, count: int) -> list[date]:
    """The next `count` working days after `today`: same-day bookings would race the queue
    already at the counter, so the first day is tomorrow."""
    days: list[date] = []
    day = today
    while len(days) < count:
        day += timedelta(days=1)
        if day.weekday() in WORKING_DAYS:
            days.append(day)
    return days


# -- claimant side -------------------------------------------------------------------------------


def _booked_counts(
    session: Session, centre: ServiceCentre, days: list[date]
) -> dict[tuple[date, str], AppointmentSlot]:
    rows = session.execute(
        select(AppointmentSlot).where(
            AppointmentSlot.centre_id == centre.id,
            AppointmentSlot.day >= days[0],
            AppointmentSlot.day <= days[-1],
        )
    ).scalars()
    return {(row.day, row.starts_at): row for row in rows}


def free_slots(
    factory: sessionmaker[Session], config: ServerConfig, body: ClaimantRequest, caller: KioskCaller
) -> FreeSlots:
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        centre = centre_of_claimant(session, claimant, caller.kiosk_id)
        days = bookable_days(business_today(session), config.appointment_days_ahead)
        booked = _booked_counts(session, centre, days)
        capacity = capacity_of(config, centre)
        times = slot_times(centre.hours, config.appointment_slot_minutes)
        listed = []
        for day in days:
            slots = []
            for time in times:
                row = booked.get((day, time.starts_at))
                room = row.capacity if row is not None else capacity
                taken = row.booked if row is not None else 0
                slots.append(
                    SlotView(**_slot_fields(time, row), capacity=room, free=max(0, room - taken))
                )
            listed.append(SlotDay(day=day, slots=slots))
        return FreeSlots(centre=centre_view(centre), days=listed)


def _slot_fields(time: SlotTime, row: AppointmentSlot | None) -> dict[str, str]:
    """A booked slot keeps the end it was booked with, should the slot length change since."""
    if row is not None:
        return {"starts_at": row.starts_at, "ends_at": row.ends_at}
    return {"starts_at": time.starts_at, "ends_at": time.ends_at}


def view_of(appointment: Appointment) -> AppointmentView:
    return AppointmentView(
        reference=appointment.client_reference,
        purpose=appointment.purpose,
        day=appointment.slot.day,
        starts_at=appointment.slot.starts_at,
        ends_at=appointment.slot.ends_at,
        state=AppointmentState(appointment.state),
        booked_at=appointment.booked_at,
        centre=centre_view(appointment.centre),
    )


def _booked(appointment: Appointment, result: str) -> AppointmentBooked:
    return AppointmentBooked(**view_of(appointment).model_dump(), result=result)


def _slot_row(
    session: Session, centre: ServiceCentre, day: date, time: SlotTime, capacity: int
) -> AppointmentSlot:
    """The slot's row, made by the first booking; two first bookings at once both end up with
    the one row (the loser's insert fails on the unique key inside its savepoint)."""
    query = select(AppointmentSlot).where(
        AppointmentSlot.centre_id == centre.id,
        AppointmentSlot.day == day,
        AppointmentSlot.starts_at == time.starts_at,
    )
    row = session.execute(query).scalar_one_or_none()
    if row is not None:
        return row
    try:
        with session.begin_nested():
            row = AppointmentSlot(
                centre_id=centre.id,
                day=day,
                starts_at=time.starts_at,
                ends_at=time.ends_at,
                capacity=capacity,
                booked=0,
            )
            session.add(row)
    except IntegrityError:
        row = session.execute(query).scalar_one()
    return row


def _take_seat(session: Session, slot: AppointmentSlot) -> bool:
    result = session.execute(
        update(AppointmentSlot)
        .where(AppointmentSlot.id == slot.id, AppointmentSlot.booked < AppointmentSlot.capacity)
        .values(booked=AppointmentSlot.booked + 1)
        .execution_options(synchronize_session=False)
    )
    session.expire(slot)
    return bool(getattr(result, "rowcount", 0) == 1)


def _active(session: Session, claimant_id: int, purpose: str) -> Appointment | None:
    return session.execute(
        select(Appointment).where(
            Appointment.claimant_id == claimant_id,
            Appointment.purpose == purpose,
            Appointment.active.is_(True),
        )
    ).scalar_one_or_none()


def _same_booking(existing: Appointment, claimant: Claimant, body: BookRequest) -> bool:
    return (
        existing.claimant_id == claimant.id
        and existing.purpose == body.purpose.value
        and existing.slot.day == body.day
        and existing.slot.starts_at == body.starts_at
    )


def _create(
    session: Session, config: ServerConfig, body: BookRequest, claimant: Claimant, kiosk_id: str
) -> AppointmentBooked:
    active = _active(session, claimant.id, body.purpose.value)
    if active is not None:
        raise ApiError(
            409,
            ErrorCode.APPOINTMENT_EXISTS,
            "there is already a booking for this purpose; cancel it first to book another",
            {"reference": active.client_reference},
        )
    centre = centre_of_claimant(session, claimant, kiosk_id)
    today = business_today(session)
    times = {t.starts_at: t for t in slot_times(centre.hours, config.appointment_slot_minutes)}
    time = times.get(body.starts_at)
    if body.day not in bookable_days(today, config.appointment_days_ahead) or time is None:
        raise unprocessable(
            ErrorCode.SLOT_UNKNOWN,
            "not a slot of this service centre on the days that can be booked",
            {"day": body.day.isoformat(), "starts_at": body.starts_at},
        )
    slot = _slot_row(session, centre, body.day, time, capacity_of(config, centre))
    if not _take_seat(session, slot):
        raise conflict(ErrorCode.SLOT_FULL, "this slot is fully booked; choose another")
    appointment = Appointment(
        client_reference=body.client_reference,
        claimant_id=claimant.id,
        centre_id=centre.id,
        slot_id=slot.id,
        purpose=body.purpose.value,
        state=AppointmentState.BOOKED.value,
        active=True,
        language=body.language,
        kiosk_id=kiosk_id,
        booked_at=utcnow(),
    )
    session.add(appointment)
    session.flush()
    session.refresh(appointment)
    audit.append(
        session,
        actor=f"kiosk:{kiosk_id}",
        action="appointment.booked",
        subject=f"appointment:{appointment.id}",
        details={"centre": centre.code, "day": body.day.isoformat(), "at": body.starts_at},
    )
    notify_appointment(session, appointment, claimant, "booked")
    return _booked(appointment, "created")


def _retrying(factory: sessionmaker[Session], work: Callable[[Session], T]) -> T:
    """Two deliveries of one reference, or two bookings of one person and purpose, racing: the
    loser's unique key fails and the whole transaction (seat included) rolls back; the retry
    then finds the winner's row and answers from it."""
    for _ in range(3):
        try:
            with transaction(factory) as session:
                return work(session)
        except IntegrityError:
            continue
    raise ApiError(503, "busy_retry", "the booking collided with a concurrent one; retry")


def book(
    factory: sessionmaker[Session], config: ServerConfig, body: BookRequest, caller: KioskCaller
) -> AppointmentBooked:
    def work(session: Session) -> AppointmentBooked:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        existing = session.execute(
            select(Appointment).where(Appointment.client_reference == body.client_reference)
        ).scalar_one_or_none()
        if existing is not None:
            if not _same_booking(existing, claimant, body):
                raise unprocessable(
                    "reference_conflict",
                    "this client reference was already used for a different booking; "
                    "create a new reference",
                )
            return _booked(existing, "duplicate")
        return _create(session, config, body, claimant, caller.kiosk_id)

    return _retrying(factory, work)


def _of_claimant(session: Session, claimant_id: int) -> Iterator[Appointment]:
    yield from session.execute(
        select(Appointment)
        .where(Appointment.claimant_id == claimant_id)
        .order_by(Appointment.booked_at.desc(), Appointment.id.desc())
        .limit(MAX_LISTED)
    ).scalars()


def mine(
    factory: sessionmaker[Session], config: ServerConfig, body: ClaimantRequest, caller: KioskCaller
) -> AppointmentList:
    """Upcoming bookings first (soonest first), then the rest, newest first."""
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        rows = list(_of_claimant(session, claimant.id))
        upcoming = sorted(
            (a for a in rows if a.state == AppointmentState.BOOKED),
            key=lambda a: (a.slot.day, a.slot.starts_at),
        )
        rest = [a for a in rows if a.state != AppointmentState.BOOKED]
        return AppointmentList(appointments=[view_of(a) for a in upcoming + rest])


def _release_seat(session: Session, appointment: Appointment) -> None:
    session.execute(
        update(AppointmentSlot)
        .where(AppointmentSlot.id == appointment.slot_id, AppointmentSlot.booked > 0)
        .values(booked=AppointmentSlot.booked - 1)
        .execution_options(synchronize_session=False)
    )
    session.expire(appointment.slot)


def cancel(
    factory: sessionmaker[Session],
    config: ServerConfig,
    reference: str,
    body: ClaimantRequest,
    caller: KioskCaller,
) -> AppointmentView:
    """Idempotent: a cancelled booking is answered as it is. A booking that took place (or
    was missed) is no longer the claimant's to cancel."""
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        appointment = session.execute(
            select(Appointment)
            .where(Appointment.client_reference == reference)
            .with_for_update(of=Appointment)
        ).scalar_one_or_none()
        if appointment is None or appointment.claimant_id != claimant.id:
            raise not_found("appointment")
        if appointment.state == AppointmentState.CANCELLED:
            return view_of(appointment)
        if appointment.state != AppointmentState.BOOKED:
            raise ApiError(
                409,
                ErrorCode.APPOINTMENT_NOT_CANCELLABLE,
                "this appointment is over and can no longer be cancelled",
                {"state": appointment.state},
            )
        appointment.state = AppointmentState.CANCELLED.value
        appointment.active = None
        appointment.closed_at = utcnow()
        _release_seat(session, appointment)
        session.flush()
        audit.append(
            session,
            actor=f"kiosk:{caller.kiosk_id}",
            action="appointment.cancelled",
            subject=f"appointment:{appointment.id}",
        )
        notify_appointment(session, appointment, claimant, "cancelled")
        return view_of(appointment)


# -- staff side ----------------------------------------------------------------------------------


def centres(factory: sessionmaker[Session]) -> list[CentreView]:
    with transaction(factory, durable=False) as session:
        rows = session.execute(select(ServiceCentre).order_by(ServiceCentre.code)).scalars()
        return [centre_view(c) for c in rows]


def _centre_by_code(session: Session, code: str) -> ServiceCentre:
    centre = session.execute(
        select(ServiceCentre).where(ServiceCentre.code == code)
    ).scalar_one_or_none()
    if centre is None:
        raise not_found("service centre", ErrorCode.NO_SERVICE_CENTRE)
    return centre


def day_list(factory: sessionmaker[Session], code: str, day: date) -> StaffAppointmentList:
    """A centre's bookings of one day in time order, cancelled ones last; the person masked,
    as the counter calls them up and checks the ID card in hand."""
    with transaction(factory, durable=False) as session:
        centre = _centre_by_code(session, code)
        rows = session.execute(
            select(Appointment, Claimant)
            .join(AppointmentSlot, Appointment.slot_id == AppointmentSlot.id)
            .join(Claimant, Appointment.claimant_id == Claimant.id)
            .where(Appointment.centre_id == centre.id, AppointmentSlot.day == day)
        ).all()
        listed = sorted(
            rows,
            key=lambda r: (r[0].state == AppointmentState.CANCELLED, r[0].slot.starts_at, r[0].id),
        )
        return StaffAppointmentList(
            centre=centre_view(centre),
            day=day,
            appointments=[
                StaffAppointment(
                    **view_of(a).model_dump(),
                    masked_name=mask_name(c.name),
                    masked_ssn=mask_id_number(c.ssn),
                )
                for a, c in listed
            ],
        )


def record_attendance(
    factory: sessionmaker[Session], reference: str, body: AttendanceOutcome, caller: StaffCaller
) -> AppointmentView:
    """Attended or no-show, from the day of the appointment on; the seat stays taken (the time
    was spent). Setting the same outcome again changes nothing; another one is refused."""
    with transaction(factory) as session:
        appointment = session.execute(
            select(Appointment)
            .where(Appointment.client_reference == reference)
            .with_for_update(of=Appointment)
        ).scalar_one_or_none()
        if appointment is None:
            raise not_found("appointment")
        if appointment.state == body.outcome:
            return view_of(appointment)
        if appointment.state != AppointmentState.BOOKED:
            raise ApiError(
                409,
                "appointment_closed",
                "this appointment was already closed",
                {"state": appointment.state},
            )
        if appointment.slot.day > business_today(session):
            raise conflict("appointment_not_due", "the appointment's day has not come yet")
        appointment.state = body.outcome
        appointment.active = None
        appointment.closed_at = utcnow()
        appointment.closed_by = caller.user_id
        session.flush()
        audit.append(
            session,
            actor=caller.actor,
            action=f"appointment.{body.outcome}",
            subject=f"appointment:{appointment.id}",
        )
        return view_of(appointment)


# -- seeding -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CentreSeed:
    code: str
    region_prefix: str
    name_zh: str
    name_ko: str
    address_zh: str
    address_ko: str
    hours: str = "08:30-11:30,13:30-16:30"
    counters: int | None = None


def add_centres(session: Session, seeds: list[CentreSeed]) -> None:
    """Idempotent by code: a centre already there keeps its record (staff may have edited)."""
    known = set(session.execute(select(ServiceCentre.code)).scalars())
    for seed in seeds:
        if seed.code in known:
            continue
        parse_hours(seed.hours)  # a wrong seed fails here, not at the first kiosk's request
        session.add(ServiceCentre(**seed.__dict__))
    session.flush()


def today_of(factory: sessionmaker[Session]) -> date:
    with transaction(factory, durable=False) as session:
        return business_today(session)


#: The demo's service centres (`kiosk server seed`): the two Yanbian cities' halls, the
#: prefecture's centre for the rest of Yanbian, and one in Changchun and Beijing each.
DEMO_CENTRES = [
    CentreSeed(
        "YJ-01",
        "222401",
        "延吉市社会保险服务大厅",
        "연길시 사회보험봉사청",
        "延吉市光明街1号",
        "연길시 광명거리 1호",
    ),
    CentreSeed(
        "LJ-01",
        "222405",
        "龙井市社会保险服务大厅",
        "룡정시 사회보험봉사청",
        "龙井市安民街8号",
        "룡정시 안민거리 8호",
        counters=3,
    ),
    CentreSeed(
        "YB-00",
        "2224",
        "延边州社会保险服务中心",
        "연변주 사회보험봉사중심",
        "延吉市长白山西路2号",
        "연길시 장백산서로 2호",
    ),
    CentreSeed(
        "CC-01",
        "220102",
        "长春市南关区社会保险服务大厅",
        "장춘시 남관구 사회보험봉사청",
        "长春市南关区人民大街100号",
        "장춘시 남관구 인민대가 100호",
    ),
    CentreSeed(
        "BJ-01",
        "110105",
        "北京市朝阳区社会保险服务大厅",
        "북경시 조양구 사회보험봉사청",
        "北京市朝阳区工体北路10号",
        "북경시 조양구 공체북로 10호",
    ),
]
