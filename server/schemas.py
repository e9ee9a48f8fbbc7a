"""Request and response bodies: the OpenAPI contract kiosks are written against.

Plain pydantic, no web framework: services accept and build them, routes (server/api) only carry
them, so what the OpenAPI document promises is what the services produce, and services run the
same from the API, the `kiosk server` commands and the tests. The kiosk keeps its own models
(kiosk/api/models.py), tested against this server on a loopback port.

Requests forbid unknown fields so a typo in a kiosk build fails loudly in testing, not silently
in the field.
"""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from contract import permanent_residence
from contract.technician_events import TechnicianEventKind
from server.decision_schemas import DecisionNoticeView
from server.ids import IdNumberProblem, is_valid_mobile, normalize_id_number, parse_citizen_id


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _id_number(value: str) -> str:
    if permanent_residence.looks_like_2017(value):
        # A 2017 foreign permanent residence card: structure only (contract module docstring).
        found = permanent_residence.parse(normalize_id_number(value).upper())
        if isinstance(found, permanent_residence.Problem):
            raise ValueError(f"{found.value}: not a 2017 permanent residence card number")
        return found.number
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
IdNumber = Annotated[
    str,
    Field(pattern=r"^(\d{17}[0-9Xx]|[A-Za-z]{3}\d{12})$"),
    AfterValidator(_id_number),
]
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
StaffUsername = Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,64}$")]
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


Hex32 = Annotated[str, Field(pattern=r"^[0-9a-fA-F]{32}$", description="16 bytes as 32 hex")]
CardRegion = Annotated[str, Field(pattern=r"^\d{6}$")]
CardNumber = Annotated[str, Field(pattern=r"^[0-9A-Z]{9,16}$")]


class TokenLogin(Strict):
    """The agency's own login token: from /otp/verify (ID card and the code sent to the mobile on
    file), from /login/card (the card answered the agency's challenge after its PIN) or from
    /login/ecard (the e-card platform vouched for a single-use QR code). Bound to
    the claimant, the kiosk and the method; short-lived."""

    method: Literal["otp", "card", "ecard"]
    token: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{16,128}$")] | None = None


class CardPinLogin(Strict):
    """What kiosks sent before cards proved themselves: the kiosk's word that a PIN was entered.
    A copied kiosk key can say it too, so it is refused with 401 `login_proof_required`."""

    method: Literal["card_pin"]


class CardOfflineLogin(Strict):
    """On submissions only: the card's cryptogram over `contract.card_proof.offline_challenge`
    of this submission's reference and content hash, so a queued claim proves its card later."""

    method: Literal["card_offline"]
    card_id: Hex32 | None = None
    region: CardRegion | None = None
    card_number: CardNumber | None = None
    cryptogram: Hex32 | None = None


LoginProof = Annotated[TokenLogin | CardPinLogin | CardOfflineLogin, Field(discriminator="method")]


class LookupRequest(Strict):
    ssn: IdNumber
    login: LoginProof | None = None


class CardLookupRequest(Strict):
    """What a 3rd-generation card gives without a security module: issuing region and number.
    The claimant's card login (`{"method": "card", "token": T}` for this card) proves the rest."""

    region: CardRegion
    card_number: CardNumber
    login: LoginProof | None = None


class ChallengeRequest(Strict):
    """POST /api/v1/login/challenge takes an empty object: the signing kiosk is the binding."""


class ChallengeIssued(BaseModel):
    challenge: Hex32
    expires_at: datetime


class CardLoginRequest(Strict):
    """The card's answer to a challenge, after a successful VERIFY of its PIN (docs/api.md)."""

    method: Literal["card"]
    card_id: Hex32
    region: CardRegion
    card_number: CardNumber
    challenge: Hex32
    cryptogram: Hex32


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
    login: LoginProof | None = None


