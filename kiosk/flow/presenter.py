"""present(session) -> View: what the screens show for a state, and which buttons work.

A pure function of the state, so a screen never needs the state itself, and a view built from
any state can be checked in a test without Qt.
"""

from __future__ import annotations

from typing import assert_never

from contract.masking import mask_id_number, mask_name
from kiosk.domain.claims import Delivery
from kiosk.flow import (
    appointments,
    claim_views,
    complaint,
    decision_notice,
    more_services,
    registration_proof,
    report_change,
    withdraw,
)
from kiosk.flow.appointment_types import (
    AppointmentCancelled,
    AppointmentMade,
    AppointmentsUnavailable,
    ChoosingDay,
    ChoosingPurpose,
    ChoosingSlot,
    ConfirmingAppointment,
    ConfirmingCancel,
    LoadingAppointments,
)
from kiosk.flow.complaint_types import ComplaintReceipt, FilingComplaint
from kiosk.flow.details import present_details
from kiosk.flow.details_types import (
    AccountChosen,
    ChoosingAccount,
    EnteringMobileCode,
    EnteringNewMobile,
    LoadingAccounts,
    MobileUpdated,
    SendingMobileCode,
)
from kiosk.flow.messages import Msg
from kiosk.flow.navigation import can_go_back, can_go_home
from kiosk.flow.payment_account import apply_step_actions
from kiosk.flow.settings import FlowSettings
from kiosk.flow.states import (
    Applying,
    ApplyStep,
    CardBlocked,
    ChangeDone,
    ChoosingCourse,
    ChoosingService,
    ConfirmingIdentity,
    Connectivity,
    Ending,
    EndReason,
    EnteringOtp,
    EnteringPin,
    Home,
    Idle,
    Loading,
    LoadTask,
    LoginProblem,
    LookingUp,
    OtpProblem,
    PinProblem,
    PrintingReceipt,
    PrintProgress,
    ReadingCard,
    ReportingChange,
    RequestingOtp,
    Session,
    ShowingDecision,
    ShowingEligibility,
    ShowingGuide,
    ShowingRegistrationProof,
    ShowingResult,
    ShowingStatus,
    Submitting,
    WithdrawalDone,
    Withdrawing,
)
from kiosk.flow.view_models import (
    Action,
    BusyView,
    Chrome,
    EndingView,
    GuideView,
    HomeView,
    IdentityView,
    IdleView,
    MoreServicesView,
    OtpView,
    PinView,
    ProblemView,
    ScreenView,
    View,
)

_LOADING = {
    LoadTask.ELIGIBILITY: Msg.LOADING_ELIGIBILITY,
    LoadTask.STATUS: Msg.LOADING_STATUS,
    LoadTask.COURSES: Msg.LOADING_COURSES,
    LoadTask.REGISTRATION_PROOF: Msg.LOADING_REGISTRATION_PROOF,
}
_KEPT = {
    Delivery.RECEIVED_ONLINE: Msg.ENDING_KEPT_RECEIVED,
    Delivery.STORED_ON_KIOSK: Msg.ENDING_KEPT_ON_KIOSK,
}
_ENDINGS = {
    EndReason.FINISHED: Msg.ENDING_FINISHED,
    EndReason.CARD_REMOVED: Msg.ENDING_CARD_REMOVED,
    EndReason.TIMED_OUT: Msg.ENDING_TIMED_OUT,
    EndReason.NOT_ME: Msg.ENDING_NOT_ME,
}


def present(session: Session, settings: FlowSettings) -> View:
    screen, actions = _screen(session, settings)
    if session.countdown is not None:
        actions = actions | {Action.CONTINUE}
    loading = session.screen.task if isinstance(session.screen, Loading) else None
    return View(chrome=_chrome(session), screen=screen, actions=actions, loading=loading)


def _chrome(session: Session) -> Chrome:
    display = session.display
    return Chrome(
        language=display.language,
        larger_text=display.larger_text,
        elderly_mode=display.elderly_mode,
        read_aloud=display.read_aloud,
        can_go_back=can_go_back(session),
        can_go_home=can_go_home(session),
        can_finish=session.in_session,
        offline_banner=(
            Msg.OFFLINE_BANNER if session.connectivity is Connectivity.OFFLINE else None
        ),
        countdown_seconds=session.countdown.seconds_left if session.countdown else None,
    )


