"""The single entry point: handle(session, event, now) -> Step. Pure and deterministic.

Order of concerns: the clock; device facts; stale results (a ticket that is not awaited); the
controls every screen has (preferences, back, home, finish, continue); then the current screen.
Whatever is left is ignored: the state comes back unchanged with `accepted=False`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import get_args

from kiosk.domain.appointments import AppointmentFault
from kiosk.domain.changes import ChangeFault, WithdrawFault
from kiosk.domain.claimant import LoginMethod
from kiosk.domain.complaints import ComplaintFault
from kiosk.domain.faults import OtpFault, ServiceFault
from kiosk.flow import (
    appointments,
    complaint,
    decision_notice,
    ecard_login,
    login,
    more_services,
    navigation,
    printer_wait,
    registration_proof,
    report_change,
    services,
    status_desk,
    submission,
    withdraw,
)
from kiosk.flow.appointment_types import APPOINTMENT_ANSWERS, APPOINTMENT_SCREENS
from kiosk.flow.change_events import ChangeReported, ClaimWithdrawn, WithdrawApplication
from kiosk.flow.complaint_types import (
    ComplaintFiled,
    ComplaintReceipt,
    ComplaintsLoaded,
    FilingComplaint,
)
from kiosk.flow.details import (
    DETAILS_ANSWERS,
    DETAILS_SCREENS,
    DETAILS_UNREACHABLE,
    on_details_event,
)
from kiosk.flow.ecard_events import BarcodeScanned
from kiosk.flow.ending import back_to_idle, default_display, end_session, initial_session
from kiosk.flow.events import (
    CardInserted,
    CardRemoved,
    ChooseMoreServices,
    ClaimantFound,
    ClaimantNotFound,
    ConnectivityChanged,
    ContinueSession,
    CoursesLoaded,
    EligibilityLoaded,
    Event,
    Finish,
    GoBack,
    GoHome,
    IdCardRead,
    Intent,
    OtpAccepted,
    OtpRejected,
    OtpSent,
    OtpVoided,
    PrinterChecked,
    ServiceResult,
    StatusLoaded,
    SubmissionQueued,
    SubmissionSent,
    Tick,
    Touched,
)
from kiosk.flow.preferences import changed_display
from kiosk.flow.presenter import present
from kiosk.flow.proof_events import RegistrationProofLoaded, ShowDecision
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    LOGIN_SCREENS,
    Applying,
    ChangeDone,
    ChoosingCourse,
    ChoosingService,
    Connectivity,
    Ending,
    EndReason,
    Home,
    Idle,
    Loading,
    LoadTask,
    LookingUp,
    PrintingReceipt,
    ReportingChange,
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
from kiosk.flow.status_desk_types import StatusDeskLoaded
from kiosk.flow.step import Step, ignored, moved
from kiosk.flow.timing import on_tick
from kiosk.flow.view_models import View

_INTENTS = get_args(Intent)
_RESULTS = get_args(ServiceResult)
_UNREACHABLE = (
    ServiceFault.UNREACHABLE,
    OtpFault.UNREACHABLE,
    *DETAILS_UNREACHABLE,
    ChangeFault.UNREACHABLE,
    WithdrawFault.UNREACHABLE,
    ComplaintFault.UNREACHABLE,
    AppointmentFault.UNREACHABLE,
)
_AGENCY_ANSWERS = (
    OtpSent,
    OtpAccepted,
    OtpRejected,
    OtpVoided,
    ClaimantFound,
    ClaimantNotFound,
    EligibilityLoaded,
    SubmissionSent,
    StatusLoaded,
    CoursesLoaded,
    *DETAILS_ANSWERS,
    ChangeReported,
    ClaimWithdrawn,
    RegistrationProofLoaded,
    ComplaintsLoaded,
    ComplaintFiled,
    *APPOINTMENT_ANSWERS,
)


class SessionFlow:
    """The claimant session rules, configured once; holds no state of its own."""

    def __init__(self, settings: FlowSettings | None = None) -> None:
        self.settings = settings or FlowSettings()

    def start(self, now: Moment) -> Session:
        return initial_session(self.settings, now)

    def handle(self, session: Session, event: Event, now: Moment) -> Step:
        return handle(session, event, now, self.settings)

    def present(self, session: Session) -> View:
        return present(session, self.settings)


def handle(session: Session, event: Event, now: Moment, settings: FlowSettings) -> Step:
    if isinstance(event, Tick):
        return on_tick(session, now, settings)
    if isinstance(event, ConnectivityChanged):
        online = Connectivity.ONLINE if event.online else Connectivity.OFFLINE
        return moved(replace(session, connectivity=online))
    if isinstance(event, CardInserted | CardRemoved | IdCardRead | BarcodeScanned):
        return _on_device(session, event, now, settings)
    if isinstance(event, _RESULTS):
        return _on_result(session, event, now, settings)
    if isinstance(event, _INTENTS):
        return _on_intent(session, event, now, settings)
    return ignored(session)


def _on_device(
    session: Session,
    event: CardInserted | CardRemoved | IdCardRead | BarcodeScanned,
    now: Moment,
    s: FlowSettings,
) -> Step:
    # Someone reading the guide from the attract screen may start by using the readers too.
    may_start = isinstance(session.screen, Idle | Ending) or session.anonymous
    if isinstance(session.screen, Ending) and isinstance(
        event, CardInserted | IdCardRead | BarcodeScanned
    ):
        # The next claimant starts from the defaults, not the last one's language and text size.
        session = replace(session, display=default_display(s))
    if isinstance(event, CardInserted):
        inserted = replace(session, card_present=True)
        return login.start_with_card(inserted, now) if may_start else moved(inserted)
    if isinstance(event, IdCardRead):
        if not may_start:
            return ignored(session)
        return login.start_with_id_card(session, event.identity, now, s)
    if isinstance(event, BarcodeScanned):
        # A code shown mid-session (the receipt's own QR code, say) is not a new login.
        if not (may_start or ecard_login.may_try_again(session)):
            return ignored(session)
        return ecard_login.start_with_ecard(session, event.text, now)
    removed = replace(session, card_present=False)
    if isinstance(session.screen, Ending):
        return moved(back_to_idle(removed, now, s))
    personal = session.personal
    by_card = personal is not None and personal.method is LoginMethod.SOCIAL_SECURITY_CARD
    if session.in_session and by_card:
        return end_session(removed, EndReason.CARD_REMOVED, now, s)
    return moved(removed)


def _on_result(session: Session, event: ServiceResult, now: Moment, s: FlowSettings) -> Step:
    if session.awaiting is None or event.ticket != session.awaiting:
        return ignored(session)  # an answer to a question nobody is asking any more
    step = _route(session, event, now, s)
    if step is None:
        return ignored(session)
    after = replace(step.session, connectivity=_connectivity_after(step.session, event))
    # The kiosk asking its printer is not the claimant doing anything: no longer session.
    if after.in_session and not isinstance(event, PrinterChecked):
        after = replace(after, last_activity=now.seconds)
    return replace(step, session=after)


def _connectivity_after(session: Session, event: ServiceResult) -> Connectivity:
    """Only the agency's own answers prove the network is up; device answers prove nothing."""
    if isinstance(event, StatusDeskLoaded):  # two answers in one: either may prove it
        return status_desk.connectivity_after(event, session.connectivity)
    if getattr(event, "fault", None) in _UNREACHABLE or isinstance(event, SubmissionQueued):
        return Connectivity.OFFLINE
    if isinstance(event, _AGENCY_ANSWERS):
        return Connectivity.ONLINE
    return session.connectivity


