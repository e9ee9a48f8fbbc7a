"""Back, home and finish, which every screen offers, and where "back" leads from each screen.

There is no back once an application is submitted (saving, the result, the receipt): nothing
behind them can be undone, and "back" there suggested it could; home and finish remain. During
login back ends the session, since there is nothing behind the login but the attract screen;
a locked card offers no back either, as trying again cannot help. From the guide read without
signing in, back returns to the attract screen.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.claims import ClaimKind
from kiosk.flow import (
    appointments,
    complaint,
    decision_notice,
    registration_proof,
    report_change,
    withdraw,
)
from kiosk.flow.appointment_types import APPOINTMENT_SCREENS
from kiosk.flow.complaint_types import ComplaintReceipt, FilingComplaint
from kiosk.flow.details import DETAILS_SCREENS, details_can_go_back, details_go_back
from kiosk.flow.ending import end_session
from kiosk.flow.services import go_home, load
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    LOGIN_SCREENS,
    Applying,
    CardBlocked,
    ChangeDone,
    Ending,
    EndReason,
    Home,
    Idle,
    LoadTask,
    LoginProblem,
    LoginProblemKind,
    PrintingReceipt,
    ReportingChange,
    Session,
    ShowingDecision,
    ShowingEligibility,
    ShowingRegistrationProof,
    ShowingResult,
    Submitting,
    WithdrawalDone,
    Withdrawing,
)
from kiosk.flow.step import Step
from kiosk.flow.submission import previous_step

_SUBMITTED = Submitting | ShowingResult | PrintingReceipt


def can_go_back(session: Session) -> bool:
    screen = session.screen
    if isinstance(screen, Idle | Ending | Home | CardBlocked | _SUBMITTED):
        return False
    if isinstance(screen, ReportingChange | ChangeDone):
        return report_change.can_go_back(screen)
    if isinstance(screen, Withdrawing | WithdrawalDone):
        return withdraw.can_go_back(screen)
    if isinstance(screen, DETAILS_SCREENS):
        return details_can_go_back(screen)
    if isinstance(screen, ShowingDecision):
        return not decision_notice.printing(screen)  # a print's answer must be seen
    if isinstance(screen, ShowingRegistrationProof):
        return not registration_proof.printing(screen)
    if isinstance(screen, FilingComplaint | ComplaintReceipt):
        return complaint.can_go_back(screen)
    if isinstance(screen, APPOINTMENT_SCREENS):
        return appointments.can_go_back(screen)
    if isinstance(screen, Applying) and screen.accounts is not None and screen.accounts.saving:
        return False  # the choice of account is being saved: its answer must be seen
    return not (isinstance(screen, LoginProblem) and screen.problem is LoginProblemKind.PIN_LOCKED)


def can_go_home(session: Session) -> bool:
    screen = session.screen
    return (
        session.in_session
        and not session.anonymous
        and not isinstance(screen, Home | Submitting)
        and not isinstance(screen, LOGIN_SCREENS)
        and not (isinstance(screen, ReportingChange | ChangeDone) and report_change.busy(screen))
        and not (isinstance(screen, Withdrawing | WithdrawalDone) and withdraw.busy(screen))
        and not (isinstance(screen, ShowingDecision) and decision_notice.printing(screen))
        and not (
            isinstance(screen, ShowingRegistrationProof) and registration_proof.printing(screen)
        )
        and not (isinstance(screen, FilingComplaint | ComplaintReceipt) and complaint.busy(screen))
        and not (isinstance(screen, APPOINTMENT_SCREENS) and appointments.busy(screen))
    )


def go_back(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    screen = session.screen
    if not can_go_back(session):
        return None
    if isinstance(screen, LOGIN_SCREENS) or session.anonymous:
        return end_session(session, EndReason.FINISHED, now, settings)
    if isinstance(screen, Applying):
        earlier = previous_step(screen.step)
        if earlier is not None:
            return Step(session.showing(Applying(draft=screen.draft, step=earlier)))
        return _leave_application(session, screen)
    if isinstance(screen, ReportingChange | ChangeDone):
        return report_change.go_back(session, screen)
    if isinstance(screen, Withdrawing | WithdrawalDone):
        return withdraw.go_back(session, screen)
    if isinstance(screen, DETAILS_SCREENS):
        return details_go_back(session, screen)
    if isinstance(screen, ShowingDecision):
        return decision_notice.go_back(session, screen)
    if isinstance(screen, ShowingRegistrationProof):
        return registration_proof.go_back(session)
    if isinstance(screen, FilingComplaint | ComplaintReceipt):
        return complaint.go_back(session, screen)
    if isinstance(screen, APPOINTMENT_SCREENS):
        return appointments.go_back(session, screen)
    return go_home(session)


def _leave_application(session: Session, screen: Applying) -> Step | None:
    """Back from the first step returns to what led there, without asking the agency again."""
    if screen.draft.kind is ClaimKind.TRAINING_SUBSIDY:
        return load(session, LoadTask.COURSES)
    personal = session.personal
    if personal is not None and personal.eligibility is not None:
        return Step(session.settled(ShowingEligibility(personal.eligibility)))
    return load(session, LoadTask.ELIGIBILITY)


def home(session: Session) -> Step | None:
    return go_home(session) if can_go_home(session) else None


def finish(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    if not session.in_session:
        return None
    return end_session(session, EndReason.FINISHED, now, settings)


def dismiss_countdown(session: Session, now: Moment) -> Session:
    return replace(session, countdown=None, last_activity=now.seconds)
