"""Request and response bodies: the OpenAPI contract kiosks are written against.

Requests forbid unknown fields so a typo in a kiosk build fails loudly in testing, not silently
in the field.
"""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from server.ids import IdNumberProblem, is_valid_mobile, normalize_id_number, parse_citizen_id


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _id_number(value: str) -> str:
    parsed = parse_citizen_id(normalize_id_number(value))
    if isinstance(parsed, IdNumberProblem):
        raise ValueError(f"{parsed.fault.value}: {parsed.message}")
    return parsed.number


#: A submission's mobile number may instead say "use the number on file": the kiosk is only
#: ever sent that number masked, so it cannot repeat it.
MOBILE_ON_FILE = "on_file"


def _mobile_or_on_file(value: str) -> str:
    if value == MOBILE_ON_FILE:
        return value
    if not is_valid_mobile(value):
        raise ValueError('must be 11 digits beginning with 1, or "on_file"')
    return value


def _reference(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValueError("must be a UUID such as 3f0c5a0e-6d3b-4c36-9f60-2a3b1c5d7e81") from None


# Patterns put the shape into the OpenAPI contract; the validators add what JSON Schema cannot
# say (the GB 11643 check character, real dates), answering 422 with the specific fault.
IdNumber = Annotated[str, Field(pattern=r"^\d{17}[0-9Xx]$"), AfterValidator(_id_number)]
MobileOrOnFile = Annotated[
    str,
    Field(
        pattern=r"^(1\d{10}|on_file)$",
        description='the mobile number for this claim, or "on_file" for the one the agency holds',
    ),
    AfterValidator(_mobile_or_on_file),
]
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
Reference = Annotated[str, Field(pattern=UUID_PATTERN), AfterValidator(_reference)]
# Free text from a kiosk: printable, bounded, no control characters or lone surrogates.
Token = Annotated[str, Field(pattern=r"^[A-Za-z0-9._:+-]{1,64}$")]
Count = Annotated[int, Field(ge=0, le=10**9)]


def _encodable(value: str) -> str:
    """JSON allows lone surrogates; UTF-8, hashing and the database do not."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        raise ValueError("must not contain control characters")
    return value


Text = AfterValidator(_encodable)
Language = Literal["zh_CN", "ko", "en"]


class Error(BaseModel):
    code: str
    message: str
    details: dict[str, object] = {}


class LoginProof(Strict):
    """How the kiosk established who is at the screen: the card verified its own PIN, or the
    claimant entered the one-time code sent to the mobile number on file."""

    method: Literal["card_pin", "otp"]
    token: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{16,128}$")] | None = None


class LookupRequest(Strict):
    ssn: IdNumber
    login: LoginProof


class CardLookupRequest(Strict):
    """What a 3rd-generation card gives without a security module: issuing region and number.
    The card verified its own PIN, so no other login proof is needed."""

    region: Annotated[str, Field(pattern=r"^\d{6}$")]
    card_number: Annotated[str, Field(pattern=r"^[0-9A-Z]{9,16}$")]


class ClaimantView(BaseModel):
    ssn: str
    masked_name: str
    masked_ssn: str
    gender: Literal["M", "F"]
    birth_date: date
    region_code: str
    masked_mobile: str
    payment_account: str


class OtpRequest(Strict):
    id_number: IdNumber


class OtpSent(BaseModel):
    masked_mobile: str
    expires_at: datetime


class OtpVerify(Strict):
    id_number: IdNumber
    code: Annotated[str, Field(pattern=r"^\d{6}$")]


class LoginGranted(BaseModel):
    login_token: str
    expires_at: datetime


class ClaimantRequest(Strict):
    ssn: IdNumber
    login: LoginProof


class ClaimPayload(Strict):
    ssn: IdNumber
    mobile: MobileOrOnFile
    payment_account: Literal["on_file"] = "on_file"
    commitment_accepted: Literal[True]
    commitment_version: Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,16}$")]
    language: Language = "zh_CN"
    course_id: Annotated[str, Field(pattern=r"^[A-Za-z0-9-]{1,16}$")] | None = None


class Submission(Strict):
    client_reference: Reference
    kind: Literal["claim", "training_subsidy"]
    created_at: datetime
    kiosk_id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{2,63}$")] | None = None
    payload: ClaimPayload


class BatchRequest(Strict):
    items: Annotated[list[Submission], Field(min_length=1, max_length=200)]


class TimelineEvent(BaseModel):
    at: datetime
    kind: str
    detail: dict[str, object] = {}


class PaymentView(BaseModel):
    period_month: date
    amount_fen: int
    paid_at: datetime


class NextSteps(BaseModel):
    """Never a bare state: what the claimant does next, what the agency does next, and by when."""

    claimant: str
    agency: str
    due_by: date | None = None


class ClaimView(BaseModel):
    reference: str
    kind: str
    state: str
    channel: str
    created_at: datetime
    received_at: datetime
    registration_date: date | None
    entitlement_months: int | None
    monthly_amount_fen: int | None
    months_paid: int
    months_left: int | None
    stop_reason: str | None
    stop_date: date | None
    reason_codes: list[str]
    verification_code: str
    status_url: str
    next: NextSteps
    timeline: list[TimelineEvent]
    payments: list[PaymentView]


class SubmissionResult(BaseModel):
    result: Literal["created", "duplicate"]
    claim: ClaimView


class BatchItemResult(BaseModel):
    client_reference: str
    result: Literal["created", "duplicate", "rejected"]
    claim: ClaimView | None = None
    code: str | None = None
    message: str | None = None


class BatchResult(BaseModel):
    results: list[BatchItemResult]


class ClaimList(BaseModel):
    claims: list[ClaimView]


class Heartbeat(Strict):
    app_version: Token
    uptime_s: Count
    paper: Literal["ok", "near_end", "out", "unknown"] = "unknown"
    devices: Annotated[dict[Token, Token], Field(max_length=16)] = {}
    queue_depth: Count = 0
    queue_oldest_age_s: Count | None = None
    queue_warning: bool = False
    last_error_class: Token | None = None


class HeartbeatAck(BaseModel):
    server_time: datetime


class StaffLogin(Strict):
    username: Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,64}$")]
    password: Annotated[str, Field(min_length=1, max_length=256), Text]


class StaffSession(BaseModel):
    token: str
    role: str
    expires_at: datetime


class Decision(Strict):
    approve: bool
    note: Annotated[str, Field(max_length=500), Text] = ""


class AuditReport(BaseModel):
    ok: bool
    entries: int
    head: str
    first_bad_seq: int | None = None
    problem: str | None = None


class Localized(BaseModel):
    zh_CN: str
    ko: str


class ReasonView(BaseModel):
    code: str
    effect: str
    text: Localized
    rule: Localized
    next_step: Localized | None = None


class SeparationView(BaseModel):
    employer_name: str
    date: date
    reason_code: str
    reason: Localized


class CrossCheckHit(BaseModel):
    kind: str
    date: date
    reason_code: str


class EligibilityView(BaseModel):
    outcome: Literal["eligible", "not_eligible", "needs_review"]
    eligible: bool
    as_of: date
    separation: SeparationView | None
    contribution_months: int
    entitlement_months: int
    months_from_contribution: int
    months_carried_over: int
    monthly_amount_fen: int | None
    total_amount_fen: int | None
    benefit_starts: date | None
    benefit_ends: date | None
    cross_checks: list[CrossCheckHit]
    reasons: list[ReasonView]
    active_claim: str | None


class CourseView(BaseModel):
    course_id: str
    name: Localized
    provider: str
    starts_on: date
    ends_on: date
    subsidy_fen: int


class CourseList(BaseModel):
    courses: list[CourseView]


KioskEventKind = Literal[
    "technician_entry",
    "technician_failed_pin",
    "technician_lockout",
    "settings_changed",
    "device_test",
    "sync_now",
    "exit_to_maintenance",
]


class KioskEvent(Strict):
    """Something a technician did at a kiosk; kept in the agency's audit log (notice §5)."""

    at: datetime
    kind: KioskEventKind
    detail: Annotated[
        dict[Token, Annotated[str, Field(pattern=r"^[A-Za-z0-9._:/+-]{0,64}$")]],
        Field(max_length=16),
    ] = {}


class KioskEvents(Strict):
    events: Annotated[list[KioskEvent], Field(min_length=1, max_length=50)]


class EventsAccepted(BaseModel):
    accepted: int


class BundleImported(BaseModel):
    bundle_id: str
    kiosk_id: str
    created: int
    duplicate: int
    rejected: int
    ack: str  # the signed acknowledgement file, to carry back to the kiosk
