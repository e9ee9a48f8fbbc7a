"""Request and answer bodies of the claimant's own changes after applying (issue 13 §1, §2):
reporting a stop condition, withdrawing an application, a new mobile number and the payment
account. Personal data appears in answers only masked (contract/masking.py)."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field

from server.ids import is_valid_mobile, validate_credit_code
from server.schemas import IdNumber, LoginProof, Reference, Strict, Text


class ChangeKind(StrEnum):
    """What a claimant (or family at a counter) reports; each is a stop condition of Regulations
    art. 15 / Law art. 51 and becomes the external record of the same meaning."""

    REEMPLOYMENT = "reemployment"  # a new job (employer if known)
    SELF_EMPLOYMENT = "self_employment"  # a business registered (工商登记)
    PENSION = "pension"
    SETTLED_ABROAD = "settled_abroad"
    ENLISTMENT = "enlistment"
    IMPRISONMENT = "imprisonment"  # reported by family at a counter only


#: What a claimant may report at a kiosk: a person in prison is not at a kiosk.
KIOSK_KINDS = frozenset(ChangeKind) - {ChangeKind.IMPRISONMENT}


def _credit_code(value: str) -> str:
    problem = validate_credit_code(value)
    if problem is not None:
        raise ValueError(f"{problem.fault.value}: {problem.message}")
    return value


def _mobile(value: str) -> str:
    if not is_valid_mobile(value):
        raise ValueError("must be 11 digits beginning with 1")
    return value


CreditCode = Annotated[
    str, Field(pattern=r"^[0-9A-HJ-NPQRTUWXY]{18}$"), AfterValidator(_credit_code)
]
Mobile = Annotated[str, Field(pattern=r"^1\d{10}$"), AfterValidator(_mobile)]
EmployerName = Annotated[str, Field(min_length=1, max_length=64), Text]


class _ChangeFields(Strict):
    client_reference: Reference
    ssn: IdNumber
    kind: ChangeKind
    effective_date: date = Field(description="the day the change took effect (China date)")
    employer_code: CreditCode | None = Field(
        None, description="re-employment: the new employer's unified social credit code, if known"
    )
    employer_name: EmployerName | None = Field(
        None, description="re-employment: the new employer's name, if known"
    )


class ChangeReport(_ChangeFields):
    """POST /api/v1/changes: the claimant's own report, with the claimant's login proof."""

    login: LoginProof | None = None


class CounterChangeReport(_ChangeFields):
    """POST /api/v1/staff/changes: reported at a counter (imprisonment: by family), entered by
    business staff after they checked the reporter's documents."""


class ChangeEffect(StrEnum):
    STOPPED = "stopped"  # a granted claim stops from `stops_from`
    ALREADY_STOPPED = "already_stopped"  # an earlier stop holds; `stops_from` is that one
    AT_DECISION = "at_decision"  # the claim is undecided: the decision and payments apply it
    AFTER_BENEFIT = "after_benefit"  # the benefit period was over: nothing was paid after it


class ChangeReceipt(BaseModel):
    """What a kiosk prints: the change's reference, what stops from which month, and what was
    paid for months no longer owed (now recovery records for staff to pursue)."""

    result: Literal["created", "duplicate"]
    reference: str
    kind: ChangeKind
    effective_date: date
    received_at: datetime
    channel: Literal["kiosk", "counter"]
    claim_reference: str | None
    effect: ChangeEffect
    stops_from: date | None = Field(description="first day of the first month no longer paid")
    stop_reason: str | None = Field(description="the reason code the claim stopped for")
    overpaid_fen: int = Field(description="paid for months from the stop month on, to recover")
    overpaid_months: int


class WithdrawRequest(Strict):
    ssn: IdNumber
    login: LoginProof | None = None


class WithdrawalReceipt(BaseModel):
    reference: str
    kind: str
    state: Literal["withdrawn"]
    withdrawn_at: datetime
    verification_code: str


class MobileCodeRequest(Strict):
    ssn: IdNumber
    login: LoginProof | None = None
    new_mobile: Mobile


class MobileCodeSent(BaseModel):
    masked_mobile: str
    expires_at: datetime


class MobileChange(Strict):
    ssn: IdNumber
    login: LoginProof | None = None
    new_mobile: Mobile
    code: Annotated[str, Field(pattern=r"^\d{6}$")]


class MobileChanged(BaseModel):
    masked_mobile: str
    changed_at: datetime
    old_number_notified: bool


class AccountKind(StrEnum):
    SSCARD = "sscard"  # the social security card's financial account (社银)
    BANK = "bank"


class AccountsRequest(Strict):
    ssn: IdNumber
    login: LoginProof | None = None


class AccountChoice(Strict):
    ssn: IdNumber
    login: LoginProof | None = None
    account_id: int = Field(ge=1, le=2**31 - 1)


class AccountView(BaseModel):
    id: int
    kind: AccountKind
    masked_account: str
    bank_name: str
    default: bool = Field(description="the account the agency pays to unless one is chosen")
    in_use: bool = Field(description="the account the benefit is paid to now")


class AccountList(BaseModel):
    accounts: list[AccountView]