class ClaimPayload(Strict):
    ssn: IdNumber
    mobile: MobileOrOnFile
    payment_account: Literal["on_file"] = "on_file"
    commitment_accepted: Literal[True]
    commitment_version: Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,16}$")]
    language: Language = "zh_CN"
    course_id: Annotated[str, Field(pattern=r"^[A-Za-z0-9-]{1,16}$")] | None = None


#: When the kiosk recorded the claimant's confirmation. Anything that is not a date-time with a
#: time zone is accepted here and refused by the server as `invalid_created_at` for that item
#: alone, so one bad item never fails a whole batch.
KioskTime = Annotated[
    datetime | Annotated[str, Field(max_length=64)], Field(union_mode="left_to_right")
]


class Submission(Strict):
    client_reference: Reference
    kind: Literal["claim", "training_subsidy"]
    created_at: KioskTime
    kiosk_id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{2,63}$")] | None = None
    payload: ClaimPayload
    # The claimant's proof (token, or the card's offline cryptogram); outside the content hash,
    # so a resend with a fresh token is still the same submission.
    login: LoginProof | None = None
    # Home visits (docs/field-staff.md): a claim taken at home by a field visitor says so and
    # names them; the agency checks both against the visitor's field credential (home_visit).
    channel: Literal["kiosk", "home_visit"] | None = None
    visitor: StaffUsername | None = None
    home_visit: "HomeVisitProof | None" = None


class HomeVisitProof(Strict):
    """The field credential the visitor's login earned and the MAC under its visit key
    (contract.home_visit.visit_mac)."""

    credential: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
    mac: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class FieldStaffLogin(Strict):
    """`POST /api/v1/home-visits/login`: a field visitor's name and password, sent by the
    enrolled laptop they log in on."""

    username: StaffUsername
    password: Annotated[str, Field(min_length=1, max_length=256), Text]


class FieldCredential(BaseModel):
    """A field credential, bound to the laptop that asked: `visit_key` (hex) is shown only in
    this answer; the laptop keeps it sealed under the visitor's password for offline logins."""

    credential: str
    visit_key: str
    visitor: str
    masked_name: str
    kiosk_id: str
    issued_at: datetime
    expires_at: datetime


#: One item of a batch as it arrived. The batch route validates each as a `Submission` itself,
#: so one malformed item is refused alone (`invalid_submission`) instead of failing the batch
#: with 422 and, with it, every item the kiosk queued beside it. The document still says what an
#: item must be.
BatchItem = Annotated[
    dict[str, object], WithJsonSchema({"$ref": "#/components/schemas/Submission"})
]


class BatchRequest(Strict):
    items: Annotated[list[BatchItem], Field(min_length=1, max_length=200)]


class TimelineEvent(BaseModel):
    at: datetime
    kind: str
    detail: dict[str, object] = {}


class PaymentView(BaseModel):
    """One released month. `paid_at` is when finance released it (kept for older kiosks)."""

    period_month: date
    amount_fen: int
    paid_at: datetime
    state: Literal["released", "sent", "paid", "returned", "failed"] = "released"
    medical_premium_fen: int = 0
    pension_premium_fen: int = 0  # near the retirement age, the fund pays this too
    released_at: datetime | None = None
    settled_at: datetime | None = None
    return_reason: str | None = None


class ScheduledMonth(BaseModel):
    """A month of the benefit period before any stop: `scheduled` until released."""

    month: date
    due_on: date
    state: Literal["scheduled", "released", "sent", "paid", "returned", "failed"]


class PayRequest(Strict):
    """Which month finance releases; without it, the earliest month still owed."""

    month: Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")] | None = None


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
    # The ledger for this claim: months granted (= entitlement_months), of which carried over
    # from an earlier entitlement; months_paid counts released, sent and paid months;
    # months_left is what the claim may still pay (before a stop, if stopped).
    months_granted: int | None = None
    months_carried_over: int | None = None
    # Of months_granted, those the ledger does not count as consumed; for a stopped claim, the
    # months it will never pay, which count toward a later claim (Regulations art. 17).
    months_unused: int | None = None
    schedule: list[ScheduledMonth] = []
    review_flag: bool = False
    review_reason: str | None = None
    # A refused benefit claim's written decision (server/services/decision_notices.py).
    decision_notice: DecisionNoticeView | None = None
    # "kiosk", or "home_visit" with the field visitor's staff id (docs/field-staff.md).
    service_channel: str = "kiosk"
    visitor: str | None = None


