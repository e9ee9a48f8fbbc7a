"""The session's immutable state: which screen is up, what it holds, and the cross-cutting parts.

Personal data lives only in `Session.personal` and in the screens after identity is confirmed;
ending a session builds a new Session that shares none of it (see ending.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from kiosk.domain.changes import (
    ChangeDateProblem,
    ChangeFault,
    ChangeKind,
    ChangeRecord,
    Withdrawal,
    WithdrawFault,
)
from kiosk.domain.claimant import (
    CardIdentity,
    Claimant,
    HomeRegion,
    IdCardIdentity,
    LoginMethod,
    LoginProof,
)
from kiosk.domain.claims import ClaimKind, ClaimRecord, Delivery, MobileChoice, StatusSource
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import PrinterFault, ServiceFault, StorageFault
from kiosk.domain.identity import MobileProblem
from kiosk.domain.language import Language, LocalizedText
from kiosk.domain.training import Course
from kiosk.flow.appointment_types import AppointmentScreen
from kiosk.flow.complaint_types import ComplaintReceipt, FilingComplaint
from kiosk.flow.details_types import AccountChoice, DetailsScreen
from kiosk.flow.proof_states import ShowingDecision as ShowingDecision
from kiosk.flow.proof_states import ShowingRegistrationProof as ShowingRegistrationProof
from kiosk.flow.status_desk_types import StatusDesk


@dataclass(frozen=True)
class Display:
    """How the screens look and sound; reset to defaults when a session ends."""

    language: Language
    larger_text: bool = False
    elderly_mode: bool = False
    read_aloud: bool = False
    elderly_decided: bool = False  # the birth-date default is applied once, then left alone


class Connectivity(StrEnum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass(frozen=True)
class Countdown:
    ends_at: float
    seconds_left: int


@dataclass(frozen=True)
class Personal:
    """Everything known about the person at the kiosk in this session."""

    method: LoginMethod
    card: CardIdentity | None = None
    id_card: IdCardIdentity | None = None
    login: LoginProof | None = None
    claimant: Claimant | None = None
    eligibility: Eligibility | None = None
    # The last application of this visit that reached the outbox, and how: the goodbye after a
    # timeout says it was kept, and that an unfinished one was not.
    submitted: Delivery | None = None


# --- screens --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Idle:
    pass


@dataclass(frozen=True)
class ReadingCard:
    pass


@dataclass(frozen=True)
class RequestingOtp:
    pass


class PinProblem(StrEnum):
    WRONG = "pin.wrong"
    INCOMPLETE = "pin.incomplete"


@dataclass(frozen=True)
class EnteringPin:
    tries_left: int | None
    last_try_confirmed: bool = False
    problem: PinProblem | None = None
    checking: bool = False

    @property
    def needs_last_try_confirmation(self) -> bool:
        return self.tries_left == 1 and not self.last_try_confirmed


@dataclass(frozen=True)
class CardBlocked:
    pass


class OtpProblem(StrEnum):
    WRONG = "otp.wrong"
    INCOMPLETE = "otp.incomplete"
    VOIDED = "otp.voided"


@dataclass(frozen=True)
class EnteringOtp:
    masked_mobile: str
    tries_left: int | None = None
    problem: OtpProblem | None = None
    checking: bool = False


class LoginProblemKind(StrEnum):
    CARD_UNREADABLE = "login.card_unreadable"
    NOT_A_SOCIAL_SECURITY_CARD = "login.not_a_social_security_card"
    READER_FAULT = "login.reader_fault"
    NO_RECORD = "login.no_record"
    ID_LOGIN_NEEDS_NETWORK = "login.id_login_needs_network"
    NO_MOBILE_ON_FILE = "login.no_mobile_on_file"
    TOO_MANY_CODES = "login.too_many_codes"
    TOO_MANY_TRIES = "login.too_many_tries"  # this kiosk hit the agency's limit: wait N minutes
    REFUSED = "login.refused"
    CARD_EXPIRED = "login.card_expired"
    ID_CARD_EXPIRED = "login.id_card_expired"  # refused at the reader, before any agency call
    PIN_LOCKED = "login.pin_locked"  # locked before this visit: the card said so when read
    CARD_NEEDS_NETWORK = "login.card_needs_network"  # 3rd generation: only the agency knows whose
    CARD_NOT_GENUINE = "login.card_not_genuine"  # wrong answer to the challenge: a cloned card
    OUTSIDE_SERVICE_AREA = "login.outside_service_area"  # insured in another prefecture
    ECARD_REPLAYED = "login.ecard_replayed"  # the code was used once already
    ECARD_EXPIRED = "login.ecard_expired"  # a screenshot, or a code left open too long
    NOT_AN_ECARD_CODE = "login.not_an_ecard_code"  # another barcode, or a code not genuine
    ECARD_NEEDS_NETWORK = "login.ecard_needs_network"  # only the agency can check the code


@dataclass(frozen=True)
class LoginProblem:
    problem: LoginProblemKind
    where: HomeRegion | None = None  # outside the service area: where the claimant is insured
    wait_minutes: int | None = None  # TOO_MANY_TRIES: when the agency takes tries again


@dataclass(frozen=True)
class LookingUp:
    pass


@dataclass(frozen=True)
class ConfirmingIdentity:
    pass


@dataclass(frozen=True)
class Home:
    pass


class Service(StrEnum):
    """What the "other services" menu offers besides applying, status, guide and training: the
    claimant's own business with the agency after (or apart from) an application. The menu shows
    those with a starter in kiosk/flow/more_services.py, in this order."""

    REPORT_CHANGE = "report_change"
    UPDATE_MOBILE = "update_mobile"
    PAYMENT_ACCOUNT = "payment_account"
    REGISTRATION_PROOF = "registration_proof"
    APPOINTMENT = "appointment"
    COMPLAINT = "complaint"


@dataclass(frozen=True)
class ChoosingService:
    pass


class LoadTask(StrEnum):
    ELIGIBILITY = "eligibility"
    STATUS = "status"
    COURSES = "courses"
    REGISTRATION_PROOF = "registration_proof"


@dataclass(frozen=True)
class Loading:
    task: LoadTask


@dataclass(frozen=True)
class ShowingEligibility:
    eligibility: Eligibility | None
    unavailable: ServiceFault | None = None

    @property
    def may_apply(self) -> bool:
        """Offline, the claimant may still apply: the agency checks when the claim arrives.
        Not eligible by the record, they may apply too, for a written decision they can appeal
        (issue 13 §3). With a claim already open there is nothing to apply for: one open claim
        per person."""
        if self.eligibility is not None:
            return self.eligibility.open_claim is None
        return self.unavailable is ServiceFault.UNREACHABLE

    @property
    def for_written_decision(self) -> bool:
        """Applying although the record says no: the agency still decides, in writing."""
        found = self.eligibility
        return found is not None and not found.eligible and found.open_claim is None


class ApplyStep(StrEnum):
    MOBILE = "mobile"
    PAYMENT_ACCOUNT = "payment_account"
    COMMITMENT = "commitment"
    REVIEW = "review"


@dataclass(frozen=True)
class Draft:
    kind: ClaimKind
    course: Course | None = None
    mobile: MobileChoice | None = None  # typed, or MOBILE_ON_FILE
    payment_confirmed: bool = False
    commitment_accepted: bool = False

    @property
    def complete(self) -> bool:
        return self.mobile is not None and self.payment_confirmed and self.commitment_accepted


@dataclass(frozen=True)
class Applying:
    draft: Draft
    step: ApplyStep
    problem: MobileProblem | StorageFault | None = None
    # Several accounts on file: the payment step's choice (kiosk/flow/payment_account.py).
    accounts: AccountChoice | None = None


@dataclass(frozen=True)
class Submitting:
    draft: Draft
    stored_reference: str | None = None
    stored_at: float | None = None


@dataclass(frozen=True)
class SubmissionResult:
    kind: ClaimKind
    reference: str
    delivery: Delivery
    verification_code: str | None = None
    course_name: LocalizedText | None = None


@dataclass(frozen=True)
class ShowingResult:
    result: SubmissionResult


class PrintProgress(StrEnum):
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"


# Faults only staff can clear: printing again cannot work until the printer says it is ready.
STAFF_PRINTER_FAULTS = frozenset({PrinterFault.PAPER_OUT, PrinterFault.COVER_OPEN})


@dataclass(frozen=True)
class PrinterWait:
    """Paper out or cover open: the printer is asked every few seconds (CheckPrinter) and
    printing is offered again only once it reports ready."""

    fault: PrinterFault
    checked_at: float  # when it was last asked (or failed), on the flow's clock


@dataclass(frozen=True)
class PrintingReceipt:
    result: SubmissionResult
    progress: PrintProgress
    fault: PrinterFault | None = None
    waiting: PrinterWait | None = None
    ready_again: bool = False  # the printer reported ready after a fault staff had to clear


@dataclass(frozen=True)
class ShowingStatus:
    claims: tuple[ClaimRecord, ...]
    source: StatusSource | None
    unavailable: ServiceFault | None = None
    desk: StatusDesk | None = None  # complaints and appointments (status_desk.py); None: not asked


@dataclass(frozen=True)
class ShowingGuide:
    """Signed in (from home), or an anonymous visit from the attract screen: `Session.personal`
    is None then, and the visit ends straight back at the attract screen."""

    printing: PrintProgress | None = None
    fault: PrinterFault | None = None
    waiting: PrinterWait | None = None
    ready_again: bool = False


@dataclass(frozen=True)
class ChoosingCourse:
    courses: tuple[Course, ...]
    unavailable: ServiceFault | None = None


# --- report a change, withdraw an application (kiosk/flow/report_change.py, withdraw.py) ----


class ChangeStep(StrEnum):
    CHECKING = "checking"  # finding the claim a change would act on
    CANNOT = "cannot"  # no claim to change, or no network: said before anything is asked
    KIND = "kind"
    DATE = "date"
    REVIEW = "review"
    SENDING = "sending"


@dataclass(frozen=True)
class ChangeDraft:
    claim: ClaimRecord  # the claim the agency will apply the change to
    floor: date | None  # the earliest date the kiosk takes: the day the claim began
    today: date  # the kiosk's date when the report began: the latest date it takes
    kind: ChangeKind | None = None
    on: date | None = None
    client_reference: str | None = None  # kept after a failed try, dropped when the draft changes


@dataclass(frozen=True)
class ReportingChange:
    step: ChangeStep
    draft: ChangeDraft | None = None
    problem: ChangeFault | ChangeDateProblem | None = None


@dataclass(frozen=True)
class ChangeDone:
    record: ChangeRecord
    printing: PrintProgress | None = None
    fault: PrinterFault | None = None
    waiting: PrinterWait | None = None
    ready_again: bool = False


@dataclass(frozen=True)
class Withdrawing:
    claim: ClaimRecord
    sending: bool = False
    problem: WithdrawFault | None = None


@dataclass(frozen=True)
class WithdrawalDone:
    withdrawal: Withdrawal
    printing: PrintProgress | None = None
    fault: PrinterFault | None = None
    waiting: PrinterWait | None = None
    ready_again: bool = False


class EndReason(StrEnum):
    FINISHED = "finished"
    CARD_REMOVED = "card_removed"
    TIMED_OUT = "timed_out"
    NOT_ME = "not_me"


@dataclass(frozen=True)
class Ending:
    reason: EndReason
    until: float
    # What the goodbye may say was kept, and whether an application was left unfinished: facts
    # about the visit, not about the person, so they may outlive it for these few seconds.
    kept: Delivery | None = None
    unfinished: bool = False


Screen = (
    Idle
    | ReadingCard
    | RequestingOtp
    | EnteringPin
    | CardBlocked
    | EnteringOtp
    | LoginProblem
    | LookingUp
    | ConfirmingIdentity
    | Home
    | ChoosingService
    | Loading
    | ShowingEligibility
    | Applying
    | Submitting
    | ShowingResult
    | PrintingReceipt
    | ShowingStatus
    | ShowingGuide
    | ChoosingCourse
    | ReportingChange
    | ChangeDone
    | Withdrawing
    | WithdrawalDone
    | DetailsScreen
    | FilingComplaint
    | ComplaintReceipt
    | AppointmentScreen
    | ShowingDecision
    | ShowingRegistrationProof
    | Ending
)

LOGIN_SCREENS = (
    ReadingCard,
    RequestingOtp,
    EnteringPin,
    CardBlocked,
    EnteringOtp,
    LoginProblem,
    LookingUp,
    ConfirmingIdentity,
)


@dataclass(frozen=True)
class Session:
    screen: Screen
    display: Display
    personal: Personal | None = None
    awaiting: int | None = None  # ticket of the one result the flow is waiting for
    next_ticket: int = 1  # never reset, so a ticket from an ended session can never match
    last_activity: float = 0.0
    countdown: Countdown | None = None
    connectivity: Connectivity = Connectivity.UNKNOWN
    card_present: bool = field(default=False)

    @property
    def in_session(self) -> bool:
        return not isinstance(self.screen, Idle | Ending)

    @property
    def anonymous(self) -> bool:
        """Reading the guide from the attract screen without signing in."""
        return self.in_session and self.personal is None

    def issue_ticket(self) -> tuple[int, Session]:
        """A ticket for a new request; any older request's answer is now stale."""
        ticket = self.next_ticket
        return ticket, replace(self, awaiting=ticket, next_ticket=ticket + 1)

    def showing(self, screen: Screen) -> Session:
        return replace(self, screen=screen)

    def settled(self, screen: Screen) -> Session:
        """Show a screen and stop waiting for any result."""
        return replace(self, screen=screen, awaiting=None)
