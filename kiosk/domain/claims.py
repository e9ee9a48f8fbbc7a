"""Claims as the claimant sees them: what they submit, and where each one stands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.domain.claimant import LoginProof
from kiosk.domain.decisions import DecisionNotice
from kiosk.domain.identity import IdNumber, MobileNumber
from kiosk.domain.language import Language
from kiosk.domain.money import Money


class ClaimKind(StrEnum):
    CLAIM = "claim"
    TRAINING_SUBSIDY = "training_subsidy"


class OnFile(StrEnum):
    """ "Use what the agency already holds": sent as `on_file` instead of the value itself.

    The kiosk never learns the full mobile number on file (the agency sends it masked), so
    choosing it sends this marker and the agency fills in the number (docs/api.md).
    """

    ON_FILE = "on_file"


MOBILE_ON_FILE = OnFile.ON_FILE

#: The mobile number of a submission: typed by the claimant, or the one on file.
MobileChoice = MobileNumber | OnFile


@dataclass(frozen=True)
class SubmissionRequest:
    """The content of one submission; the executor adds the client reference, time and kiosk id."""

    kind: ClaimKind
    ssn: IdNumber
    mobile: MobileChoice = field(repr=False)
    commitment_version: str
    language: Language
    login: LoginProof
    course_id: str | None = None
    payment_account: str = "on_file"
    commitment_accepted: bool = True


class Delivery(StrEnum):
    RECEIVED_ONLINE = "received_online"  # the agency acknowledged it
    STORED_ON_KIOSK = "stored_on_kiosk"  # safe in the outbox, sent when the network allows


class ClaimSituation(StrEnum):
    """Every state a claim can be in, each with a plain "you do / the agency does" explanation.

    There is deliberately no bare "pending".
    """

    WAITING_ON_KIOSK = "waiting_on_kiosk"
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    NOT_APPROVED = "not_approved"
    REFUSED_ON_ARRIVAL = "refused_on_arrival"
    PAYING = "paying"
    STOPPED = "stopped"
    FINISHED = "finished"
    # The claimant withdrew it before a decision: nothing was decided, so it is neither
    # "received" nor "not approved", and a new application may follow.
    WITHDRAWN = "withdrawn"


class StatusSource(StrEnum):
    AGENCY = "agency"
    THIS_KIOSK = "this_kiosk"


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    situation: ClaimSituation


class PaymentState(StrEnum):
    """A month the agency released, as the claimant may rely on it."""

    PAID = "paid"  # released, sent or confirmed by the bank: the ledger counts it as paid
    RETURNED = "returned"  # the bank gave it back (closed account...): it is owed again


@dataclass(frozen=True)
class Payment:
    month: date  # first day of the month paid for
    amount: Money
    state: PaymentState = PaymentState.PAID


@dataclass(frozen=True)
class ClaimRecord:
    """One claim as the agency's ledger has it; the month counts are the ledger's, never summed
    up on the kiosk, so the screen and the agency's staff see the same numbers.

    `months_granted`: the entitlement of this claim; `months_paid`: months the ledger counts as
    paid; `months_left`: months this claim may still pay (for a stopped claim, only months before
    the stop); `months_unused`: for a stopped claim, the months it will never pay, which count
    toward a later claim (Regulations art. 17).
    """

    reference: str
    kind: ClaimKind
    situation: ClaimSituation
    source: StatusSource
    timeline: tuple[TimelineEntry, ...] = ()
    payments: tuple[Payment, ...] = ()
    months_left: int | None = None
    stop_reason_code: str | None = None
    agency_acts_by: date | None = None
    months_granted: int | None = None
    months_paid: int | None = None
    months_unused: int | None = None
    stop_date: date | None = None
    # A refused claim's written decision, with how to appeal (kiosk/domain/decisions.py).
    decision: DecisionNotice | None = None