class EntitlementView(BaseModel):
    claim_reference: str
    claim_state: str
    started: date
    contribution_months: int
    months_from_contribution: int
    months_carried_over: int
    months_granted: int
    months_paid: int
    months_consumed: int
    months_unused: int


class NextEntitlementView(BaseModel):
    """What a claim registered on `registration_date` would be granted: contribution counted
    afresh since the last entitlement began, plus its unused months, capped."""

    registration_date: date
    contribution_months: int
    months_from_contribution: int
    months_carried_over: int
    months: int
    capped: bool


class LedgerView(BaseModel):
    """A person's entitlement ledger (Regulations art. 17, Law art. 46); see docs/api.md."""

    as_of: date
    months_earned: int
    months_granted: int
    months_paid: int
    months_left: int
    open_claim: str | None
    entitlements: list[EntitlementView]
    next_entitlement: NextEntitlementView | None = None


class ClockSetting(Strict):
    """The development test clock: a business date, or null to follow China time again."""

    today: Annotated[date, Field(ge=date(2000, 1, 1), le=date(2199, 12, 31))] | None


class ClockView(BaseModel):
    today: date
    overridden: bool


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


HexHash = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class AuditWitnessed(Strict):
    """The newest audit-log checkpoint this kiosk witnessed (docs/audit-log.md)."""

    size: Count
    root: HexHash


class AuditAlarm(Strict):
    """The kiosk saw the audit log fork (a checkpoint inconsistent with one it witnessed, or the
    same size with another root) or shrink; it keeps reporting this until a technician clears it."""

    kind: Literal["fork", "shrunk"]
    witnessed_size: Count
    seen_size: Count
    since: datetime


class Heartbeat(Strict):
    app_version: Token
    uptime_s: Count
    paper: Literal["ok", "near_end", "out", "unknown"] = "unknown"
    devices: Annotated[dict[Token, Token], Field(max_length=16)] = {}
    queue_depth: Count = 0
    queue_oldest_age_s: Count | None = None
    queue_warning: bool = False
    last_error_class: Token | None = None
    # Unclean stops of the kiosk service (watchdog, crash) and the last one's reason.
    restart_count: Count = 0
    last_restart_reason: Token | None = None
    audit_witnessed: AuditWitnessed | None = None
    audit_alarm: AuditAlarm | None = None


class AuditCheckpointAnswer(BaseModel):
    """The log's newest signed checkpoint (`note`, docs/audit-log.md) and the RFC 9162 consistency
    proof from the size the kiosk last witnessed. `size` and `root` repeat the note for reading;
    kiosks trust only the signed note."""

    note: str
    size: int
    root: str
    consistency_from: int
    consistency_proof: list[str]


class HeartbeatAck(BaseModel):
    server_time: datetime
    audit_checkpoint: AuditCheckpointAnswer | None = None


class AuditConsistency(BaseModel):
    first: int
    second: int
    proof: list[str]


class AuditInclusion(BaseModel):
    index: int
    size: int
    leaf_hash: str
    proof: list[str]


class StaffLogin(Strict):
    username: StaffUsername
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
    queued: int
    root: str
    checkpoints_checked: int
    witnesses_checked: int
    first_bad_entry: int | None = None
    kind: str | None = None
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
    provider: str  # Chinese, as before: older kiosks read only this
    provider_ko: str  # Korean, Chinese when the agency has no Korean name on record
    starts_on: date
    ends_on: date
    subsidy_fen: int


class CourseList(BaseModel):
    courses: list[CourseView]


KioskEventKind = TechnicianEventKind


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