def _screen(session: Session, settings: FlowSettings) -> tuple[ScreenView, frozenset[Action]]:
    # A closed match over every screen: one added to states.Screen and shown nowhere is a type
    # error (assert_never), never an attract screen in the middle of a claimant's session.
    screen = session.screen
    none: frozenset[Action] = frozenset()
    match screen:
        case Idle():
            idle = IdleView(
                Msg.IDLE_WELCOME, take_card=session.card_present, ecard=settings.ecard_scanner
            )
            return idle, none
        case Ending():
            return _ending(screen, session.card_present), none
        case ReadingCard():
            return BusyView(Msg.READING_CARD), none
        case RequestingOtp():
            return BusyView(Msg.SENDING_CODE), none
        case LookingUp():
            return BusyView(Msg.LOOKING_UP), none
        case Loading():
            return BusyView(_LOADING[screen.task]), none
        case Submitting():
            if screen.stored_reference is None:
                return BusyView(Msg.SAVING), none
            # Under the "network is down" banner, "sending" would not be believed.
            offline = session.connectivity is Connectivity.OFFLINE
            return BusyView(Msg.SAVED_NETWORK_DOWN if offline else Msg.SENDING), none
        case EnteringPin():
            return _pin(screen, settings)
        case CardBlocked():
            return ProblemView(Msg.PIN_CARD_BLOCKED, take_card=session.card_present), none
        case EnteringOtp():
            return _otp(screen, settings)
        case LoginProblem():
            message = Msg(screen.problem.value)
            return (
                ProblemView(
                    message,
                    take_card=session.card_present,
                    where=screen.where,
                    wait_minutes=screen.wait_minutes,
                ),
                none,
            )
        case ReportingChange() | ChangeDone():
            return report_change.present(screen)
        case Withdrawing() | WithdrawalDone():
            return withdraw.present(screen)
        case (
            EnteringNewMobile()
            | SendingMobileCode()
            | EnteringMobileCode()
            | MobileUpdated()
            | LoadingAccounts()
            | ChoosingAccount()
            | AccountChosen()
        ):
            return present_details(session, screen, settings)
        case ShowingDecision():
            return decision_notice.present(screen, session.display.language)
        case ShowingRegistrationProof():
            return registration_proof.present(screen, session.display.language)
        case FilingComplaint() | ComplaintReceipt():
            return complaint.present(session, screen)
        case (
            LoadingAppointments()
            | AppointmentsUnavailable()
            | ChoosingPurpose()
            | ChoosingDay()
            | ChoosingSlot()
            | ConfirmingAppointment()
            | AppointmentMade()
            | ConfirmingCancel()
            | AppointmentCancelled()
        ):
            return appointments.present(screen)
        case ShowingGuide() if session.personal is None:
            return _guide(screen)  # the guide from the attract screen, nobody signed in
        case (
            ConfirmingIdentity()
            | Home()
            | ChoosingService()
            | ShowingEligibility()
            | Applying()
            | ShowingResult()
            | PrintingReceipt()
            | ShowingStatus()
            | ShowingGuide()
            | ChoosingCourse()
        ):
            return _signed_in_screen(session, screen, settings)
        case _:
            assert_never(screen)


SignedIn = (
    ConfirmingIdentity
    | Home
    | ChoosingService
    | ShowingEligibility
    | Applying
    | ShowingResult
    | PrintingReceipt
    | ShowingStatus
    | ShowingGuide
    | ChoosingCourse
)


def _signed_in_screen(
    session: Session, screen: SignedIn, settings: FlowSettings
) -> tuple[ScreenView, frozenset[Action]]:
    personal = session.personal
    claimant = personal.claimant if personal else None
    if claimant is None:  # unreachable by construction; show the attract screen, never a crash
        return IdleView(Msg.IDLE_WELCOME, take_card=session.card_present), frozenset()
    language = session.display.language
    match screen:
        case ConfirmingIdentity():
            identity = IdentityView(
                message=Msg.IDENTITY_FROM_CARD_ONLY
                if claimant.from_card_only
                else Msg.IDENTITY_CONFIRM,
                masked_name=mask_name(claimant.name),
                masked_id_number=mask_id_number(claimant.ssn.value),
                from_card_only=claimant.from_card_only,
            )
            return identity, frozenset({Action.CONFIRM_IDENTITY, Action.NOT_ME})
        case Home():
            menu = {Action.APPLY, Action.STATUS, Action.GUIDE, Action.TRAINING}
            if more_services.offered():
                menu.add(Action.MORE_SERVICES)
            return HomeView(Msg.HOME), frozenset(menu)
        case ChoosingService():
            offered = more_services.offered()
            return MoreServicesView(Msg.MORE_SERVICES, offered), frozenset()
        case ShowingEligibility():
            actions = {Action.START_APPLICATION} if screen.may_apply else set()
            if screen.eligibility is not None and screen.eligibility.open_claim is not None:
                actions.add(Action.STATUS)  # "you already applied": straight to where it stands
            if screen.unavailable is not None:
                actions.add(Action.RETRY)
            return claim_views.eligibility_view(screen, language), frozenset(actions)
        case Applying():
            return claim_views.apply_view(screen, claimant, settings, language), _apply_actions(
                screen, claimant.has_mobile_on_file, claimant.payment_account is not None
            )
        case ShowingResult():
            view = claim_views.result_view(screen.result, language)
            return view, frozenset({Action.PRINT_RECEIPT})
        case PrintingReceipt():
            # Paper out or cover open: no "print again" until the printer says it is ready.
            retry = screen.progress is not PrintProgress.PRINTING and screen.waiting is None
            again = frozenset({Action.PRINT_RECEIPT}) if retry else frozenset()
            return claim_views.receipt_view(screen, settings, language), again
        case ShowingStatus():
            retry_status = frozenset({Action.RETRY}) if screen.unavailable else frozenset()
            retry_status |= withdraw.status_actions(screen)
            retry_status |= decision_notice.status_actions(screen)
            return claim_views.status_view(screen), retry_status
        case ShowingGuide():
            return _guide(screen)
        case ChoosingCourse():
            courses = {Action.CHOOSE_COURSE} if screen.courses else set()
            if screen.unavailable is not None:
                courses.add(Action.RETRY)
            return claim_views.courses_view(screen, language), frozenset(courses)
        case _:
            assert_never(screen)


