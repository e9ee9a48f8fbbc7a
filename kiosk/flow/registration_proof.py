"""Print a proof of unemployment registration (失业登记证明, issue 13 §3), from "other services".

menu → loading (the agency issues the proof, with a fresh verification code) → what will be
printed → print (printer faults as for the receipt, kiosk/flow/printer_wait.py) → printed.
Nothing registered: a clear message, and applying is what registers (notice §1). The proof
needs the agency (its verification code is the agency's), so offline it says so.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.decisions import ProofProblem
from kiosk.domain.language import Language
from kiosk.flow.claim_views import PRINTER_MESSAGES
from kiosk.flow.events import Event, Retry
from kiosk.flow.menu import back_to_menu
from kiosk.flow.messages import Msg
from kiosk.flow.printer_wait import on_print_result
from kiosk.flow.proof_effects import LoadRegistrationProof, PrintNotice, RegistrationProofPaper
from kiosk.flow.proof_events import (
    PrintRegistrationProof,
    RegistrationProofLoaded,
    RegistrationProofUnavailable,
)
from kiosk.flow.proof_views import RegistrationProofView
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    Loading,
    LoadTask,
    PrintProgress,
    Session,
    ShowingRegistrationProof,
)
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action

_PROBLEMS = {
    ProofProblem.NO_REGISTRATION: Msg.PROOF_NO_REGISTRATION,
    ProofProblem.UNREACHABLE: Msg.PROOF_NEEDS_NETWORK,
    ProofProblem.REFUSED: Msg.PROOF_REFUSED,
}
_PRINTING = {
    None: Msg.PROOF_READY,
    PrintProgress.PRINTING: Msg.PROOF_PRINTING,
    PrintProgress.PRINTED: Msg.PROOF_PRINTED,
    PrintProgress.FAILED: Msg.PROOF_READY,
}


def start(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    """The menu's starter: ask the agency for the proof."""
    del now, settings
    return _load(session)


def _load(session: Session) -> Step | None:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    ticket, issued = session.issue_ticket()
    effect = LoadRegistrationProof(ticket=ticket, ssn=personal.claimant.ssn, login=personal.login)
    return moved(issued.showing(Loading(LoadTask.REGISTRATION_PROOF)), effect)


def on_loading(session: Session, event: Event) -> Step | None:
    if isinstance(event, RegistrationProofLoaded):
        return moved(session.settled(ShowingRegistrationProof(event.proof)))
    if isinstance(event, RegistrationProofUnavailable):
        return moved(session.settled(ShowingRegistrationProof(None, problem=event.problem)))
    return None


def busy(screen: ShowingRegistrationProof) -> bool:
    return screen.printing is PrintProgress.PRINTING or screen.waiting is not None


def printing(screen: ShowingRegistrationProof) -> bool:
    """A print is under way: its answer must be seen, so the claimant stays (a printer
    waiting for staff does not hold them)."""
    return screen.printing is PrintProgress.PRINTING


def on_event(
    session: Session, screen: ShowingRegistrationProof, event: Event, now: Moment
) -> Step | None:
    if isinstance(event, Retry) and screen.problem is ProofProblem.UNREACHABLE:
        return _load(session)
    if isinstance(event, PrintRegistrationProof) and screen.proof is not None and not busy(screen):
        ticket, issued = session.issue_ticket()
        paper = RegistrationProofPaper(screen.proof, session.display.language)
        printing = replace(screen, printing=PrintProgress.PRINTING, fault=None, ready_again=False)
        return moved(issued.showing(printing), PrintNotice(ticket=ticket, paper=paper))
    return on_print_result(session, screen, event, now)


def go_back(session: Session) -> Step:
    return back_to_menu(session)


def present(
    screen: ShowingRegistrationProof, language: Language
) -> tuple[RegistrationProofView, frozenset[Action]]:
    proof = screen.proof
    if proof is None:
        message = _PROBLEMS[screen.problem or ProofProblem.REFUSED]
        retry = screen.problem is ProofProblem.UNREACHABLE
        view = RegistrationProofView(message, None, "", "", "", None, None, None, None)
        return view, frozenset({Action.RETRY}) if retry else frozenset()
    fault = None
    if screen.printing is PrintProgress.FAILED:
        if screen.ready_again:
            fault = Msg.PRINTER_READY_AGAIN
        elif screen.fault is not None:
            fault = PRINTER_MESSAGES[screen.fault]
    view = RegistrationProofView(
        message=_PRINTING[screen.printing],
        registration_date=proof.registration_date,
        masked_name=proof.masked_name,
        masked_id_number=proof.masked_id_number,
        agency=proof.agency.in_language(language),
        issued_on=proof.issued_on,
        verify_url=proof.verify_url,
        printing=screen.printing,
        fault=fault,
    )
    return view, frozenset() if busy(screen) else frozenset({Action.PRINT_REGISTRATION_PROOF})
