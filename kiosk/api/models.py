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