def _pin(screen: EnteringPin, settings: FlowSettings) -> tuple[ScreenView, frozenset[Action]]:
    if screen.needs_last_try_confirmation:
        message = Msg.PIN_LAST_TRY_WARNING
    elif screen.checking:
        message = Msg.PIN_CHECKING
    elif screen.problem is PinProblem.WRONG:
        message = Msg.PIN_WRONG_TRIES_LEFT
    elif screen.problem is PinProblem.INCOMPLETE:
        message = Msg.PIN_INCOMPLETE
    else:
        message = Msg.PIN_ENTER
    keypad = not screen.checking and not screen.needs_last_try_confirmation
    view = PinView(
        message=message,
        tries_left=screen.tries_left,
        last_try_warning=screen.needs_last_try_confirmation,
        keypad_enabled=keypad,
        pin_length=settings.pin_length,
    )
    if screen.needs_last_try_confirmation:
        return view, frozenset({Action.CONFIRM_LAST_PIN_TRY})
    return view, frozenset({Action.ENTER_PIN}) if keypad else frozenset()


def _otp(screen: EnteringOtp, settings: FlowSettings) -> tuple[ScreenView, frozenset[Action]]:
    messages = {
        None: Msg.OTP_ENTER,
        OtpProblem.WRONG: Msg.OTP_WRONG,
        OtpProblem.INCOMPLETE: Msg.OTP_INCOMPLETE,
        OtpProblem.VOIDED: Msg.OTP_VOIDED,
    }
    keypad = not screen.checking and screen.problem is not OtpProblem.VOIDED
    view = OtpView(
        message=Msg.OTP_CHECKING if screen.checking else messages[screen.problem],
        masked_mobile=screen.masked_mobile,
        tries_left=screen.tries_left,
        keypad_enabled=keypad,
        code_length=settings.otp_length,
    )
    if screen.checking:
        return view, frozenset()
    actions = {Action.RESEND_OTP}
    if keypad:
        actions.add(Action.ENTER_OTP)
    return view, frozenset(actions)


def _apply_actions(screen: Applying, has_mobile: bool, has_account: bool) -> frozenset[Action]:
    choosing = apply_step_actions(screen)  # several accounts on file: choose among them
    if choosing is not None:
        return choosing
    if screen.step is ApplyStep.MOBILE:
        return frozenset(
            {Action.ENTER_MOBILE} | ({Action.USE_MOBILE_ON_FILE} if has_mobile else set())
        )
    if screen.step is ApplyStep.PAYMENT_ACCOUNT:
        return frozenset({Action.CONFIRM_PAYMENT_ACCOUNT}) if has_account else frozenset()
    if screen.step is ApplyStep.COMMITMENT:
        return frozenset({Action.ACCEPT_COMMITMENT})
    return frozenset({Action.SUBMIT}) if screen.draft.complete else frozenset()


def _guide(screen: ShowingGuide) -> tuple[ScreenView, frozenset[Action]]:
    failed = screen.printing is PrintProgress.FAILED
    message = {
        None: Msg.GUIDE,
        PrintProgress.PRINTING: Msg.GUIDE_PRINTING,
        PrintProgress.PRINTED: Msg.GUIDE_PRINTED,
        PrintProgress.FAILED: Msg.GUIDE,
    }[screen.printing]
    fault = claim_views.PRINTER_MESSAGES[screen.fault] if failed and screen.fault else None
    if failed and screen.ready_again:
        fault = Msg.PRINTER_READY_AGAIN
    busy = screen.printing is PrintProgress.PRINTING or screen.waiting is not None
    actions = frozenset() if busy else frozenset({Action.PRINT_GUIDE})
    return GuideView(message, screen.printing, fault), actions


def _ending(screen: Ending, card_present: bool) -> EndingView:
    """A timeout says what was kept (an application already with the agency or saved here) and
    what was not (one left unfinished); the claimant was not there to see it happen."""
    kept = None
    if screen.reason is EndReason.TIMED_OUT and screen.kept is not None:
        kept = _KEPT[screen.kept]
    lost = Msg.ENDING_UNFINISHED_NOT_KEPT if screen.unfinished else None
    return EndingView(
        _ENDINGS[screen.reason], screen.reason, card_present, kept=kept, not_kept=lost
    )