def _on_intent(session: Session, event: Intent, now: Moment, s: FlowSettings) -> Step:
    step = _global_intent(session, event, now, s)
    if step is None:
        step = _route(session, event, now, s)
    if step is None:
        return ignored(session)
    if step.session.in_session or isinstance(step.session.screen, Idle):
        step = replace(step, session=navigation.dismiss_countdown(step.session, now))
    return step


def _global_intent(session: Session, event: Intent, now: Moment, s: FlowSettings) -> Step | None:
    display = changed_display(session.display, event)
    if display is not None:
        return moved(replace(session, display=display))
    if isinstance(event, GoBack):
        return navigation.go_back(session, now, s)
    if isinstance(event, GoHome):
        return navigation.home(session)
    if isinstance(event, Finish):
        return navigation.finish(session, now, s)
    if isinstance(event, ContinueSession | Touched):
        return moved(session) if session.in_session else None
    return None


def _route(session: Session, event: Event, now: Moment, s: FlowSettings) -> Step | None:
    screen = session.screen
    personal = session.personal
    if isinstance(screen, Idle):
        return services.open_guide_anonymously(session, event, now)
    if isinstance(event, PrinterChecked) and isinstance(screen, printer_wait.PRINT_SCREENS):
        return printer_wait.on_checked(session, screen, event, now)
    if personal is None:
        # Nobody signed in: only the guide, opened from the attract screen.
        if session.anonymous and isinstance(screen, ShowingGuide):
            return services.on_guide(session, screen, event, now)
        return None
    if personal.method is LoginMethod.ECARD and isinstance(screen, LookingUp):
        return ecard_login.on_looking_up(session, personal, event, now, s)
    if isinstance(screen, LOGIN_SCREENS):
        return login.on_login_event(session, personal, event, now, s)
    if isinstance(screen, Home):
        if isinstance(event, ChooseMoreServices):
            return more_services.open_menu(session)
        return services.on_home(session, event)
    if isinstance(screen, ChoosingService):
        return more_services.on_menu(session, event, now, s)
    if isinstance(screen, Loading):
        if screen.task is LoadTask.REGISTRATION_PROOF:
            return registration_proof.on_loading(session, event)
        return services.on_loading(session, personal, screen, event)
    if isinstance(screen, ShowingEligibility):
        return services.on_eligibility(session, screen, event)
    if isinstance(screen, ShowingStatus):
        if isinstance(event, WithdrawApplication):
            return withdraw.on_status(session, screen, event)
        if isinstance(event, ShowDecision):
            return decision_notice.on_status(session, screen, event)
        if isinstance(event, StatusDeskLoaded):
            return status_desk.on_loaded(session, screen, event, now, s)
        return services.on_status(session, screen, event)
    if isinstance(screen, ShowingGuide):
        return services.on_guide(session, screen, event, now)
    if isinstance(screen, ChoosingCourse):
        return services.on_courses(session, screen, event)
    if isinstance(screen, Applying):
        return submission.on_applying(session, screen, event, s)
    if isinstance(screen, Submitting):
        return submission.on_submitting(session, screen, event, now)
    if isinstance(screen, ShowingResult | PrintingReceipt):
        return submission.on_result(session, screen, event, s, now)
    if isinstance(screen, DETAILS_SCREENS):
        return on_details_event(session, screen, event, s)
    if isinstance(screen, ReportingChange | ChangeDone):
        return report_change.on_event(session, screen, event, now, s)
    if isinstance(screen, Withdrawing | WithdrawalDone):
        return withdraw.on_event(session, screen, event, now, s)
    if isinstance(screen, ShowingDecision):
        return decision_notice.on_event(session, screen, event, now)
    if isinstance(screen, ShowingRegistrationProof):
        return registration_proof.on_event(session, screen, event, now)
    if isinstance(screen, FilingComplaint | ComplaintReceipt):
        return complaint.on_event(session, screen, event, now, s)
    if isinstance(screen, APPOINTMENT_SCREENS):
        return appointments.on_event(session, screen, event, now, s)
    return None
