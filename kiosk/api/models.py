"""The server's answers as the kiosk reads them; unknown fields are ignored so that a newer
server does not break an older kiosk in the field."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Claimant(_Answer):
    ssn: str
    masked_name: str
    masked_ssn: str
    gender: Literal["M", "F"]
    birth_date: date
    region_code: str
    masked_mobile: str
    payment_account: str


class OtpSent(_Answer):
    masked_mobile: str
    expires_at: datetime


class LoginGranted(_Answer):
    login_token: str
    expires_at: datetime


class EcardLoginGranted(LoginGranted):
    ssn: str  # the holder the e-card platform named: the kiosk learns it only from the agency


class LoginChallenge(_Answer):
    challenge: str  # 32 hex: the 16 bytes the card answers with INTERNAL AUTHENTICATE
    expires_at: datetime


class Localized(_Answer):
    zh_CN: str
    ko: str


class Reason(_Answer):
    code: str
    effect: str
    text: Localized
    rule: Localized
    next_step: Localized | None = None


class Separation(_Answer):
    employer_name: str
    date: date
    reason_code: str
    reason: Localized


class CrossCheckHit(_Answer):
    kind: str
    date: date
    reason_code: str


class Eligibility(_Answer):
    outcome: str
    eligible: bool
    as_of: date
    separation: Separation | None
    contribution_months: int
    entitlement_months: int
    months_from_contribution: int
    months_carried_over: int
    monthly_amount_fen: int | None
    total_amount_fen: int | None
    benefit_starts: date | None
    benefit_ends: date | None
    cross_checks: list[CrossCheckHit]
    reasons: list[Reason]
    active_claim: str | None


class TimelineEvent(_Answer):
    at: datetime
    kind: str
    detail: dict[str, object] = {}


class Payment(_Answer):
    period_month: date
    amount_fen: int
    paid_at: datetime
    # released, sent, paid (the ledger counts these as paid), returned or failed (owed again)
    state: str = "released"


class NextSteps(_Answer):
    claimant: str
    agency: str
    due_by: date | None = None


class DecisionReason(_Answer):
    code: str
    text: Localized
    rule: Localized


class AppealRoute(_Answer):
    kind: Literal["administrative_review", "lawsuit"]
    body: Localized
    time_limit: Localized
    law: Localized
    last_day: date


class DecisionNotice(_Answer):
    """A refusal's written decision (docs/api.md, "Decision notice")."""

    number: str
    outcome: str
    decided_on: date
    due_by: date
    decided_in_time: bool
    agency: Localized
    reasons: list[DecisionReason]
    appeals: list[AppealRoute]


class RegistrationProof(_Answer):
    """A proof of unemployment registration to print (docs/api.md, "Registration proof")."""

    claim_reference: str
    registration_date: date
    masked_name: str
    masked_ssn: str
    agency: Localized
    issued_on: date
    code: str
    verify_url: str


class Claim(_Answer):
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
    payments: list[Payment]
    # The ledger's figures for this claim (docs/api.md, "Claim view"); older servers omit them.
    months_granted: int | None = None
    months_unused: int | None = None
    # Servers before the written decision (issue 13 §3) omit it.
    decision_notice: DecisionNotice | None = None


class SubmissionResult(_Answer):
    result: Literal["created", "duplicate"]
    claim: Claim


class BatchItemResult(_Answer):
    client_reference: str
    result: Literal["created", "duplicate", "rejected"]
    claim: Claim | None = None
    code: str | None = None
    message: str | None = None


class AuditCheckpoint(_Answer):
    """The audit log's signed checkpoint and a consistency proof (docs/audit-log.md)."""

    note: str
    size: int
    root: str
    consistency_from: int
    consistency_proof: list[str]


class HeartbeatAck(_Answer):
    server_time: datetime
    audit_checkpoint: AuditCheckpoint | None = None


class Course(_Answer):
    course_id: str
    name: Localized
    provider: str  # Chinese, as every server has sent it
    provider_ko: str = ""  # absent from servers older than the Korean provider names
    starts_on: date
    ends_on: date
    subsidy_fen: int


class ChangeReceipt(_Answer):
    """The agency's receipt for a reported change (docs/api.md, "Claimant changes"): what stops
    from which month, and what was paid for months no longer owed."""

    result: Literal["created", "duplicate"]
    reference: str
    kind: str  # reemployment, self_employment, pension, settled_abroad, enlistment, imprisonment
    effective_date: date
    received_at: datetime
    channel: str
    claim_reference: str | None
    effect: str  # stopped, already_stopped, at_decision, after_benefit
    stops_from: date | None
    stop_reason: str | None
    overpaid_fen: int
    overpaid_months: int


class WithdrawalReceipt(_Answer):
    reference: str
    kind: str
    state: str
    withdrawn_at: datetime
    verification_code: str


class MobileChanged(_Answer):
    masked_mobile: str
    changed_at: datetime
    old_number_notified: bool


class PaymentAccount(_Answer):
    """An account on file, masked; the kiosk sends back only `id`."""

    id: int
    kind: Literal["sscard", "bank"]
    masked_account: str
    bank_name: str
    default: bool
    in_use: bool


class Complaint(_Answer):
    """A complaint or suggestion and the agency's answer (docs/api.md, "Complaints")."""

    reference: str
    category: str  # contract.complaints.ComplaintCategory
    text: str
    claim_reference: str | None = None
    filed_at: datetime
    due_by: date
    state: str  # open, answered
    overdue: bool
    answer: str | None = None
    answered_at: datetime | None = None


class ComplaintFiled(Complaint):
    result: Literal["created", "duplicate"]


class ServiceCentre(_Answer):
    """Where a counter appointment takes place (docs/api.md, "Appointments")."""

    code: str
    name: Localized
    address: Localized
    hours: str  # "08:30-11:30,13:30-17:00", China time


class Slot(_Answer):
    starts_at: str  # "09:00", China time
    ends_at: str
    capacity: int
    free: int


class SlotDay(_Answer):
    day: date
    slots: list[Slot]


class FreeSlots(_Answer):
    centre: ServiceCentre
    days: list[SlotDay]


class Appointment(_Answer):
    reference: str
    purpose: str  # contract.appointments.AppointmentPurpose
    day: date
    starts_at: str
    ends_at: str
    state: str  # booked, cancelled, attended, no_show
    booked_at: datetime
    centre: ServiceCentre


class AppointmentBooked(Appointment):
    result: Literal["created", "duplicate"]
