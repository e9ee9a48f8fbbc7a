"""Owns the claimant's Session on the GUI thread: events in, flow step, effects out, view shown.

Everything that changes the session happens in `post`, on the GUI thread: intents from screens,
device events and effect results (both arrive through queued signals), and the 1 s Tick. The
controller keeps exactly one reference to the session and one to the last view; when the flow
ends a session (EndSession) it drops the effects in flight, closes the card connection and has
every screen clear itself, and the fresh session the flow returned replaces the old one, so
nothing of the previous claimant stays reachable from here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.app.executor import EffectExecutor
from kiosk.app.threads import runs_on_gui_thread
from kiosk.flow.effects import EndSession
from kiosk.flow.events import CardRemoved, ConnectivityChanged, Event, Tick
from kiosk.flow.machine import SessionFlow
from kiosk.flow.settings import Moment
from kiosk.flow.states import Session
from kiosk.flow.view_models import View

log = logging.getLogger(__name__)

Clock = Callable[[], Moment]


def system_clock() -> Moment:
    return Moment(time.monotonic(), date.today())


class SessionController(QObject):
    view_changed = Signal(object)
    """The new View, after every change; the router renders it."""

    effect_started = Signal(object)
    """Each effect as it goes to the executor (for tests and diagnostics; never logged)."""

    session_wiped = Signal()

    def __init__(
        self,
        flow: SessionFlow,
        executor: EffectExecutor,
        *,
        clock: Clock = system_clock,
        close_card: Callable[[], None] | None = None,
        online: Callable[[], bool] | None = None,
        tick_ms: int = 1000,
    ) -> None:
        """`close_card` runs on the card worker when the card goes or the session ends;
        `online` is read on every tick (the sync engine's view of the network)."""
        super().__init__()
        self._flow = flow
        self._executor = executor
        self._clock = clock
        self._close_card = close_card
        self._online = online
        self._reported_online: bool | None = None
        self._session: Session = flow.start(clock())
        self._view: View = flow.present(self._session)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        executor.result.connect(self.post)

    # -- read-only views for the router and tests --------------------------------------------

    @property
    def session(self) -> Session:
        return self._session

    @property
    def view(self) -> View:
        return self._view

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self.view_changed.emit(self._view)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    # -- events ------------------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        if self._online is not None:
            online = self._online()
            if online != self._reported_online:
                self._reported_online = online
                self.post(ConnectivityChanged(online))
        self.post(Tick())

    @Slot(object)
    @runs_on_gui_thread
    def post(self, event: Event) -> None:
        try:
            step = self._flow.handle(self._session, event, self._clock())
        except Exception as error:  # a flow bug must not take the kiosk down; type only
            log.error("flow failed on %s with %s", type(event).__name__, type(error).__name__)
            return
        if isinstance(event, CardRemoved):
            self._release_card()
        if not step.accepted:
            return
        self._session = step.session
        for effect in step.effects:
            if isinstance(effect, EndSession):
                self._wipe()
            else:
                self.effect_started.emit(effect)
                self._executor.run(effect)
        view = self._flow.present(self._session)
        if view != self._view:
            self._view = view
            self.view_changed.emit(view)

    def _wipe(self) -> None:
        self._executor.drop_in_flight()
        self._release_card()
        self.session_wiped.emit()

    def _release_card(self) -> None:
        if self._close_card is not None:
            self._executor.run_device_job(self._close_card)
