"""Everything the flow reacts to: screen intents, device events, service results and the clock.

Service results carry the ticket of the effect that asked for them, so an answer that arrives
after the claimant moved on (or after the session ended) is recognised and ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.claimant import CardIdentity, Claimant, HomeRegion
from kiosk.domain.claims import ClaimRecord, StatusSource
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import (
    CardFault,
    CardProofFault,
    OtpFault,
    PrinterFault,
    ServiceFault,
    StorageFault,
)
from kiosk.domain.training import Course
from kiosk.flow.appointment_types import AppointmentIntent, AppointmentResult
from kiosk.flow.attract_events import CardInserted as CardInserted
from kiosk.flow.attract_events import CardRemoved as CardRemoved
from kiosk.flow.attract_events import ChooseGuide as ChooseGuide
from kiosk.flow.attract_events import ContinueSession as ContinueSession
from kiosk.flow.attract_events import Finish as Finish
from kiosk.flow.attract_events import GoBack as GoBack
from kiosk.flow.attract_events import GoHome as GoHome
from kiosk.flow.attract_events import IdCardRead as IdCardRead
from kiosk.flow.attract_events import Touched as Touched
from kiosk.flow.change_events import ChangeIntent, ChangeResult
from kiosk.flow.complaint_types import ComplaintIntent, ComplaintResult
from kiosk.flow.details_types import DetailsResult, SelectPaymentAccount
from kiosk.flow.ecard_events import BarcodeScanned, EcardLoginFailed, EcardLoginGranted
from kiosk.flow.preference_events import ChangeLanguage as ChangeLanguage
from kiosk.flow.preference_events import LeaveElderlyMode as LeaveElderlyMode
from kiosk.flow.preference_events import SetLargerText as SetLargerText
from kiosk.flow.preference_events import SetReadAloud as SetReadAloud
from kiosk.flow.preference_events import ToggleLargerText as ToggleLargerText
from kiosk.flow.preference_events import ToggleReadAloud as ToggleReadAloud
from kiosk.flow.proof_events import ProofIntent, ProofResult
from kiosk.flow.states import Service
from kiosk.flow.status_desk_types import StatusDeskLoaded

# --- intents from screens -------------------------------------------------------------------


@dataclass(frozen=True)
class PinEntered:
    pin: str = field(repr=False)


@dataclass(frozen=True)
class ConfirmLastPinTry:
    """The claimant read that a wrong PIN now blocks the card, and wants to try anyway."""


@dataclass(frozen=True)
class OtpEntered:
    code: str = field(repr=False)


@dataclass(frozen=True)
class ResendOtp:
    pass


@dataclass(frozen=True)
class ConfirmIdentity:
    pass


@dataclass(frozen=True)
class RejectIdentity:
    """ "This is not me": end at once, showing nothing more."""


@dataclass(frozen=True)
class ChooseApply:
    pass


@dataclass(frozen=True)
class ChooseStatus:
    pass


@dataclass(frozen=True)
class ChooseTraining:
    pass


@dataclass(frozen=True)
class ChooseMoreServices:
    pass


@dataclass(frozen=True)
class ChooseService:
    service: Service


@dataclass(frozen=True)
class StartApplication:
    pass


@dataclass(frozen=True)
class MobileEntered:
    number: str = field(repr=False)


@dataclass(frozen=True)
class UseMobileOnFile:
    pass


@dataclass(frozen=True)
class ConfirmPaymentAccount:
    pass


@dataclass(frozen=True)
class AcceptCommitment:
    pass


@dataclass(frozen=True)
class SubmitApplication:
    pass


@dataclass(frozen=True)
class PrintReceipt:
    pass


@dataclass(frozen=True)
class PrintGuide:
    pass


@dataclass(frozen=True)
class ChooseCourse:
    course_id: str


@dataclass(frozen=True)
class Retry:
    """Try the failed load again (eligibility, status, courses)."""


Intent = (
    PinEntered
    | ConfirmLastPinTry
    | OtpEntered
    | ResendOtp
    | ConfirmIdentity
    | RejectIdentity
    | ChooseApply
    | ChooseStatus
    | ChooseGuide
    | ChooseTraining
    | ChooseMoreServices
    | ChooseService
    | StartApplication
    | MobileEntered
    | UseMobileOnFile
    | ConfirmPaymentAccount
    | SelectPaymentAccount
    | AcceptCommitment
    | SubmitApplication
    | PrintReceipt
    | PrintGuide
    | ChooseCourse
    | Retry
    | GoBack
    | GoHome
    | Finish
    | ContinueSession
    | Touched
    | ChangeLanguage
    | ToggleLargerText
    | ToggleReadAloud
    | SetLargerText
    | SetReadAloud
    | LeaveElderlyMode
    | ChangeIntent  # report a change, withdraw (kiosk/flow/change_events.py)
    | ComplaintIntent  # a complaint or suggestion (kiosk/flow/complaint_types.py)
    | AppointmentIntent  # a counter appointment (kiosk/flow/appointment_types.py)
    | ProofIntent  # written decision, registration proof (kiosk/flow/proof_events.py)
)

# --- devices ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectivityChanged:
    """The sync engine's latest view of the network, for the calm offline banner."""

    online: bool


