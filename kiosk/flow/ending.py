"""Ending a session: a brand-new state that keeps only device facts, never personal data.

Because states are immutable and the new one is built from scratch, nothing of the previous
claimant stays reachable from it; the composition root drops its copies on EndSession.
"""

from __future__ import annotations

from kiosk.flow.effects import EndSession
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import Applying, Display, Ending, EndReason, Idle, Session
from kiosk.flow.step import Step, moved


def default_display(settings: FlowSettings) -> Display:
    return Display(language=settings.default_language)


def initial_session(settings: FlowSettings, now: Moment) -> Session:
    return Session(screen=Idle(), display=default_display(settings), last_activity=now.seconds)


def end_session(session: Session, reason: EndReason, now: Moment, settings: FlowSettings) -> Step:
    """The goodbye screen still speaks the claimant's language and text size (they are reading
    it); the display returns to the defaults when it gives way to idle or to the next card.

    An anonymous visit to the guide showed nobody's data and has nothing to say goodbye about:
    it returns straight to the attract screen."""
    if session.anonymous:
        return moved(back_to_idle(session, now, settings), EndSession())
    personal = session.personal
    ending = Ending(
        reason=reason,
        until=now.seconds + settings.goodbye_s,
        kept=personal.submitted if personal is not None else None,
        unfinished=isinstance(session.screen, Applying),
    )
    fresh = Session(
        screen=ending,
        display=session.display,
        next_ticket=session.next_ticket,
        last_activity=now.seconds,
        connectivity=session.connectivity,
        card_present=session.card_present,
    )
    return moved(fresh, EndSession())


def back_to_idle(session: Session, now: Moment, settings: FlowSettings) -> Session:
    """Leave the goodbye screen, and with it the last claimant's language and text size."""
    return Session(
        screen=Idle(),
        display=default_display(settings),
        next_ticket=session.next_ticket,
        last_activity=now.seconds,
        connectivity=session.connectivity,
        card_present=session.card_present,
    )
