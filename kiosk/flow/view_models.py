"""What each screen must show: plain frozen values, masked wherever masked is enough.

Screens render these and emit intents; they decide nothing. Text is given as message keys
(kiosk.flow.messages.Msg), except the agency's own reason texts, already in the right language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.claimant import AccountKind, HomeRegion
from kiosk.domain.claims import ClaimKind, ClaimSituation, Delivery, StatusSource
from kiosk.domain.eligibility import SeparationReason
from kiosk.domain.money import Money
from kiosk.flow.appointment_views import AppointmentView
from kiosk.flow.change_views import (
    ChangeDoneView,
    ReportChangeView,
    WithdrawnView,
    WithdrawOffer,
    WithdrawView,
)
from kiosk.flow.complaint_views import ComplaintReceiptView, ComplaintView
from kiosk.flow.details_views import AccountChoiceView, DetailsView
from kiosk.flow.idle_views import Chrome as Chrome
from kiosk.flow.idle_views import IdleView as IdleView
from kiosk.flow.messages import Msg
from kiosk.flow.proof_views import DecisionSummary, DecisionView, RegistrationProofView
from kiosk.flow.states import ApplyStep, EndReason, LoadTask, PrintProgress, Service
from kiosk.flow.status_desk_views import StatusDeskView


class Action(StrEnum):
    """Buttons a screen may enable, besides the chrome's back / home / finish / preferences."""

    CONFIRM_LAST_PIN_TRY = "confirm_last_pin_try"
    ENTER_PIN = "enter_pin"
    ENTER_OTP = "enter_otp"
    RESEND_OTP = "resend_otp"
    CONFIRM_IDENTITY = "confirm_identity"
    NOT_ME = "not_me"
    APPLY = "apply"
    STATUS = "status"
    GUIDE = "guide"
    TRAINING = "training"
    MORE_SERVICES = "more_services"
    START_APPLICATION = "start_application"
    ENTER_MOBILE = "enter_mobile"
    USE_MOBILE_ON_FILE = "use_mobile_on_file"
    CONFIRM_PAYMENT_ACCOUNT = "confirm_payment_account"
    CHOOSE_PAYMENT_ACCOUNT = "choose_payment_account"
    ACCEPT_COMMITMENT = "accept_commitment"
    SUBMIT = "submit"
    PRINT_RECEIPT = "print_receipt"
    PRINT_GUIDE = "print_guide"
    CHOOSE_COURSE = "choose_course"
    RETRY = "retry"
    CONTINUE = "continue"
    CHOOSE_CHANGE_KIND = "choose_change_kind"
    CHOOSE_CHANGE_DATE = "choose_change_date"
    SEND_CHANGE = "send_change"
    WITHDRAW = "withdraw"
    CONFIRM_WITHDRAWAL = "confirm_withdrawal"
    DECISION_NOTICE = "decision_notice"  # read a refused claim's written decision
    PRINT_DECISION = "print_decision"
    PRINT_REGISTRATION_PROOF = "print_registration_proof"
    CHOOSE_APPOINTMENT = "choose_appointment"  # a purpose, day or time tile
    CONFIRM_APPOINTMENT = "confirm_appointment"
    CANCEL_APPOINTMENT = "cancel_appointment"  # "cancel" beside one of the claimant's bookings
    CONFIRM_CANCEL_APPOINTMENT = "confirm_cancel_appointment"
    NEW_COMPLAINT = "new_complaint"
    CHOOSE_COMPLAINT_CATEGORY = "choose_complaint_category"
    CHOOSE_READY_TEXT = "choose_ready_text"
    WRITE_OWN_TEXT = "write_own_text"
    ENTER_COMPLAINT_TEXT = "enter_complaint_text"
    SEND_COMPLAINT = "send_complaint"


@dataclass(frozen=True)
class BusyView:
    """Reading the card, sending a code, looking up, loading, saving: a calm progress screen."""

    message: Msg


@dataclass(frozen=True)
class PinView:
    message: Msg
    tries_left: int | None
    last_try_warning: bool  # the keypad stays disabled until the claimant confirms
    keypad_enabled: bool
    pin_length: int


@dataclass(frozen=True)
class OtpView:
    message: Msg
    masked_mobile: str
    tries_left: int | None
    keypad_enabled: bool
    code_length: int


@dataclass(frozen=True)
class ProblemView:
    """A login that cannot go on: why, and whether the card must be taken out."""

    message: Msg
    take_card: bool
    where: HomeRegion | None = None  # outside the service area: where the claimant must go
    wait_minutes: int | None = None  # too many tries from this kiosk: how long to wait


@dataclass(frozen=True)
class IdentityView:
    message: Msg
    masked_name: str
    masked_id_number: str
    from_card_only: bool


@dataclass(frozen=True)
class HomeView:
    message: Msg


@dataclass(frozen=True)
class MoreServicesView:
    message: Msg
    services: tuple[Service, ...]


@dataclass(frozen=True)
class SeparationView:
    employer_name: str
    ended_on: date
    reason: SeparationReason


