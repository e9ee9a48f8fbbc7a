"""Back, home and finish, which every screen offers, and where "back" leads from each screen.

Back never undoes a stored submission: from the result and receipt it leads home. During login
it ends the session, since there is nothing behind the login but the attract screen.
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
    Ending,
    EndReason,
    Home,
    Idle,
    LoadTask,
    Session,
    ShowingEligibility,
    Submitting,
)
from kiosk.flow.step import Step
from kiosk.flow.submission import previous_step


def can_go_back(session: Session) -> bool:
    return not isinstance(session.screen, Idle | Ending | Home | Submitting)


def can_go_home(session: Session) -> bool:
    screen = session.screen
    return (
        session.in_session
        and not isinstance(screen, Home | Submitting)
        and not isinstance(screen, LOGIN_SCREENS)
    )


def go_back(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    screen = session.screen
    if not can_go_back(session):
        return None
    if isinstance(screen, LOGIN_SCREENS):
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
