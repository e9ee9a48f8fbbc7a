"""The clock's effects: the idle warning and countdown, the goodbye screen, the send wait."""

from __future__ import annotations

import math
from dataclasses import replace

from kiosk.domain.claims import Delivery
from kiosk.flow import printer_wait
from kiosk.flow.ending import back_to_idle, default_display, end_session
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import Countdown, Ending, EndReason, Idle, Session, Submitting
from kiosk.flow.step import Step, ignored, moved
from kiosk.flow.submission import result_of, showing_result


def on_tick(session: Session, now: Moment, settings: FlowSettings) -> Step:
    screen = session.screen
    if isinstance(screen, Ending):
        return (
            moved(back_to_idle(session, now, settings))
            if now.seconds >= screen.until
            else ignored(session)
        )
    if isinstance(screen, Idle):
        return _reset_idle_display(session, now, settings)
    if isinstance(screen, Submitting):
        step = _stop_waiting_for_send(session, screen, now, settings)
        if step.accepted:
            return step
    step = _idle_timeout(session, now, settings)
    if not step.session.in_session:
        return step
    check = printer_wait.check_due(step.session, now, settings)
    if check is None:
        return step
    return replace(check, effects=step.effects + check.effects)


def _reset_idle_display(session: Session, now: Moment, settings: FlowSettings) -> Step:
    """Someone switched to Korean at the attract screen and walked away: put it back."""
    defaults = default_display(settings)
    idle_for = now.seconds - session.last_activity
    if session.display == defaults or idle_for < settings.idle_warning_after_s:
        return ignored(session)
    return moved(replace(session, display=defaults))


def _stop_waiting_for_send(
    session: Session, screen: Submitting, now: Moment, settings: FlowSettings
) -> Step:
    """Stored but the agency is slow: say it is stored on this kiosk; the outbox sends it later."""
    if screen.stored_reference is None or screen.stored_at is None:
        return ignored(session)
    if now.seconds - screen.stored_at < settings.send_wait_s:
        return ignored(session)
    result = result_of(screen, screen.stored_reference, Delivery.STORED_ON_KIOSK, None)
    return moved(showing_result(session, result))


def _idle_timeout(session: Session, now: Moment, settings: FlowSettings) -> Step:
    countdown = session.countdown
    if countdown is not None:
        if now.seconds >= countdown.ends_at:
            return end_session(session, EndReason.TIMED_OUT, now, settings)
        left = math.ceil(countdown.ends_at - now.seconds)
        if left == countdown.seconds_left:
            return ignored(session)
        return moved(replace(session, countdown=replace(countdown, seconds_left=left)))
    if now.seconds - session.last_activity < settings.idle_warning_after_s:
        return ignored(session)
    started = Countdown(
        ends_at=now.seconds + settings.countdown_s, seconds_left=math.ceil(settings.countdown_s)
    )
    return moved(replace(session, countdown=started))
