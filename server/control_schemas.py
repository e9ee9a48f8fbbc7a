"""Request and answer bodies of the fund-risk controls: samples, recoveries, corrections, deaths
and the reconciliation report (docs/api.md, docs/bank.md). Personal data never appears in them
except masked. Plain pydantic, like server/schemas.py: services build them, routes carry them."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field

from server.models import CorrectionState, RecoveryState, SampleOutcome
from server.schemas import Reference, Text

Note = Annotated[str, Field(max_length=500), Text]
Month = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", examples=["2026-11"])]


class SampleView(BaseModel):
    id: int
    claim_reference: str
    decided_by: str
    assigned_to: str
    drawn_at: datetime
    outcome: SampleOutcome | None = None
    note: str | None = None
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None


class SampleList(BaseModel):
    samples: list[SampleView]


class SampleReviewIn(BaseModel):
    outcome: SampleOutcome
    note: Note = ""


class RecoveryView(BaseModel):
    id: int
    claim_reference: str
    month: str
    amount_fen: int
    reason: str
    state: RecoveryState
    created_at: datetime
    resolved_by: str | None = None
    resolved_at: datetime | None = None


class RecoveryList(BaseModel):
    recoveries: list[RecoveryView]
    open_total_fen: int


class RecoveryOutcome(StrEnum):
    RECOVERED = "recovered"
    WAIVED = "waived"


class RecoveryResolve(BaseModel):
    state: RecoveryOutcome


class CorrectableField(StrEnum):
    """What a correction may change; each names its record and column (server/services/
    corrections.py). Identity (ID number, name) is not correctable here: it is the register's."""

    MOBILE = "mobile"
    PAYMENT_ACCOUNT = "payment_account"
    SEPARATION_DATE = "separation_date"


class CorrectionProposal(BaseModel):
    claim_reference: Reference
    field: CorrectableField
    new_value: Annotated[str, Field(min_length=1, max_length=32), Text]


class CorrectionView(BaseModel):
    id: int
    claim_reference: str
    field: CorrectableField
    new_value_masked: str
    state: CorrectionState
    proposed_by: str
    proposed_at: datetime
    decided_by: str | None = None
    decided_at: datetime | None = None


class CorrectionList(BaseModel):
    corrections: list[CorrectionView]


class DeathReport(BaseModel):
    died_on: date


class DeathBenefitView(BaseModel):
    claim_reference: str
    died_on: date
    last_payable_month: str
    funeral_subsidy_fen: int
    dependant_pension_fen: int
    recoveries_opened: int
    amounts_source: str


class ReconciliationView(BaseModel):
    month: str
    agrees: bool
    business: dict[str, int]
    finance: dict[str, int]
    bank: dict[str, int]
    mismatches: list[dict[str, int | str]]
