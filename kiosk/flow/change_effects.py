"""Effects of reporting a change and withdrawing an application (kiosk/flow/report_change.py,
kiosk/flow/withdraw.py), run by the effect runner off the GUI thread like every agency call.

Kept in their own module and joined to the `Effect` union in effects.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.changes import ChangeEffect, ChangeKind
from kiosk.domain.claimant import LoginProof
from kiosk.domain.claims import ClaimKind
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language
from kiosk.domain.money import Money


@dataclass(frozen=True)
class ReportChange:
    """`POST /api/v1/changes`. `client_reference` is None on the first try (the runner makes one)
    and the one the failed try used on a retry of the same report, so a report whose answer was
    lost is never recorded twice. Answers ChangeReported or ChangeNotReported."""

    ticket: int
    ssn: IdNumber
    login: LoginProof
    kind: ChangeKind
    effective_date: date
    client_reference: str | None = None


@dataclass(frozen=True)
class WithdrawClaim:
    """`POST /api/v1/claims/{reference}/withdraw`. Answers ClaimWithdrawn or WithdrawalFailed."""

    ticket: int
    reference: str
    ssn: IdNumber
    login: LoginProof


class ServiceReceiptKind(StrEnum):
    CHANGE_REPORTED = "change_reported"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class ServiceReceipt:
    """What a printed receipt for a change or a withdrawal says; masked like an application's
    receipt (kiosk/flow/effects.ReceiptContent), so a receipt left behind gives nothing away."""

    what: ServiceReceiptKind
    reference: str  # the change's reference, or the withdrawn claim's
    masked_name: str
    masked_id_number: str
    language: Language
    change_kind: ChangeKind | None = None
    effective_date: date | None = None
    effect: ChangeEffect | None = None
    stops_from: date | None = None
    overpaid: Money | None = None
    overpaid_months: int = 0
    claim_reference: str | None = None
    claim_kind: ClaimKind | None = None
    verification_code: str | None = None
    qr_text: str | None = None  # a withdrawn claim's status page; a change's full reference


@dataclass(frozen=True)
class PrintServiceReceipt:
    ticket: int
    receipt: ServiceReceipt
