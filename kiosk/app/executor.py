"""Runs the flow's effects on worker threads and brings their results back to the GUI thread.

Each effect runs `run_effect` on a worker; every result event is emitted through a Qt signal with
a queued connection, so the slot that feeds the flow runs on the GUI thread, in order. Card
effects share one worker (one card connection, strictly in order, and the card's `close` queues
behind a read in progress); the printer has its own; agency and outbox calls share a small pool.

`drop_in_flight()` starts a new generation: a result of an older one is discarded before it
reaches the flow (the flow's tickets would refuse it anyway; this also keeps it out of the event
queue's memory as early as possible). A worker that raises is a bug: it is logged by type only
and answered with `fallback_event`, so the flow never waits forever.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.app.threads import assert_off_gui_thread, runs_on_gui_thread
from kiosk.domain.claimant import OtpLogin
from kiosk.flow import effects as fx
from kiosk.flow.effect_runner import fallback_event, run_effect
from kiosk.flow.events import Event
from kiosk.flow.ports import Ports

log = logging.getLogger(__name__)

_CARD = (fx.ReadCard, fx.VerifyPin, fx.LogInWithCard)


def _uses_the_card(effect: fx.Effect) -> bool:
    """Card work stays on the one card thread, in order: the card login answers the agency's
    challenge, and a card session's submission has the card answer the claim's own."""
    if isinstance(effect, _CARD):
        return True
    return isinstance(effect, fx.Submit) and not isinstance(effect.request.login, OtpLogin)


_PRINTER = (fx.Print, fx.PrintGuideSheet)


class EffectExecutor(QObject):
    result = Signal(object)
    """A result event for the flow; always emitted on the GUI thread."""

    _delivered = Signal(object, int)

    def __init__(self, ports: Ports, *, agency_workers: int = 3) -> None:
        super().__init__()
        self._ports = ports
        self._generation = 0
        self._closed = False
        self._lock = threading.Lock()
        self._pending = 0
        self._idle = threading.Condition(self._lock)
        self._card = ThreadPoolExecutor(1, thread_name_prefix="effects-card")
        self._printer = ThreadPoolExecutor(1, thread_name_prefix="effects-printer")
        self._agency = ThreadPoolExecutor(agency_workers, thread_name_prefix="effects-agency")
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @runs_on_gui_thread
    def run(self, effect: fx.Effect) -> None:
        if isinstance(effect, fx.EndSession) or self._closed:
            return  # EndSession is the controller's own business (wipe); nothing to run
        generation = self._generation
        self._started()
        self._lane(effect).submit(self._work, effect, generation)

    def run_device_job(self, job: Callable[[], None], lane: str = "card") -> None:
        """A housekeeping call (close the card connection) in order with the lane's effects."""
        if self._closed:
            return
        self._started()
        pool = self._card if lane == "card" else self._printer
        pool.submit(self._job, job)

    @runs_on_gui_thread
    def drop_in_flight(self) -> None:
        self._generation += 1

    def wait_idle(self, timeout_s: float) -> bool:
        """For tests and shutdown: True once no effect is running or queued on a worker."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout_s)

    def shutdown(self) -> None:
        """Waits for what runs; effects asked for afterwards are dropped (the app is closing)."""
        self._closed = True
        self._generation += 1
        for pool in (self._card, self._printer, self._agency):
            pool.shutdown(wait=True, cancel_futures=True)

    def _lane(self, effect: fx.Effect) -> ThreadPoolExecutor:
        if _uses_the_card(effect):
            return self._card
        if isinstance(effect, _PRINTER):
            return self._printer
        return self._agency

    def _started(self) -> None:
        with self._lock:
            self._pending += 1

    def _finished(self) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def _work(self, effect: fx.Effect, generation: int) -> None:
        assert_off_gui_thread(type(effect).__name__)
        try:
            for event in run_effect(effect, self._ports):
                self._delivered.emit(event, generation)
        except Exception as error:
            # The type only: a message could quote personal data the effect carried.
            log.error("effect %s failed with %s", type(effect).__name__, type(error).__name__)
            fallback = fallback_event(effect)
            if fallback is not None:
                self._delivered.emit(fallback, generation)
        finally:
            self._finished()

    def _job(self, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception as error:
            log.error("device job failed with %s", type(error).__name__)
        finally:
            self._finished()

    @Slot(object, int)
    def _deliver(self, event: Event, generation: int) -> None:
        if generation == self._generation:
            self.result.emit(event)