DeviceEvent = CardInserted | CardRemoved | IdCardRead | BarcodeScanned | ConnectivityChanged

# --- results of effects -------------------------------------------------------------------


@dataclass(frozen=True)
class CardRead:
    ticket: int
    identity: CardIdentity
    pin_tries_left: int | None


@dataclass(frozen=True)
class CardReadFailed:
    ticket: int
    fault: CardFault


@dataclass(frozen=True)
class PinAccepted:
    ticket: int


@dataclass(frozen=True)
class PinRejected:
    ticket: int
    tries_left: int


@dataclass(frozen=True)
class PinBlocked:
    ticket: int


@dataclass(frozen=True)
class PinCheckFailed:
    ticket: int
    fault: CardFault


@dataclass(frozen=True)
class OtpSent:
    ticket: int
    masked_mobile: str


@dataclass(frozen=True)
class OtpRequestFailed:
    ticket: int
    fault: OtpFault
    wait_s: int | None = None  # the agency's limit for this kiosk: how long until it lifts


@dataclass(frozen=True)
class OtpAccepted:
    ticket: int
    login_token: str = field(repr=False)


@dataclass(frozen=True)
class OtpRejected:
    ticket: int
    tries_left: int


@dataclass(frozen=True)
class OtpCheckFailed:
    """The agency could not check the code (unreachable or refused)."""

    ticket: int
    fault: ServiceFault


@dataclass(frozen=True)
class OtpVoided:
    """Too many wrong codes or the code expired: a new one must be requested."""

    ticket: int


@dataclass(frozen=True)
class CardLoginGranted:
    """The agency checked the card's answer to its challenge and gave a login token."""

    ticket: int
    token: str = field(repr=False)


@dataclass(frozen=True)
class CardLoginFailed:
    """No token: the agency was unreachable (the session goes on offline), refused the card's
    proof, or the card itself did not answer. `home_region` names where a claimant insured
    elsewhere must go (outside_service_area), when the agency said."""

    ticket: int
    fault: ServiceFault | CardProofFault | CardFault
    home_region: HomeRegion | None = None


@dataclass(frozen=True)
class ClaimantFound:
    ticket: int
    claimant: Claimant


@dataclass(frozen=True)
class ClaimantNotFound:
    ticket: int


@dataclass(frozen=True)
class LookUpFailed:
    ticket: int
    fault: ServiceFault
    wait_s: int | None = None  # the agency's limit for this kiosk: how long until it lifts


@dataclass(frozen=True)
class EligibilityLoaded:
    ticket: int
    eligibility: Eligibility


@dataclass(frozen=True)
class EligibilityUnavailable:
    ticket: int
    fault: ServiceFault


@dataclass(frozen=True)
class SubmissionStored:
    """The outbox committed it to disk: from here on it cannot be lost."""

    ticket: int
    reference: str


@dataclass(frozen=True)
class SubmissionStoreFailed:
    ticket: int
    fault: StorageFault


@dataclass(frozen=True)
class SubmissionSent:
    """The agency acknowledged the stored submission."""

    ticket: int
    reference: str
    verification_code: str | None = None


@dataclass(frozen=True)
class SubmissionQueued:
    """The agency could not be reached now; the sync engine delivers it later."""

    ticket: int
    reference: str


@dataclass(frozen=True)
class StatusLoaded:
    ticket: int
    claims: tuple[ClaimRecord, ...]
    source: StatusSource


@dataclass(frozen=True)
class StatusUnavailable:
    ticket: int
    fault: ServiceFault


@dataclass(frozen=True)
class CoursesLoaded:
    ticket: int
    courses: tuple[Course, ...]


@dataclass(frozen=True)
class CoursesUnavailable:
    ticket: int
    fault: ServiceFault


@dataclass(frozen=True)
class PrintFinished:
    ticket: int


@dataclass(frozen=True)
class PrintFailed:
    ticket: int
    fault: PrinterFault


@dataclass(frozen=True)
class PrinterChecked:
    """The printer's answer to CheckPrinter: no fault means it is ready to print."""

    ticket: int
    fault: PrinterFault | None


ServiceResult = (
    CardRead
    | CardReadFailed
    | PinAccepted
    | PinRejected
    | PinBlocked
    | PinCheckFailed
    | OtpSent
    | OtpRequestFailed
    | OtpAccepted
    | OtpRejected
    | OtpCheckFailed
    | OtpVoided
    | CardLoginGranted
    | CardLoginFailed
    | EcardLoginGranted
    | EcardLoginFailed
    | ClaimantFound
    | ClaimantNotFound
    | LookUpFailed
    | EligibilityLoaded
    | EligibilityUnavailable
    | SubmissionStored
    | SubmissionStoreFailed
    | SubmissionSent
    | SubmissionQueued
    | StatusLoaded
    | StatusUnavailable
    | StatusDeskLoaded
    | CoursesLoaded
    | CoursesUnavailable
    | DetailsResult
    | PrintFinished
    | PrintFailed
    | PrinterChecked
    | ChangeResult
    | ProofResult
    | ComplaintResult
    | AppointmentResult
)

# --- clock --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    """Sent by the composition root about once a second, always; it drives every timer."""


Event = Intent | DeviceEvent | ServiceResult | Tick
