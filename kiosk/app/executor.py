"""Runs the flow's effects on worker threads and brings their results back to the GUI thread.

Each effect runs `run_effect` on a worker; every result event is emitted through a Qt signal with
a queued connection, so the slot that feeds the flow runs on the GUI thread, in order. Card
effects share one worker (one card connection, strictly in order, and the card's `close` queues
behind a read in progress); the printer has its own; agency and outbox calls share a small pool.

`drop_in_flight()` starts a new generation: a result of an older one is discarded before it
reaches the flow (the flow's tickets would refuse it anyway; this also keeps it out of the event
queue's memory as early as possible). A worker that raises is a bug: it is logged by type only
and answered with `fallback_event`, so the flow never waits forever.

Technician intents (kiosk/technician/intents.py) run here too, on a lane of their own with one
worker (the console's calls share readers and files, so they go one at a time); each comes back
as an `Answered` through `technician_answered`, on the GUI thread. A claimant session's end does
not drop them: they carry no claimant data.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Literal, assert_never

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.app.threads import assert_off_gui_thread, runs_on_gui_thread
from kiosk.domain.claimant import EcardLogin, OtpLogin
from kiosk.flow import effects as fx
from kiosk.flow.appointment_types import (
    BookAppointment,
    CancelAppointment,
    LoadAppointments,
    PrintAppointmentReceipt,
)
from kiosk.flow.change_effects import PrintServiceReceipt, ReportChange, WithdrawClaim
from kiosk.flow.complaint_types import FileComplaint, LoadComplaints, PrintComplaintReceipt
from kiosk.flow.details_types import (
    ChangeMobile,
    ChoosePaymentAccount,
    LoadPaymentAccounts,
    RequestMobileCode,
)
from kiosk.flow.ecard_events import LogInWithEcard
from kiosk.flow.effect_runner import fallback_event, run_effect
from kiosk.flow.events import Event
from kiosk.flow.ports import Ports
from kiosk.flow.proof_effects import LoadRegistrationProof, PrintNotice
from kiosk.flow.status_desk_types import LoadStatusDesk

if TYPE_CHECKING:  # technician code loads with technician mode, not with the idle screen
    from kiosk.technician.console import TechnicianConsole
    from kiosk.technician.intents import TechnicianIntent

log = logging.getLogger(__name__)

Lane = Literal["card", "printer", "agency"]


def lane_of(effect: fx.Effect) -> Lane | None:
    """Card work stays on the one card thread, in order: the card login answers the agency's
    challenge, and a card session's submission has the card answer the claim's own. None: the
    effect is the controller's own business (EndSession) and runs nowhere."""
    match effect:
        case fx.ReadCard() | fx.VerifyPin() | fx.LogInWithCard():
            return "card"
        case fx.Submit():
            token_login = isinstance(effect.request.login, OtpLogin | EcardLogin)
            return "agency" if token_login else "card"
        case fx.Print() | fx.PrintGuideSheet() | fx.CheckPrinter():
            return "printer"
        case (
            fx.RequestOtp()
            | fx.VerifyOtp()
            | fx.LookUp()
            | fx.LookUpByCard()
            | fx.LoadEligibility()
            | fx.LoadStatus()
            | LoadStatusDesk()
            | fx.LoadCourses()
            | LogInWithEcard()
        ):
            return "agency"
        case LoadAppointments() | BookAppointment() | CancelAppointment():
            return "agency"
        case RequestMobileCode() | ChangeMobile() | LoadPaymentAccounts() | ChoosePaymentAccount():
            return "agency"
        case PrintAppointmentReceipt():
            return "printer"
        case LoadComplaints() | FileComplaint():
            return "agency"
        case PrintComplaintReceipt():
            return "printer"
        case ReportChange() | WithdrawClaim() | LoadRegistrationProof():
            return "agency"
        case PrintServiceReceipt() | PrintNotice():
            return "printer"
        case fx.EndSession():
            return None
        case _:
            assert_never(effect)


class EffectExecutor(QObject):
    result = Signal(object)
    """A result event for the flow; always emitted on the GUI thread."""

    technician_answered = Signal(object)
    """An `Answered` for technician mode; always emitted on the GUI thread."""

    _delivered = Signal(object, int)
    _answered = Signal(object)

    def __init__(
        self, ports: Ports | Callable[[], Ports] | None, *, agency_workers: int = 3
    ) -> None:
        """`ports=None` makes an executor for technician intents only (technician tests). A
        callable is asked for the ports when the first effect runs: the app's ports (the agency
        client, the queue) load after the idle screen is painted."""
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
        self._pools: dict[Lane, ThreadPoolExecutor] = {
            "card": self._card,
            "printer": self._printer,
            "agency": self._agency,
        }
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._technician = ThreadPoolExecutor(1, thread_name_prefix="technician")
        self._answered.connect(self.technician_answered, Qt.ConnectionType.QueuedConnection)

    @runs_on_gui_thread
    def run(self, effect: fx.Effect) -> None:
        lane = lane_of(effect)
        if lane is None or self._closed:
            return  # EndSession is the controller's own business (wipe); nothing to run
        ports = self._ports
        if ports is None:
            raise RuntimeError("this executor runs technician intents only")
        if not isinstance(ports, Ports):
            ports = self._ports = ports()
        generation = self._generation
        self._started()
        self._pools[lane].submit(self._work, effect, generation, ports)

    def run_device_job(self, job: Callable[[], None], lane: str = "card") -> None:
        """A housekeeping call (close the card connection) in order with the lane's effects."""
        if self._closed:
            return
        self._started()
        pool = self._card if lane == "card" else self._printer
        pool.submit(self._job, job)

    @runs_on_gui_thread
    def run_technician(self, intent: TechnicianIntent, console: TechnicianConsole) -> None:
        if self._closed:
            return
        self._started()
        self._technician.submit(self._technician_work, intent, console)

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
        for pool in (self._card, self._printer, self._agency, self._technician):
            pool.shutdown(wait=True, cancel_futures=True)

    def _started(self) -> None:
        with self._lock:
            self._pending += 1

    def _finished(self) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def _work(self, effect: fx.Effect, generation: int, ports: Ports) -> None:
        assert_off_gui_thread(type(effect).__name__)
        try:
            for event in run_effect(effect, ports):
                self._delivered.emit(event, generation)
        except Exception as error:
            # The type only: a message could quote personal data the effect carried.
            log.error("effect %s failed with %s", type(effect).__name__, type(error).__name__)
            fallback = fallback_event(effect)
            if fallback is not None:
                self._delivered.emit(fallback, generation)
        finally:
            self._finished()

    def _technician_work(self, intent: TechnicianIntent, console: TechnicianConsole) -> None:
        from kiosk.technician.core import run_intent
        from kiosk.technician.intents import Answered, Failure

        assert_off_gui_thread(type(intent).__name__)
        try:
            self._answered.emit(Answered(intent, run_intent(console, intent)))
        except Exception as error:
            log.error("technician %s failed with %s", type(intent).__name__, type(error).__name__)
            self._answered.emit(Answered(intent, Failure(type(error).__name__)))
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
