"""Request and answer bodies of counter appointments and complaints (issue 13 §5; docs/api.md,
"Appointments", "Complaints"). Claimant-scoped requests carry the ID number and the login
proof in the signed body, like every claimant-scoped request."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from contract.appointments import AppointmentPurpose
from contract.complaints import MAX_ANSWER_CHARS, MAX_TEXT_CHARS, ComplaintCategory
from server.schemas import IdNumber, Language, Localized, LoginProof, Reference, Strict, Text

ClockTime = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
ComplaintText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT_CHARS), Text
]
AnswerText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_ANSWER_CHARS), Text
]


class AppointmentState(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class ComplaintState(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"


class ClaimantRequest(Strict):
    """POST …/slots, …/mine, …/cancel: who asks, and their proof."""

    ssn: IdNumber
    login: LoginProof | None = None


class BookRequest(Strict):
    client_reference: Reference
    ssn: IdNumber
    login: LoginProof | None = None
    purpose: AppointmentPurpose
    day: date
    starts_at: ClockTime
    language: Language = "zh_CN"


class CentreView(BaseModel):
    code: str
    name: Localized
    address: Localized
    hours: str = Field(description='China time ranges, e.g. "08:30-11:30,13:30-17:00"')


class SlotView(BaseModel):
    starts_at: str
    ends_at: str
    capacity: int
    free: int


class SlotDay(BaseModel):
    day: date
    slots: list[SlotView]


class FreeSlots(BaseModel):
    centre: CentreView
    days: list[SlotDay]


class AppointmentView(BaseModel):
    reference: str
    purpose: AppointmentPurpose
    day: date
    starts_at: str
    ends_at: str
    state: AppointmentState
    booked_at: datetime
    centre: CentreView


class AppointmentBooked(AppointmentView):
    result: Literal["created", "duplicate"]


class AppointmentList(BaseModel):
    appointments: list[AppointmentView]


class StaffAppointment(AppointmentView):
    """What a counter sees: the person masked, enough to call them up."""

    masked_name: str
    masked_ssn: str


class StaffAppointmentList(BaseModel):
    centre: CentreView
    day: date
    appointments: list[StaffAppointment]


class AttendanceOutcome(Strict):
    outcome: Literal["attended", "no_show"]


class ComplaintRequest(Strict):
    client_reference: Reference
    ssn: IdNumber
    login: LoginProof | None = None
    category: ComplaintCategory
    text: ComplaintText
    claim_reference: Annotated[str, Field(pattern=r"^[A-Za-z0-9-]{1,40}$")] | None = None
    language: Language = "zh_CN"


class ComplaintView(BaseModel):
    reference: str
    category: ComplaintCategory
    text: str
    claim_reference: str | None
    filed_at: datetime
    due_by: date
    state: ComplaintState
    overdue: bool
    answer: str | None = None
    answered_at: datetime | None = None


class ComplaintFiled(ComplaintView):
    result: Literal["created", "duplicate"]


class ComplaintList(BaseModel):
    complaints: list[ComplaintView]


class StaffComplaint(ComplaintView):
    masked_name: str
    masked_ssn: str


class StaffComplaintList(BaseModel):
    complaints: list[StaffComplaint]


class ComplaintAnswer(Strict):
    answer: AnswerText
