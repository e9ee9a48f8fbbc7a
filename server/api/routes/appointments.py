"""Counter appointments and complaints (issue 13 §5; docs/api.md, "Appointments",
"Complaints"). Kiosk routes are claimant-proven (server/services/claimant_proofs.py); every
claimant-scoped read is a POST, so the ID number travels in the signed body, never in a URL.
Staff routes need a staff token; the business role answers and records attendance."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, KioskAuth, Sessions, StaffAuth
from server.callers import require_role
from server.models import StaffRole
from server.schemas import Error, Reference
from server.service_schemas import (
    AppointmentBooked,
    AppointmentList,
    AppointmentView,
    AttendanceOutcome,
    BookRequest,
    CentreView,
    ClaimantRequest,
    ComplaintAnswer,
    ComplaintFiled,
    ComplaintList,
    ComplaintRequest,
    ComplaintView,
    FreeSlots,
    StaffAppointmentList,
    StaffComplaintList,
)
from server.services import appointments, complaints

router = APIRouter(
    prefix="/api/v1",
    tags=["appointments and complaints"],
    responses={
        401: {"model": Error},
        403: {"model": Error},
        404: {"model": Error},
        409: {"model": Error},
        422: {"model": Error},
    },
)


@router.post("/appointments/slots", response_model=FreeSlots)
async def free_slots(
    body: ClaimantRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> FreeSlots:
    """The claimant's service centre and every slot of the bookable working days, with the
    room left in each (0: full)."""
    return await run_in_threadpool(appointments.free_slots, sessions, config, body, caller)


@router.post(
    "/appointments",
    response_model=AppointmentBooked,
    status_code=201,
    responses={200: {"model": AppointmentBooked}},
)
async def book(
    body: BookRequest, caller: KioskAuth, sessions: Sessions, config: Config, response: Response
) -> AppointmentBooked:
    """`client_reference` is the idempotency key (a resend answers 200, result "duplicate").
    409 `slot_full`, 409 `appointment_exists` (details.reference), 422 `slot_unknown`."""
    booked = await run_in_threadpool(appointments.book, sessions, config, body, caller)
    if booked.result == "duplicate":
        response.status_code = 200
    return booked


@router.post("/appointments/mine", response_model=AppointmentList)
async def my_appointments(
    body: ClaimantRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> AppointmentList:
    return await run_in_threadpool(appointments.mine, sessions, config, body, caller)


@router.post("/appointments/{reference}/cancel", response_model=AppointmentView)
async def cancel(
    reference: Reference,
    body: ClaimantRequest,
    caller: KioskAuth,
    sessions: Sessions,
    config: Config,
) -> AppointmentView:
    """Idempotent; 409 `appointment_not_cancellable` once the appointment is over."""
    return await run_in_threadpool(appointments.cancel, sessions, config, reference, body, caller)


@router.post(
    "/complaints",
    response_model=ComplaintFiled,
    status_code=201,
    responses={200: {"model": ComplaintFiled}},
)
async def file_complaint(
    body: ComplaintRequest,
    caller: KioskAuth,
    sessions: Sessions,
    config: Config,
    response: Response,
) -> ComplaintFiled:
    """`client_reference` is the idempotency key; 404 `complaint_claim_unknown` when
    `claim_reference` is not one of the claimant's claims."""
    filed = await run_in_threadpool(complaints.file_complaint, sessions, config, body, caller)
    if filed.result == "duplicate":
        response.status_code = 200
    return filed


@router.post("/complaints/mine", response_model=ComplaintList)
async def my_complaints(
    body: ClaimantRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> ComplaintList:
    return await run_in_threadpool(complaints.mine, sessions, config, body, caller)


# -- staff ---------------------------------------------------------------------------------------


@router.get("/staff/service-centres", response_model=list[CentreView])
async def service_centres(caller: StaffAuth, sessions: Sessions) -> list[CentreView]:
    return await run_in_threadpool(appointments.centres, sessions)


@router.get("/staff/appointments", response_model=StaffAppointmentList)
async def day_list(
    caller: StaffAuth,
    sessions: Sessions,
    centre: Annotated[str, Query(pattern=r"^[A-Za-z0-9-]{1,16}$")],
    day: Annotated[date, Query()],
) -> StaffAppointmentList:
    """One centre's bookings of one day, in time order; the person masked."""
    return await run_in_threadpool(appointments.day_list, sessions, centre, day)


@router.post("/staff/appointments/{reference}/attendance", response_model=AppointmentView)
async def attendance(
    reference: Reference, body: AttendanceOutcome, caller: StaffAuth, sessions: Sessions
) -> AppointmentView:
    require_role(caller, StaffRole.BUSINESS)
    return await run_in_threadpool(
        appointments.record_attendance, sessions, reference, body, caller
    )


@router.get("/staff/complaints", response_model=StaffComplaintList)
async def staff_complaints(
    caller: StaffAuth,
    sessions: Sessions,
    state: str = Query("open", pattern=r"^(open|answered|all)$"),
) -> StaffComplaintList:
    """Open ones overdue first, then by due date; answered ones newest first."""
    return await run_in_threadpool(complaints.staff_list, sessions, state)


@router.post("/staff/complaints/{reference}/answer", response_model=ComplaintView)
async def answer_complaint(
    reference: Reference, body: ComplaintAnswer, caller: StaffAuth, sessions: Sessions
) -> ComplaintView:
    """Once; 409 `complaint_already_answered`. Audited, and the claimant is texted."""
    require_role(caller, StaffRole.BUSINESS)
    return await run_in_threadpool(complaints.answer, sessions, reference, body, caller)
