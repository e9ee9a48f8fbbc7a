"""Commands the flow gives the composition root, which runs them off the GUI thread.

An effect with a ticket expects exactly one result event carrying that ticket back (two for
Submit: stored or store-failed, then sent or queued). The flow never waits; it moves to a
"waiting" state and reacts to the result when it comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.domain.claimant import CardCredentials, LoginProof
from kiosk.domain.claims import ClaimKind, Delivery, SubmissionRequest
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language, LocalizedText
from kiosk.flow.appointment_types import AppointmentEffect
from kiosk.flow.change_effects import PrintServiceReceipt, ReportChange, WithdrawClaim
from kiosk.flow.complaint_types import ComplaintEffect
from kiosk.flow.details_types import DetailsEffect
from kiosk.flow.ecard_events import LogInWithEcard
from kiosk.flow.proof_effects import LoadRegistrationProof, PrintNotice
from kiosk.flow.status_desk_types import LoadStatusDesk


@dataclass(frozen=True)
class ReadCard:
    """Read the social security card's identity and the PIN tries it has left."""

    ticket: int


@dataclass(frozen=True)
class VerifyPin:
    """Let the card check the PIN (the kiosk never knows the right one)."""

    ticket: int
    pin: str = field(repr=False)


@dataclass(frozen=True)
class RequestOtp:
    ticket: int
    id_number: IdNumber


@dataclass(frozen=True)
class VerifyOtp:
    ticket: int
    id_number: IdNumber
    code: str = field(repr=False)


@dataclass(frozen=True)
class LogInWithCard:
    """After the card accepted the PIN: a challenge from the agency, the card's answer to it
    (INTERNAL AUTHENTICATE), and that answer to the agency for a login token.

    Answers CardLoginGranted or CardLoginFailed."""

    ticket: int
    card: CardCredentials


@dataclass(frozen=True)
class LookUp:
    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class LookUpByCard:
    """A 3rd-generation card that gave only its region and number: the agency names the holder.

    Asked only after the card accepted the PIN, like LookUp; answered the same way.
    """

    ticket: int
    region_code: str
    card_number: str = field(repr=False)
    login: LoginProof


@dataclass(frozen=True)
class LoadEligibility:
    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class LoadStatus:
    """From the agency, merged with this kiosk's queue; the queue alone when offline."""

    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class LoadCourses:
    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class Submit:
    """Create the client reference, have the card prove the submission (a card login), store
    in the outbox, then try to send at once.

    Answers SubmissionStored or SubmissionStoreFailed, and after Stored, SubmissionSent or
    SubmissionQueued.
    """

    ticket: int
    request: SubmissionRequest


@dataclass(frozen=True)
class ReceiptContent:
    """What the printed receipt says: masked, so a receipt left behind gives nothing away."""

    kind: ClaimKind
    reference: str
    delivery: Delivery
    masked_name: str
    language: Language
    verification_code: str | None
    qr_text: str | None
    course_name: LocalizedText | None = None  # both languages: a Korean receipt prints both
    masked_id_number: str = ""  # 2224**********002X


@dataclass(frozen=True)
class Print:
    ticket: int
    receipt: ReceiptContent


class GuideDocument(StrEnum):
    CLAIM_GUIDE = "claim_guide"


@dataclass(frozen=True)
class PrintGuideSheet:
    ticket: int
    document: GuideDocument
    language: Language


@dataclass(frozen=True)
class CheckPrinter:
    """Ask the printer whether it could print now, without printing anything."""

    ticket: int


@dataclass(frozen=True)
class EndSession:
    """Drop every result still in flight, clear every screen and stop reading aloud."""


Effect = (
    ReadCard
    | VerifyPin
    | RequestOtp
    | VerifyOtp
    | LogInWithCard
    | LogInWithEcard
    | LookUp
    | LookUpByCard
    | LoadEligibility
    | LoadStatus
    | LoadStatusDesk
    | LoadCourses
    | DetailsEffect
    | Submit
    | Print
    | PrintGuideSheet
    | CheckPrinter
    | ReportChange
    | WithdrawClaim
    | PrintServiceReceipt
    | LoadRegistrationProof
    | PrintNotice
    | ComplaintEffect
    | AppointmentEffect
    | EndSession
)