@dataclass(frozen=True)
class ReasonView:
    code: str
    rule: str
    explanation: str
    what_to_do: str


@dataclass(frozen=True)
class EligibilityView:
    message: Msg
    separation: SeparationView | None
    contribution_months: int | None
    entitlement_months: int | None
    monthly_amount: Money | None
    estimated_total: Money | None
    reasons: tuple[ReasonView, ...]
    may_apply: bool
    open_claim: str | None = None  # reference of the claim already open, shown with its status
    # Not eligible by the record: "apply anyway" gets the agency's written, appealable decision.
    for_written_decision: bool = False


@dataclass(frozen=True)
class AccountView:
    kind: AccountKind
    bank_name: str
    masked_number: str | None


@dataclass(frozen=True)
class ApplyView:
    message: Msg
    kind: ClaimKind
    step: ApplyStep
    step_number: int
    step_count: int
    course_name: str | None
    masked_mobile_on_file: str | None
    # The number the review shows: in full when typed, so the claimant can catch a typo; the
    # masked number on file when they chose that one (then `mobile_is_on_file`).
    mobile_entered: str | None
    payment_account: AccountView | None
    commitment_version: str
    problem: Msg | None
    mobile_is_on_file: bool = False  # the claimant chose the number on file ("use this number")
    # Several accounts on file: the payment step lists them, `chosen_account` the one proposed
    # (the card's financial account) or tapped.
    accounts: tuple[AccountChoiceView, ...] = ()
    chosen_account: int | None = None


@dataclass(frozen=True)
class ResultView:
    message: Msg
    kind: ClaimKind
    delivery: Delivery
    reference: str
    course_name: str | None


@dataclass(frozen=True)
class ReceiptView:
    message: Msg
    result: ResultView
    progress: PrintProgress
    fault: Msg | None
    reassurance: Msg | None  # "your application is already safe", whenever printing failed
    qr_text: str | None  # shown on screen to photograph when the printer fails


@dataclass(frozen=True)
class TimelineView:
    on: date
    situation: ClaimSituation


@dataclass(frozen=True)
class PaymentView:
    month: date
    amount: Money
    returned: bool = False  # the bank gave it back: owed again, not paid


@dataclass(frozen=True)
class ClaimView:
    """One claim, every figure as the agency's ledger has it.

    `months_paid` counts the paid months listed in `payments` (returned ones are listed but not
    counted); `months_left` is what this claim may still pay, so for a running claim
    months_paid + months_left == months_granted. A stopped claim names the month it stopped
    from and why first (`stopped_from`, `stop_reason_code`); its `months_left` are only months
    before the stop, and `months_unused` the months it will never pay.
    """

    reference: str
    kind: ClaimKind
    situation: ClaimSituation
    you_do_next: Msg
    agency_does_next: Msg
    agency_acts_by: date | None
    timeline: tuple[TimelineView, ...]
    payments: tuple[PaymentView, ...]
    months_left: int | None
    stop_reason_code: str | None
    months_granted: int | None = None
    months_paid: int | None = None
    months_unused: int | None = None
    stopped_from: date | None = None  # first day of the month payment stopped from
    withdrawal: WithdrawOffer | None = None  # "withdraw" offered, or why not yet
    decision: DecisionSummary | None = None  # a refusal's written decision, in short


@dataclass(frozen=True)
class StatusView:
    message: Msg
    source: StatusSource | None
    may_be_out_of_date: bool
    claims: tuple[ClaimView, ...]
    desk: StatusDeskView | None = None  # complaints and appointments, below the claims


@dataclass(frozen=True)
class GuideView:
    message: Msg
    printing: PrintProgress | None
    fault: Msg | None


@dataclass(frozen=True)
class CourseView:
    course_id: str
    name: str
    provider: str
    starts_on: date
    ends_on: date
    subsidy: Money | None


@dataclass(frozen=True)
class CoursesView:
    message: Msg
    courses: tuple[CourseView, ...]


@dataclass(frozen=True)
class EndingView:
    message: Msg
    reason: EndReason
    take_card: bool  # then taking the card is the screen's main message
    kept: Msg | None = None  # after a timeout: the application that was kept, and where
    not_kept: Msg | None = None  # after a timeout: the unfinished application was not kept


ScreenView = (
    IdleView
    | BusyView
    | PinView
    | OtpView
    | ProblemView
    | IdentityView
    | HomeView
    | MoreServicesView
    | EligibilityView
    | ApplyView
    | ResultView
    | ReceiptView
    | StatusView
    | GuideView
    | CoursesView
    | ReportChangeView
    | ChangeDoneView
    | WithdrawView
    | WithdrawnView
    | DetailsView
    | DecisionView
    | RegistrationProofView
    | ComplaintView
    | ComplaintReceiptView
    | AppointmentView
    | EndingView
)


@dataclass(frozen=True)
class View:
    chrome: Chrome
    screen: ScreenView
    actions: frozenset[Action]
    loading: LoadTask | None = None
