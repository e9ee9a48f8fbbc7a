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
from kiosk.flow.ending import end_session
from kiosk.flow.services import go_home, load
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    LOGIN_SCREENS,
    Applying,
    CardBlocked,
    Ending,
    EndReason,
    Home,
    Idle,
    LoadTask,
    LoginProblem,
    LoginProblemKind,
    PrintingReceipt,
    Session,
    ShowingEligibility,
    ShowingResult,
    Submitting,
)
from kiosk.flow.step import Step
from kiosk.flow.submission import previous_step

_SUBMITTED = Submitting | ShowingResult | PrintingReceipt


def can_go_back(session: Session) -> bool:
    screen = session.screen
    if isinstance(screen, Idle | Ending | Home | CardBlocked | _SUBMITTED):
        return False
    return not (isinstance(screen, LoginProblem) and screen.problem is LoginProblemKind.PIN_LOCKED)


def can_go_home(session: Session) -> bool:
    screen = session.screen
    return (
        session.in_session
        and not session.anonymous
        and not isinstance(screen, Home | Submitting)
        and not isinstance(screen, LOGIN_SCREENS)
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
