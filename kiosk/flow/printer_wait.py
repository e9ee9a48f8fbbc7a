"""Paper out or cover open: only staff can clear them, so "print again" waits for the printer.

Offering to print again at once sent the claimant into the same fault again. Instead the
screen says to ask the staff, the printer is asked every few seconds, and printing comes back
only once it reports ready. The checks are not the claimant's doing, so they never count as
activity: the session still times out as usual.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from kiosk.domain.faults import PrinterFault
from kiosk.flow.complaint_types import ComplaintReceipt
from kiosk.flow.effects import CheckPrinter
from kiosk.flow.events import Event, PrinterChecked, PrintFailed, PrintFinished
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    STAFF_PRINTER_FAULTS,
    ChangeDone,
    PrinterWait,
    PrintingReceipt,
    PrintProgress,
    Session,
    ShowingDecision,
    ShowingGuide,
    ShowingRegistrationProof,
    WithdrawalDone,
)
from kiosk.flow.step import Step, moved

PrintScreen = (
    PrintingReceipt
    | ShowingGuide
    | ChangeDone
    | WithdrawalDone
    | ShowingDecision
    | ShowingRegistrationProof
    | ComplaintReceipt
)
#: The screens that print and may wait for the printer (each has `waiting`, `fault`, `ready_again`).
PRINT_SCREENS = (
    PrintingReceipt,
    ShowingGuide,
    ChangeDone,
    WithdrawalDone,
    ShowingDecision,
    ShowingRegistrationProof,
    ComplaintReceipt,
)


def wait_after(fault: PrinterFault, now: Moment) -> PrinterWait | None:
    """A wait for the printer when the fault needs staff; None when printing again may work."""
    return PrinterWait(fault, checked_at=now.seconds) if fault in STAFF_PRINTER_FAULTS else None


def check_due(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    """Ask the printer again once the interval has passed and nothing else is awaited."""
    screen = session.screen
    if not isinstance(screen, PRINT_SCREENS) or screen.waiting is None:
        return None
    if session.awaiting is not None:
        return None
    if now.seconds - screen.waiting.checked_at < settings.printer_check_s:
        return None
    ticket, issued = session.issue_ticket()
    asked = replace(screen, waiting=replace(screen.waiting, checked_at=now.seconds))
    return moved(issued.showing(asked), CheckPrinter(ticket=ticket))


def on_checked(session: Session, screen: PrintScreen, event: PrinterChecked, now: Moment) -> Step:
    waiting = screen.waiting
    if waiting is None:
        return moved(session.settled(screen))
    if event.fault is None:
        ready = replace(screen, waiting=None, fault=None, ready_again=True)
        return moved(session.settled(ready))
    return moved(session.settled(replace(screen, waiting=replace(waiting, checked_at=now.seconds))))


# The service screens that print one paper of their own (a receipt, a notice, a proof).
_Paper = TypeVar(
    "_Paper",
    ChangeDone,
    WithdrawalDone,
    ShowingDecision,
    ShowingRegistrationProof,
    ComplaintReceipt,
)


def on_print_result(session: Session, screen: _Paper, event: Event, now: Moment) -> Step | None:
    """The printer's answer on a screen printing its paper: printed, or failed (with a wait for
    the printer when only staff can clear the fault). None for any other event, or when the
    screen is not printing."""
    if screen.printing is not PrintProgress.PRINTING:
        return None
    if isinstance(event, PrintFinished):
        return moved(session.settled(replace(screen, printing=PrintProgress.PRINTED)))
    if isinstance(event, PrintFailed):
        failed = replace(
            screen,
            printing=PrintProgress.FAILED,
            fault=event.fault,
            waiting=wait_after(event.fault, now),
            ready_again=False,
        )
        return moved(session.settled(failed))
    return None
