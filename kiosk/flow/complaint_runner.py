"""Running the complaint effects against the ports (called by effect_runner.py)."""

from __future__ import annotations

from kiosk.domain.complaints import ComplaintFault, ComplaintRecord
from kiosk.domain.faults import PrinterFault
from kiosk.flow import events as ev
from kiosk.flow.complaint_types import (
    ComplaintEffect,
    ComplaintFiled,
    ComplaintNotFiled,
    ComplaintsLoaded,
    ComplaintsUnavailable,
    FileComplaint,
    LoadComplaints,
    PrintComplaintReceipt,
)
from kiosk.flow.ports import Ports


def run_complaint(effect: ComplaintEffect, ports: Ports) -> ev.Event:
    if isinstance(effect, LoadComplaints):
        found = ports.agency.my_complaints(effect.ssn, effect.login)
        if isinstance(found, ComplaintFault):
            return ComplaintsUnavailable(effect.ticket, found)
        return ComplaintsLoaded(effect.ticket, found)
    if isinstance(effect, FileComplaint):
        # Made once per complaint and sent again on a retry: a lost answer never files twice.
        reference = effect.client_reference or ports.outbox.new_reference()
        answer = ports.agency.file_complaint(
            effect.ssn,
            effect.login,
            category=effect.category,
            text=effect.text,
            language=effect.language,
            client_reference=reference,
        )
        if isinstance(answer, ComplaintRecord):
            return ComplaintFiled(effect.ticket, answer)
        return ComplaintNotFiled(effect.ticket, answer, reference)
    fault = ports.printer.print_complaint_receipt(effect.paper)
    return (
        ev.PrintFinished(effect.ticket) if fault is None else ev.PrintFailed(effect.ticket, fault)
    )


def complaint_fallback(effect: ComplaintEffect) -> ev.Event:
    """Running the effect raised (a bug): say the network failed, which promises nothing was
    filed; a retry sends the reference again if one was made before."""
    if isinstance(effect, LoadComplaints):
        return ComplaintsUnavailable(effect.ticket, ComplaintFault.UNREACHABLE)
    if isinstance(effect, FileComplaint):
        return ComplaintNotFiled(
            effect.ticket, ComplaintFault.UNREACHABLE, effect.client_reference or ""
        )
    assert isinstance(effect, PrintComplaintReceipt)
    return ev.PrintFailed(effect.ticket, PrinterFault.FAILED)
