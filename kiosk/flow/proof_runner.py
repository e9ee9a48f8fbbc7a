"""Runs the registration-proof and written-decision effects against the ports (called from
effect_runner.py, off the GUI thread)."""

from __future__ import annotations

from kiosk.domain.decisions import ProofProblem
from kiosk.domain.faults import PrinterFault
from kiosk.flow import events as ev
from kiosk.flow.ports import Ports
from kiosk.flow.proof_effects import LoadRegistrationProof, PrintNotice
from kiosk.flow.proof_events import RegistrationProofLoaded, RegistrationProofUnavailable


def run_proof(effect: LoadRegistrationProof | PrintNotice, ports: Ports) -> ev.Event:
    if isinstance(effect, PrintNotice):
        fault = ports.printer.print_notice(effect.paper)
        return (
            ev.PrintFinished(effect.ticket)
            if fault is None
            else ev.PrintFailed(effect.ticket, fault)
        )
    found = ports.agency.registration_proof(effect.ssn, effect.login)
    if isinstance(found, ProofProblem):
        return RegistrationProofUnavailable(effect.ticket, found)
    return RegistrationProofLoaded(effect.ticket, found)


def proof_fallback(effect: LoadRegistrationProof | PrintNotice) -> ev.Event:
    """When running the effect raised (a bug): an answer the flow can show."""
    if isinstance(effect, PrintNotice):
        return ev.PrintFailed(effect.ticket, PrinterFault.FAILED)
    return RegistrationProofUnavailable(effect.ticket, ProofProblem.UNREACHABLE)
